import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import { z } from 'zod';
import { NotFoundError } from '../http/http-errors.js';
import type { Logger } from '../platform/logger.js';
import { isEventId } from './event-hub.js';
import { followPostcard, type FollowDeps, type Following } from './postcard-follower.js';

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

export function attachWebSocketServer(server: Server, deps: FollowDeps & { readonly heartbeatMs: number; readonly logger: Logger }): WsServer {
  const wss = new WebSocketServer({ noServer: true, maxPayload: 16 * 1024 });
  const log = deps.logger.child({ component: 'ws' });

  const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (path !== '/ws') return; // other upgrade handlers may own other paths
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
  };
  server.on('upgrade', onUpgrade);

  wss.on('connection', (ws: WebSocket, req: IncomingMessage) => {
    const subscriptions = new Map<string, Following>();
    const send = (message: object) => {
      if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(message));
    };
    const subscribe = async (id: string, afterId: string | undefined) => {
      if (subscriptions.has(id)) return;
      if (subscriptions.size >= MAX_SUBSCRIPTIONS) {
        send({ type: 'error', task_id: id, message: `at most ${MAX_SUBSCRIPTIONS} subscriptions per connection` });
        return;
      }
      try {
        await deps.service.get(id);
      } catch (error) {
        if (!(error instanceof NotFoundError)) throw error;
        send({ type: 'error', task_id: id, code: 'not_found', message: error.message });
        return;
      }
      send({ type: 'subscribed', task_id: id });
      const following = await followPostcard(
        deps,
        id,
        afterId,
        ({ id: eventId, event }) => send({ type: 'event', task_id: id, id: eventId ?? null, event: event.type, data: { task_id: id, ...event.data } }),
        () => {
          subscriptions.delete(id);
          send({ type: 'completed', task_id: id });
        },
      );
      if (ws.readyState === ws.OPEN && !subscriptions.has(id)) subscriptions.set(id, following);
      else following.stop();
    };

    ws.on('message', (raw) => {
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
      for (const id of ids) {
        if (parsed.type === 'subscribe') {
          subscribe(id, parsed.last_event_id).catch((error: unknown) => {
            log.error('subscription failed', { task_id: id, error });
            send({ type: 'error', task_id: id, message: 'could not subscribe; try again' });
          });
        } else {
          subscriptions.get(id)?.stop();
          subscriptions.delete(id);
          send({ type: 'unsubscribed', task_id: id });
        }
      }
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
      for (const following of subscriptions.values()) following.stop();
      subscriptions.clear();
    });
    ws.on('error', (error) => log.warn('websocket error', { error: error.message }));

    const initial = new URL(req.url ?? '/', 'http://localhost').searchParams.getAll('task_id');
    for (const id of initial) {
      if (taskId.safeParse(id).success) void subscribe(id, undefined).catch((error: unknown) => log.error('subscription failed', { task_id: id, error }));
    }
  });

  let closed: Promise<void> | undefined;
  return {
    close(graceMs) {
      closed ??= new Promise<void>((resolve) => {
        server.off('upgrade', onUpgrade);
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
