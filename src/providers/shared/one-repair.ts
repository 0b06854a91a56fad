import type { CheckOutcome } from '../generation-params.js';
import { ProviderError } from '../provider-error.js';
import type { Checked } from './checked.js';

/** One model answer, as the repair loop needs it. */
export interface Reply {
  readonly text: string;
  /** The model stopped at its output-token limit, so the answer is cut short. */
  readonly truncated: boolean;
}

/** What the second request sends back: the rejected answer and why it was rejected. */
export interface Rejection {
  readonly reply: string;
  readonly problems: readonly string[];
}

/** How the second request differs from the first. */
export interface Retake {
  readonly rejection: Rejection;
  /** The first answer hit the output-token limit: send a larger budget this time. */
  readonly expandBudget: boolean;
}

export interface OneRepairOptions<T> {
  readonly provider: string;
  /** What is being produced, for error messages ("concept JSON", "postcard HTML"). */
  readonly what: string;
  /** Sends one billable request; `retake` is set for the second request only. */
  readonly ask: (retake: Retake | undefined) => Promise<Reply>;
  readonly check: (text: string) => Checked<T>;
  /** Told what the checks found, once, whatever the outcome (the attempt's quality score). */
  readonly onOutcome?: (outcome: CheckOutcome) => void;
}

const TRUNCATED = 'the answer was cut off at the output token limit; make it shorter so it ends properly';

function problemsOf(reply: Reply, checked: Checked<unknown>): readonly string[] {
  if (checked.ok) return [];
  return reply.truncated ? [TRUNCATED, ...checked.problems] : checked.problems;
}

/**
 * Asks, checks, and if the answer is unusable asks once more with the problems
 * as feedback in the same conversation. This is a repair conversation with the
 * model, not a retry of a failed request: transport failures propagate at once
 * and BullMQ owns retrying them. An answer cut off by the token limit is never
 * accepted (a truncated page that happens to parse is still a broken page):
 * the second request gets a larger budget. A second bad answer is a retryable
 * `invalid_output` (a fresh attempt starts a fresh conversation). An answer
 * that is usable but comes with advice (serious html-validate errors) is sent
 * back once too; if the repair is unusable, the first answer is kept.
 */
export async function askWithOneRepair<T>(options: OneRepairOptions<T>): Promise<T> {
  const first = await options.ask(undefined);
  const checked = options.check(first.text);
  const advice = checked.ok ? (checked.advice ?? []) : [];
  if (checked.ok && !first.truncated && advice.length === 0) {
    options.onOutcome?.({ repaired: false, truncated: false, problems: 0 });
    return checked.value;
  }
  let firstProblems: readonly string[] = checked.ok ? [TRUNCATED] : problemsOf(first, checked);
  if (checked.ok && !first.truncated) firstProblems = advice;
  const second = await options.ask({ rejection: { reply: first.text, problems: firstProblems }, expandBudget: first.truncated });
  const again = options.check(second.text);
  options.onOutcome?.({ repaired: true, truncated: first.truncated || second.truncated, problems: checked.ok ? advice.length : checked.problems.length });
  if (again.ok && !second.truncated) return again.value;
  // Advice only asked for a better page; a repair that came out worse leaves the first one standing.
  if (checked.ok && !first.truncated) return checked.value;
  const problems = again.ok ? [TRUNCATED] : problemsOf(second, again);
  throw new ProviderError(
    options.provider,
    'invalid_output',
    `${options.provider}: ${options.what} still invalid after one repair: ${problems.slice(0, 8).join('; ')}`.slice(0, 2000),
  );
}

/** The follow-up user turn that carries the problems back to the model. */
export function feedbackMessage(problems: readonly string[], instruction: string): string {
  return [
    'Your previous answer could not be used:',
    ...problems.slice(0, 20).map((p) => `- ${p}`),
    '',
    instruction,
  ].join('\n');
}
