import type { Metrics } from '../platform/metrics.js';
import type { CodeProvider, ImageProvider, Providers, StepContext, TextProvider } from './contracts.js';
import { ProviderError } from './provider-error.js';

/**
 * Times every provider call and counts its failures by error class, for
 * `provider_call_duration_seconds` and `provider_errors_total`. The factory
 * wraps each member of a chain, so a fallback shows up as two calls to two providers.
 */
type Timed = <T>(provider: string, operation: string, ctx: StepContext, call: () => Promise<T>) => Promise<T>;

function timer(metrics: Metrics): Timed {
  return async (provider, operation, ctx, call) => {
    const end = metrics.providerLatency.startTimer({ provider, operation });
    try {
      const result = await call();
      end({ outcome: 'success' });
      return result;
    } catch (error) {
      const kind = error instanceof ProviderError ? error.kind : ctx.signal.aborted ? 'aborted' : 'unknown';
      end({ outcome: 'error' });
      metrics.providerErrors.inc({ provider, kind });
      throw error;
    }
  };
}

export function instrumentText(text: TextProvider, metrics: Metrics): TextProvider {
  const timed = timer(metrics);
  return {
    name: text.name,
    concept: (input, ctx) => timed(text.name, 'concept', ctx, () => text.concept(input, ctx)),
    copy: (input, ctx) => timed(text.name, 'copy', ctx, () => text.copy(input, ctx)),
  };
}

export function instrumentImage(image: ImageProvider, metrics: Metrics): ImageProvider {
  const timed = timer(metrics);
  return { name: image.name, illustrate: (input, ctx) => timed(image.name, 'illustrate', ctx, () => image.illustrate(input, ctx)) };
}

export function instrumentCode(code: CodeProvider, metrics: Metrics): CodeProvider {
  const timed = timer(metrics);
  return { name: code.name, render: (input, ctx) => timed(code.name, 'render', ctx, () => code.render(input, ctx)) };
}

export function instrumentProviders(providers: Providers, metrics: Metrics): Providers {
  return {
    text: instrumentText(providers.text, metrics),
    image: instrumentImage(providers.image, metrics),
    code: instrumentCode(providers.code, metrics),
  };
}
