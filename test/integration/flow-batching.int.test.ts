import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { STEP_NAMES } from '../../src/pipeline/catalog';
import { createFlowEnqueuer } from '../../src/pipeline/flow';
import { createFlowProducer, createStepQueues } from '../../src/pipeline/queues';
import { loadConfig } from '../../src/platform/config';
import { startPrivateRedis, type PrivateRedis } from '../support/private-redis';

// A Redis of its own, so that its socket counters see only this test.
let server: PrivateRedis;
let redis: Redis;

beforeAll(async () => {
  server = await startPrivateRedis();
  redis = new Redis(server.url, { maxRetriesPerRequest: 1 });
});

afterAll(async () => {
  redis.disconnect();
  await server.destroy();
});

const multis = async () => Number(/cmdstat_multi:calls=(\d+)/.exec(await redis.info('commandstats'))?.[1] ?? 0);

describe('enqueueing flows', () => {
  it('sends the flows of one turn in one MULTI, every postcard with its own four jobs, and a lone one as before', async () => {
    const prefix = `fb-${randomUUID().slice(0, 8)}`;
    const connection = new Redis(server.url, { maxRetriesPerRequest: 1 });
    const producer = createFlowProducer(connection, prefix);
    const queues = createStepQueues(connection, prefix, () => undefined);
    const flows = createFlowEnqueuer(producer, queues, loadConfig({}).pipeline);
    try {
      await flows.enqueue({ taskId: randomUUID(), run: 1 }); // warms the connection and BullMQ's scripts
      const tasks = Array.from({ length: 12 }, () => ({ taskId: randomUUID(), run: 1 }));
      const before = await multis();
      await Promise.all(tasks.map((task) => flows.enqueue(task)));
      expect((await multis()) - before).toBe(1);
      for (const task of tasks) {
        expect(await flows.states(task)).toEqual(['waiting', ...STEP_NAMES.slice(1).map(() => 'waiting-children')]);
      }
      // Run 2 of one of them, alone in its turn, after another turn's batch.
      const [first] = tasks;
      if (first === undefined) throw new Error('no tasks');
      await flows.enqueue({ taskId: first.taskId, run: 2 }, 'content');
      expect(await flows.states({ taskId: first.taskId, run: 2 })).toEqual(['unknown', 'waiting', 'waiting-children', 'waiting-children']);
    } finally {
      await Promise.all([producer.close(), ...STEP_NAMES.map((step) => queues[step].close())]);
      connection.disconnect();
    }
  });
});
