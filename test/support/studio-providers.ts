import { setTimeout as sleep } from 'node:timers/promises';
import { STEP_NAMES, type StepName } from '../../src/pipeline/catalog';
import type { Providers } from '../../src/providers/contracts';
import { ProviderError } from '../../src/providers/provider-error';
import { scriptedProviders } from './scripted-providers';
import { createGate, untilAborted, type Gate } from './wait';

/** A postcard whose steps each wait for the test: it sees a step RUNNING for as long as it likes, then lets it go. */
export interface HeldPostcard {
  /** Resolves when `step` has started (its provider was called). */
  reached(step: StepName): Promise<void>;
  release(step: StepName): void;
}

export interface StudioProviders {
  readonly providers: Providers;
  /** The postcard with this prompt runs each step only when the test releases it. */
  hold(prompt: string): HeldPostcard;
  /** The postcard with this prompt never finishes `step` (until cancelled). */
  stall(prompt: string, step: StepName): void;
  /** The first call of `step` for this prompt fails, not retryable; a retry succeeds. */
  failOnce(prompt: string, step: StepName, message: string): void;
}

type Behaviour =
  | { readonly kind: 'hold'; readonly gates: Record<StepName, Gate> }
  | { readonly kind: 'stall'; readonly step: StepName }
  | { readonly kind: 'fail-once'; readonly step: StepName; readonly message: string };

/**
 * The local providers, slowed so a person (or a browser test) can watch the
 * studio fill in: every step takes `stepMs` unless its prompt was given a
 * behaviour of its own. Abortable, so a cancel stops a step at once.
 */
export function studioProviders({ stepMs }: { readonly stepMs: number }): StudioProviders {
  const behaviours = new Map<string, Behaviour>();
  const before = (step: StepName) => async (call: number, ctx: { readonly signal: AbortSignal }, prompt: string) => {
    const behaviour = behaviours.get(prompt);
    switch (behaviour?.kind) {
      case 'hold':
        return behaviour.gates[step].wait(ctx.signal);
      case 'stall':
        if (behaviour.step === step) await untilAborted(ctx.signal);
        break;
      case 'fail-once':
        if (behaviour.step === step && call === 1) throw new ProviderError('scripted', 'safety', behaviour.message);
        break;
      case undefined:
        break;
    }
    await sleep(stepMs, undefined, { signal: ctx.signal });
  };
  const scripted = scriptedProviders({ before: Object.fromEntries(STEP_NAMES.map((step) => [step, before(step)])) });
  return {
    providers: scripted.providers,
    hold(prompt) {
      const gates = Object.fromEntries(STEP_NAMES.map((step) => [step, createGate()])) as Record<StepName, Gate>;
      behaviours.set(prompt, { kind: 'hold', gates });
      return { reached: (step) => gates[step].reached, release: (step) => gates[step].open() };
    },
    stall: (prompt, step) => void behaviours.set(prompt, { kind: 'stall', step }),
    failOnce: (prompt, step, message) => void behaviours.set(prompt, { kind: 'fail-once', step, message }),
  };
}
