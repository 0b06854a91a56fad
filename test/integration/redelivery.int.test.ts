import { STEP_NAMES, stepJobId, type StepJobData, type StepJobResult } from '../../src/pipeline/catalog';
import { createStepProcessor, type StepProcessor } from '../../src/pipeline/step-processor';
import { createStepDeps } from '../../src/runtime/worker-runtime';
import { STEPS } from '../../src/pipeline/steps/index';
import type { Job } from 'bullmq';
import { scriptedProviders } from '../support/scripted-providers';
import { postJson, startTestSystem, type TestSystem } from '../support/test-system';

/**
 * BullMQ delivers at least once: a worker that dies after storing a result but
 * before acknowledging the job hands the same job to another worker. Here we
 * deliver each job twice, by hand, and count rows and provider calls.
 */
describe('redelivered step jobs', () => {
  let system: TestSystem;
  const scripted = scriptedProviders();
  let processors: Record<(typeof STEP_NAMES)[number], StepProcessor>;

  beforeAll(async () => {
    system = await startTestSystem({ workers: false });
    const deps = createStepDeps(system.services, { providers: scripted.providers });
    processors = {
      concept: createStepProcessor(STEPS.concept, deps),
      content: createStepProcessor(STEPS.content, deps),
      image: createStepProcessor(STEPS.image, deps),
      code: createStepProcessor(STEPS.code, deps),
    };
  });
  afterAll(async () => {
    await system.close();
  });

  it('runs each paid step once, stores one result, one step run and one asset, whatever the deliveries', async () => {
    const created = await postJson(system.baseUrl, '/api/v1/postcards/create', { prompt: '感谢老师一路的教导' });
    const taskId = String(created.body.task_id);

    for (const step of STEP_NAMES) {
      const job = (await system.queues[step].getJob(stepJobId(taskId, step, 1))) as Job<StepJobData, StepJobResult>;
      expect(job).toBeDefined();
      // Two workers handle the same delivery at once, then a third redelivers it later.
      const [a, b] = await Promise.all([processors[step](job), processors[step](job)]);
      const c = await processors[step](job);
      expect([a, b, c].map((r) => r.taskId)).toEqual([taskId, taskId, taskId]);
      expect(c.skipped).toBe(true);
    }

    const [postcard] = await system.query<{ status: string; progress: number }>('SELECT status, progress FROM postcards WHERE task_id = $1', [taskId]);
    expect(postcard).toEqual({ status: 'COMPLETED', progress: 100 });
    const runs = await system.query<{ step: string; n: string }>(
      'SELECT step, count(*) AS n FROM step_runs WHERE task_id = $1 GROUP BY step ORDER BY step',
      [taskId],
    );
    expect(runs.map((r) => [r.step, Number(r.n)])).toEqual([
      ['concept', 1],
      ['content', 1],
      ['image', 1],
      ['code', 1],
    ]);
    const assets = await system.query<{ n: string }>('SELECT count(*) AS n FROM assets');
    expect(Number(assets[0]?.n)).toBe(1);
    // The concurrent pair may both call the provider; the later redelivery never does.
    for (const step of STEP_NAMES) expect(scripted.calls[step]).toBeLessThanOrEqual(2);

    // A late duplicate of the first step never moves the finished postcard back.
    const first = (await system.queues.concept.getJob(stepJobId(taskId, 'concept', 1))) as Job<StepJobData, StepJobResult>;
    expect((await processors.concept(first)).skipped).toBe(true);
    const [after] = await system.query<{ status: string }>('SELECT status FROM postcards WHERE task_id = $1', [taskId]);
    expect(after?.status).toBe('COMPLETED');
  });
});
