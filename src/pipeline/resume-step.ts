import type { Postcard } from '../generated/prisma/client.js';
import { STEP_NAMES, stepIndex, type StepName } from './catalog.js';

/** The first step whose result is not stored: where a retry must start. */
export function resumeStep(postcard: Postcard): StepName {
  const stored: Record<StepName, boolean> = {
    concept: postcard.concept !== null,
    content: postcard.content !== null,
    image: postcard.imageAssetId !== null,
    code: postcard.frontendCode !== null,
  };
  const missing = STEP_NAMES.find((step) => !stored[step]) ?? 'code';
  // A failure recorded at an earlier step than the first gap wins (its output may be incomplete).
  return postcard.errorStep !== null && stepIndex(postcard.errorStep) < stepIndex(missing) ? postcard.errorStep : missing;
}
