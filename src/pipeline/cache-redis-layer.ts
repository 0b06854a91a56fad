import type { ChainableCommander } from 'ioredis';
import type { RedisConnection } from '../platform/redis.js';

/** A pointer found in Redis and how long it has left to live there. */
export interface RedisPointer {
  readonly taskId: string;
  /** Milliseconds until Redis expires the pointer; 0 when it vanished while being read. */
  readonly ttlMs: number;
}

/** The shared layer: pointers every worker process sees. Throws on a Redis failure; the caller decides it is a miss. */
export interface RedisLayer {
  get(key: string): Promise<RedisPointer | null>;
  set(key: string, taskId: string): Promise<void>;
}

/**
 * A sorted set of the live cache keys, scored by when each expires, so that
 * the stats can count entries with one ZCOUNT instead of a SCAN over the
 * whole keyspace (which BullMQ's job keys dominate). It costs one ZADD per
 * stored result, which follows a provider call anyway, and nothing per lookup.
 */
export function cacheIndexKey(prefix: string): string {
  return `${prefix}:cache-index`;
}

/** An entry's key, under its shard's prefix (a prefix holds no ":", config.ts). */
export function cacheKey(prefix: string, step: string, digest: string): string {
  return `${prefix}:cache:${step}:${digest}`;
}

/** The index beside an entry: under the same prefix, so one MULTI writes both in one slot. */
function indexOf(key: string): string {
  return cacheIndexKey(key.slice(0, key.indexOf(':')));
}

/** Runs a pipeline or transaction and returns its replies, throwing the first command error. */
export async function execChecked(commands: ChainableCommander): Promise<unknown[]> {
  const replies = await commands.exec();
  // exec() answers null only when a WATCHed key changed; we watch nothing, so this is a broken connection.
  if (replies === null) throw new Error('redis transaction was aborted');
  return replies.map(([error, value]) => {
    if (error !== null) throw error;
    return value;
  });
}

export function createRedisLayer(redis: RedisConnection, options: { readonly ttlSeconds: number }, now: () => number = Date.now): RedisLayer {
  const ttlMs = options.ttlSeconds * 1000;
  return {
    async get(key) {
      // One round trip: the remaining TTL bounds how long the memory layer may keep the pointer.
      const [taskId, pttl] = await execChecked(redis.pipeline().get(key).pttl(key));
      if (typeof taskId !== 'string') return null;
      // -1: stored without an expiry (by hand); we allow it no longer than our own TTL. -2: expired in between.
      const remaining = typeof pttl !== 'number' || pttl === -2 ? 0 : pttl === -1 ? ttlMs : pttl;
      return { taskId, ttlMs: remaining };
    },
    async set(key, taskId) {
      const at = now();
      const index = indexOf(key);
      await execChecked(
        redis
          .multi()
          .set(key, taskId, 'PX', ttlMs)
          .zadd(index, at + ttlMs, key)
          // Trimming here keeps the index the size of the live cache without a sweeper of its own.
          .zremrangebyscore(index, '-inf', at)
          .pexpire(index, ttlMs),
      );
    },
  };
}

/** Cache keys alive now, from every shard's index. Read-only: trimming is left to the writers. */
export async function countRedisEntries(redis: RedisConnection, prefixes: readonly string[], now: number): Promise<number> {
  const counts = await Promise.all(prefixes.map((prefix) => redis.zcount(cacheIndexKey(prefix), `(${now}`, '+inf')));
  return counts.reduce((sum, n) => sum + n, 0);
}
