import { Worker, type ConnectionOptions } from 'bullmq';
import { withDeadline } from '../platform/bullmq-deadline.js';
import type { Logger } from '../platform/logger.js';
import type { RateLimit } from '../platform/provider-settings.js';
import type { RedisConnection } from '../platform/redis.js';
import { PIPELINE, STEP_NAMES, stepJobId, type StepJobData, type StepJobResult, type StepName } from './catalog.js';
import { listenForControl } from './control-channel.js';
import { providerAwareBackoff } from './step-failure.js';
import { watchFlowFailures } from './failure-watcher.js';
import { createRootQueueEvents, type QueueShard } from './queues.js';
import { CANCELLED, createStepProcessor, type StepProcessorDeps } from './step-processor.js';
import { STEPS } from './steps/index.js';

export interface PipelineWorkersOptions {
  readonly connection: ConnectionOptions;
  /** QUEUE_PREFIX: the deployment's control channel (cancellations) is under it. */
  readonly prefix: string;
  readonly concurrency: number;
  /** Base delay of the provider-aware exponential backoff. */
  readonly backoffBaseMs: number;
  /**
   * Per-step BullMQ limiter across all workers (STEP_RATE_LIMIT_<STEP>). It is
   * the operator's to set, for a provider's quota; no step has a limit of its own.
   */
  readonly rateLimits: { readonly [K in StepName]?: RateLimit };
  readonly deps: StepProcessorDeps;
  /** A connection of its own for the control channel (cancellations). */
  readonly control: RedisConnection;
  /**
   * Every shard's step queues (config.queueShards), owned (and closed) by the
   * caller: this process runs a worker for each step of each shard, and each
   * shard's failure watcher reads failed jobs through its queues.
   */
  readonly shards: readonly QueueShard[];
  readonly lockDurationMs: number;
  readonly stalledIntervalMs: number;
  readonly maxStalledCount: number;
  readonly logger: Logger;
}

export interface PipelineWorkers {
  readonly workers: readonly Worker<StepJobData, StepJobResult>[];
  /** Stops taking jobs, waits for active ones up to `timeoutMs`, then closes. */
  close(timeoutMs: number): Promise<void>;
}

/**
 * Lock and stall settings (JOB_LOCK_DURATION_MS, STALLED_INTERVAL_MS): a
 * worker renews each job's lock every lockDuration/2. If it dies (SIGKILL, a
 * lost machine), the lock lapses after lockDuration and the stalled-job check,
 * run every stalledInterval, puts the job back in the wait list for another
 * worker: recovery takes between lockDuration and lockDuration +
 * stalledInterval. Shorter means faster recovery but more Redis traffic and a
 * risk of false stalls when an event loop is blocked. MAX_STALLED_COUNT bounds
 * how often one job may stall before it is failed: BullMQ counts stalls per
 * job across its attempts, so a limit of 2 failed postcards in the chaos run
 * whose step had merely been on three workers that were killed in a row.
 */

export function startPipelineWorkers(options: PipelineWorkersOptions): PipelineWorkers {
  const log = options.logger.child({ component: 'workers' });
  // WORKER_CONCURRENCY is a process's jobs per step, split over the shards (rounded up, at least one each): postcards spread evenly over them.
  const shardCount = Math.max(1, options.shards.length);
  const concurrency = Math.ceil(options.concurrency / shardCount);
  const startWorker = (step: StepName, prefix: string) => {
    const spec = PIPELINE[step];
    const limiter = options.rateLimits[step];
    const worker = new Worker<StepJobData, StepJobResult>(spec.queue, createStepProcessor(STEPS[step], options.deps), {
      connection: options.connection,
      prefix,
      concurrency,
      lockDuration: options.lockDurationMs,
      stalledInterval: options.stalledIntervalMs,
      maxStalledCount: options.maxStalledCount,
      // BullMQ keeps the limiter in the queue: each shard's share, so that all shards together stay within the limit (config.ts checks max ≥ shards).
      ...(limiter === undefined ? {} : { limiter: { max: Math.max(1, Math.floor(limiter.max / shardCount)), duration: limiter.durationMs } }),
      settings: { backoffStrategy: providerAwareBackoff(options.backoffBaseMs) },
    });
    worker.on('error', (error) => log.error('worker error', { queue: spec.queue, prefix, error }));
    worker.on('stalled', (jobId) => log.warn('job stalled; it will be retried', { queue: spec.queue, prefix, job_id: jobId }));
    return { step, worker };
  };
  const running = options.shards.flatMap((shard) => STEP_NAMES.map((step) => startWorker(step, shard.prefix)));
  const workers = running.map(({ worker }) => worker);
  // A cancelled postcard's running step is aborted through its job's AbortSignal.
  void listenForControl(options.control, options.prefix, log, (message) => {
    for (const { step, worker } of running) {
      if (worker.cancelJob(stepJobId(message.taskId, step, message.run), CANCELLED)) {
        log.info('aborted a running step of a cancelled postcard', { task_id: message.taskId, step });
      }
    }
  }).catch((error: unknown) => log.error('could not subscribe to the control channel', { error }));
  const rootEvents = options.shards.map((shard) => {
    const events = createRootQueueEvents(options.connection, shard.prefix);
    events.on('error', (error) => log.error('queue events error', { prefix: shard.prefix, error }));
    watchFlowFailures(events, { queues: shard.queues, store: options.deps.store, reporter: options.deps.reporter, logger: log });
    return events;
  });

  return {
    workers,
    async close(timeoutMs) {
      const open = new Set(workers);
      const errors: unknown[] = [];
      const graceful = Promise.all(workers.map((w) => w.close().catch((error: unknown) => errors.push(error)).finally(() => open.delete(w))));
      if (!(await settlesWithin(graceful, timeoutMs))) {
        // Their locks lapse and another worker picks the jobs up (see above).
        log.warn('shutdown deadline passed; leaving unfinished jobs to other workers', { timeout_ms: timeoutMs });
        // BullMQ keeps a worker's first close(): close(true) now would be that same graceful
        // close, so it cannot be forced any more. Give the rest a moment, then name the
        // workers still open instead of holding the shutdown on them.
        await settlesWithin(graceful, FORCE_CLOSE_MS);
      }
      await Promise.all(rootEvents.map((events) => events.close()));
      for (const error of errors.slice(open.size > 0 ? 0 : 1)) log.error('a step worker failed to close', { error });
      if (open.size > 0) {
        throw new Error(`${open.size} step worker(s) did not close: ${[...open].map((w) => `${w.opts.prefix ?? ''}:${w.name}`).join(', ')}`);
      }
      if (errors.length > 0) throw errors[0];
    },
  };
}

/** How long a worker still open at the shutdown deadline is given before the shutdown goes on without it. */
const FORCE_CLOSE_MS = 1000;

/** Whether `work` settles (either way) within `ms`; it is not stopped either way. */
const settlesWithin = (work: Promise<unknown>, ms: number): Promise<boolean> =>
  withDeadline(work.then(() => undefined, () => undefined), ms, 'the step workers\' close').then(() => true, () => false);
