import type { QueueEvents } from 'bullmq';
import type { Logger } from '../platform/logger.js';
import { STEP_NAMES, stepForQueue, type StepName } from './catalog.js';
import type { StepQueues } from './queues.js';
import type { StepReporter } from './step-reporter.js';
import type { PostcardStore } from '../store/postcard-store.js';

const JOB_ID = /^([0-9a-f-]{36})\.([a-z]+)\.(\d+)$/;
/** How BullMQ words a parent failed by `failParentOnFailure`: "child <prefix>:<queue>:<id> failed". */
const CHILD_FAILED = /^child (.+):([^:]+):([^:]+) failed$/;
/** BullMQ's reason for a job failed by the stalled-job check after MAX_STALLED_COUNT stalls. */
const STALLED_TOO_OFTEN = 'job stalled more than allowable limit';

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
  readonly store: PostcardStore;
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
    const rootStep = STEP_NAMES.find((s) => s === match[2]) ?? null;
    const origin = await explain(taskId, run, rootStep, failedReason);
    if (await store.fail(taskId, run, origin.step, origin.message)) {
      logger.warn('postcard failed (seen at the flow root)', { task_id: taskId, step: origin.step, error: origin.message });
      const postcard = await store.get(taskId);
      await deps.reporter.postcardFailed(taskId, origin.step, origin.message, postcard?.createdAt ?? null);
    }
  }

  /**
   * The step and reason to show. A job that stalled too often failed because
   * its workers kept dying, whatever its last recorded attempt said; otherwise
   * the processor's own record is the most precise reason, and BullMQ's chain
   * of "child … failed" reasons the fallback.
   */
  async function explain(taskId: string, run: number, rootStep: StepName | null, failedReason: string): Promise<{ step: StepName | null; message: string }> {
    const origin = await originOf(rootStep, failedReason);
    if (origin.message.includes(STALLED_TOO_OFTEN)) {
      return { step: origin.step, message: `its worker stopped (crashed, or hung past its lock) too many times while running the ${origin.step ?? 'step'} step: ${origin.message}` };
    }
    const recorded = await store.lastFailure(taskId, run);
    return recorded === null ? origin : { step: recorded.step, message: recorded.error ?? origin.message };
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
