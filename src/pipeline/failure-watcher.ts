import type { QueueEvents } from 'bullmq';
import type { Logger } from '../platform/logger.js';
import { STEP_NAMES, stepForQueue, type StepName } from './catalog.js';
import type { StepQueues } from './queues.js';
import type { StepReporter } from './step-reporter.js';
import type { StepStore } from './step-store.js';

const JOB_ID = /^([0-9a-f-]{36})\.([a-z]+)\.(\d+)$/;
/** How BullMQ words a parent failed by `failParentOnFailure`: "child <prefix>:<queue>:<id> failed". */
const CHILD_FAILED = /^child (.+):([^:]+):([^:]+) failed$/;

/**
 * Makes sure a flow's failure reaches the postcard's status. The processors
 * record most failures themselves, but some never pass through a processor:
 * a job that stalled too many times, or a parent failed by its child through
 * `failParentOnFailure`. Every such failure ends at the flow's root, so
 * watching the root queue's `failed` events covers them all. Idempotent:
 * several worker processes may handle the same event.
 */
export interface FlowFailureWatcherDeps {
  readonly queues: StepQueues;
  readonly store: StepStore;
  readonly reporter: StepReporter;
  readonly logger: Logger;
}

export function watchFlowFailures(rootEvents: QueueEvents, deps: FlowFailureWatcherDeps): void {
  const { queues, store, logger } = deps;
  rootEvents.on('failed', ({ jobId, failedReason }) => {
    void handle(jobId, failedReason).catch((error: unknown) => {
      logger.error('could not record a flow failure', { job_id: jobId, error });
    });
  });

  async function handle(jobId: string, failedReason: string): Promise<void> {
    const match = JOB_ID.exec(jobId);
    if (match === null) return;
    const taskId = match[1] ?? '';
    const run = Number(match[3]);
    const recorded = await store.lastFailure(taskId, run);
    const rootStep = STEP_NAMES.find((s) => s === match[2]) ?? null;
    const origin = recorded === null ? await originOf(rootStep, failedReason) : { step: recorded.step, message: recorded.error ?? failedReason };
    if (await store.failPostcard(taskId, run, origin.step, origin.message)) {
      logger.warn('postcard failed (seen at the flow root)', { task_id: taskId, step: origin.step, error: origin.message });
      const postcard = await store.load(taskId);
      await deps.reporter.postcardFailed(taskId, origin.step, origin.message, postcard?.createdAt ?? null);
    }
  }

  /** Follows "child … failed" reasons down the chain to the job that really failed. */
  async function originOf(rootStep: StepName | null, reason: string): Promise<{ step: StepName | null; message: string }> {
    let step = rootStep;
    let message = reason;
    for (let depth = 0; depth < 10; depth += 1) {
      const child = CHILD_FAILED.exec(message);
      const childStep = child === null ? undefined : stepForQueue(child[2] ?? '');
      if (child === null || childStep === undefined) break;
      step = childStep;
      const job = await queues[childStep].getJob(child[3] ?? '');
      if (job === undefined || job.failedReason === undefined) break;
      message = job.failedReason;
    }
    return { step, message };
  }
}
