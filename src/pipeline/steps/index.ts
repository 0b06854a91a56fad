import type { Providers, StepContext } from '../../providers/contracts.js';
import type { StepName } from '../catalog.js';
import type { PostcardRow, Tx } from '../step-store.js';
import { codeStep } from './code-step.js';
import { conceptStep } from './concept-step.js';
import { contentStep } from './content-step.js';
import { imageStep } from './image-step.js';
import type { StepDefinition, StepEnv, StepLookup } from './step-definition.js';

/** A step with its input and output types hidden, so the processor can treat all steps alike. */
export interface Step {
  readonly name: StepName;
  providerName(providers: Providers): string;
  /** Builds the input, runs the provider, and returns the write that stores the output. */
  execute(
    postcard: PostcardRow,
    lookup: StepLookup,
    providers: Providers,
    ctx: StepContext,
  ): Promise<(tx: Tx, env: StepEnv) => Promise<void>>;
}

function erase<I, O>(def: StepDefinition<I, O>): Step {
  return {
    name: def.name,
    providerName: (providers) => def.providerName(providers),
    async execute(postcard, lookup, providers, ctx) {
      const input = await def.input(postcard, lookup);
      const output = await def.run(input, providers, ctx);
      return (tx, env) => def.persist(tx, postcard, output, env);
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
