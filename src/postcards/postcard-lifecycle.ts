import type { EventPublisher } from '../pipeline/postcard-events.js';
import type { Postcard } from '../generated/prisma/client.js';
import { ConflictError, NotFoundError, ServiceUnavailableError } from '../http/http-errors.js';
import { STEP_NAMES, stepIndex } from '../pipeline/catalog.js';
import { resumeStep } from '../pipeline/resume-step.js';
import type { ControlMessage } from '../pipeline/control-channel.js';
import type { FlowEnqueuer } from '../pipeline/flow.js';
import type { Db } from '../platform/db.js';
import type { Logger } from '../platform/logger.js';
import type { Metrics } from '../platform/metrics.js';

/** Moves a postcard after creation: cancel a running one, retry a failed one from the step that failed. */
export interface PostcardLifecycle {
  cancel(taskId: string): Promise<Postcard>;
  retry(taskId: string): Promise<Postcard>;
}

export interface PostcardLifecycleDeps {
  readonly db: Db;
  readonly flows: FlowEnqueuer;
  readonly control: (message: ControlMessage) => Promise<void>;
  readonly events: EventPublisher;
  readonly metrics: Metrics;
  readonly logger: Logger;
}

const ACTIVE = ['PENDING', 'PROCESSING'] as const;

export function createPostcardLifecycle(deps: PostcardLifecycleDeps): PostcardLifecycle {
  const log = deps.logger.child({ component: 'lifecycle' });
  const find = async (taskId: string) => {
    const postcard = await deps.db.postcard.findUnique({ where: { taskId } });
    if (postcard === null) throw new NotFoundError(`No postcard with task_id ${taskId}`);
    return postcard;
  };

  return {
    async cancel(taskId) {
      const before = await find(taskId);
      const moved = await deps.db.postcard.updateMany({
        where: { taskId, status: { in: [...ACTIVE] } },
        data: { status: 'CANCELLED', errorStep: before.currentStep, errorMessage: 'cancelled by the client', currentStep: null },
      });
      if (moved.count === 0) {
        throw new ConflictError('not_cancellable', `The postcard is ${(await find(taskId)).status}; only PENDING or PROCESSING postcards can be cancelled.`);
      }
      const data = { taskId, run: before.run };
      // PostgreSQL is the truth from here on; the rest makes it take effect sooner.
      await deps.control({ type: 'cancel', ...data }).catch((error: unknown) => log.warn('could not signal workers to abort', { task_id: taskId, error }));
      const removed = await deps.flows.remove(data).catch((error: unknown) => {
        log.warn('could not remove queued jobs; they will skip the cancelled postcard', { task_id: taskId, error });
        return 0;
      });
      deps.metrics.postcardsCancelled.inc();
      await deps.events.publish(
        taskId,
        { type: 'status', data: { status: 'CANCELLED' } },
        { type: 'error', data: { step: before.currentStep, message: 'cancelled by the client' } },
      );
      log.info('postcard cancelled', { task_id: taskId, removed_jobs: removed });
      return find(taskId);
    },

    async retry(taskId) {
      const before = await find(taskId);
      if (before.status !== 'FAILED' && before.status !== 'CANCELLED') {
        throw new ConflictError('not_retryable', `The postcard is ${before.status}; only FAILED or CANCELLED postcards can be retried.`);
      }
      const fromStep = resumeStep(before);
      const run = before.run + 1;
      const moved = await deps.db.postcard.updateMany({
        where: { taskId, run: before.run, status: before.status },
        data: {
          run,
          status: 'PENDING',
          retryCount: { increment: 1 },
          errorStep: null,
          errorMessage: null,
          currentStep: null,
          completedAt: null,
          progress: Math.round((stepIndex(fromStep) / STEP_NAMES.length) * 100),
        },
      });
      if (moved.count === 0) throw new ConflictError('conflict', 'The postcard changed meanwhile; read it again and retry.');
      await deps.events.publish(taskId, { type: 'status', data: { status: 'PENDING' } });
      try {
        await deps.flows.enqueue({ taskId, run }, fromStep);
      } catch (error) {
        // Put it back as it was, so the client can simply try again.
        await deps.db.postcard.updateMany({
          where: { taskId, run, status: 'PENDING' },
          data: { run: before.run, status: before.status, errorStep: before.errorStep, errorMessage: before.errorMessage, retryCount: before.retryCount, progress: before.progress },
        });
        throw new ServiceUnavailableError('The job queue is unavailable; the postcard was not retried. Try again shortly.', { cause: error });
      }
      log.info('postcard retried', { task_id: taskId, run, from_step: fromStep });
      return find(taskId);
    },
  };
}
