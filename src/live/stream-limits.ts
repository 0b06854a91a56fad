import { ANONYMOUS, type Principal } from '../auth/principal.js';
/**
 * Limits on the live streams of one API process. SSE streams and WebSockets
 * count together: both hold a socket, a subscriber entry and timers, and a
 * client must not get twice the allowance by mixing them.
 */
export interface StreamLimits {
  readonly connections: ConnectionLimiter;
  /** A stream that delivered no event (and, for a WebSocket, received no message) for this long is closed. */
  readonly idleTimeoutMs: number;
}

/** `total`: the process is full (try later); `client`: this address holds its share already. */
export type StreamSlot =
  | { readonly kind: 'granted'; release(): void }
  | { readonly kind: 'refused'; readonly reason: 'total' | 'client'; readonly message: string };

export interface ConnectionLimiter {
  /** Takes a slot at once (no await between the check and the count); a granted slot's `release` is idempotent. */
  acquire(client: string): StreamSlot;
  /** Open streams, in all. */
  readonly open: number;
}

export function createConnectionLimiter(limits: { readonly maxConnections: number; readonly maxConnectionsPerClient: number }): ConnectionLimiter {
  const perClient = new Map<string, number>();
  let open = 0;
  return {
    get open() {
      return open;
    },
    acquire(client) {
      const held = perClient.get(client) ?? 0;
      if (held >= limits.maxConnectionsPerClient) {
        return { kind: 'refused', reason: 'client', message: `at most ${limits.maxConnectionsPerClient} open streams per client address` };
      }
      if (open >= limits.maxConnections) return { kind: 'refused', reason: 'total', message: 'this server holds all the streams it can; try again later' };
      perClient.set(client, held + 1);
      open += 1;
      let released = false;
      return {
        kind: 'granted',
        release() {
          if (released) return;
          released = true;
          open -= 1;
          const left = (perClient.get(client) ?? 1) - 1;
          if (left > 0) perClient.set(client, left);
          else perClient.delete(client);
        },
      };
    },
  };
}

/** Calls `onIdle` once `ms` pass without `touch()`; `stop()` before the stream ends. */
export function idleTimer(ms: number, onIdle: () => void): { touch(): void; stop(): void } {
  const timer = setTimeout(onIdle, ms);
  return {
    touch: () => void timer.refresh(),
    stop: () => clearTimeout(timer),
  };
}

/**
 * Whose share of the stream slots a connection takes: its API key's, or its
 * user's (a stream token), so many users behind one NAT do not share one
 * share; by address only for `anonymous` (open mode), where nothing else tells
 * clients apart.
 */
export function streamClient(caller: Principal, address: string): string {
  if (caller.keyId !== null) return `key:${caller.keyId}`;
  return caller.userId === ANONYMOUS.userId ? `ip:${address}` : `user:${caller.userId}`;
}
