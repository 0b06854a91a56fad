import { createHash } from 'node:crypto';
import type { RedisConnection } from '../platform/redis.js';
import type { Logger } from '../platform/logger.js';
import type { Metrics } from '../platform/metrics.js';
import type { StepName } from './catalog.js';
import { createMemoryLayer, type MemoryLayer } from './cache-memory-layer.js';
import { cacheKey, createRedisLayer, type RedisLayer } from './cache-redis-layer.js';
import { onShard } from './queue-shards.js';
import type { CacheSnapshot } from './cache-stats.js';

/**
 * The step result cache. An entry maps a hash of (step, provider chain with
 * models, normalised input) to the task id of a postcard that stored that
 * result in PostgreSQL: Redis holds a pointer, never the result itself.
 */
export interface StepCache {
  key(step: StepName, identity: string, input: unknown): string;
  /** The task id whose stored result answers this key, or null. Never throws: a cache outage is a miss. */
  get(step: StepName, key: string): Promise<string | null>;
  set(key: string, taskId: string): Promise<void>;
}

/** A StepCache in two layers, process memory in front of Redis, that counts its lookups per layer. */
export interface LayeredStepCache extends StepCache {
  /** This process's lookup totals and memory layer size, for the stats publisher. */
  snapshot(): CacheSnapshot;
}

export interface StepCacheOptions {
  /** config.queueShards: an entry lives on the shard its digest picks, so that entries spread as postcards do. */
  readonly prefixes: readonly string[];
  readonly ttlSeconds: number;
  /** Bounds of the memory layer; `maxEntries` 0 turns it off. */
  readonly memory: { readonly maxEntries: number; readonly maxBytes: number };
}

/** Same meaning, same text: keys sorted, strings Unicode-normalised, trimmed and whitespace-collapsed. */
export function normalise(value: unknown): unknown {
  if (typeof value === 'string') return value.normalize('NFC').trim().replace(/\s+/g, ' ');
  if (Array.isArray(value)) return value.map(normalise);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, v]) => [k, normalise(v)]),
    );
  }
  return value;
}

/**
 * Composes the layers. A pointer found in Redis is copied into memory for no
 * longer than Redis still keeps it; misses are not remembered, because
 * another worker may store the result at any moment. A pointer whose
 * postcard is gone is the step's business (it treats it as a miss and stores
 * a fresh pointer, which replaces the stale one in both layers).
 */
export function composeStepCache(
  layers: { readonly memory: MemoryLayer; readonly redis: RedisLayer },
  options: Omit<StepCacheOptions, 'memory'>,
  metrics: Metrics,
  logger: Logger,
): LayeredStepCache {
  const { memory, redis } = layers;
  const ttlMs = options.ttlSeconds * 1000;
  // Plain numbers on the hot path; the publisher sends them to Redis in batches.
  const counts = { memoryHits: 0, memoryMisses: 0, redisHits: 0, redisMisses: 0 };
  return {
    key(step, identity, input) {
      const digest = createHash('sha256').update(JSON.stringify([step, identity, normalise(input)])).digest('hex');
      return cacheKey(onShard(options.prefixes, digest), step, digest);
    },
    async get(step, key) {
      const remembered = memory.get(key);
      if (remembered !== undefined) {
        counts.memoryHits += 1;
        metrics.cacheLookups.inc({ step, result: 'hit', layer: 'memory' });
        return remembered;
      }
      if (memory.enabled) counts.memoryMisses += 1;
      try {
        const pointer = await redis.get(key);
        if (pointer === null) {
          counts.redisMisses += 1;
          metrics.cacheLookups.inc({ step, result: 'miss', layer: 'redis' });
          return null;
        }
        counts.redisHits += 1;
        metrics.cacheLookups.inc({ step, result: 'hit', layer: 'redis' });
        memory.set(key, pointer.taskId, pointer.ttlMs);
        return pointer.taskId;
      } catch (error) {
        // The lookup went on to the provider, so for the hit rate it is a miss.
        counts.redisMisses += 1;
        metrics.cacheLookups.inc({ step, result: 'error', layer: 'redis' });
        logger.warn('step cache lookup failed; calling the provider', { step, error });
        return null;
      }
    },
    async set(key, taskId) {
      // Memory first, so that its TTL starts before the Redis one and ends no later. It is kept even
      // when Redis fails: the pointer names a committed result, which stays true whatever Redis does.
      memory.set(key, taskId, ttlMs);
      try {
        await redis.set(key, taskId);
      } catch (error) {
        logger.warn('could not store a step cache entry', { task_id: taskId, error });
      }
    },
    snapshot: () => ({ ...counts, memoryEntries: memory.entries(), memoryBytes: memory.bytes() }),
  };
}

export function createStepCache(redis: RedisConnection, options: StepCacheOptions, metrics: Metrics, logger: Logger): LayeredStepCache {
  const memory = createMemoryLayer({ ...options.memory, maxTtlMs: options.ttlSeconds * 1000 });
  return composeStepCache({ memory, redis: createRedisLayer(redis, options) }, options, metrics, logger);
}
