import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import { z } from 'zod';
import { findPrincipal, type AuthDeps } from '../auth/authenticate.js';
import type { Principal } from '../auth/principal.js';
import type { ErrorBody } from '../http/error-body.js';
import { HttpError } from '../http/http-errors.js';
import type { Logger } from '../platform/logger.js';
import { clientAddress, type TrustFn } from '../platform/trust-proxy.js';
import { isEventId } from './event-hub.js';
import { followPostcard, type FollowDeps } from './postcard-follower.js';
import { idleTimer, streamClient, type StreamLimits, type StreamSlot } from './stream-limits.js';
import { createSubscriptions } from './ws-subscriptions.js';

/**
 * `/ws`: the WebSocket transport of the same events as SSE. A client sends
 *   {"type":"subscribe","task_ids":["…"],"last_event_id":"…"}   (or "task_id")
 *   {"type":"unsubscribe","task_ids":["…"]}
 * and receives {"type":"event","task_id","id","event","data"} per event, plus
 * {"type":"subscribed"|"unsubscribed"|"completed","task_id"} and
 * {"type":"error","message"} for requests it could not honour.
 */
const taskId = z.uuid();
const ClientMessageSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('subscribe'),
    task_id: taskId.optional(),
    task_ids: z.array(taskId).max(100).optional(),
    last_event_id: z.string().refine(isEventId).optional(),
  }),
  z.object({ type: z.literal('unsubscribe'), task_id: taskId.optional(), task_ids: z.array(taskId).max(100).optional() }),
  z.object({ type: z.literal('ping') }),
]);

const MAX_SUBSCRIPTIONS = 100;

/**
 * Close codes of a refused connection: 1013 (try again later) when this
 * process holds all the streams it may, 1008 (policy violation) when the
 * client address holds its share; 1000 for a socket idle too long.
 */
const REFUSED_CLOSE_CODE = { total: 1013, client: 1008 } as const satisfies Record<Extract<StreamSlot, { kind: 'refused' }>['reason'], number>;
const IDLE_CLOSE_CODE = 1000;

export interface WsServer {
  /**
   * Sends every client a close frame (1001, going away) and waits up to
   * `graceMs` for its reply; clients that do not answer are cut. Idempotent.
   */
  close(graceMs: number): Promise<void>;
}

/** A client's frame as text: ws hands over a Buffer, its fragments or an ArrayBuffer. */
function messageText(raw: RawData): string {
  if (Array.isArray(raw)) return Buffer.concat(raw).toString('utf8');
  return (raw instanceof ArrayBuffer ? Buffer.from(raw) : raw).toString('utf8');
}

export interface WsOptions {
  readonly heartbeatMs: number;
  readonly logger: Logger;
  readonly limits: StreamLimits;
  /** TRUST_PROXY's proxies: which X-Forwarded-For hops name the client whose connections are counted (as Express's `req.ip`). */
  readonly trust: TrustFn;
  /** Upgrades this answers with 404 (the preview origin's host: a generated page there must find no API). */
  readonly refuses?: (req: IncomingMessage) => boolean;
  /** Who may open a socket: an API key in Authorization, or a stream token in `?token=` (browsers cannot set headers). */
  readonly auth: AuthDeps;
}

/**
 * An answer written on the raw socket of an Upgrade request, which Express
 * never sees. No body for a HEAD, as HTTP requires (ws's own refusals send
 * one, which breaks the client's parser).
 */
function refuseUpgrade(method: string | undefined, status: '400 Bad Request' | '405 Method Not Allowed', error: ErrorBody['error']): string {
  const body = JSON.stringify({ error } satisfies ErrorBody);
  const allow = status.startsWith('405') ? 'Allow: GET\r\n' : '';
  return `HTTP/1.1 ${status}\r\nConnection: close\r\n${allow}Content-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${method === 'HEAD' ? '' : body}`;
}

export function attachWebSocketServer(server: Server, deps: FollowDeps & WsOptions): WsServer {
  const wss = new WebSocketServer({ noServer: true, maxPayload: 16 * 1024 });
  const log = deps.logger.child({ component: 'ws' });

  const callers = new WeakMap<IncomingMessage, Principal>();
  const onUpgrade = async (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname !== '/ws') {
      // Node gives every request with an Upgrade header (h2c included) to 'upgrade' listeners, never to Express:
      // unless another listener owns this path, nobody would answer and the socket would stay open for good.
      if (server.listenerCount('upgrade') === 1) {
        socket.end(refuseUpgrade(req.method, '400 Bad Request', { code: 'upgrade_not_supported', message: 'Only /ws accepts an Upgrade; send other requests without one.' }));
      }
      return;
    }
    if (deps.refuses?.(req) === true) {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    if (req.method !== 'GET') {
      socket.end(refuseUpgrade(req.method, '405 Method Not Allowed', { code: 'method_not_allowed', message: 'A WebSocket opens with GET /ws.' }));
      return;
    }
    let caller: Principal;
    try {
      caller = await findPrincipal(deps.auth, { authorization: req.headers.authorization, token: url.searchParams.get('token') ?? undefined }, true);
    } catch (error) {
      const status = error instanceof HttpError ? error.status : 503;
      if (status >= 500) log.error('could not authenticate a WebSocket upgrade', { error });
      socket.end(`HTTP/1.1 ${status} ${status === 401 ? 'Unauthorized' : 'Service Unavailable'}\r\nWWW-Authenticate: Bearer realm="postcards"\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
      return;
    }
    callers.set(req, caller);
    // Counted before the handshake, and given back when the TCP socket closes, whether or not the handshake succeeded.
    const slot = deps.limits.connections.acquire(streamClient(caller, clientAddress(req, deps.trust)));
    if (slot.kind === 'granted') socket.once('close', slot.release);
    wss.handleUpgrade(req, socket, head, (ws) => {
      // A close code tells a WebSocket client why, which a refused HTTP upgrade could not.
      if (slot.kind === 'refused') ws.close(REFUSED_CLOSE_CODE[slot.reason], slot.message);
      else wss.emit('connection', ws, req);
    });
  };
  const upgrade = (req: IncomingMessage, socket: Duplex, head: Buffer) => void onUpgrade(req, socket, head);
  server.on('upgrade', upgrade);

  wss.on('connection', (ws: WebSocket, req: IncomingMessage) => {
    const send = (message: object) => {
      if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(message));
    };
    // Client messages and events count as activity; pings and pongs do not, or a forgotten tab would hold its slot forever.
    const idle = idleTimer(deps.limits.idleTimeoutMs, () => ws.close(IDLE_CLOSE_CODE, 'idle'));
    const subscriptions = createSubscriptions({
      max: MAX_SUBSCRIPTIONS,
      // Someone else's postcard is not found, as over HTTP; without a caller (impossible here) nothing is.
      lookup: async (ids) => {
        const caller = callers.get(req);
        return caller === undefined ? [] : deps.service.getMany(ids, caller);
      },
      follow: (postcard, afterId, ended) =>
        followPostcard(
          deps,
          postcard.taskId,
          afterId,
          ({ id: eventId, event }) => {
            idle.touch();
            send({ type: 'event', task_id: postcard.taskId, id: eventId ?? null, event: event.type, data: { task_id: postcard.taskId, ...event.data } });
          },
          ended,
          postcard,
        ),
      send,
      failed: (id, error) => {
        log.error('subscription failed', { task_id: id, error });
        send({ type: 'error', task_id: id, code: 'unavailable', message: 'could not subscribe; try again' });
      },
    });

    ws.on('message', (raw) => {
      idle.touch();
      let parsed: z.infer<typeof ClientMessageSchema>;
      try {
        parsed = ClientMessageSchema.parse(JSON.parse(messageText(raw)));
      } catch {
        send({ type: 'error', message: 'expected {"type":"subscribe"|"unsubscribe","task_ids":[uuid…]} or {"type":"ping"}' });
        return;
      }
      if (parsed.type === 'ping') {
        send({ type: 'pong' });
        return;
      }
      const ids = [...(parsed.task_ids ?? []), ...(parsed.task_id === undefined ? [] : [parsed.task_id])];
      // The subscriptions catch their own failures, per id; nothing reaches the event loop.
      if (parsed.type === 'subscribe') void subscriptions.subscribe(ids, parsed.last_event_id);
      else subscriptions.unsubscribe(ids);
    });

    // Pings keep proxies from closing idle sockets and reveal dead peers.
    let alive = true;
    ws.on('pong', () => {
      alive = true;
    });
    const heartbeat = setInterval(() => {
      if (!alive) {
        ws.terminate();
        return;
      }
      alive = false;
      ws.ping();
    }, deps.heartbeatMs);
    ws.on('close', () => {
      clearInterval(heartbeat);
      idle.stop();
      subscriptions.close();
    });
    ws.on('error', (error) => log.warn('websocket error', { error: error.message }));

    const initial = new URL(req.url ?? '/', 'http://localhost').searchParams.getAll('task_id').filter((id) => taskId.safeParse(id).success);
    if (initial.length > 0) void subscriptions.subscribe(initial, undefined);
  });

  let closed: Promise<void> | undefined;
  return {
    close(graceMs) {
      closed ??= new Promise<void>((resolve) => {
        server.off('upgrade', upgrade);
        for (const client of wss.clients) client.close(1001, 'server shutting down');
        // ws waits 30 s for a close reply on its own; a shutdown cannot.
        const cut = setTimeout(() => {
          if (wss.clients.size > 0) log.warn('cutting websocket clients that did not answer the close frame', { clients: wss.clients.size });
          for (const client of wss.clients) client.terminate();
        }, graceMs);
        wss.close(() => {
          clearTimeout(cut);
          resolve();
        });
      });
      return closed;
    },
  };
}
