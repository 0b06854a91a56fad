import { STEP_NAMES, stepJobId } from '../../src/pipeline/catalog';
import { createFlowEnqueuer } from '../../src/pipeline/flow';
import { closeAll, createFlowProducer } from '../../src/pipeline/queues';
import { startDenyingRedis, type DenyingRedis } from '../fakes/denying-redis';
import { startPrivateRedis, type PrivateRedis } from '../support/private-redis';
import { getJson, postJson, startTestSystem, type TestSystem } from '../support/test-system';
import { waitFor } from '../support/wait';

/**
 * The API started while its Redis accepted TCP but refused every client
 * (protected mode: `-DENIED`, then close). BullMQ's FlowProducer waits for its
 * connection's first `ready` without a bound, so creates used to hang for as
 * long as the client waited, each leaving its row behind, and their flows were
 * added late once Redis let the API in.
 */
describe('creates while Redis refuses every client', () => {
  let redis: PrivateRedis;
  let gate: DenyingRedis;
  let system: TestSystem;

  beforeAll(async () => {
    redis = await startPrivateRedis();
    gate = await startDenyingRedis(redis, 'deny');
    system = await startTestSystem({ workers: false, env: { REDIS_URL: gate.url, ADMIN_USER: 'ops', ADMIN_PASSWORD: 'correct horse battery' } });
  });
  afterAll(async () => {
    // Let the system reach Redis so it can remove its queues, then remove both for good.
    gate.allow();
    await system.close();
    await gate.close();
    await redis.destroy();
  });

  const rows = () => system.query<{ task_id: string; status: string }>('SELECT task_id, status FROM postcards ORDER BY created_at');
  /** Every job of this suite's queues, whatever its state. */
  const jobCount = async () => {
    let total = 0;
    for (const step of STEP_NAMES) total += Object.values(await system.queues[step].getJobCounts()).reduce((a, b) => a + b, 0);
    return total;
  };

  it('answers 503 within seconds, keeps only keyed rows, and adds no flow late when Redis lets the API in', async () => {
    expect((await getJson(system.baseUrl, '/readyz')).status).toBe(503);

    let started = Date.now();
    const plain = await postJson(system.baseUrl, '/api/v1/postcards/create', { prompt: 'while redis says DENIED' });
    expect(plain.status).toBe(503);
    expect(Date.now() - started).toBeLessThan(8_000);
    expect(await rows()).toEqual([]);

    started = Date.now();
    const keyed = await postJson(system.baseUrl, '/api/v1/postcards/create', { prompt: 'keyed while DENIED' }, { 'Idempotency-Key': 'denied-1' });
    expect(keyed.status).toBe(503);
    expect(Date.now() - started).toBeLessThan(8_000);
    const [kept] = await rows();
    expect(kept?.status).toBe('PENDING');
    const taskId = kept?.task_id ?? '';

    // Reading it needs PostgreSQL only: no wait on Redis at all.
    started = Date.now();
    expect((await getJson(system.baseUrl, `/api/v1/postcards/status/${taskId}`)).status).toBe(200);
    expect(Date.now() - started).toBeLessThan(2_000);

    // The operator surfaces that read the queues are bounded the same way.
    const auth = { authorization: `Basic ${Buffer.from('ops:correct horse battery').toString('base64')}` };
    for (const path of ['/metrics', '/admin/queues/api/queues?activeQueue=concept']) {
      started = Date.now();
      expect({ path, status: (await fetch(`${system.baseUrl}${path}`, { headers: auth })).status }).toEqual({ path, status: 503 });
      expect(Date.now() - started).toBeLessThan(8_000);
    }

    gate.allow();
    await waitFor(() => getJson(system.baseUrl, '/readyz'), (r) => r.status === 200, { timeoutMs: 15_000, what: 'readiness once Redis accepts' });
    // Time for any abandoned enqueue to go through, had one been waiting.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await jobCount()).toBe(0);
    expect(await rows()).toEqual([{ task_id: taskId, status: 'PENDING' }]);

    // What the reconciler does for the kept row, done twice (two processes, or an enqueue that landed late):
    // deterministic job ids make the second a no-op.
    const producer = createFlowProducer(system.services.redis('request'), system.config.queuePrefix);
    try {
      const flows = createFlowEnqueuer(producer, system.queues, system.config.pipeline);
      await flows.enqueue({ taskId, run: 1 });
      await flows.enqueue({ taskId, run: 1 });
      expect(await jobCount()).toBe(STEP_NAMES.length);
      expect(await system.queues.concept.getJobState(stepJobId(taskId, 'concept', 1))).toBe('waiting');
    } finally {
      await closeAll([producer]);
    }

    // And the API itself recovers: a create is accepted.
    const after = await postJson(system.baseUrl, '/api/v1/postcards/create', { prompt: 'after redis let us in' });
    expect(after.status).toBe(202);
    expect((await fetch(`${system.baseUrl}/admin/queues/api/queues?activeQueue=concept`, { headers: auth })).status).toBe(200);
  });
});
