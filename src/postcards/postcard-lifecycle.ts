import type { EventPublisher } from '../pipeline/postcard-events.js';
import { ConflictError, NotFoundError, ServiceUnavailableError } from '../http/http-errors.js';
import type { ControlMessage } from '../pipeline/control-channel.js';
import type { FlowEnqueuer } from '../pipeline/flow.js';
import type { Logger } from '../platform/logger.js';
import type { Metrics } from '../platform/metrics.js';
import type { PostcardStore } from '../store/postcard-store.js';
import type { Postcard } from '../store/postcard-types.js';
import { isAdmin, type Principal } from '../auth/principal.js';
import type { PostcardLimits } from './postcard-limits.js';

/** Moves a postcard after creation: cancel a running one, retry a failed one from the step that failed. */
export interface PostcardLifecycle {
  /** Given a caller, someone else's postcard is 404 (unless the caller is an admin). */
  cancel(taskId: string, caller?: Principal): Promise<Postcard>;
  retry(taskId: string, caller?: Principal): Promise<Postcard>;
}

export interface PostcardLifecycleDeps {
  readonly store: PostcardStore;
  readonly flows: FlowEnqueuer;
  readonly control: (message: ControlMessage) => Promise<void>;
  readonly events: EventPublisher;
  readonly metrics: Metrics;
  /** The budget, the daily retry quota and the active cap (a retried postcard is active again). */
  readonly limits: PostcardLimits;
  readonly logger: Logger;
}

const CANCELLED_BY_CLIENT = 'cancelled by the client';

export function createPostcardLifecycle(deps: PostcardLifecycleDeps): PostcardLifecycle {
  const log = deps.logger.child({ component: 'lifecycle' });
  const find = async (taskId: string, caller?: Principal) => {
    const postcard = await deps.store.get(taskId);
    if (postcard === null || (caller !== undefined && !isAdmin(caller) && postcard.userId !== caller.userId)) {
      throw new NotFoundError(`No postcard with task_id ${taskId}`);
    }
    return postcard;
  };

  return {
    async cancel(taskId, caller) {
      // The owner never changes, so checking it before the guarded cancel leaves no gap.
      if (caller !== undefined) await find(taskId, caller);
      const moved = await deps.store.cancel(taskId, CANCELLED_BY_CLIENT);
      if (moved === null) {
        const postcard = await find(taskId);
        throw new ConflictError('not_cancellable', `The postcard is ${postcard.status}; only PENDING or PROCESSING postcards can be cancelled.`);
      }
      const data = { taskId, run: moved.run };
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
        { type: 'error', data: { step: moved.step, message: CANCELLED_BY_CLIENT } },
      );
      log.info('postcard cancelled', { task_id: taskId, removed_jobs: removed });
      return find(taskId);
    },

    async retry(taskId, caller) {
      const before = await find(taskId, caller);
      if (before.status !== 'FAILED' && before.status !== 'CANCELLED') {
        throw new ConflictError('not_retryable', `The postcard is ${before.status}; only FAILED or CANCELLED postcards can be retried.`);
      }
      const { admission, giveBack } = caller === undefined ? { admission: undefined, giveBack: undefined } : await deps.limits.forRetry(caller);
      // A retry that does not happen must not use up the caller's daily retries.
      const unused = () =>
        giveBack?.().catch((error: unknown) => log.error('could not give back a daily retry', { task_id: taskId, user_id: caller?.userId, error }));
      const next = await deps.store.newRun(before, admission).catch(async (error: unknown) => {
        await unused();
        throw error;
      });
      if (next === null || next.kind === 'refused') {
        await unused();
        if (next === null) throw new ConflictError('conflict', 'The postcard changed meanwhile; read it again and retry.');
        throw deps.limits.refusal(next);
      }
      await deps.events.publish(taskId, { type: 'status', data: { status: 'PENDING' } });
      try {
        await deps.flows.enqueue({ taskId, run: next.run }, next.fromStep);
      } catch (error) {
        // Put it back as it was, so the client can simply try again.
        await deps.store.undoNewRun(before);
        await unused();
        throw new ServiceUnavailableError('The job queue is unavailable; the postcard was not retried. Try again shortly.', { cause: error });
      }
      log.info('postcard retried', { task_id: taskId, run: next.run, from_step: next.fromStep });
      return find(taskId);
    },
  };
}
