import type { PostcardService } from '../postcards/postcard-service.js';
import type { UrlBuilder } from '../postcards/postcard-presenter.js';
import type { EventHub } from './event-hub.js';
import { isActive, previewPath, type Postcard } from '../store/postcard-types.js';
import { isFinalEvent, type PostcardEvent } from '../pipeline/postcard-events.js';

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
 * `known` is the postcard as the caller already read it (the existence check
 * every transport makes), which saves reading it again: read before the
 * subscription, it is at worst older, and whatever happened since is in the
 * replay log the subscription reads.
 */
/** How long a follower waits for a finished postcard's last live events before rebuilding them from PostgreSQL. */
const FINAL_EVENTS_GRACE_MS = 3000;

/**
 * Workers publish host-free paths; each is made a URL of this deployment as it
 * is delivered (signed, in AUTH_MODE=keys), like the stored page when served.
 * An event from an older worker may carry absolute URLs: the image one passes
 * through, and the preview URL is rebuilt from the task id either way.
 */
export function presentEvent(urls: UrlBuilder, taskId: string, event: PostcardEvent): PostcardEvent {
  if (event.type !== 'result') return event;
  return { ...event, data: { ...event.data, image_url: urls.imageUrl(event.data.image_url), preview_url: urls.previewUrl(taskId) } };
}

export async function followPostcard(
  deps: FollowDeps,
  taskId: string,
  afterId: string | undefined,
  emit: (event: OutgoingEvent) => void,
  end: () => void,
  known?: Postcard,
): Promise<Following> {
  let open = true;
  let unsubscribe: () => void = () => undefined;
  let grace: NodeJS.Timeout | undefined;
  let settle: (() => void) | undefined;
  const present = ({ id, event }: OutgoingEvent): OutgoingEvent => ({ ...(id === undefined ? {} : { id }), event: presentEvent(deps.urls, taskId, event) });
  const finish = () => {
    if (!open) return;
    open = false;
    clearTimeout(grace);
    settle?.();
    unsubscribe();
    end();
  };
  const deliver = (event: OutgoingEvent) => {
    if (!open) return;
    emit(present(event));
    if (isFinalEvent(event.event)) finish();
  };

  unsubscribe = await deps.hub.subscribe(taskId, afterId, (delivered) => deliver({ id: delivered.id, event: delivered.event }));
  if (open) {
    const postcard = known ?? (await deps.service.get(taskId));
    const final = !isActive(postcard.status);
    // The worker commits the final state before it publishes the last events, so a client that
    // replayed just before them reads COMPLETED here while "step completed" and "progress 100" are
    // still on their way. While the replay log exists they will arrive: wait for them, and rebuild
    // the end from PostgreSQL only if they do not come (or at once when the log has expired).
    if (final && (await deps.hub.hasLog(taskId))) {
      await new Promise<void>((resolve) => {
        settle = resolve;
        grace = setTimeout(resolve, FINAL_EVENTS_GRACE_MS);
      });
    }
    if (!open) return { stop: finish };
    if (postcard.status === 'COMPLETED') {
      deliver({ event: { type: 'status', data: { status: 'COMPLETED' } } });
      deliver({
        event: {
          type: 'result',
          data: { concept: postcard.concept, content: postcard.content, image_url: postcard.imageUrl, preview_url: postcard.previewUrl ?? previewPath(taskId) },
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
