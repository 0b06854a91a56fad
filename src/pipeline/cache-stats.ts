import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { RedisConnection } from '../platform/redis.js';
import { z } from 'zod';
import type { Logger } from '../platform/logger.js';
import { countRedisEntries, execChecked } from './cache-redis-layer.js';

/**
 * Step cache statistics shared across processes. Each worker process counts
 * its lookups in memory (nothing per lookup touches Redis) and publishes the
 * running totals every few seconds into a hash of its own,
 * `<prefix>:cache-stats:<process id>`, registered in the sorted set
 * `<prefix>:cache-stats` scored by the time of the last flush. Publishing
 * totals rather than increments makes a repeated or retried flush harmless.
 */

/** What one process publishes: lookup totals since it started and the current size of its memory layer. */
export interface CacheSnapshot {
  readonly memoryHits: number;
  readonly memoryMisses: number;
  readonly redisHits: number;
  readonly redisMisses: number;
  readonly memoryEntries: number;
  readonly memoryBytes: number;
}

export interface LayerStats {
  readonly hits: number;
  readonly misses: number;
  /** hits / (hits + misses); null before the first lookup. */
  readonly hitRate: number | null;
}

/** All processes together: per layer, and overall (a lookup hits when either layer answers). */
export interface CacheStats extends LayerStats {
  readonly memory: LayerStats & { readonly entries: number; readonly bytes: number };
  readonly redis: LayerStats & { readonly entries: number };
}

/** The reading side, as the stats service takes it. */
export interface CacheStatsSource {
  read(): Promise<CacheStats>;
}

export const FLUSH_INTERVAL_MS = 5000;
/** A process that has not flushed for this long is presumed dead: its memory entries no longer exist. */
export const LIVE_WINDOW_MS = 3 * FLUSH_INTERVAL_MS;
/** Counts of a stopped process still count for this long, so that a restart does not reset the hit rate. */
export const RETENTION_MS = 86_400_000;

const FIELDS = {
  memoryHits: 'memory_hits',
  memoryMisses: 'memory_misses',
  redisHits: 'redis_hits',
  redisMisses: 'redis_misses',
  memoryEntries: 'memory_entries',
  memoryBytes: 'memory_bytes',
} as const satisfies Record<keyof CacheSnapshot, string>;
const UPDATED_AT = 'updated_at';

const count = z.coerce.number().int().min(0);
/** A published hash, parsed defensively: anyone can write to Redis. */
const PublishedSchema = z.object({
  [FIELDS.memoryHits]: count,
  [FIELDS.memoryMisses]: count,
  [FIELDS.redisHits]: count,
  [FIELDS.redisMisses]: count,
  [FIELDS.memoryEntries]: count,
  [FIELDS.memoryBytes]: count,
  [UPDATED_AT]: count,
});

const registryKey = (prefix: string) => `${prefix}:cache-stats`;
const processKey = (prefix: string, processId: string) => `${prefix}:cache-stats:${processId}`;

export interface PublishedSnapshot {
  readonly snapshot: CacheSnapshot;
  readonly updatedAt: number;
}

const rate = (hits: number, misses: number): number | null => (hits + misses === 0 ? null : hits / (hits + misses));

/**
 * Sums the processes' snapshots. Every lookup that the memory layer did not
 * answer went to Redis (a process without a memory layer counts no memory
 * misses), so the overall misses are the Redis misses.
 */
export function aggregateCacheStats(published: readonly PublishedSnapshot[], redisEntries: number, now: number): CacheStats {
  const sum = (pick: (s: CacheSnapshot) => number, from = published) => from.reduce((total, p) => total + pick(p.snapshot), 0);
  const live = published.filter((p) => p.updatedAt >= now - LIVE_WINDOW_MS);
  const memory = { hits: sum((s) => s.memoryHits), misses: sum((s) => s.memoryMisses) };
  const redis = { hits: sum((s) => s.redisHits), misses: sum((s) => s.redisMisses) };
  const hits = memory.hits + redis.hits;
  return {
    hits,
    misses: redis.misses,
    hitRate: rate(hits, redis.misses),
    memory: { ...memory, hitRate: rate(memory.hits, memory.misses), entries: sum((s) => s.memoryEntries, live), bytes: sum((s) => s.memoryBytes, live) },
    redis: { ...redis, hitRate: rate(redis.hits, redis.misses), entries: redisEntries },
  };
}

export interface CacheStatsPublisher {
  readonly processId: string;
  flush(): Promise<void>;
  /** Stops the timer and publishes the final totals, with an empty memory layer. */
  close(): Promise<void>;
}

export interface PublisherOptions {
  readonly prefix: string;
  readonly processId?: string;
  readonly intervalMs?: number;
  readonly now?: () => number;
}

export function startCacheStatsPublisher(
  redis: RedisConnection,
  options: PublisherOptions,
  snapshot: () => CacheSnapshot,
  logger: Logger,
): CacheStatsPublisher {
  const processId = options.processId ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const now = options.now ?? Date.now;
  const log = logger.child({ component: 'cache-stats', process_id: processId });
  const registry = registryKey(options.prefix);
  const key = processKey(options.prefix, processId);
  let inFlight: Promise<void> | undefined;

  const write = async (s: CacheSnapshot) => {
    const at = now();
    const fields: Record<string, number> = { [UPDATED_AT]: at };
    for (const name of Object.keys(FIELDS) as Array<keyof CacheSnapshot>) fields[FIELDS[name]] = s[name];
    await execChecked(
      redis
        .multi()
        .hset(key, fields)
        .pexpire(key, RETENTION_MS)
        .zadd(registry, at, processId)
        .zremrangebyscore(registry, '-inf', at - RETENTION_MS)
        .pexpire(registry, RETENTION_MS),
    );
  };
  const publish = (s: CacheSnapshot): Promise<void> => {
    // Stats are best effort: a Redis outage must not disturb the worker, and the next flush repeats the totals.
    const run: Promise<void> = write(s)
      .catch((error: unknown) => void log.warn('could not publish cache statistics', { error }))
      .finally(() => {
        if (inFlight === run) inFlight = undefined;
      });
    inFlight = run;
    return run;
  };
  const timer = setInterval(() => {
    if (inFlight === undefined) void publish(snapshot());
  }, options.intervalMs ?? FLUSH_INTERVAL_MS);
  // The timer must not keep a stopping process alive; close() flushes the last totals.
  timer.unref();

  return {
    processId,
    flush: () => publish(snapshot()),
    async close() {
      clearInterval(timer);
      await inFlight;
      await publish({ ...snapshot(), memoryEntries: 0, memoryBytes: 0 });
    },
  };
}

/** Reads every process's published totals and the number of live Redis entries. */
/** `shards`: config.queueShards, whose indexes count the live entries; the published totals are under `prefix`. */
export function createCacheStatsReader(
  redis: RedisConnection,
  prefix: string,
  shards: readonly string[],
  logger: Logger,
  clock: () => number = Date.now,
): CacheStatsSource {
  const log = logger.child({ component: 'cache-stats' });
  return {
    async read() {
      const now = clock();
      const [ids, redisEntries] = await Promise.all([
        redis.zrangebyscore(registryKey(prefix), now - RETENTION_MS, '+inf'),
        countRedisEntries(redis, shards, now),
      ]);
      if (ids.length === 0) return aggregateCacheStats([], redisEntries, now);
      const pipeline = redis.pipeline();
      for (const id of ids) pipeline.hgetall(processKey(prefix, id));
      const hashes = await execChecked(pipeline);
      const published = hashes.flatMap((hash, i): PublishedSnapshot[] => {
        // An empty hash expired after the registry was read: nothing to count.
        if (hash === null || typeof hash !== 'object' || Object.keys(hash).length === 0) return [];
        const parsed = PublishedSchema.safeParse(hash);
        if (!parsed.success) {
          log.warn('ignoring malformed cache statistics', { process_id: ids[i], issues: parsed.error.issues.map((issue) => issue.message) });
          return [];
        }
        const p = parsed.data;
        const snapshot: CacheSnapshot = {
          memoryHits: p[FIELDS.memoryHits],
          memoryMisses: p[FIELDS.memoryMisses],
          redisHits: p[FIELDS.redisHits],
          redisMisses: p[FIELDS.redisMisses],
          memoryEntries: p[FIELDS.memoryEntries],
          memoryBytes: p[FIELDS.memoryBytes],
        };
        return [{ snapshot, updatedAt: p[UPDATED_AT] }];
      });
      return aggregateCacheStats(published, redisEntries, now);
    },
  };
}
