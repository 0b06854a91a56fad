import { STEP_NAMES } from '../../src/pipeline/catalog';
import { redisExclusive } from '../../src/pipeline/exclusive-lock';
import { createFlowEnqueuer } from '../../src/pipeline/flow';
import { closeAll, createFlowProducer } from '../../src/pipeline/queues';
import { reconcileOnce, type ReconcilerDeps } from '../../src/pipeline/reconciler';
import { createLocalProviders } from '../../src/providers/local/index';
import { createStepDeps } from '../../src/runtime/worker-runtime';
import { getStatus } from '../support/postcard-api';
import { startPrivateRedis, type PrivateRedis } from '../support/private-redis';
import { postJson, startTestSystem, type TestSystem } from '../support/test-system';
import { waitFor } from '../support/wait';
import { startWorkerProcess, type WorkerProcess } from '../support/worker-process';

const status = (system: TestSystem, id: string) => getStatus(system.baseUrl, id);
const create = async (system: TestSystem, prompt: string) => String((await postJson(system.baseUrl, '/api/v1/postcards', { prompt })).body.task_id);

function workerEnv(system: TestSystem, extra: Record<string, string>): Record<string, string> {
  return {
    DATABASE_URL: system.config.databaseUrl,
    REDIS_URL: system.config.redisUrl,
    QUEUE_PREFIX: system.config.queuePrefix,
    PUBLIC_BASE_URL: system.baseUrl,
    TEXT_PROVIDER: 'simulated',
    IMAGE_PROVIDER: 'simulated',
    CODE_PROVIDER: 'simulated',
    AI_WORKFLOW_BACKOFF_MS: '100',
    ...extra,
  };
}

describe('the reconciler', () => {
  let system: TestSystem;
  let deps: ReconcilerDeps;
  let close: () => Promise<void>;
  beforeAll(async () => {
    system = await startTestSystem({ workers: false });
    const producer = createFlowProducer(system.services.redis('request'), system.config.queuePrefix);
    const step = createStepDeps(system.services, { providers: createLocalProviders() });
    deps = {
      flows: createFlowEnqueuer(producer, system.queues, system.config.pipeline),
      store: step.store,
      reporter: step.reporter,
      exclusive: redisExclusive(system.services.redis('request'), `${system.config.queuePrefix}:reconciler:lock`, 60_000),
      timeoutMs: 60_000,
      stuckAfterMs: 10_000,
      logger: system.services.logger,
    };
    close = () => closeAll([producer]);
  });
  afterAll(async () => {
    await close();
    await system.close();
  });

  it('re-enqueues an active postcard whose jobs Redis lost, from the first step without a result', async () => {
    const id = await create(system, 'lost in redis');
    // Redis lost everything, and the postcard has been quiet for a while.
    for (const step of STEP_NAMES) await system.queues[step].obliterate({ force: true });
    await system.query(`UPDATE postcards SET updated_at = now() - interval '1 minute', concept = '{"x":1}' WHERE task_id = $1`, [id]);
    const report = await reconcileOnce(deps);
    expect(report).toEqual({ timedOut: 0, requeued: 1, failed: 0 });
    // The concept is stored, so the flow starts at content.
    expect((await system.queues.concept.getJobCounts('waiting')).waiting).toBe(0);
    expect((await system.queues.content.getJobCounts('waiting')).waiting).toBe(1);
    expect(await reconcileOnce(deps)).toEqual({ timedOut: 0, requeued: 0, failed: 0 });
  });

  it('fails a postcard past its deadline with reason timeout and removes its jobs', async () => {
    const id = await create(system, 'too slow');
    await system.query(`UPDATE postcards SET created_at = now() - interval '2 minutes' WHERE task_id = $1`, [id]);
    const report = await reconcileOnce(deps);
    expect(report?.timedOut).toBe(1);
    const after = await status(system, id);
    expect(after.status).toBe('FAILED');
    expect(after).toMatchObject({ error: 'Timed out: the postcard did not finish within 60 s.', error_detail: { reason: 'timeout', message: expect.stringMatching(/^timeout/) } });
    expect(await system.queues.concept.getJob(`${id}.concept.1`)).toBeUndefined();
  });

  it('lets one process reconcile at a time', async () => {
    const results = await Promise.all([reconcileOnce(deps), reconcileOnce(deps), reconcileOnce(deps)]);
    expect(results.filter((r) => r !== null)).toHaveLength(1);
  });
});

describe('worker processes', () => {
  let system: TestSystem;
  const workers: WorkerProcess[] = [];
  beforeAll(async () => {
    system = await startTestSystem({ workers: false });
  });
  afterAll(async () => {
    await Promise.all(workers.map((w) => w.stop('SIGKILL')));
    await system.close();
  });

  it('recovers a job from a worker killed with SIGKILL mid-step, without duplicating rows or assets', async () => {
    const fastLocks = { JOB_LOCK_DURATION_MS: '2000', STALLED_INTERVAL_MS: '1000' };
    const doomed = await startWorkerProcess(workerEnv(system, { ...fastLocks, SIMULATED_LATENCY_MS: 'image=60000' }));
    workers.push(doomed);
    const id = await create(system, 'survive a crash');
    await waitFor(() => status(system, id), (s) => s.current_step === 'image', { timeoutMs: 20_000, what: 'the image step to start' });
    await doomed.stop('SIGKILL');

    workers.push(await startWorkerProcess(workerEnv(system, fastLocks)));
    const done = await waitFor(() => status(system, id), (s) => s.status === 'COMPLETED', { timeoutMs: 30_000, what: 'another worker to finish' });
    expect(done.progress).toBe(100);
    const runs = await system.query<{ step: string; n: string }>('SELECT step, count(*) AS n FROM step_runs WHERE task_id = $1 GROUP BY step ORDER BY step', [id]);
    expect(runs.map((r) => [r.step, Number(r.n)])).toEqual([
      ['concept', 1],
      ['content', 1],
      ['image', 1],
      ['code', 1],
    ]);
    expect(await system.query('SELECT 1 FROM assets')).toHaveLength(1);
  });

  it('fails a step whose worker dies more than MAX_STALLED_COUNT times, naming the stalls as the cause', async () => {
    await Promise.all(workers.splice(0).map((w) => w.stop('SIGKILL')));
    const env = workerEnv(system, { JOB_LOCK_DURATION_MS: '2000', STALLED_INTERVAL_MS: '1000', MAX_STALLED_COUNT: '1', SIMULATED_LATENCY_MS: 'concept=60000' });
    const id = await create(system, 'a poison step');
    const jobId = `${id}.concept.1`;
    const running = async (stalls: number) =>
      waitFor(
        async () => {
          const job = await system.queues.concept.getJob(jobId);
          return { state: await job?.getState(), stalls: job?.stalledCounter ?? -1 };
        },
        (j) => j.state === 'active' && j.stalls === stalls,
        { timeoutMs: 20_000, what: `the concept job active after ${stalls} stall(s)` },
      );
    // Two workers in turn die while running the step: one stall is forgiven, the second is not.
    for (const stalls of [0, 1]) {
      const victim = await startWorkerProcess(env);
      await running(stalls);
      await victim.stop('SIGKILL');
    }
    workers.push(await startWorkerProcess(env));
    const failed = await waitFor(() => status(system, id), (s) => s.status === 'FAILED', { timeoutMs: 30_000, what: 'the postcard to fail' });
    expect([failed.error_step, failed.error_detail?.message]).toEqual([
      'concept',
      'its worker stopped (crashed, or hung past its lock) too many times while running the concept step: job stalled more than allowable limit',
    ]);
    expect(failed.error).toMatch(/^The concept step failed.*: its worker stopped/);
  });

  it('drains on SIGTERM: the active step finishes and is recorded before the process exits', async () => {
    await Promise.all(workers.splice(0).map((w) => w.stop('SIGKILL')));
    const draining = await startWorkerProcess(workerEnv(system, { SIMULATED_LATENCY_MS: 'concept=1500', SHUTDOWN_TIMEOUT: '20' }));
    const id = await create(system, 'finish what you started');
    await waitFor(() => status(system, id), (s) => s.current_step === 'concept', { timeoutMs: 20_000 });
    const code = await draining.stop('SIGTERM');
    expect(code).toBe(0);
    const after = await status(system, id);
    const concept = (after.steps as Array<{ name: string; status: string }>).find((s) => s.name === 'concept');
    expect(concept?.status).toBe('SUCCEEDED');
    expect(draining.output()).toContain('closed');
    // Whatever was left is picked up by the next worker.
    workers.push(await startWorkerProcess(workerEnv(system, {})));
    await waitFor(() => status(system, id), (s) => s.status === 'COMPLETED', { timeoutMs: 30_000 });
  });
});

describe('a Redis restart under the workers', () => {
  let redis: PrivateRedis;
  let system: TestSystem;
  beforeAll(async () => {
    redis = await startPrivateRedis({ appendOnly: true });
    system = await startTestSystem({ env: { REDIS_URL: redis.url } });
  });
  afterAll(async () => {
    await system.close();
    await redis.destroy();
  });

  it('reconnects by itself and keeps accepted postcards (AOF)', async () => {
    const before = await create(system, 'before the restart');
    await waitFor(() => status(system, before), (s) => s.status === 'COMPLETED');
    await redis.stop();
    await redis.start();
    const after = await waitFor(
      () => postJson(system.baseUrl, '/api/v1/postcards', { prompt: 'after the restart' }),
      (r) => r.status === 202,
      { timeoutMs: 20_000, intervalMs: 250, what: 'the API to accept again' },
    );
    await waitFor(() => status(system, String(after.body.task_id)), (s) => s.status === 'COMPLETED', { timeoutMs: 30_000 });
  });
});
