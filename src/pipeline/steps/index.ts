import type { ProviderRole } from '../../platform/config.js';
import type { Providers, StepContext } from '../../providers/contracts.js';
import { PIPELINE, type StepName } from '../catalog.js';
import type { StepCache } from '../step-cache.js';
import type { AssetWriter } from '../asset-store.js';
import type { Postcard, ResultColumns } from '../../store/postcard-types.js';
import { codeStep } from './code-step.js';
import { conceptStep } from './concept-step.js';
import { contentStep } from './content-step.js';
import { imageStep } from './image-step.js';
import type { StepDefinition, StepLookup, StepTools } from './step-definition.js';

export interface StepOutcome {
  /**
   * Writes what the output points at (content-addressed and idempotent, so a
   * result the store then discards merely leaves an unreferenced asset) and
   * returns the postcard columns to set with the attempt's success.
   */
  readonly write: (save: AssetWriter) => Promise<ResultColumns>;
  /** The output came from another postcard's stored result: no provider was called. */
  readonly cacheHit: boolean;
  /** On a cache hit, the postcard whose stored result it reused. */
  readonly source?: string;
  /** Set when a fresh result should be remembered under this key once it is committed. */
  readonly cacheKey?: string;
}

export interface StepExecution {
  readonly providers: Providers;
  /** The chain serving this step (names and models), part of the cache key. */
  readonly identity: string;
  readonly cache: StepCache | undefined;
  readonly ctx: StepContext;
  readonly tools: StepTools;
}

/** A step with its input and output types hidden, so the processor can treat all steps alike. */
export interface Step {
  readonly name: StepName;
  readonly role: ProviderRole;
  /** Builds the input, answers it from the cache or the provider, and returns the write that stores the output. */
  execute(postcard: Postcard, lookup: StepLookup, execution: StepExecution): Promise<StepOutcome>;
}

function erase<I, O>(def: StepDefinition<I, O>): Step {
  return {
    name: def.name,
    role: PIPELINE[def.name].provider,
    async execute(postcard, lookup, { providers, identity, cache, ctx, tools }) {
      const input = await def.input(postcard, lookup);
      const cacheKey = cache !== undefined && postcard.useCache ? cache.key(def.name, identity, input) : undefined;
      if (cache !== undefined && cacheKey !== undefined) {
        const source = await cache.get(def.name, cacheKey);
        const row = source === null || source === postcard.taskId ? null : await lookup.postcard(source);
        const output = row === null ? null : await def.stored(row, lookup);
        if (row !== null && output !== null) return { cacheHit: true, source: row.taskId, write: (save) => def.persist(save, output) };
      }
      const output = await def.run(input, providers, ctx, tools);
      return { cacheHit: false, write: (save) => def.persist(save, output), ...(cacheKey === undefined ? {} : { cacheKey }) };
    },
  };
}

/** The step implementations, one per catalog entry; `satisfies` keeps the two in step. */
export const STEPS = {
  concept: erase(conceptStep),
  content: erase(contentStep),
  image: erase(imageStep),
  code: erase(codeStep),
} as const satisfies Record<StepName, Step>;
