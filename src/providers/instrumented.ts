import type { Metrics } from '../platform/metrics.js';
import type { CircuitBreaker } from './circuit-breaker.js';
import type { CodeProvider, ImageProvider, Providers, StepContext, TextProvider } from './contracts.js';
import { ProviderError } from './provider-error.js';

/**
 * Times every provider call and counts its failures by error class, for
 * `provider_call_duration_seconds` and `provider_errors_total`, and tells the
 * circuit breaker how each call went. The factory wraps each member of a
 * chain, so a fallback shows up as two calls to two providers.
 */
type Timed = <T>(provider: string, operation: string, ctx: StepContext, call: () => Promise<T>) => Promise<T>;

/** The circuit breaker and the member's key in it (`provider:model`). */
export interface BreakerFeed {
  readonly breaker: CircuitBreaker;
  readonly member: string;
}

function timer(metrics: Metrics | undefined, feed?: BreakerFeed): Timed {
  return async (provider, operation, ctx, call) => {
    const end = metrics?.providerLatency.startTimer({ provider, operation });
    try {
      const result = await call();
      end?.({ outcome: 'success' });
      feed?.breaker.success(feed.member);
      return result;
    } catch (error) {
      const kind = error instanceof ProviderError ? error.kind : ctx.signal.aborted ? 'aborted' : 'unknown';
      end?.({ outcome: 'error' });
      metrics?.providerErrors.inc({ provider, kind });
      // A cancelled or timed-out step says nothing about the provider.
      if (kind !== 'aborted') feed?.breaker.failure(feed.member, kind, error instanceof Error ? error.message : String(error));
      throw error;
    }
  };
}

export function instrumentText(text: TextProvider, metrics: Metrics | undefined, feed?: BreakerFeed): TextProvider {
  const timed = timer(metrics, feed);
  return {
    name: text.name,
    concept: (input, ctx) => timed(text.name, 'concept', ctx, () => text.concept(input, ctx)),
    copy: (input, ctx) => timed(text.name, 'copy', ctx, () => text.copy(input, ctx)),
  };
}

export function instrumentImage(image: ImageProvider, metrics: Metrics | undefined, feed?: BreakerFeed): ImageProvider {
  const timed = timer(metrics, feed);
  return { name: image.name, illustrate: (input, ctx) => timed(image.name, 'illustrate', ctx, () => image.illustrate(input, ctx)) };
}

export function instrumentCode(code: CodeProvider, metrics: Metrics | undefined, feed?: BreakerFeed): CodeProvider {
  const timed = timer(metrics, feed);
  return { name: code.name, render: (input, ctx) => timed(code.name, 'render', ctx, () => code.render(input, ctx)) };
}

export function instrumentProviders(providers: Providers, metrics: Metrics): Providers {
  return {
    text: instrumentText(providers.text, metrics),
    image: instrumentImage(providers.image, metrics),
    code: instrumentCode(providers.code, metrics),
  };
}
