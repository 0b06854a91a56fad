import type { ProviderSettings } from '../../platform/provider-settings.js';
import type { Providers, StepContext } from '../contracts.js';
import type { CpuPool } from '../cpu/cpu-pool.js';
import { createLocalProviders } from '../local/index.js';
import { ProviderError } from '../provider-error.js';

/**
 * SIMULATED_LATENCY_MS and the failure rates, as config parsed them: latency
 * is keyed by the pipeline's steps (milliseconds each call sleeps before
 * answering; a step not named answers at once).
 */
export interface SimulatedOptions extends Readonly<ProviderSettings['simulated']> {
  readonly random?: () => number;
}
/** The step each provider call serves, typed from the steps config knows, so a renamed step fails the type check here. */
type SimulatedStep = keyof SimulatedOptions['latencyMs'];

/**
 * The `local` providers behind simulated latency and failures: what the chaos
 * suite and the benchmarks run on, and what users can load-test a deployment
 * with, at no cost. The sleep honours the step's AbortSignal like a real call.
 */
export function createSimulatedProviders(options: SimulatedOptions, cpu?: CpuPool): Providers {
  const local = createLocalProviders(cpu);
  const random = options.random ?? Math.random;
  const call = async (step: SimulatedStep, ctx: StepContext) => {
    await sleep(options.latencyMs[step] ?? 0, ctx.signal);
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
