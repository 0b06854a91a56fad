import type { Logger } from '../platform/logger.js';
import type { PostcardStore } from '../store/postcard-store.js';
import { STEP_ORDER } from './catalog.js';
import { workflowTimeoutMessage } from './errors.js';
import type { Exclusive } from './exclusive-lock.js';
import type { FlowEnqueuer } from './flow.js';
import type { StepReporter } from './step-reporter.js';

export interface ReconcilerDeps {
  readonly store: PostcardStore;
  readonly flows: FlowEnqueuer;
  readonly reporter: Pick<StepReporter, 'postcardFailed'>;
  /** Keeps two processes from reconciling at once (a Redis lock in production). */
  readonly exclusive: Exclusive;
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
 * Many worker processes may run it; the lock lets one at a time work, and
 * every change it makes is a guarded store transition anyway.
 */
export function reconcileOnce(deps: ReconcilerDeps): Promise<ReconcileReport | null> {
  return deps.exclusive(() => reconcile(deps));
}

async function reconcile(deps: ReconcilerDeps): Promise<ReconcileReport> {
  const now = deps.now ?? Date.now;
  const { store } = deps;
  let timedOut = 0;
  let requeued = 0;
  let failed = 0;
  for (const postcard of await store.activeCreatedBefore(new Date(now() - deps.timeoutMs), BATCH)) {
    const message = workflowTimeoutMessage(deps.timeoutMs);
    const moved = await store.timeOut(postcard.taskId, postcard.run, message);
    if (moved !== null) {
      timedOut += 1;
      await deps.flows.remove({ taskId: postcard.taskId, run: postcard.run });
      await deps.reporter.postcardFailed(postcard.taskId, moved.step, message, postcard.createdAt);
    }
  }

  for (const postcard of await store.activeQuietSince(new Date(now() - deps.stuckAfterMs), BATCH)) {
    const data = { taskId: postcard.taskId, run: postcard.run };
    const states = await deps.flows.states(data);
    if (states.at(-1) === 'failed') {
      const recorded = await store.lastFailure(postcard.taskId, postcard.run);
      const message = recorded?.error ?? 'the flow failed';
      if (await store.fail(postcard.taskId, postcard.run, recorded?.step ?? null, message)) {
        failed += 1;
        await deps.reporter.postcardFailed(postcard.taskId, recorded?.step ?? null, message, postcard.createdAt);
      }
    } else if (states.every((state) => state === 'unknown')) {
      // Nothing left in Redis for this run: add the flow again from where the results stop.
      // Deterministic job ids make this a no-op if another process got there first.
      const fromStep = STEP_ORDER.resumeStep(postcard);
      await deps.flows.enqueue(data, fromStep);
      if (await store.markRequeued(postcard.taskId, postcard.run)) {
        requeued += 1;
        deps.logger.warn('re-enqueued a postcard whose jobs were lost', { task_id: postcard.taskId, run: postcard.run, from_step: fromStep });
      }
    }
  }
  if (timedOut + requeued + failed > 0) deps.logger.info('reconciled postcards', { timed_out: timedOut, requeued, failed });
  return { timedOut, requeued, failed };
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
