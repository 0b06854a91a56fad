import { PIPELINE, type StepName, type StepSpec } from '../pipeline/catalog.js';
import { isTimeoutMessage, timeoutDetail } from '../pipeline/errors.js';
import type { ProviderErrorKind } from '../providers/provider-error.js';
import type { PostcardWithSteps } from '../store/postcard-types.js';
import type { ErrorDetail, StatusResponse } from './postcard-responses.js';

/** Who a step's provider is, to a person reading the status. */
const SERVICE = { text: 'the text service', image: 'the image service', code: 'the page-writing service' } as const satisfies Record<StepSpec['provider'], string>;

/** What each provider failure means, in words; the raw message stays in error_detail. */
const PLAIN = {
  bad_request: (s) => `${s} refused the request as malformed`,
  auth: (s) => `${s} did not accept our credentials`,
  not_found: (s) => `${s} does not offer the model we asked for`,
  quota: (s) => `${s} quota is used up`,
  safety: (s) => `${s} declined it on safety grounds`,
  invalid_output: (s) => `${s} returned an answer we could not use`,
  rate_limit: (s) => `${s} is busy (rate limited)`,
  server: (s) => `${s} had an internal error`,
  overloaded: (s) => `${s} is overloaded`,
  network: (s) => `${s} could not be reached`,
  timeout: (s) => `${s} did not answer in time`,
} as const satisfies Record<ProviderErrorKind, (service: string) => string>;

const isKind = (kind: string | null): kind is ProviderErrorKind => kind !== null && kind in PLAIN;

/** "the illustration step", "the HTML postcard step": the catalog's label, lower-cased unless it is an acronym. */
function stepPhrase(step: StepName): string {
  const label = PIPELINE[step].label;
  const lowered = /^[A-Z][a-z]/.test(label) ? `${label.charAt(0).toLowerCase()}${label.slice(1)}` : label;
  return `the ${lowered} step`;
}

/** A stored message as the end of a sentence: one line, not too long, no final full stop of its own. */
function sentenceOf(message: string): string {
  const line = message.replace(/\s+/g, ' ').trim();
  const short = line.length > 200 ? `${line.slice(0, 199)}…` : line;
  return short.replace(/[.\s]+$/, '');
}

const capitalised = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

type FailureFields = Pick<StatusResponse, 'error' | 'error_step' | 'error_detail'>;

/**
 * Why a FAILED or CANCELLED postcard stopped: a sentence for people
 * (`error`), the step (`error_step`), and the facts behind the sentence
 * (`error_detail`: the stored message, the step's attempts in the run that
 * stopped, its last attempt's error kind). Read from the row and its step
 * runs, already loaded with the status.
 */
export function presentFailure(postcard: PostcardWithSteps): FailureFields {
  if (postcard.status !== 'FAILED' && postcard.status !== 'CANCELLED') return { error: null, error_step: null, error_detail: null };
  const step = postcard.errorStep;
  const message = postcard.errorMessage ?? postcard.status.toLowerCase();
  const attempts = step === null ? [] : postcard.stepRuns.filter((r) => r.step === step && r.run === postcard.run);
  const last = attempts.at(-1);
  const kind = last?.status === 'FAILED' ? last.errorKind : null;
  const reason: ErrorDetail['reason'] = postcard.status === 'CANCELLED' ? 'cancelled' : isTimeoutMessage(message) || kind === 'timeout' ? 'timeout' : 'failed';
  const detail: ErrorDetail = {
    reason,
    message,
    attempts: attempts.length,
    error_kind: kind,
    retryable: last?.status === 'FAILED' ? last.retryable : null,
    provider: last?.provider ?? null,
  };
  return { error: sentence(detail, step), error_step: step, error_detail: detail };
}

function sentence(detail: ErrorDetail, step: StepName | null): string {
  const where = step === null ? null : stepPhrase(step);
  if (detail.reason === 'cancelled') return where === null ? 'Cancelled before it started.' : `Cancelled before it finished (at ${where}).`;
  // One of our deadlines (the postcard's, or one attempt's): the message says which.
  if (isTimeoutMessage(detail.message)) return `Timed out${where === null ? '' : ` at ${where}`}: ${sentenceOf(timeoutDetail(detail.message))}.`;
  const tries = detail.attempts > 1 ? ` after ${detail.attempts} attempts` : detail.attempts === 1 && detail.retryable === false ? ' and could not be retried' : '';
  const why = isKind(detail.error_kind) && step !== null ? PLAIN[detail.error_kind](SERVICE[PIPELINE[step].provider]) : sentenceOf(detail.message);
  if (where === null) return `The postcard failed: ${why}.`;
  return `${capitalised(where)} ${detail.reason === 'timeout' ? 'timed out' : 'failed'}${tries}: ${why}.`;
}
