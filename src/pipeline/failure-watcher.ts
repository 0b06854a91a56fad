import type { QueueEvents } from 'bullmq';
import type { Logger } from '../platform/logger.js';
import { STEP_NAMES, type StepName } from './catalog.js';
import type { StepStore } from './step-store.js';

const JOB_ID = /^([0-9a-f-]{36})\.([a-z]+)\.(\d+)$/;

/**
 * Makes sure a flow's failure reaches the postcard's status. The processors
 * record most failures themselves, but some never pass through a processor:
 * a job that stalled too many times, or a parent failed by its child through
 * `failParentOnFailure`. Every such failure ends at the flow's root, so
 * watching the root queue's `failed` events covers them all. Idempotent:
 * several worker processes may handle the same event.
 */
export function watchFlowFailures(rootEvents: QueueEvents, store: StepStore, logger: Logger): void {
  rootEvents.on('failed', ({ jobId, failedReason }) => {
    void handle(jobId, failedReason).catch((error: unknown) => {
      logger.error('could not record a flow failure', { job_id: jobId, error });
    });
  });

  async function handle(jobId: string, failedReason: string): Promise<void> {
    const match = JOB_ID.exec(jobId);
    if (match === null) return;
    const [, taskId = '', , runText = '1'] = match;
    const run = Number(runText);
    const recorded = await store.lastFailure(taskId, run);
    const step: StepName | null = recorded?.step ?? stepNamedIn(failedReason);
    const message = recorded?.error ?? failedReason;
    if (await store.failPostcard(taskId, run, step, message)) {
      logger.warn('postcard failed (seen at the flow root)', { task_id: taskId, step, error: message });
    }
  }
}

/** BullMQ's reasons name the failed child's queue, e.g. "child postcard:image:… failed". */
function stepNamedIn(reason: string): StepName | null {
  return STEP_NAMES.find((step) => reason.includes(`:${step}:`)) ?? null;
}
