import type { Providers, StepContext } from '../contracts.js';
import { createLocalProviders } from '../local/index.js';
import { ProviderError } from '../provider-error.js';

export type SimulatedStep = 'concept' | 'content' | 'image' | 'code';

export interface SimulatedOptions {
  /** Milliseconds each call sleeps before answering, per step. */
  readonly latencyMs: { readonly [S in SimulatedStep]: number };
  /** Share of calls (0–1) that fail with a retryable error, like a 503 upstream. */
  readonly errorRate: number;
  /** Share of calls (0–1) that fail non-retryably, like a safety block. */
  readonly fatalRate: number;
  readonly random?: () => number;
}

/**
 * The `local` providers behind simulated latency and failures: what the chaos
 * suite and the benchmarks run on, and what users can load-test a deployment
 * with, at no cost. The sleep honours the step's AbortSignal like a real call.
 */
export function createSimulatedProviders(options: SimulatedOptions): Providers {
  const local = createLocalProviders();
  const random = options.random ?? Math.random;
  const call = async (step: SimulatedStep, ctx: StepContext) => {
    await sleep(options.latencyMs[step], ctx.signal);
    const roll = random();
    if (roll < options.fatalRate) throw new ProviderError('simulated', 'safety', `simulated non-retryable failure in ${step}`);
    if (roll < options.fatalRate + options.errorRate) throw new ProviderError('simulated', 'server', `simulated transient failure in ${step}`);
    ctx.recordUsage?.({ provider: 'simulated', model: 'simulated', inputTokens: 0, outputTokens: 0, images: step === 'image' ? 1 : 0 });
  };
  return {
    text: {
      name: 'simulated',
      concept: async (input, ctx) => (await call('concept', ctx), local.text.concept(input, ctx)),
      copy: async (input, ctx) => (await call('content', ctx), local.text.copy(input, ctx)),
    },
    image: { name: 'simulated', illustrate: async (input, ctx) => (await call('image', ctx), local.image.illustrate(input, ctx)) },
    code: { name: 'simulated', render: async (input, ctx) => (await call('code', ctx), local.code.render(input, ctx)) },
  };
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
  });
}
