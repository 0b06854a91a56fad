import type { RedisConnection } from '../platform/redis.js';
import { z } from 'zod';
import { firstIssue, jsonMessage } from '../platform/json-message.js';
import type { Logger } from '../platform/logger.js';
import { eventChannel, eventStreamKey, isFinalEvent, PostcardEventSchema, type DeliveredEvent } from '../pipeline/postcard-events.js';
import { onShard } from '../pipeline/queue-shards.js';

export type EventListener = (event: DeliveredEvent) => void;

/**
 * The API side of postcard events. One Redis subscriber per process fans live
 * events out to local SSE and WebSocket clients; the per-postcard stream
 * replays what a client missed. Subscribing replays first and buffers live
 * events meanwhile, so nothing falls between the two and nothing repeats.
 */
export interface EventHub {
  subscribe(taskId: string, afterId: string | undefined, listener: EventListener): Promise<() => void>;
  /** Whether the postcard's replay log still exists (its final events will arrive through it). */
  hasLog(taskId: string): Promise<boolean>;
  close(): Promise<void>;
}

const ChannelMessageSchema = jsonMessage(z.object({ t: z.string(), id: z.string(), e: z.string() }));
const StoredEventSchema = jsonMessage(PostcardEventSchema);

/** Stream ids are "<ms>-<seq>"; compare them as number pairs. */
export function compareEventIds(a: string, b: string): number {
  const [am = 0, as = 0] = a.split('-').map(Number);
  const [bm = 0, bs = 0] = b.split('-').map(Number);
  return am === bm ? as - bs : am - bm;
}

export function isEventId(value: string): boolean {
  return /^\d{1,20}-\d{1,20}$/.test(value);
}

/** A retry starts a new run with this event (postcard-lifecycle.ts), as create starts the first. */
const startsRun = (event: DeliveredEvent['event']): boolean => event.type === 'status' && event.data.status === 'PENDING';

/**
 * The log keeps every run of a retried postcard. An earlier run's final event
 * (`error`) would end a replaying client's stream before the run now going
 * on: a final event followed by a later run's start is left out of a replay.
 */
export function withoutSupersededEnds(events: readonly DeliveredEvent[]): DeliveredEvent[] {
  const lastStart = events.findLastIndex((delivered) => startsRun(delivered.event));
  return events.filter((delivered, index) => index >= lastStart || !isFinalEvent(delivered.event));
}

/** `prefixes`: config.queueShards; each shard publishes on its own channel and keeps its postcards' logs (queue-shards.ts). */
export function createEventHub(subscriber: RedisConnection, reader: RedisConnection, prefixes: readonly string[], logger: Logger): EventHub {
  const listeners = new Map<string, Set<EventListener>>();
  const channels = prefixes.map(eventChannel);
  const accepted = new Set(channels);
  const logOf = (taskId: string) => eventStreamKey(onShard(prefixes, taskId), taskId);
  let subscribed: Promise<unknown> | undefined;

  const log = logger.child({ component: 'event-hub' });
  const decode = (taskId: string, id: string, raw: string): DeliveredEvent | null => {
    const parsed = StoredEventSchema.safeParse(raw);
    if (!parsed.success) {
      log.warn('dropping a malformed postcard event', { task_id: taskId, event_id: id, reason: firstIssue(parsed.error) });
      return null;
    }
    return { id, taskId, event: parsed.data };
  };

  // Anyone who can PUBLISH reaches this listener: whatever arrives is checked, and a throw here would reach the event loop.
  subscriber.on('message', (from: string, message: string) => {
    if (!accepted.has(from)) return;
    const envelope = ChannelMessageSchema.safeParse(message);
    if (!envelope.success) {
      log.warn('dropping a malformed message on the events channel', { channel: from, bytes: message.length, reason: firstIssue(envelope.error) });
      return;
    }
    const targets = listeners.get(envelope.data.t);
    if (targets === undefined) return;
    const delivered = decode(envelope.data.t, envelope.data.id, envelope.data.e);
    if (delivered === null) return;
    for (const listener of targets) {
      try {
        listener(delivered);
      } catch (error) {
        log.error('a live client could not take an event', { task_id: delivered.taskId, event_id: delivered.id, error });
      }
    }
  });

  return {
    async subscribe(taskId, afterId, listener) {
      subscribed ??= subscriber.subscribe(...channels);
      await subscribed;
      let last = afterId;
      let replaying = true;
      const buffered: DeliveredEvent[] = [];
      const deliver = (event: DeliveredEvent) => {
        if (last !== undefined && compareEventIds(event.id, last) <= 0) return;
        last = event.id;
        listener(event);
      };
      const live: EventListener = (event) => (replaying ? buffered.push(event) : deliver(event));
      const set = listeners.get(taskId) ?? new Set<EventListener>();
      set.add(live);
      listeners.set(taskId, set);

      const entries = await reader.xrange(logOf(taskId), afterId === undefined ? '-' : `(${afterId}`, '+');
      const replayed: DeliveredEvent[] = [];
      for (const [id, fields] of entries) {
        const at = fields.indexOf('e');
        const raw = at < 0 ? undefined : fields[at + 1];
        const event = raw === undefined ? null : decode(taskId, id, raw);
        if (event !== null) replayed.push(event);
      }
      for (const event of withoutSupersededEnds(replayed)) deliver(event);
      replaying = false;
      for (const event of buffered) deliver(event);

      return () => {
        set.delete(live);
        if (set.size === 0) listeners.delete(taskId);
      };
    },
    async hasLog(taskId) {
      return (await reader.exists(logOf(taskId))) === 1;
    },
    async close() {
      listeners.clear();
      if (subscribed !== undefined) await subscriber.unsubscribe(...channels);
    },
  };
}
