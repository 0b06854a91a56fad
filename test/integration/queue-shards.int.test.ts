import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { PIPELINE, STEP_NAMES } from '../../src/pipeline/catalog';
import { onShard } from '../../src/pipeline/queue-shards';
import { waitUntilFinished } from '../support/postcard-api';
import { createTestDatabase, type TestDatabase } from '../support/postgres';
import { postJson, startTestSystem, type TestSystem } from '../support/test-system';

/** QUEUE_SHARDS on one Redis: the same flows, spread over several sets of queues; and changing it loses nothing. */
describe('queue shards', () => {
  const redis = new Redis(process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379');
  let database: TestDatabase;
  let system: TestSystem | undefined;

  beforeEach(async () => {
    database = await createTestDatabase();
  });
  afterEach(async () => {
    await system?.close();
    system = undefined;
    await database.drop();
  });
  afterAll(() => redis.disconnect());

  async function create(on: TestSystem, prompt: string): Promise<string> {
    const res = await postJson(on.baseUrl, '/api/v1/postcards', { prompt });
    expect(res.status).toBe(202);
    return String(res.body.task_id);
  }

  async function succeededSteps(on: TestSystem, ids: readonly string[]): Promise<number[]> {
    const rows = await on.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM step_runs WHERE status = 'SUCCEEDED' AND task_id = ANY($1::uuid[]) GROUP BY task_id, run, step`,
      [ids],
    );
    return rows.map((r) => r.n);
  }

  it('runs each postcard on the shard its task id picks', async () => {
    const prefix = `test-${randomUUID()}`;
    system = await startTestSystem({ databaseUrl: database.url, env: { QUEUE_PREFIX: prefix, QUEUE_SHARDS: '3' } });
    expect(system.config.queueShards).toEqual([`${prefix}-0`, `${prefix}-1`, `${prefix}-2`]);
    const on = system;
    const ids = await Promise.all(Array.from({ length: 12 }, (_, i) => create(on, `Thank you for everything, friend ${i + 1}`)));
    const finished = await Promise.all(ids.map((id) => waitUntilFinished(on.baseUrl, id, { timeoutMs: 60_000 })));
    expect(finished.map((s) => s.status)).toEqual(ids.map(() => 'COMPLETED'));
    expect(await succeededSteps(on, ids)).toEqual(ids.flatMap(() => STEP_NAMES.map(() => 1)));
    // Each postcard's last job is in its own shard's root queue, and nowhere else.
    const root = PIPELINE[STEP_NAMES[STEP_NAMES.length - 1] ?? 'code'].queue;
    for (const id of ids) {
      for (const shard of on.config.queueShards) {
        const jobs = await redis.keys(`${shard}:${root}:${id}.*`);
        expect([shard, jobs.length > 0]).toEqual([shard, shard === onShard(on.config.queueShards, id)]);
      }
    }
  });

  it('finishes the postcards queued before QUEUE_SHARDS changed: the reconciler enqueues them again on their new shard', async () => {
    const prefix = `test-${randomUUID()}`;
    const before = await startTestSystem({ databaseUrl: database.url, workers: false, env: { QUEUE_PREFIX: prefix } });
    const ids = await Promise.all(['Happy birthday, Lina', 'Get well soon, Grandpa', 'Congratulations on the new job', 'Merry Christmas to the team'].map((p) => create(before, p)));
    await before.close();

    system = await startTestSystem({
      databaseUrl: database.url,
      env: { QUEUE_PREFIX: prefix, QUEUE_SHARDS: '3', RECONCILE_INTERVAL_SECONDS: '1', STUCK_AFTER_SECONDS: '10' },
    });
    const on = system;
    const finished = await Promise.all(ids.map((id) => waitUntilFinished(on.baseUrl, id, { timeoutMs: 60_000 })));
    expect(finished.map((s) => s.status)).toEqual(ids.map(() => 'COMPLETED'));
    expect(await succeededSteps(on, ids)).toEqual(ids.flatMap(() => STEP_NAMES.map(() => 1)));
  }, 90_000);
});
