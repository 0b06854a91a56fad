import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { PIPELINE, STEP_NAMES } from '../../src/pipeline/catalog';
import { onShard } from '../../src/pipeline/queue-shards';
import { createPostcard, expectCompletedEachStepOnce } from '../support/each-step-once';
import { createTestDatabase, type TestDatabase } from '../support/postgres';
import { startTestSystem, type TestSystem } from '../support/test-system';

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

  it('runs each postcard on the shard its task id picks', async () => {
    const prefix = `test-${randomUUID()}`;
    system = await startTestSystem({ databaseUrl: database.url, env: { QUEUE_PREFIX: prefix, QUEUE_SHARDS: '3' } });
    expect(system.config.queueShards).toEqual([`${prefix}-0`, `${prefix}-1`, `${prefix}-2`]);
    const on = system;
    const ids = await Promise.all(Array.from({ length: 12 }, (_, i) => createPostcard(on, `Thank you for everything, friend ${i + 1}`)));
    await expectCompletedEachStepOnce(on, ids, 60_000);
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
    const ids = await Promise.all(['Happy birthday, Lina', 'Get well soon, Grandpa', 'Congratulations on the new job', 'Merry Christmas to the team'].map((p) => createPostcard(before, p)));
    await before.close();

    system = await startTestSystem({
      databaseUrl: database.url,
      env: { QUEUE_PREFIX: prefix, QUEUE_SHARDS: '3', RECONCILE_INTERVAL_SECONDS: '1', STUCK_AFTER_SECONDS: '10' },
    });
    const on = system;
    await expectCompletedEachStepOnce(on, ids, 60_000);
  }, 90_000);
});
