import type { Postcard, StepName } from './postcard-types.js';

/**
 * The steps in the order they run, and what follows from that order: which
 * step completes a postcard, progress, and where a retry resumes. The pipeline
 * catalog builds it from its step list; the store receives it, so that the
 * store sits below the pipeline and never imports it.
 */
export interface StepOrder {
  readonly steps: readonly StepName[];
  index(step: StepName): number;
  isLast(step: StepName): boolean;
  /** Progress (0–100) once `step` has finished. */
  progressAfter(step: StepName): number;
  /** Progress (0–100) before `step` starts. */
  progressBefore(step: StepName): number;
  /** The first step whose result is not stored: where a new run must start. */
  resumeStep(postcard: Postcard): StepName;
}

/** Which column holds each step's result. */
const HAS_RESULT: { readonly [S in StepName]: (postcard: Postcard) => boolean } = {
  concept: (p) => p.concept !== null,
  content: (p) => p.content !== null,
  image: (p) => p.imageAssetId !== null,
  code: (p) => p.frontendCode !== null,
};

export function stepOrder(steps: readonly StepName[]): StepOrder {
  const last = steps.at(-1);
  if (last === undefined) throw new Error('a pipeline needs at least one step');
  const index = (step: StepName) => steps.indexOf(step);
  const percent = (done: number) => Math.round((done / steps.length) * 100);
  return {
    steps,
    index,
    isLast: (step) => step === last,
    progressAfter: (step) => percent(index(step) + 1),
    progressBefore: (step) => percent(index(step)),
    resumeStep(postcard) {
      const missing = steps.find((step) => !HAS_RESULT[step](postcard)) ?? last;
      // A failure recorded at an earlier step than the first gap wins (its output may be incomplete).
      return postcard.errorStep !== null && index(postcard.errorStep) < index(missing) ? postcard.errorStep : missing;
    },
  };
}
