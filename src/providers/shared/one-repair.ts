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

export interface OneRepairOptions<T> {
  readonly provider: string;
  /** What is being produced, for error messages ("concept JSON", "postcard HTML"). */
  readonly what: string;
  /** Sends one billable request; `rejection` is set for the repair request only. */
  readonly ask: (rejection: Rejection | undefined) => Promise<Reply>;
  readonly check: (text: string) => Checked<T>;
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
 * and BullMQ owns retrying them. A second bad answer is a retryable
 * `invalid_output` (a fresh attempt starts a fresh conversation).
 */
export async function askWithOneRepair<T>(options: OneRepairOptions<T>): Promise<T> {
  const first = await options.ask(undefined);
  const checked = options.check(first.text);
  if (checked.ok) return checked.value;
  const second = await options.ask({ reply: first.text, problems: problemsOf(first, checked) });
  const again = options.check(second.text);
  if (again.ok) return again.value;
  const problems = problemsOf(second, again);
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
