import { Router } from 'express';
import { z } from 'zod';
import { parseRequest } from '../http/validate.js';
import { TaskIdParamsSchema } from '../postcards/postcard-schemas.js';
import { isEventId } from './event-hub.js';
import { followPostcard, type FollowDeps, type Following, type OutgoingEvent } from './postcard-follower.js';

const LastEventIdSchema = z.object({
  last_event_id: z.string().refine(isEventId, 'must be an event id this API sent').optional(),
});

/** How long a client told to reconnect waits first (the SSE `retry` field): long enough for this instance to stop listening. */
const RECONNECT_AFTER_MS = 1000;

export interface SseTransport {
  /** `GET /api/v1/postcards/:task_id/events`. */
  readonly router: Router;
  /**
   * Ends every open stream with a last `reconnect` event (and answers later
   * requests the same way), so that clients resume on another instance with
   * their Last-Event-ID instead of holding this one's HTTP server open.
   */
  close(): void;
}

/** `GET /api/v1/postcards/:task_id/events`: Server-Sent Events for one postcard. */
export function createSseTransport(deps: FollowDeps & { readonly heartbeatMs: number }): SseTransport {
  const router = Router();
  const open = new Set<() => void>();
  let closing = false;

  router.get('/:task_id/events', async (req, res) => {
    const { task_id } = parseRequest(TaskIdParamsSchema, req.params, 'params');
    // Browsers resend the last id in a header on reconnect; other clients may use the query.
    const { last_event_id } = parseRequest(LastEventIdSchema, { last_event_id: req.get('Last-Event-ID') ?? req.query.last_event_id }, 'query');
    await deps.service.get(task_id); // 404 before the stream opens

    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-cache, no-transform',
      Connection: 'keep-alive',
      // nginx and friends must not buffer the stream.
      'X-Accel-Buffering': 'no',
    });
    res.write('retry: 2000\n\n');
    const write = ({ id, event }: OutgoingEvent) => {
      const idLine = id === undefined ? '' : `id: ${id}\n`;
      res.write(`${idLine}event: ${event.type}\ndata: ${JSON.stringify({ task_id, ...event.data })}\n\n`);
    };
    // Comments keep proxies and load balancers from closing an idle stream.
    const heartbeat = setInterval(() => res.write(`: heartbeat ${Date.now()}\n\n`), deps.heartbeatMs);
    // Assigned once the follow starts, read by `finish`, which a closing client may call first.
    let following: Following | undefined = undefined;
    let closed = false;
    const finish = () => {
      if (closed) return;
      closed = true;
      clearInterval(heartbeat);
      following?.stop();
      open.delete(goAway);
    };
    // No id line: the client keeps the last one it saw and resumes from it.
    const goAway = () => {
      res.write(`retry: ${RECONNECT_AFTER_MS}\nevent: reconnect\ndata: ${JSON.stringify({ task_id, reason: 'server shutting down', retry_ms: RECONNECT_AFTER_MS })}\n\n`);
      finish();
      res.end();
    };
    if (closing) {
      goAway();
      return;
    }
    open.add(goAway);
    req.on('close', finish);
    following = await followPostcard(deps, task_id, last_event_id, write, () => {
      finish();
      res.end();
    });
    if (closed) following.stop();
  });

  return {
    router,
    close() {
      closing = true;
      for (const goAway of [...open]) goAway();
    },
  };
}
