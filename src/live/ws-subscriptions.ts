import type { Postcard } from '../store/postcard-types.js';
import type { Following } from './postcard-follower.js';

/** A WebSocket's messages about subscriptions, as sent to its client. */
export type SubscriptionMessage =
  | { readonly type: 'subscribed' | 'unsubscribed' | 'completed'; readonly task_id: string }
  | { readonly type: 'error'; readonly task_id: string; readonly code: 'not_found' | 'too_many_subscriptions' | 'unavailable'; readonly message: string };

export interface SubscriptionDeps {
  /** At most this many postcards followed at once by one socket. */
  readonly max: number;
  /** The postcards among the ids that exist, in one query. */
  lookup(taskIds: readonly string[]): Promise<Postcard[]>;
  /** Starts following a postcard the lookup found; `ended` once its final event went out. */
  follow(postcard: Postcard, afterId: string | undefined, ended: () => void): Promise<Following>;
  send(message: SubscriptionMessage): void;
  /** A lookup or follow that failed: logged by the caller, and the client told to try again. */
  failed(taskId: string, error: unknown): void;
}

export interface Subscriptions {
  /** Subscribes to the ids of one message: one lookup for all of them, and never past `max`. */
  subscribe(taskIds: readonly string[], afterId: string | undefined): Promise<void>;
  unsubscribe(taskIds: readonly string[]): void;
  /** Stops everything (the socket closed); later subscriptions are stopped as they start. */
  close(): void;
  /** Subscriptions held or being set up. */
  readonly size: number;
}

/**
 * The subscriptions of one WebSocket. A message's slots are reserved when it
 * is read, before any await: two messages that arrive together cannot both
 * see room for the same last slots. Its ids are then looked up in one query;
 * unknown ones are reported and take no slot.
 */
export function createSubscriptions(deps: SubscriptionDeps): Subscriptions {
  const active = new Map<string, Following>();
  /** Slots held by messages whose postcards are being looked up or started. */
  let reserved = 0;
  /** Ids being looked up or started, so that a repeat in another message is not counted twice. */
  const pending = new Set<string>();
  /** Pending ones the client unsubscribed from meanwhile. */
  const withdrawn = new Set<string>();
  let closed = false;

  const refuse = (ids: readonly string[]) => {
    for (const id of ids) deps.send({ type: 'error', task_id: id, code: 'too_many_subscriptions', message: `at most ${deps.max} subscriptions per connection` });
  };
  const settle = (id: string) => {
    pending.delete(id);
    withdrawn.delete(id);
  };

  /** Follows one postcard in a reserved slot, which becomes an active subscription or is given back. */
  const start = async (postcard: Postcard, afterId: string | undefined): Promise<void> => {
    const id = postcard.taskId;
    let ended = false;
    let following: Following | undefined;
    try {
      deps.send({ type: 'subscribed', task_id: id });
      following = await deps.follow(postcard, afterId, () => {
        ended = true;
        active.delete(id);
        deps.send({ type: 'completed', task_id: id });
      });
      // A postcard that ended during the replay, or a client that left or unsubscribed meanwhile, holds no slot.
      if (ended || closed || withdrawn.has(id)) following.stop();
      else active.set(id, following);
    } catch (error) {
      deps.failed(id, error);
    } finally {
      // In the same turn as active.set: the slot moves, it is never counted twice or not at all.
      reserved -= 1;
      settle(id);
    }
  };

  return {
    get size() {
      return active.size + reserved;
    },

    async subscribe(taskIds, afterId) {
      const fresh = [...new Set(taskIds)].filter((id) => !active.has(id) && !pending.has(id));
      if (fresh.length === 0 || closed) return;
      const slots = Math.min(fresh.length, Math.max(0, deps.max - active.size - reserved));
      // Full: no query for a client that keeps asking.
      if (slots === 0) {
        refuse(fresh);
        return;
      }
      reserved += slots;
      for (const id of fresh) pending.add(id);

      let found: ReadonlyMap<string, Postcard>;
      try {
        found = new Map((await deps.lookup(fresh)).map((p) => [p.taskId, p]));
      } catch (error) {
        reserved -= slots;
        for (const id of fresh) {
          settle(id);
          deps.failed(id, error);
        }
        return;
      }
      const starting: Postcard[] = [];
      const over: string[] = [];
      for (const id of fresh) {
        const postcard = found.get(id);
        const wanted = postcard !== undefined && !closed && !withdrawn.has(id);
        if (wanted && starting.length < slots) {
          starting.push(postcard);
          continue;
        }
        settle(id);
        if (postcard === undefined) deps.send({ type: 'error', task_id: id, code: 'not_found', message: `No postcard with task_id ${id}` });
        else if (wanted) over.push(id);
      }
      reserved -= slots - starting.length;
      refuse(over);
      await Promise.all(starting.map((postcard) => start(postcard, afterId)));
    },

    unsubscribe(taskIds) {
      for (const id of new Set(taskIds)) {
        active.get(id)?.stop();
        active.delete(id);
        if (pending.has(id)) withdrawn.add(id);
        deps.send({ type: 'unsubscribed', task_id: id });
      }
    },

    close() {
      closed = true;
      for (const following of active.values()) following.stop();
      active.clear();
    },
  };
}
