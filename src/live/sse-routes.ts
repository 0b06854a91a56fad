import { Router, type RequestHandler } from 'express';
import { principalOf, requireScope } from '../auth/authenticate.js';
import { z } from 'zod';
import { HttpError } from '../http/http-errors.js';
import { parseRequest } from '../http/validate.js';
import { TaskIdParamsSchema } from '../postcards/postcard-schemas.js';
import { isEventId } from './event-hub.js';
import { followPostcard, type FollowDeps, type Following, type OutgoingEvent } from './postcard-follower.js';
import { idleTimer, type StreamLimits, streamClient } from './stream-limits.js';

const LastEventIdSchema = z.object({
  last_event_id: z.string().refine(isEventId, 'must be an event id this API sent').optional(),
});

/** How long a client told to reconnect waits first (the SSE `retry` field): long enough for this instance to stop listening. */
const RECONNECT_AFTER_MS = 1000;

/** What a client refused for want of a stream slot is told to wait. */
const FULL_RETRY_AFTER_SECONDS = 5;

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
export function createSseTransport(
  deps: FollowDeps & { readonly heartbeatMs: number; readonly limits: StreamLimits; readonly authenticate: RequestHandler },
): SseTransport {
  const router = Router();
  const open = new Set<() => void>();
  let closing = false;

  router.get('/:task_id/events', deps.authenticate, requireScope('postcards:read'), async (req, res) => {
    const { task_id } = parseRequest(TaskIdParamsSchema, req.params, 'params');
    // Browsers resend the last id in a header on reconnect; other clients may use the query.
    const { last_event_id } = parseRequest(LastEventIdSchema, { last_event_id: req.get('Last-Event-ID') ?? req.query.last_event_id }, 'query');
    const caller = principalOf(res);
    const slot = deps.limits.connections.acquire(streamClient(caller, req.ip ?? req.socket.remoteAddress ?? 'unknown'));
    if (slot.kind === 'refused') {
      res.set('Retry-After', String(FULL_RETRY_AFTER_SECONDS));
      throw new HttpError(429, 'too_many_streams', `Stream refused: ${slot.message}.`);
    }
    // 'close' comes once whatever ends the response (an error, the end, a client gone): the slot cannot leak.
    res.once('close', slot.release);
    const postcard = await deps.service.get(task_id, caller); // 404 before the stream opens, someone else's included

    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-cache, no-transform',
      Connection: 'keep-alive',
      // nginx and friends must not buffer the stream.
      'X-Accel-Buffering': 'no',
    });
    // Express routes HEAD here too. A HEAD response has no body, so nothing would ever flush the headers:
    // the client would wait, holding a stream slot, until the idle timeout. The headers are the whole answer.
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    res.write('retry: 2000\n\n');
    const write = ({ id, event }: OutgoingEvent) => {
      idle.touch();
      const idLine = id === undefined ? '' : `id: ${id}\n`;
      res.write(`${idLine}event: ${event.type}\ndata: ${JSON.stringify({ task_id, ...event.data })}\n\n`);
    };
    // Comments keep proxies and load balancers from closing an idle stream; they do not count as activity.
    const heartbeat = setInterval(() => res.write(`: heartbeat ${Date.now()}\n\n`), deps.heartbeatMs);
    // A stream with nothing to say (a postcard nobody runs) gives its slot back; EventSource resumes by itself.
    const idle = idleTimer(deps.limits.idleTimeoutMs, () => goAway('idle'));
    // Assigned once the follow starts, read by `finish`, which a closing client may call first.
    let following: Following | undefined = undefined;
    let closed = false;
    const finish = () => {
      if (closed) return;
      closed = true;
      clearInterval(heartbeat);
      idle.stop();
      following?.stop();
      open.delete(shutdown);
    };
    // No id line: the client keeps the last one it saw and resumes from it.
    const goAway = (reason: 'server shutting down' | 'idle') => {
      res.write(`retry: ${RECONNECT_AFTER_MS}\nevent: reconnect\ndata: ${JSON.stringify({ task_id, reason, retry_ms: RECONNECT_AFTER_MS })}\n\n`);
      finish();
      res.end();
    };
    const shutdown = () => goAway('server shutting down');
    if (closing) {
      shutdown();
      return;
    }
    open.add(shutdown);
    req.on('close', finish);
    following = await followPostcard(
      deps,
      task_id,
      last_event_id,
      write,
      () => {
        finish();
        res.end();
      },
      postcard,
    );
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
