import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { Db } from '../platform/db.js';
import type { Logger } from '../platform/logger.js';
import { STEP_NAMES, stepJobId } from './catalog.js';
import type { FlowEnqueuer } from './flow.js';
import { resumeStep } from './resume-step.js';
import type { StepQueues } from './queues.js';
import type { StepReporter } from './step-reporter.js';
import type { StepStore } from './step-store.js';

export interface ReconcilerDeps {
  readonly db: Db;
  readonly queues: StepQueues;
  readonly flows: FlowEnqueuer;
  readonly store: StepStore;
  readonly reporter: StepReporter;
  /** For the lock that keeps two processes from reconciling at once. */
  readonly redis: Redis;
  readonly prefix: string;
  readonly timeoutMs: number;
  readonly stuckAfterMs: number;
  readonly logger: Logger;
  readonly now?: () => number;
}

export interface ReconcileReport {
  readonly timedOut: number;
  readonly requeued: number;
  readonly failed: number;
}

const BATCH = 200;

/**
 * Finds postcards whose status disagrees with their jobs and settles them:
 * - active past AI_WORKFLOW_TIMEOUT: FAILED with reason `timeout`, jobs removed;
 * - active with no job left in Redis for its run (Redis lost data, an enqueue
 *   half-failed): re-enqueued from the first step without a stored result;
 * - active while its flow's root already failed (a missed event): FAILED.
 * Many API and worker processes may run it; a Redis lock lets one at a time
 * work, and every change it makes is guarded and idempotent anyway.
 */
export async function reconcileOnce(deps: ReconcilerDeps): Promise<ReconcileReport | null> {
  const now = deps.now ?? Date.now;
  const lockKey = `${deps.prefix}:reconciler:lock`;
  const token = randomUUID();
  const acquired = await deps.redis.set(lockKey, token, 'PX', 60_000, 'NX');
  if (acquired === null) return null;
  try {
    let timedOut = 0;
    let requeued = 0;
    let failed = 0;
    const overdue = await deps.db.postcard.findMany({
      where: { status: { in: ['PENDING', 'PROCESSING'] }, createdAt: { lt: new Date(now() - deps.timeoutMs) } },
      take: BATCH,
    });
    for (const postcard of overdue) {
      const message = `timeout: the postcard did not finish within ${Math.round(deps.timeoutMs / 1000)} s`;
      if (await deps.store.failPostcard(postcard.taskId, postcard.run, postcard.currentStep, message)) {
        timedOut += 1;
        await deps.flows.remove({ taskId: postcard.taskId, run: postcard.run });
        await deps.reporter.postcardFailed(postcard.taskId, postcard.currentStep, message, postcard.createdAt);
      }
    }

    const quiet = await deps.db.postcard.findMany({
      where: { status: { in: ['PENDING', 'PROCESSING'] }, updatedAt: { lt: new Date(now() - deps.stuckAfterMs) } },
      orderBy: { updatedAt: 'asc' },
      take: BATCH,
    });
    for (const postcard of quiet) {
      const states = await Promise.all(
        STEP_NAMES.map(async (step) => (await deps.queues[step].getJobState(stepJobId(postcard.taskId, step, postcard.run))) as string),
      );
      const rootState = states[states.length - 1];
      if (rootState === 'failed') {
        const recorded = await deps.store.lastFailure(postcard.taskId, postcard.run);
        const message = recorded?.error ?? 'the flow failed';
        if (await deps.store.failPostcard(postcard.taskId, postcard.run, recorded?.step ?? null, message)) {
          failed += 1;
          await deps.reporter.postcardFailed(postcard.taskId, recorded?.step ?? null, message, postcard.createdAt);
        }
      } else if (states.every((state) => state === 'unknown')) {
        // Nothing left in Redis for this run: add the flow again from where the results stop.
        // Deterministic job ids make this a no-op if another process got there first.
        const fromStep = resumeStep(postcard);
        await deps.flows.enqueue({ taskId: postcard.taskId, run: postcard.run }, fromStep);
        await deps.db.postcard.updateMany({ where: { taskId: postcard.taskId, run: postcard.run }, data: { updatedAt: new Date(now()) } });
        requeued += 1;
        deps.logger.warn('re-enqueued a postcard whose jobs were lost', { task_id: postcard.taskId, run: postcard.run, from_step: fromStep });
      }
    }
    if (timedOut + requeued + failed > 0) deps.logger.info('reconciled postcards', { timed_out: timedOut, requeued, failed });
    return { timedOut, requeued, failed };
  } finally {
    // Release only our own lock (compare-and-delete), never one taken after ours expired.
    await deps.redis.eval("if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0", 1, lockKey, token);
  }
}

export interface Reconciler {
  close(): Promise<void>;
}

/** Runs `reconcileOnce` every `intervalMs`, never overlapping itself. */
export function startReconciler(deps: ReconcilerDeps, intervalMs: number): Reconciler {
  let running: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    running = running
      .then(() => reconcileOnce(deps))
      .catch((error: unknown) => deps.logger.error('reconciliation failed; will try again', { error }));
  }, intervalMs);
  timer.unref();
  return {
    async close() {
      clearInterval(timer);
      await running;
    },
  };
}
