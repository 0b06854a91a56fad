import { UnrecoverableError, type Job } from 'bullmq';
import type { Config, ProviderRole } from '../platform/config.js';
import type { Logger } from '../platform/logger.js';
import { StrategySchema } from '../platform/generation-settings.js';
import type { Providers, Usage } from '../providers/contracts.js';
import { qualityScore, type CheckOutcome, type SentParams } from '../providers/generation-params.js';
import { ProviderError } from '../providers/provider-error.js';
import { PIPELINE, StepJobDataSchema, type StepJobData, type StepJobResult } from './catalog.js';
import { totalUsage, type Pricer } from './cost.js';
import type { Router, StepPlan } from './routing/router.js';
import { WorkflowTimeoutError } from './errors.js';
import type { StepCache } from './step-cache.js';
import { classifyFailure } from './step-failure.js';
import { stepSignal, type StepSignal } from './step-signal.js';
import type { StepReporter } from './step-reporter.js';
import type { PostcardStore } from '../store/postcard-store.js';
import { isActive, type AttemptRecord, type StepKey } from '../store/postcard-types.js';
import type { AssetWriter } from './asset-store.js';
import type { Step } from './steps/index.js';
import type { StepLookup } from './steps/step-definition.js';
import { inProcessPageGate, type PageGate } from './page-gate.js';

export interface StepProcessorDeps {
  readonly store: PostcardStore;
  /** Where an image result's bytes go before the step's result is stored. */
  readonly saveAsset: AssetWriter;
  readonly reporter: StepReporter;
  readonly lookup: StepLookup;
  readonly providers: Providers;
  /** Per role, the provider chain's names and models (cache keys). */
  readonly identity: { readonly [R in ProviderRole]: string };
  /** The model a named provider uses for a role (recorded on the step run). */
  readonly modelOf: (provider: string, role: ProviderRole) => string;
  readonly cache: StepCache | undefined;
  readonly pricer: Pricer;
  /** Orders each step's chain by the postcard's strategy and tunes its parameters; absent for caller-supplied providers. */
  readonly router: Router | undefined;
  readonly pipeline: Config['pipeline'];
  readonly logger: Logger;
  /** Where the code step's pages are checked; in-process when absent. */
  readonly pageGate?: PageGate;
  readonly now?: () => number;
}

/** The abort reason of a step cancelled through the control channel. */
export const CANCELLED = 'cancelled';

/** What the processor reads of a BullMQ job: a Worker hands it the whole Job, unit tests a plain object. */
export type StepJob = Pick<Job<StepJobData, StepJobResult>, 'data' | 'opts' | 'attemptsMade' | 'id'>;

export type StepProcessor = (job: StepJob, token?: string, signal?: AbortSignal) => Promise<StepJobResult>;

/**
 * The BullMQ processor shared by all steps. It is bookkeeping around
 * `step.execute`: skip work that is already done, record the attempt, bound it
 * by the step's and the postcard's deadlines, persist the result with its
 * usage and cost, and turn a failure into either a retry or a final FAILED.
 */
export function createStepProcessor(step: Step, deps: StepProcessorDeps): StepProcessor {
  const now = deps.now ?? Date.now;
  return async (job, _token, jobSignal) => {
    const parsed = StepJobDataSchema.safeParse(job.data);
    if (!parsed.success) throw new UnrecoverableError(`invalid job data: ${parsed.error.message}`);
    const { taskId, run } = parsed.data;
    const attempts = job.opts.attempts ?? deps.pipeline.attempts;
    const key: StepKey = { taskId, run, step: step.name, attempt: job.attemptsMade + 1 };
    const log = deps.logger.child({ task_id: taskId, step: step.name, attempt: key.attempt, job_id: job.id });
    const done: StepJobResult = { taskId, step: step.name };

    const postcard = await deps.store.get(taskId);
    if (postcard === null) throw new UnrecoverableError(`postcard ${taskId} does not exist`);
    if (postcard.run !== run || !isActive(postcard.status)) {
      log.info('postcard is no longer active in this run; skipping', { status: postcard.status, run: postcard.run });
      return { ...done, skipped: true };
    }

    const usages: Usage[] = [];
    const plan: StepPlan | undefined = await deps.router?.plan(step.name, strategyOf(postcard.strategy));
    let producer = plan?.route[0] ?? deps.providers[step.role].name;
    let sent: SentParams | undefined;
    let checked: CheckOutcome | undefined;
    // Every image provider records its prompt, so the last one recorded is the answering member's.
    let prompt: string | undefined;
    const record = (cacheHit: boolean, error?: unknown, origin?: Readonly<Record<string, unknown>> | null): AttemptRecord => {
      // Only what the member that answered (or failed last) sent and got counts: a fallback member may send nothing (local).
      const own = sent !== undefined && sent.provider === producer ? sent : undefined;
      const params = own === undefined ? null : { ...own, ...(checked === undefined ? {} : { repaired: checked.repaired, truncated: checked.truncated }) };
      return {
        provider: cacheHit ? 'cache' : producer,
        model: cacheHit ? null : (own?.model ?? deps.modelOf(producer, step.role)),
        cacheHit,
        ...totalUsage(usages, deps.pricer),
        strategyReason: cacheHit ? null : (plan?.reason ?? null),
        // A cache hit sent nothing: it records where its result came from instead (`cached_from`, and what that attempt sent).
        params: cacheHit ? (origin ?? null) : prompt === undefined ? params : { ...params, prompt },
        qualityScore: cacheHit || own === undefined || checked === undefined ? null : qualityScore(checked),
        errorKind: error instanceof ProviderError ? error.kind : null,
      };
    };
    let startedAt: Date | undefined;
    let attemptSignal: StepSignal | undefined;
    try {
      const started = await deps.store.startStep(key, { jobId: job.id, provider: producer, strategyReason: plan?.reason ?? null });
      if (started === 'done') {
        // A redelivery after the result was stored: the paid work is not repeated.
        log.info('step already succeeded in this run; skipping');
        return { ...done, skipped: true };
      }
      if (started === 'inactive') {
        log.info('postcard left the active states before the step started; skipping');
        return { ...done, skipped: true };
      }
      // Checked after start, so an overdue attempt is recorded (and fails the postcard) like any other failure.
      const remainingMs = postcard.createdAt.getTime() + deps.pipeline.timeoutMs - now();
      if (remainingMs <= 0) throw new WorkflowTimeoutError(deps.pipeline.timeoutMs);
      startedAt = new Date(now());
      // debug, not info: one line per step is enough at info ('step succeeded' or 'step failed' carries
      // the duration), and each JSON line costs CPU in the step hand-off (BENCHMARKS.md).
      log.debug('step started', { provider: producer });
      await deps.reporter.started(key, producer, started === 'first');

      attemptSignal = stepSignal(Math.min(PIPELINE[step.name].timeoutMs, remainingMs), jobSignal);
      const { signal } = attemptSignal;
      const ctx = {
        signal,
        lastAttempt: key.attempt >= attempts,
        recordUsage: (usage: Usage) => usages.push(usage),
        recordProvider: (name: string) => {
          producer = name;
        },
        // A fallback member starts afresh: what the previous one sent and how its answer fared is not this one's.
        recordParams: (params: SentParams) => {
          if (sent !== undefined && sent.provider !== params.provider) checked = undefined;
          sent = params;
          producer = params.provider;
        },
        recordCheck: (outcome: CheckOutcome) => {
          checked = outcome;
        },
        recordPrompt: (text: string) => {
          prompt = text;
        },
        ...(plan === undefined ? {} : { route: plan.route, params: (provider: string) => plan.params(provider) }),
      };
      // Racing the signal frees the job even if a provider ignores its signal.
      const outcome = await untilAborted(
        step.execute(postcard, deps.lookup, { providers: deps.providers, identity: deps.identity[step.role], cache: deps.cache, ctx, tools: { pageGate: deps.pageGate ?? inProcessPageGate } }),
        signal,
      );
      const attempt = record(outcome.cacheHit, undefined, outcome.source === undefined ? null : await originOf(deps.store, outcome.source, step.name));
      const kept = await deps.store.succeedStep(key, startedAt, await outcome.write(deps.saveAsset), attempt);
      if (!kept) {
        log.info('postcard was cancelled or failed while the step ran; result discarded');
        return { ...done, skipped: true };
      }
      if (outcome.cacheKey !== undefined) await deps.cache?.set(outcome.cacheKey, taskId);
      const durationMs = now() - startedAt.getTime();
      log.info('step succeeded', { provider: attempt.provider, duration_ms: durationMs, cache_hit: outcome.cacheHit, cost_usd: attempt.costUsd });
      // The result event's fields (concept, copy, image URL) were stored by earlier steps: the row loaded at the start holds them.
      await deps.reporter.succeeded(key, attempt.provider, durationMs, postcard);
      return done;
    } catch (error) {
      if (jobSignal?.aborted === true && jobSignal.reason === CANCELLED) {
        // Cancelled by a client: close the attempt (a status must not show it running for ever), and stop the flow here.
        log.info('step aborted: the postcard was cancelled');
        const closing = { message: 'cancelled while it ran', retryable: false, final: false };
        await deps.store
          .failAttempt(key, startedAt, closing, record(false, error))
          .catch((storeError: unknown) => log.warn('could not close the cancelled attempt', { error: storeError }));
        throw new UnrecoverableError('cancelled');
      }
      const failure = classifyFailure(error, step.name, key.attempt, attempts);
      log.warn(failure.final ? 'step failed for good' : 'step failed; BullMQ will retry', {
        error: failure.message,
        retryable: failure.retryable,
        provider: producer,
      });
      let postcardFailed = false;
      try {
        postcardFailed = await deps.store.failAttempt(key, startedAt, failure, record(false, error));
      } catch (storeError) {
        // PostgreSQL may be the reason we are failing; the job's own error is what BullMQ must see.
        log.error('could not record the step failure', { error: storeError });
      }
      const durationMs = startedAt === undefined ? undefined : now() - startedAt.getTime();
      await deps.reporter.failed(key, producer, durationMs, { ...failure, postcardFailed }, postcard);
      if (failure.final && !failure.retryable) throw new UnrecoverableError(failure.message);
      throw error;
    } finally {
      attemptSignal?.dispose();
    }
  };
}

/** What produced a reused result: the source postcard, and its producing attempt's provider, model and parameters (an image's prompt among them). */
async function originOf(store: PostcardStore, source: string, step: Step['name']): Promise<Record<string, unknown>> {
  const produced = await store.producedBy(source, step);
  const params = typeof produced?.params === 'object' && produced.params !== null && !Array.isArray(produced.params) ? produced.params : {};
  return { ...params, provider: produced?.provider ?? null, model: produced?.model ?? null, cached_from: source };
}

/** The stored strategy, read defensively: a row written by an older version (or by hand) falls back to balanced. */
function strategyOf(stored: string) {
  const parsed = StrategySchema.safeParse(stored);
  return parsed.success ? parsed.data : 'balanced';
}

function untilAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    if (signal.aborted) onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
