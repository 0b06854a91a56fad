import type { ChainableCommander } from 'ioredis';
import { z } from 'zod';
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

/**
 * KEYS[1] the pointer, KEYS[2] its shard's index; ARGV[1] the task id,
 * ARGV[2] the TTL in ms, ARGV[3] now. Stores the pointer and indexes it,
 * trimming expired index entries (which keeps the index the size of the live
 * cache without a sweeper of its own), atomically. One script rather than a
 * MULTI: ioredis copies every script defined on a connection (BullMQ's ~50)
 * onto each pipeline or transaction it builds, 0.05 ms each on this machine,
 * eight a postcard when this was a MULTI and the lookup a pipeline.
 */
const SET_SCRIPT = `
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
redis.call('ZADD', KEYS[2], tonumber(ARGV[3]) + tonumber(ARGV[2]), KEYS[1])
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', ARGV[3])
redis.call('PEXPIRE', KEYS[2], ARGV[2])
return 1
`;

/** KEYS[1] the pointer: its task id (a missing key's is Lua's false, a null reply) and remaining TTL in ms, in one command. */
const GET_SCRIPT = `return { redis.call('GET', KEYS[1]), redis.call('PTTL', KEYS[1]) }`;
const GetReplySchema = z.tuple([z.string().nullable(), z.number().int()]);

export function createRedisLayer(redis: RedisConnection, options: { readonly ttlSeconds: number }, now: () => number = Date.now): RedisLayer {
  const ttlMs = options.ttlSeconds * 1000;
  return {
    async get(key) {
      // The remaining TTL bounds how long the memory layer may keep the pointer.
      const [taskId, pttl] = GetReplySchema.parse(await redis.eval(GET_SCRIPT, 1, key));
      if (taskId === null) return null;
      // -1: stored without an expiry (by hand); we allow it no longer than our own TTL. -2: expired in between.
      const remaining = pttl === -2 ? 0 : pttl === -1 ? ttlMs : pttl;
      return { taskId, ttlMs: remaining };
    },
    async set(key, taskId) {
      // EVAL, not EVALSHA: Redis keeps the compiled script by its hash, and a restarted Redis needs no NOSCRIPT round.
      await redis.eval(SET_SCRIPT, 2, key, indexOf(key), taskId, String(ttlMs), String(now()));
    },
  };
}

/** Cache keys alive now, from every shard's index. Read-only: trimming is left to the writers. */
export async function countRedisEntries(redis: RedisConnection, prefixes: readonly string[], now: number): Promise<number> {
  const counts = await Promise.all(prefixes.map((prefix) => redis.zcount(cacheIndexKey(prefix), `(${now}`, '+inf')));
  return counts.reduce((sum, n) => sum + n, 0);
}
