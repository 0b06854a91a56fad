import { UnrecoverableError } from 'bullmq';
import { ProviderError } from '../providers/provider-error.js';
import { PIPELINE, type StepName } from './catalog.js';
import { StepInputError, WorkflowTimeoutError } from './errors.js';
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
    return `the ${step} step ran out of time (its ${PIPELINE[step].timeoutMs} ms limit or the postcard's deadline)`;
  }
  if (error instanceof Error) return error.message.slice(0, 2000);
  return String(error).slice(0, 2000);
}

/**
 * BullMQ backoff that honours a provider's own hint: exponential from `baseMs`
 * with 50% jitter, but never sooner than a 429's Retry-After. It computes a
 * delay only; BullMQ's attempts remain the one retry mechanism.
 */
export function providerAwareBackoff(baseMs: number, random: () => number = Math.random) {
  return (attemptsMade: number, _type?: string, error?: Error): number => {
    const ceiling = baseMs * 2 ** Math.max(0, attemptsMade - 1);
    const jittered = Math.floor(ceiling * (0.5 + random() * 0.5));
    const hinted = error instanceof ProviderError ? (error.retryAfterMs ?? 0) : 0;
    return Math.max(jittered, hinted);
  };
}
