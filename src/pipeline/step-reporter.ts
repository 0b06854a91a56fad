import type { EventPublisher, PostcardEvent } from './postcard-events.js';
import type { Metrics } from '../platform/metrics.js';
import { STEP_ORDER, type StepName } from './catalog.js';
import { previewPath, type Postcard, type StepKey } from '../store/postcard-types.js';

/**
 * Tells the outside world about a step's life: live events for clients (SSE,
 * WebSocket) and Prometheus metrics for operators. Kept out of the processor
 * so that it stays bookkeeping around the step.
 */
export interface StepReporter {
  started(key: StepKey, provider: string, firstStep: boolean): Promise<void>;
  succeeded(key: StepKey, provider: string, durationMs: number, postcard: Postcard): Promise<void>;
  failed(
    key: StepKey,
    provider: string,
    durationMs: number | undefined,
    failure: { readonly message: string; readonly final: boolean; readonly postcardFailed: boolean },
    postcard: Postcard,
  ): Promise<void>;
  /** A postcard failed outside any processor (seen by the flow failure watcher). */
  postcardFailed(taskId: string, step: StepName | null, message: string, createdAt: Date | null): Promise<void>;
}

export interface StepReporterDeps {
  readonly events: EventPublisher;
  readonly metrics: Metrics;
  readonly now?: () => number;
}

export function createStepReporter(deps: StepReporterDeps): StepReporter {
  const now = deps.now ?? Date.now;
  const { metrics } = deps;
  const sinceCreated = (createdAt: Date) => Math.max(0, (now() - createdAt.getTime()) / 1000);

  return {
    async started(key, provider, firstStep) {
      if (key.attempt > 1) metrics.stepRetries.inc({ step: key.step });
      const events: PostcardEvent[] = [];
      if (firstStep) events.push({ type: 'status', data: { status: 'PROCESSING' } });
      events.push({ type: 'step', data: { step: key.step, state: 'started', attempt: key.attempt, provider } });
      await deps.events.publish(key.taskId, ...events);
    },

    async succeeded(key, provider, durationMs, postcard) {
      metrics.stepAttempts.inc({ step: key.step, outcome: 'succeeded' });
      metrics.stepDuration.observe({ step: key.step, provider, outcome: 'succeeded' }, durationMs / 1000);
      const events: PostcardEvent[] = [
        { type: 'step', data: { step: key.step, state: 'completed', attempt: key.attempt, provider, duration_ms: durationMs } },
        { type: 'progress', data: { progress: STEP_ORDER.progressAfter(key.step) } },
      ];
      if (STEP_ORDER.isLast(key.step)) {
        metrics.postcardsCompleted.inc();
        metrics.postcardDuration.observe({ status: 'completed' }, sinceCreated(postcard.createdAt));
        events.push({ type: 'status', data: { status: 'COMPLETED' } });
        // The row was loaded before this step ran; the image path and earlier results are already in it.
        // Paths, not URLs: the API that delivers the event makes them URLs of its deployment (signed, in
        // AUTH_MODE=keys), as it does for the stored page, so the replay log outlives a host move.
        events.push({
          type: 'result',
          data: { concept: postcard.concept, content: postcard.content, image_url: postcard.imageUrl, preview_url: postcard.previewUrl ?? previewPath(key.taskId) },
        });
      }
      await deps.events.publish(key.taskId, ...events);
    },

    async failed(key, provider, durationMs, failure, postcard) {
      const outcome = failure.final ? 'failed' : 'retrying';
      metrics.stepAttempts.inc({ step: key.step, outcome });
      if (durationMs !== undefined) metrics.stepDuration.observe({ step: key.step, provider, outcome: 'failed' }, durationMs / 1000);
      const events: PostcardEvent[] = [
        {
          type: 'step',
          data: { step: key.step, state: outcome, attempt: key.attempt, provider, error: failure.message, ...(durationMs === undefined ? {} : { duration_ms: durationMs }) },
        },
      ];
      if (failure.postcardFailed) {
        metrics.postcardsFailed.inc({ step: key.step });
        metrics.postcardDuration.observe({ status: 'failed' }, sinceCreated(postcard.createdAt));
        events.push({ type: 'status', data: { status: 'FAILED' } }, { type: 'error', data: { step: key.step, message: failure.message } });
      }
      await deps.events.publish(key.taskId, ...events);
    },

    async postcardFailed(taskId, step, message, createdAt) {
      metrics.postcardsFailed.inc({ step: step ?? 'unknown' });
      if (createdAt !== null) metrics.postcardDuration.observe({ status: 'failed' }, sinceCreated(createdAt));
      await deps.events.publish(taskId, { type: 'status', data: { status: 'FAILED' } }, { type: 'error', data: { step, message } });
    },
  };
}
