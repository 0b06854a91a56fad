import { createHash } from 'node:crypto';
import { UnrecoverableError } from 'bullmq';
import { ProviderError } from '../providers/provider-error.js';
import { PIPELINE, type StepName } from './catalog.js';
import { StepInputError, timeoutMessage, WorkflowTimeoutError } from './errors.js';
import type { AttemptFailure } from '../store/postcard-types.js';


/** Decides whether BullMQ should try again, and how to describe the failure to clients. */
export function classifyFailure(error: unknown, step: StepName, attempt: number, attempts: number): AttemptFailure {
  const retryable = isRetryable(error);
  return { message: describe(error, step), retryable, final: !retryable || attempt >= attempts };
}

function isRetryable(error: unknown): boolean {
  if (error instanceof ProviderError) return error.retryable;
  if (error instanceof StepInputError || error instanceof WorkflowTimeoutError || error instanceof UnrecoverableError) return false;
  // Anything else (a lost database connection, a provider bug we did not
  // classify) gets the benefit of the doubt: BullMQ's attempts bound it.
  return true;
}

function describe(error: unknown, step: StepName): string {
  if (error instanceof DOMException && error.name === 'TimeoutError') {
    return timeoutMessage(`the ${step} step ran out of time (its ${PIPELINE[step].timeoutMs} ms limit or the postcard's deadline)`);
  }
  if (error instanceof Error) return error.message.slice(0, 2000);
  return String(error).slice(0, 2000);
}

/**
 * The jitter of one retry, in [0, 1): spread across jobs as a random number
 * would be, so a burst of failures does not retry in lockstep, but the same
 * every time for the same job and attempt, so that the API can say when
 * BullMQ will try again (the status's next_attempt_at) without asking Redis.
 */
function jitterOf(jobId: string, attemptsMade: number): number {
  return createHash('sha256').update(`${jobId}#${attemptsMade}`).digest().readUInt32BE(0) / 2 ** 32;
}

/** Exponential from `baseMs`, jittered down by up to half: what BullMQ waits after attempt `attemptsMade` failed. */
export function retryDelayMs(baseMs: number, jobId: string, attemptsMade: number): number {
  const ceiling = baseMs * 2 ** Math.max(0, attemptsMade - 1);
  return Math.floor(ceiling * (0.5 + jitterOf(jobId, attemptsMade) * 0.5));
}

/**
 * BullMQ backoff that honours a provider's own hint: `retryDelayMs`, but
 * never sooner than a 429's Retry-After. It computes a delay only; BullMQ's
 * attempts remain the one retry mechanism.
 */
export function providerAwareBackoff(baseMs: number) {
  return (attemptsMade: number, _type?: string, error?: Error, job?: { readonly id?: string | undefined }): number => {
    const hinted = error instanceof ProviderError ? (error.retryAfterMs ?? 0) : 0;
    return Math.max(retryDelayMs(baseMs, job?.id ?? '', attemptsMade), hinted);
  };
}
