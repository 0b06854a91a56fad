import type { StepName } from '../../src/pipeline/catalog';
import type { Providers, StepContext } from '../../src/providers/contracts';
import { createLocalProviders } from '../../src/providers/local/index';

export interface Script {
  /** Called before the real (local) provider; throw to fail this call. `call` counts from 1 per postcard. */
  readonly before?: Partial<Record<StepName, (call: number, ctx: StepContext, prompt: string) => Promise<void> | void>>;
}

export interface ScriptedProviders {
  readonly providers: Providers;
  /** Provider calls so far, per step. */
  readonly calls: Record<StepName, number>;
}

/**
 * The real local providers with scripted faults or delays in front of them,
 * built from the same Providers interface the pipeline uses (no module mocks).
 */
export function scriptedProviders(script: Script = {}): ScriptedProviders {
  const local = createLocalProviders();
  const calls: Record<StepName, number> = { concept: 0, content: 0, image: 0, code: 0 };
  const perPrompt = new Map<string, number>();
  const gate = async (step: StepName, prompt: string, ctx: StepContext) => {
    calls[step] += 1;
    const key = `${step}:${prompt}`;
    const n = (perPrompt.get(key) ?? 0) + 1;
    perPrompt.set(key, n);
    await script.before?.[step]?.(n, ctx, prompt);
  };
  return {
    calls,
    providers: {
      text: {
        name: 'scripted-local',
        concept: async (input, ctx) => (await gate('concept', input.request.prompt, ctx), local.text.concept(input, ctx)),
        copy: async (input, ctx) => (await gate('content', input.request.prompt, ctx), local.text.copy(input, ctx)),
      },
      image: {
        name: 'scripted-local',
        illustrate: async (input, ctx) => (await gate('image', input.request.prompt, ctx), local.image.illustrate(input, ctx)),
      },
      code: {
        name: 'scripted-local',
        render: async (input, ctx) => (await gate('code', input.request.prompt, ctx), local.code.render(input, ctx)),
      },
    },
  };
}
