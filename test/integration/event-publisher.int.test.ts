import { Redis } from 'ioredis';
import { createEventPublisher, eventChannel, eventStreamKey, type PostcardEvent } from '../../src/pipeline/postcard-events';
import { createRedis, REQUEST_COMMAND_TIMEOUT_MS } from '../../src/platform/redis';
import { createMemoryLogger } from '../support/memory-logger';
import { freePort } from '../support/ports';
import { startPrivateRedis, type PrivateRedis } from '../support/private-redis';
import { waitFor } from '../support/wait';

// A Redis of its own: the test flushes its scripts and stops it, which the shared one must never see.
let server: PrivateRedis;
let redis: Redis;
let subscriber: Redis;
const prefix = 'evtest';

beforeAll(async () => {
  server = await startPrivateRedis();
  redis = new Redis(server.url, { maxRetriesPerRequest: 1, commandTimeout: 2000 });
  subscriber = new Redis(server.url);
});

afterAll(async () => {
  redis.disconnect();
  subscriber.disconnect();
  await server.destroy();
});

const step = (n: number): PostcardEvent => ({ type: 'progress', data: { progress: n } });
const streamed = async (taskId: string) =>
  (await redis.xrange(eventStreamKey(prefix, taskId), '-', '+')).map(([, fields]) => JSON.parse(fields[1] ?? 'null') as PostcardEvent);

describe('the event publisher', () => {
  it('sends the publishes of one turn in one pipeline, each task\'s events in order, streamed and published', async () => {
    const publisher = createEventPublisher(redis, { prefixes: [prefix], ttlSeconds: 60 }, createMemoryLogger().logger);
    await publisher.publish('warm', step(0)); // loads the script
    const received: string[] = [];
    await subscriber.subscribe(eventChannel(prefix));
    subscriber.on('message', (_channel, message: string) => received.push(message));
    const tasks = Array.from({ length: 20 }, (_, i) => `batch-${i}`);
    const before = Number(/total_commands_processed:(\d+)/.exec(await redis.info('stats'))?.[1]);
    const reads = Number(/total_reads_processed:(\d+)/.exec(await redis.info('stats'))?.[1]);

    await Promise.all(tasks.map((task) => publisher.publish(task, step(1), step(2))));

    const stats = await redis.info('stats');
    // Twenty EVALSHAs (each an XADD, PUBLISH, XADD, PUBLISH, EXPIRE inside) and the two INFOs.
    expect(Number(/total_commands_processed:(\d+)/.exec(stats)?.[1]) - before).toBe(20 * 6 + 2);
    // One socket read for all twenty calls (and one for the INFO): a pipeline, not twenty round trips.
    expect(Number(/total_reads_processed:(\d+)/.exec(stats)?.[1]) - reads).toBeLessThanOrEqual(3);
    for (const task of tasks) expect(await streamed(task)).toEqual([step(1), step(2)]);
    await waitFor(async () => received.length, (n) => n >= 40, { what: 'the 40 published events', timeoutMs: 10_000, intervalMs: 20 });
    expect(received).toHaveLength(40);
    const first = received.map((m) => JSON.parse(m) as { t: string; e: string }).filter((m) => m.t === 'batch-3');
    expect(first.map((m) => JSON.parse(m.e) as PostcardEvent)).toEqual([step(1), step(2)]);
    expect(await redis.ttl(eventStreamKey(prefix, 'batch-0'))).toBeGreaterThan(50);
  });

  it('loads the script again after Redis forgot it, keeping every task\'s order', async () => {
    const publisher = createEventPublisher(redis, { prefixes: [prefix], ttlSeconds: 60 }, createMemoryLogger().logger);
    await publisher.publish('warm', step(0));
    await redis.script('FLUSH');
    const tasks = ['flushed-a', 'flushed-b', 'flushed-c'];
    await Promise.all(tasks.flatMap((task) => [publisher.publish(task, step(1)), publisher.publish(task, step(2), step(3))]));
    for (const task of tasks) expect(await streamed(task)).toEqual([step(1), step(2), step(3)]);
  });

  it('never throws while Redis is down: each lost publish is logged, and publishing works again once it is back', async () => {
    const log = createMemoryLogger();
    const publisher = createEventPublisher(redis, { prefixes: [prefix], ttlSeconds: 60 }, log.logger);
    await server.stop();
    await expect(Promise.all([publisher.publish('down-a', step(1)), publisher.publish('down-b', step(1))])).resolves.toEqual([undefined, undefined]);
    const warnings = (await log.lines()).filter((line) => line.includes('could not publish postcard events'));
    expect(warnings.map((line) => (JSON.parse(line) as { task_id: string }).task_id).sort()).toEqual(['down-a', 'down-b']);
    await server.start();
    await waitFor(() => redis.ping().catch(() => 'down'), (reply) => reply === 'PONG', { what: 'the reconnection', timeoutMs: 10_000, intervalMs: 50 });
    await publisher.publish('back', step(9));
    expect(await streamed('back')).toEqual([step(9)]);
  });

  it('gives up at once on a cluster it never reached, instead of waiting for it', async () => {
    const log = createMemoryLogger();
    // Seeds where nothing listens. A plain command would wait in the cluster client's offline queue with
    // no timeout of its own (ioredis 5); a pipeline is refused while the client knows no slots.
    const unreached = createRedis({ url: 'redis://unused', clusterNodes: [{ host: '127.0.0.1', port: await freePort() }] }, 'request', 'unreached');
    unreached.on('error', () => undefined);
    try {
      const publisher = createEventPublisher(unreached, { prefixes: [prefix], ttlSeconds: 60 }, log.logger);
      const started = Date.now();
      await publisher.publish('unreached', step(1));
      expect(Date.now() - started).toBeLessThan(REQUEST_COMMAND_TIMEOUT_MS + 3000);
      expect((await log.lines()).some((line) => line.includes('could not publish postcard events'))).toBe(true);
    } finally {
      unreached.disconnect();
    }
  }, 20_000);
});
