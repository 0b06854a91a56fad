import type { ThinkingLevel } from '../platform/models/model-types.js';

/**
 * What the pipeline asks of one model call: the step's settings after
 * adaptive tuning. Each adapter maps it onto its model's own parameters with
 * the registry (what the model accepts, its thinking control, its limits)
 * and reports what it actually sent.
 */
export interface CallParams {
  /** Undefined: leave the model's default. */
  readonly temperature: number | undefined;
  /** Tokens the visible answer may use; the thinking allowance is added by the adapter. */
  readonly answerTokens: number;
  readonly thinking: ThinkingLevel;
  /** True when the operator set the temperature (sent even to models that advise against changing it). */
  readonly explicitTemperature?: boolean;
  /** Another model of the same provider (adaptive tuning's faster model under the speed strategy); absent: the configured one. */
  readonly model?: string;
}

/** The parameters one request carried, as stored with the attempt. */
export interface SentParams {
  /** The provider that sent them (a chain's fallback member may send its own later). */
  readonly provider: string;
  readonly model: string;
  readonly temperature?: number;
  readonly max_output_tokens?: number;
  readonly thinking?: string;
  readonly top_p?: number;
  readonly top_k?: number;
  readonly image_size?: string;
  readonly aspect_ratio?: string;
  /** Set on the second request of an attempt whose first answer hit the token limit. */
  readonly expanded_after_truncation?: boolean;
}

/** What our checks found in one answer: the basis of the attempt's quality score. */
export interface CheckOutcome {
  /** The first answer was unusable and a repair round was needed. */
  readonly repaired: boolean;
  /** An answer hit the output-token limit. */
  readonly truncated: boolean;
  /** Problems found in the first answer (schema errors, HTML problems). */
  readonly problems: number;
}

/**
 * 1 for a clean first answer. A repair costs 0.3, a truncation 0.3, and each
 * problem in the first answer 0.05 (at most 0.3), floored at 0: the adaptive
 * tuner raises creativity when a step's average falls below 0.7.
 */
export function qualityScore(outcome: CheckOutcome): number {
  const score = 1 - (outcome.repaired ? 0.3 : 0) - (outcome.truncated ? 0.3 : 0) - Math.min(0.3, outcome.problems * 0.05);
  return Math.max(0, Math.round(score * 1000) / 1000);
}
