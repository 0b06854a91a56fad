import { UnrecoverableError, type Job } from 'bullmq';
import type { Config } from '../platform/config.js';
import type { Logger } from '../platform/logger.js';
import type { Providers } from '../providers/contracts.js';
import { ProviderError } from '../providers/provider-error.js';
import { isLastStep, PIPELINE, StepJobDataSchema, type StepJobData, type StepJobResult, type StepName } from './catalog.js';
import { StepInputError, WorkflowTimeoutError } from './errors.js';
import type { Step } from './steps/index.js';
import type { StepLookup } from './steps/step-definition.js';
import type { StepReporter } from './step-reporter.js';
import type { StepKey, StepStore } from './step-store.js';

export interface StepProcessorDeps {
  readonly store: StepStore;
  readonly reporter: StepReporter;
  readonly lookup: StepLookup;
  readonly providers: Providers;
  readonly pipeline: Config['pipeline'];
  readonly publicBaseUrl: string;
  readonly logger: Logger;
  readonly now?: () => number;
}

export type StepProcessor = (job: Job<StepJobData, StepJobResult>, token?: string, signal?: AbortSignal) => Promise<StepJobResult>;

/**
 * The BullMQ processor shared by all steps. It is bookkeeping around
 * `step.execute`: skip work that is already done, record the attempt, bound it
 * by the step's and the postcard's deadlines, persist the result, and turn a
 * failure into either a retry or a final, recorded FAILED.
 */
export function createStepProcessor(step: Step, deps: StepProcessorDeps): StepProcessor {
  const now = deps.now ?? Date.now;
  return async (job, _token, jobSignal) => {
    const parsed = StepJobDataSchema.safeParse(job.data);
    if (!parsed.success) throw new UnrecoverableError(`invalid job data: ${parsed.error.message}`);
    const { taskId, run } = parsed.data;
    const key: StepKey = { taskId, run, step: step.name, attempt: job.attemptsMade + 1 };
    const log = deps.logger.child({ task_id: taskId, step: step.name, attempt: key.attempt, job_id: job.id });
    const done: StepJobResult = { taskId, step: step.name };

    const postcard = await deps.store.load(taskId);
    if (postcard === null) throw new UnrecoverableError(`postcard ${taskId} does not exist`);
    if (postcard.run !== run || postcard.status === 'COMPLETED' || postcard.status === 'FAILED' || postcard.status === 'CANCELLED') {
      log.info('postcard is no longer active in this run; skipping', { status: postcard.status, run: postcard.run });
      return { ...done, skipped: true };
    }
    if (await deps.store.hasSucceeded(taskId, run, step.name)) {
      // A redelivery after the result was stored: the paid work is not repeated.
      log.info('step already succeeded in this run; skipping');
      return { ...done, skipped: true };
    }

    const providerName = step.providerName(deps.providers);
    let startedAt: Date | undefined;
    try {
      const remainingMs = postcard.createdAt.getTime() + deps.pipeline.timeoutMs - now();
      if (remainingMs <= 0) throw new WorkflowTimeoutError(deps.pipeline.timeoutMs);
      const started = await deps.store.start(key, job.id, providerName);
      if (started === 'inactive') {
        log.info('postcard left the active states before the step started; skipping');
        return { ...done, skipped: true };
      }
      startedAt = new Date(now());
      log.info('step started', { provider: providerName });
      await deps.reporter.started(key, providerName, started === 'first');

      const timeoutMs = Math.min(PIPELINE[step.name].timeoutMs, remainingMs);
      const signals = [AbortSignal.timeout(timeoutMs), ...(jobSignal === undefined ? [] : [jobSignal])];
      const signal = AbortSignal.any(signals);
      // Racing the signal frees the job even if a provider ignores its signal.
      const write = await untilAborted(step.execute(postcard, deps.lookup, deps.providers, { signal }), signal);
      await deps.store.succeed(key, startedAt, (tx) => write(tx, { publicBaseUrl: deps.publicBaseUrl }));
      const durationMs = now() - startedAt.getTime();
      log.info('step succeeded', { provider: providerName, duration_ms: durationMs });
      // The result event needs what this step stored (the image URL); reload only for the last step.
      const finalRow = isLastStep(step.name) ? ((await deps.store.load(taskId)) ?? postcard) : postcard;
      await deps.reporter.succeeded(key, providerName, durationMs, finalRow);
      return done;
    } catch (error) {
      const failure = classify(error, step.name, key.attempt, deps.pipeline.attempts, job.opts.attempts);
      log.warn(failure.final ? 'step failed for good' : 'step failed; BullMQ will retry', {
        error: failure.message,
        retryable: failure.retryable,
        provider: providerName,
      });
      let postcardFailed = false;
      try {
        postcardFailed = await deps.store.fail(key, startedAt, failure);
      } catch (storeError) {
        // PostgreSQL may be the reason we are failing; the job's own error is what BullMQ must see.
        log.error('could not record the step failure', { error: storeError });
      }
      const durationMs = startedAt === undefined ? undefined : now() - startedAt.getTime();
      await deps.reporter.failed(key, providerName, durationMs, { message: failure.message, final: failure.final, postcardFailed }, postcard);
      if (failure.final && !failure.retryable) throw new UnrecoverableError(failure.message);
      throw error;
    }
  };
}

function untilAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    if (signal.aborted) onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

interface ClassifiedFailure {
  readonly message: string;
  readonly retryable: boolean;
  readonly final: boolean;
}

function classify(error: unknown, step: StepName, attempt: number, configured: number, jobAttempts: number | undefined): ClassifiedFailure {
  const attempts = jobAttempts ?? configured;
  const message = describe(error, step);
  const retryable = isRetryable(error);
  return { message, retryable, final: !retryable || attempt >= attempts };
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
    return `the ${step} step timed out after ${PIPELINE[step].timeoutMs} ms`;
  }
  if (error instanceof Error) return error.message.slice(0, 2000);
  return String(error).slice(0, 2000);
}
