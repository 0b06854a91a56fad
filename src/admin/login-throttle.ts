/**
 * Counts wrong admin credentials per client address in a fixed window, so
 * that guessing ADMIN_PASSWORD or ADMIN_TOKEN is slow. In memory, per
 * process: the admin surfaces must keep answering while Redis is down (that
 * is when operators need them), and with secrets of 8 and 16 characters or
 * more a limit multiplied by a few processes still makes guessing hopeless.
 */
export interface LoginThrottle {
  /** Milliseconds until the client may try again; 0 when it may now. */
  blockedForMs(client: string): number;
  /** Records one wrong attempt. */
  fail(client: string): void;
}

/** Beyond this many tracked addresses the oldest windows are dropped: a flood of addresses must not grow memory without bound. */
const MAX_TRACKED = 10_000;

export function createLoginThrottle(options: { readonly maxFailures: number; readonly windowMs: number; readonly now?: () => number }): LoginThrottle {
  const now = options.now ?? Date.now;
  // Insertion order is window-start order, so the first entries are the oldest.
  const windows = new Map<string, { failures: number; endsAt: number }>();

  const current = (client: string) => {
    const window = windows.get(client);
    if (window === undefined || window.endsAt <= now()) {
      windows.delete(client);
      return undefined;
    }
    return window;
  };

  return {
    blockedForMs(client) {
      const window = current(client);
      return window !== undefined && window.failures >= options.maxFailures ? window.endsAt - now() : 0;
    },
    fail(client) {
      const window = current(client);
      if (window !== undefined) {
        window.failures += 1;
        return;
      }
      for (const [key, old] of windows) {
        if (windows.size < MAX_TRACKED && old.endsAt > now()) break;
        windows.delete(key);
      }
      windows.set(client, { failures: 1, endsAt: now() + options.windowMs });
    },
  };
}
