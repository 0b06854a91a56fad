import { randomUUID } from 'node:crypto';
import type { RedisConnection } from '../platform/redis.js';

/** Runs `work` unless another process holds the lock; null when it did not run. */
export type Exclusive = <T>(work: () => Promise<T>) => Promise<T | null>;

/**
 * A Redis lock with a token, so that a process releases only its own lock and
 * never one another process took after ours expired. `ttlMs` bounds how long a
 * crashed holder keeps the others out.
 */
export function redisExclusive(redis: RedisConnection, key: string, ttlMs: number): Exclusive {
  return async (work) => {
    const token = randomUUID();
    if ((await redis.set(key, token, 'PX', ttlMs, 'NX')) === null) return null;
    try {
      return await work();
    } finally {
      await redis.eval("if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0", 1, key, token);
    }
  };
}
