/**
 * Live progress of one postcard: the WebSocket `/ws` first, then Server-Sent
 * Events, then polling every 2 s, each tried when the one before cannot
 * connect. Events are the same on both streams (README, "Live progress"); the
 * caller treats them as hints to re-read the status, which is the truth.
 */
export type Transport = 'websocket' | 'sse' | 'polling';

export interface LiveEvent {
  readonly type: string;
  readonly data: Readonly<Record<string, unknown>>;
}

export interface LiveOptions {
  readonly taskId: string;
  /** A stream token for `?token=` (keys mode), or null when none is needed. */
  token(): Promise<string | null>;
  /** Re-reads the status; resolves true while the postcard is still active (or unknown: a failed read). Never rejects. */
  poll(): Promise<boolean>;
  onEvent(event: LiveEvent): void;
  onTransport(transport: Transport | null): void;
  /** The postcard finished (or the stream says so): no more events. */
  onEnd(): void;
  readonly pollMs?: number;
}

export interface Live {
  stop(): void;
}

const SSE_EVENTS = ['status', 'step', 'progress', 'result', 'error', 'reconnect'] as const;
const FINAL_EVENTS = new Set(['result', 'error']);
/** A socket not open by then counts as refused (a proxy that holds upgrades). */
const CONNECT_TIMEOUT_MS = 5000;
/** Keeps a quiet socket (a long step) from the server's idle timeout. */
const PING_MS = 20_000;
/** Reconnects of a socket that had opened before falling back to SSE. */
const MAX_WS_RECONNECTS = 3;

const parseObject = (text: unknown): Record<string, unknown> | null => {
  if (typeof text !== 'string') return null;
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    // A frame that is not JSON is not ours to act on; the next status read corrects anything missed.
    return null;
  }
};

export function followLive(options: LiveOptions): Live {
  const { taskId } = options;
  let stopped = false;
  let lastEventId: string | undefined;
  let teardown: () => void = () => undefined;
  let token: string | null = null;

  const end = () => {
    if (stopped) return;
    stopped = true;
    teardown();
    options.onTransport(null);
    options.onEnd();
  };
  /**
   * A stream's end (a final event, or the socket's `completed`). The event log of a
   * retried postcard still holds the earlier run's end, which a subscription replays:
   * so the status decides. Finished: stop. Active again: follow on from the last event.
   */
  const settle = async (resume: () => void) => {
    teardown();
    teardown = () => undefined;
    if (stopped) return;
    if (await options.poll()) {
      if (!stopped) resume();
    } else end();
  };
  const emit = (type: string, data: Record<string, unknown>, id: string | undefined, resume: () => void) => {
    if (id !== undefined && id !== '') lastEventId = id;
    options.onEvent({ type, data });
    if (FINAL_EVENTS.has(type)) void settle(resume);
  };

  function polling(): void {
    if (stopped) return;
    options.onTransport('polling');
    let timer: number | undefined;
    teardown = () => window.clearTimeout(timer);
    const tick = async () => {
      const active = await options.poll();
      if (stopped) return;
      if (!active) end();
      else timer = window.setTimeout(() => void tick(), options.pollMs ?? 2000);
    };
    timer = window.setTimeout(() => void tick(), options.pollMs ?? 2000);
  }

  function sse(): void {
    if (stopped) return;
    const query = new URLSearchParams();
    if (token !== null) query.set('token', token);
    if (lastEventId !== undefined) query.set('last_event_id', lastEventId);
    const qs = query.toString();
    const source = new EventSource(`/api/v1/postcards/${encodeURIComponent(taskId)}/events${qs === '' ? '' : `?${qs}`}`);
    let opened = false;
    let errors = 0;
    teardown = () => source.close();
    source.onopen = () => {
      opened = true;
      errors = 0;
      options.onTransport('sse');
    };
    const giveUp = () => {
      source.close();
      polling();
    };
    for (const type of SSE_EVENTS) {
      source.addEventListener(type, (event) => {
        if (event instanceof MessageEvent && typeof event.data === 'string' && event.data !== '') {
          const data = parseObject(event.data);
          if (data !== null && type !== 'reconnect') emit(type, data, event.lastEventId, sse);
          return;
        }
        if (type !== 'error' || stopped) return;
        // The connection's own error: refused outright (CLOSED), or failing to come back (EventSource retries by itself).
        errors += 1;
        if (source.readyState === EventSource.CLOSED || (!opened && errors >= 2) || errors >= 5) giveUp();
      });
    }
  }

  function websocket(reconnects: number): void {
    if (stopped) return;
    const url = new URL('/ws', window.location.href);
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
    if (token !== null) url.searchParams.set('token', token);
    let socket: WebSocket;
    try {
      socket = new WebSocket(url);
    } catch {
      // A URL the browser will not open (a blocked port): straight to SSE.
      sse();
      return;
    }
    let opened = false;
    let ours = false;
    const connectTimer = window.setTimeout(() => {
      if (!opened) socket.close();
    }, CONNECT_TIMEOUT_MS);
    let ping: number | undefined;
    teardown = () => {
      ours = true;
      window.clearTimeout(connectTimer);
      window.clearInterval(ping);
      socket.close(1000);
    };
    socket.onopen = () => {
      opened = true;
      window.clearTimeout(connectTimer);
      socket.send(JSON.stringify({ type: 'subscribe', task_ids: [taskId], ...(lastEventId === undefined ? {} : { last_event_id: lastEventId }) }));
      ping = window.setInterval(() => socket.send('{"type":"ping"}'), PING_MS);
      options.onTransport('websocket');
    };
    socket.onmessage = (message) => {
      const frame = parseObject(message.data);
      if (frame === null || (frame.task_id !== undefined && frame.task_id !== taskId)) return;
      if (frame.type === 'event' && typeof frame.event === 'string') {
        const data = typeof frame.data === 'object' && frame.data !== null ? (frame.data as Record<string, unknown>) : {};
        emit(frame.event, data, typeof frame.id === 'string' ? frame.id : undefined, () => websocket(0));
      } else if (frame.type === 'completed') void settle(() => websocket(0));
      else if (frame.type === 'error' && frame.task_id === taskId) {
        // not_found or unavailable for our postcard: this socket will not tell us more.
        teardown();
        if (frame.code === 'not_found') polling();
        else sse();
      }
    };
    socket.onclose = () => {
      window.clearTimeout(connectTimer);
      window.clearInterval(ping);
      if (ours || stopped) return;
      // Never opened: refused (401, a proxy without upgrades). Opened: the server went away or closed an idle socket.
      if (!opened || reconnects >= MAX_WS_RECONNECTS) sse();
      else window.setTimeout(() => websocket(reconnects + 1), 500 * (reconnects + 1));
    };
  }

  void (async () => {
    try {
      token = await options.token();
    } catch {
      // No token (the key dialog dismissed, the API down): streams would be refused, so poll, which asks again.
      polling();
      return;
    }
    if (typeof WebSocket === 'function') websocket(0);
    else if (typeof EventSource === 'function') sse();
    else polling();
  })();

  return {
    stop() {
      if (stopped) return;
      stopped = true;
      teardown();
      options.onTransport(null);
    },
  };
}
