import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import type { PipelineWorkers } from '../../src/pipeline/pipeline-workers';
import { STEP_NAMES } from '../../src/pipeline/catalog';
import { entryBytes } from '../../src/pipeline/cache-memory-layer';
import { createLogger } from '../../src/platform/logger';
import { createServices, type Services } from '../../src/runtime/services';
import { createWorkerRuntime } from '../../src/runtime/worker-runtime';
import type { StatusResponse } from '../../src/postcards/postcard-responses';
import { waitUntilFinished } from '../support/postcard-api';
import { getJson, postJson, startTestSystem, type TestSystem } from '../support/test-system';
import { startWorkerProcess, type WorkerProcess } from '../support/worker-process';
import { waitFor } from '../support/wait';

interface LayerBody {
  hits: number;
  misses: number;
  hit_rate: number | null;
  entries: number;
  bytes?: number;
}
interface CacheBody {
  hits: number;
  misses: number;
  hit_rate: number | null;
  layers: { memory: LayerBody; redis: LayerBody };
}

const REQUEST = { prompt: 'A thank-you card for the night-shift nurses', theme: 'garden' };

/**
 * The two cache layers across processes: worker A answers a repeat from its
 * memory without a Redis GET; worker B, a separate OS process with an empty
 * memory, finds A's pointers in Redis; the API, a third party, reports both
 * from what the workers published.
 */
describe('the layered step cache across processes', () => {
  let system: TestSystem;
  let servicesA: Services;
  let workerA: PipelineWorkers | undefined;
  let workerB: WorkerProcess | undefined;
  let monitored: Redis;
  let monitor: Redis;
  const commands: string[][] = [];

  beforeAll(async () => {
    system = await startTestSystem({ workers: false });
    servicesA = createServices(system.config, createLogger({ level: 'error', json: false, service: 'test' }), 'worker-a');
    workerA = createWorkerRuntime(servicesA);
    await Promise.all(workerA.workers.map((w) => w.waitUntilReady()));
    // A monitor connection of our own rather than monitor(): on a busy shared Redis, other suites'
    // commands can arrive in the same read as MONITOR's OK, before ioredis has switched the connection to
    // monitoring; it drops each as a "Command queue state error" event, which monitor() turns into a
    // rejection and then an unhandled error. Those lines are other suites' (this one sends nothing yet).
    monitored = new Redis(system.config.redisUrl);
    monitor = monitored.duplicate({ monitor: true, lazyConnect: false });
    const unexpected: Error[] = [];
    monitor.on('error', (error: Error) => {
      if (!error.message.startsWith('Command queue state error')) unexpected.push(error);
    });
    await new Promise<void>((resolve) => monitor.once('monitoring', () => resolve()));
    expect(unexpected).toEqual([]);
    monitor.on('monitor', (_time: string, args: string[]) => {
      // The Redis server is shared by parallel suites: keep this suite's commands only.
      if (args.some((a) => a.startsWith(system.config.queuePrefix))) commands.push(args);
    });
  });

  afterAll(async () => {
    monitor?.disconnect();
    monitored?.disconnect();
    await workerB?.stop();
    await workerA?.close(5000);
    await servicesA?.close();
    const redis = system.services.redis('request');
    const keys = await redis.keys(`${system.config.queuePrefix}:cache*`);
    if (keys.length > 0) await redis.del(...keys);
    await system.close();
  });

  async function finish(): Promise<StatusResponse> {
    const created = await postJson(system.baseUrl, '/api/v1/postcards', REQUEST);
    expect(created.status).toBe(202);
    return waitUntilFinished(system.baseUrl, String(created.body.task_id));
  }

  /** Every command Redis ran before this call has reached the monitor once the marker has. */
  async function drainMonitor(): Promise<number> {
    const marker = `${system.config.queuePrefix}:marker:${randomUUID()}`;
    await system.services.redis('request').exists(marker);
    await waitFor(async () => commands.some((c) => c.includes(marker)), Boolean, { what: 'the monitor to catch up' });
    return commands.length;
  }

  const cacheGets = (from: number, to: number) =>
    commands.slice(from, to).filter(([name, key]) => name?.toLowerCase() === 'get' && key?.startsWith(`${system.config.queuePrefix}:cache:`));

  async function cacheStats(): Promise<CacheBody> {
    const res = await getJson(system.baseUrl, '/api/v1/stats?window=1h');
    expect(res.status).toBe(200);
    return res.body.cache as CacheBody;
  }

  it('answers a repeat from memory without a Redis GET, a new worker from Redis, and reports both', async () => {
    const start = await drainMonitor();
    const fresh = await finish();
    expect(fresh.status).toBe('COMPLETED');
    expect(fresh.steps.map((s) => s.cache_hit)).toEqual([false, false, false, false]);
    const afterFresh = await drainMonitor();
    const freshGets = cacheGets(start, afterFresh);
    expect(freshGets).toHaveLength(STEP_NAMES.length);

    // The same request again, on the same worker: every step from its memory, none from Redis.
    const repeat = await finish();
    expect(repeat.steps.map((s) => [s.provider, s.cache_hit])).toEqual(STEP_NAMES.map(() => ['cache', true]));
    const afterRepeat = await drainMonitor();
    expect(cacheGets(afterFresh, afterRepeat)).toEqual([]);
    const lookups = await servicesA.metrics.cacheLookups.get();
    expect(lookups.values.filter((v) => v.labels.layer === 'memory').map((v) => v.value)).toEqual([1, 1, 1, 1]);

    // Worker A stops (publishing its final totals); worker B, another OS process, starts with an empty memory.
    await workerA?.close(5000);
    workerA = undefined;
    workerB = await startWorkerProcess({
      DATABASE_URL: system.config.databaseUrl,
      REDIS_URL: system.config.redisUrl,
      QUEUE_PREFIX: system.config.queuePrefix,
      PUBLIC_BASE_URL: system.baseUrl,
    });
    const beforeB = await drainMonitor();
    const fromRedis = await finish();
    expect(fromRedis.steps.map((s) => [s.provider, s.cache_hit])).toEqual(STEP_NAMES.map(() => ['cache', true]));
    const afterB = await drainMonitor();
    // The same keys as the first postcard's lookups: B found A's pointers.
    expect(cacheGets(beforeB, afterB).map(([, key]) => key)).toEqual(freshGets.map(([, key]) => key));

    // A: 4 misses in both layers, then 4 memory hits. B: 4 memory misses answered by Redis.
    // B publishes every 5 seconds, so wait for its totals.
    const cache = await waitFor(cacheStats, (c) => c.hits === 8, { timeoutMs: 20_000, intervalMs: 250, what: "worker B's published totals" });
    const keys = freshGets.map(([, key]) => key ?? '');
    expect(cache).toEqual({
      hits: 8,
      misses: 4,
      hit_rate: 0.6667,
      layers: {
        // Only B is alive, holding the 4 pointers it copied from Redis: keys and the first postcard's id.
        memory: { hits: 4, misses: 8, hit_rate: 0.3333, entries: 4, bytes: keys.reduce((sum, key) => sum + entryBytes(key, fresh.task_id), 0) },
        redis: { hits: 4, misses: 4, hit_rate: 0.5, entries: 4 },
      },
    });

    // A stopped worker's memory is gone at once; its lookups still count.
    await workerB.stop();
    const stopped = await cacheStats();
    expect(stopped.layers.memory).toMatchObject({ hits: 4, misses: 8, entries: 0, bytes: 0 });
    expect(stopped.hits).toBe(8);
  });
});
