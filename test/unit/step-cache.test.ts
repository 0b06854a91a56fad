import { createMemoryLayer } from '../../src/pipeline/cache-memory-layer';
import type { RedisLayer, RedisPointer } from '../../src/pipeline/cache-redis-layer';
import { aggregateCacheStats, LIVE_WINDOW_MS, type CacheSnapshot } from '../../src/pipeline/cache-stats';
import { composeStepCache } from '../../src/pipeline/step-cache';
import { createLogger } from '../../src/platform/logger';
import { createMetrics, type Metrics } from '../../src/platform/metrics';

const TTL_SECONDS = 3600;
const logger = createLogger({ level: 'error', json: false, service: 'test', silent: true });

/** A RedisLayer fake: a shared map standing for the pointers every process sees, and a count of reads. */
function createFakeRedisLayer(shared = new Map<string, RedisPointer>(), overrides: Partial<RedisLayer> = {}) {
  const calls = { get: 0, set: 0 };
  const layer: RedisLayer = {
    async get(key) {
      calls.get += 1;
      return shared.get(key) ?? null;
    },
    async set(key, taskId) {
      calls.set += 1;
      shared.set(key, { taskId, ttlMs: TTL_SECONDS * 1000 });
    },
    ...overrides,
  };
  return { layer, calls, shared };
}

function cacheWith(redis: RedisLayer, metrics: Metrics, maxEntries = 100) {
  const memory = createMemoryLayer({ maxEntries, maxBytes: 100_000, maxTtlMs: TTL_SECONDS * 1000 });
  return composeStepCache({ memory, redis }, { prefixes: ['test'], ttlSeconds: TTL_SECONDS }, metrics, logger);
}

async function lookups(metrics: Metrics) {
  const { values } = await metrics.cacheLookups.get();
  return values.map((v) => [v.labels.step, v.labels.result, v.labels.layer, v.value]);
}

describe('the layered step cache', () => {
  it('answers a repeat from memory without asking Redis, and counts each layer', async () => {
    const metrics = createMetrics({ process: 'test', defaultMetrics: false });
    const redis = createFakeRedisLayer();
    const cache = cacheWith(redis.layer, metrics);
    const key = cache.key('concept', 'local', { prompt: 'hello' });

    expect(await cache.get('concept', key)).toBeNull();
    await cache.set(key, 'task-1');
    expect(await cache.get('concept', key)).toBe('task-1');
    expect(await cache.get('concept', key)).toBe('task-1');

    expect(redis.calls).toEqual({ get: 1, set: 1 });
    expect(cache.snapshot()).toMatchObject({ memoryHits: 2, memoryMisses: 1, redisHits: 0, redisMisses: 1, memoryEntries: 1 });
    expect(await lookups(metrics)).toEqual([
      ['concept', 'miss', 'redis', 1],
      ['concept', 'hit', 'memory', 2],
    ]);
  });

  it('copies a pointer found in Redis into memory for the time Redis still keeps it', async () => {
    const metrics = createMetrics({ process: 'test', defaultMetrics: false });
    const redis = createFakeRedisLayer();
    const other = cacheWith(createFakeRedisLayer(redis.shared).layer, metrics);
    const key = other.key('content', 'local', { concept: 1 });
    await other.set(key, 'task-1');

    const cache = cacheWith(redis.layer, metrics);
    expect(await cache.get('content', key)).toBe('task-1');
    expect(await cache.get('content', key)).toBe('task-1');
    expect(redis.calls.get).toBe(1);
    expect(cache.snapshot()).toMatchObject({ memoryHits: 1, memoryMisses: 1, redisHits: 1, redisMisses: 0 });
  });

  it('does not remember a pointer that expired in Redis while it was read, nor a miss', async () => {
    const metrics = createMetrics({ process: 'test', defaultMetrics: false });
    const redis = createFakeRedisLayer(new Map([['test:k', { taskId: 'task-1', ttlMs: 0 }]]));
    const cache = cacheWith(redis.layer, metrics);
    expect(await cache.get('image', 'test:k')).toBe('task-1');
    expect(await cache.get('image', 'test:missing')).toBeNull();
    expect(cache.snapshot().memoryEntries).toBe(0);
    await cache.get('image', 'test:k');
    await cache.get('image', 'test:missing');
    expect(redis.calls.get).toBe(4);
  });

  it('treats a Redis failure as a miss, and still remembers what it stores', async () => {
    const metrics = createMetrics({ process: 'test', defaultMetrics: false });
    const down = async (): Promise<never> => {
      throw new Error('connection refused');
    };
    const cache = cacheWith(createFakeRedisLayer(new Map(), { get: down, set: down }).layer, metrics);
    expect(await cache.get('code', 'test:k')).toBeNull();
    await cache.set('test:k', 'task-1');
    expect(await cache.get('code', 'test:k')).toBe('task-1');
    expect(cache.snapshot()).toMatchObject({ memoryHits: 1, memoryMisses: 1, redisHits: 0, redisMisses: 1 });
    expect(await lookups(metrics)).toEqual([
      ['code', 'error', 'redis', 1],
      ['code', 'hit', 'memory', 1],
    ]);
  });

  it('counts no memory misses when the memory layer is off', async () => {
    const metrics = createMetrics({ process: 'test', defaultMetrics: false });
    const redis = createFakeRedisLayer();
    const cache = cacheWith(redis.layer, metrics, 0);
    await cache.set('test:k', 'task-1');
    expect(await cache.get('concept', 'test:k')).toBe('task-1');
    expect(await cache.get('concept', 'test:k')).toBe('task-1');
    expect(redis.calls.get).toBe(2);
    expect(cache.snapshot()).toEqual({ memoryHits: 0, memoryMisses: 0, redisHits: 2, redisMisses: 0, memoryEntries: 0, memoryBytes: 0 });
  });
});

describe('aggregateCacheStats', () => {
  const snapshot = (s: Partial<CacheSnapshot>): CacheSnapshot => ({
    memoryHits: 0,
    memoryMisses: 0,
    redisHits: 0,
    redisMisses: 0,
    memoryEntries: 0,
    memoryBytes: 0,
    ...s,
  });
  const NOW = 1_000_000;

  it('sums every process, and the memory size only of those still alive', () => {
    const stats = aggregateCacheStats(
      [
        { snapshot: snapshot({ memoryHits: 6, memoryMisses: 4, redisHits: 1, redisMisses: 3, memoryEntries: 5, memoryBytes: 500 }), updatedAt: NOW - 1000 },
        // A process without a memory layer: every lookup went to Redis.
        { snapshot: snapshot({ redisHits: 2, redisMisses: 2 }), updatedAt: NOW },
        // Stopped flushing: it crashed, so its memory is gone, but its lookups happened.
        { snapshot: snapshot({ memoryHits: 2, memoryMisses: 2, redisHits: 1, redisMisses: 1, memoryEntries: 7, memoryBytes: 700 }), updatedAt: NOW - LIVE_WINDOW_MS - 1 },
      ],
      42,
      NOW,
    );
    expect(stats).toEqual({
      hits: 12,
      misses: 6,
      hitRate: 12 / 18,
      memory: { hits: 8, misses: 6, hitRate: 8 / 14, entries: 5, bytes: 500 },
      redis: { hits: 4, misses: 6, hitRate: 0.4, entries: 42 },
    });
  });

  it('has no hit rate before the first lookup', () => {
    expect(aggregateCacheStats([], 0, NOW)).toEqual({
      hits: 0,
      misses: 0,
      hitRate: null,
      memory: { hits: 0, misses: 0, hitRate: null, entries: 0, bytes: 0 },
      redis: { hits: 0, misses: 0, hitRate: null, entries: 0 },
    });
  });
});
