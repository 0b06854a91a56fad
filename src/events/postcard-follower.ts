import type { PostcardService } from '../postcards/postcard-service.js';
import type { UrlBuilder } from '../postcards/postcard-presenter.js';
import type { EventHub } from './event-hub.js';
import { isFinalEvent, type PostcardEvent } from './postcard-events.js';

/** An event on its way to a client; `id` is absent on events rebuilt from the database. */
export interface OutgoingEvent {
  readonly id?: string;
  readonly event: PostcardEvent;
}

export interface FollowDeps {
  readonly hub: EventHub;
  readonly service: PostcardService;
  readonly urls: UrlBuilder;
}

export interface Following {
  /** Stops delivery; safe to call more than once. */
  stop(): void;
}

/**
 * Follows one postcard for one client, whatever the transport: replays what
 * the client missed (after `afterId`), then live events, and ends after the
 * final `result` or `error`. A client that arrives after the end, once the
 * replay log has expired, still gets the final state, rebuilt from PostgreSQL.
 */
export async function followPostcard(
  deps: FollowDeps,
  taskId: string,
  afterId: string | undefined,
  emit: (event: OutgoingEvent) => void,
  end: () => void,
): Promise<Following> {
  let open = true;
  let unsubscribe: () => void = () => undefined;
  const finish = () => {
    if (!open) return;
    open = false;
    unsubscribe();
    end();
  };
  const deliver = (event: OutgoingEvent) => {
    if (!open) return;
    emit(event);
    if (isFinalEvent(event.event)) finish();
  };

  unsubscribe = await deps.hub.subscribe(taskId, afterId, (delivered) => deliver({ id: delivered.id, event: delivered.event }));
  if (open) {
    const postcard = await deps.service.get(taskId);
    if (postcard.status === 'COMPLETED') {
      deliver({ event: { type: 'status', data: { status: 'COMPLETED' } } });
      deliver({
        event: {
          type: 'result',
          data: { concept: postcard.concept, content: postcard.content, image_url: postcard.imageUrl, preview_url: deps.urls.previewUrl(taskId) },
        },
      });
    } else if (postcard.status === 'FAILED' || postcard.status === 'CANCELLED') {
      deliver({ event: { type: 'status', data: { status: postcard.status } } });
      deliver({ event: { type: 'error', data: { step: postcard.errorStep, message: postcard.errorMessage ?? postcard.status.toLowerCase() } } });
    }
  }
  if (!open) unsubscribe();
  return { stop: finish };
}
