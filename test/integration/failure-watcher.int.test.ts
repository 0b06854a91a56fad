import { QueueEvents, UnrecoverableError, Worker } from 'bullmq';
import { PIPELINE, STEP_NAMES } from '../../src/pipeline/catalog';
import { watchFlowFailures } from '../../src/pipeline/failure-watcher';
import { createLocalProviders } from '../../src/providers/local/index';
import { createStepDeps } from '../../src/runtime/worker-runtime';
import { getJson, postJson, startTestSystem, type TestSystem } from '../support/test-system';
import { waitFor } from '../support/wait';

/**
 * Failures that never pass through our processor (here: a bare worker that
 * throws, standing in for a job failed by BullMQ's stalled-job check) must
 * still reach the postcard, through failParentOnFailure and the root queue's events.
 */
describe('the flow failure watcher', () => {
  let system: TestSystem;
  let events: QueueEvents;
  const workers: Worker[] = [];

  beforeAll(async () => {
    system = await startTestSystem({ workers: false });
    const connection = system.services.redis('blocking');
    events = new QueueEvents(PIPELINE.code.queue, { connection, prefix: system.config.queuePrefix });
    const deps = createStepDeps(system.services, { providers: createLocalProviders() });
    watchFlowFailures(events, { queues: system.queues, store: deps.store, reporter: deps.reporter, logger: system.services.logger });
    await events.waitUntilReady();
  });
  afterAll(async () => {
    await Promise.all(workers.map((w) => w.close()));
    await events.close();
    await system.close();
  });

  it('fails the postcard naming the step that really failed, even when no processor recorded it', async () => {
    const created = await postJson(system.baseUrl, '/api/v1/postcards/create', { prompt: 'Safe travels to Lisbon' });
    const id = String(created.body.task_id);
    // An earlier attempt failed for another reason and was recorded: the stalls, not it, must be named.
    await system.query(
      `INSERT INTO step_runs (task_id, run, step, attempt, status, started_at, finished_at, error, retryable)
       VALUES ($1, 1, 'concept', 1, 'FAILED', now(), now(), 'simulated transient failure in concept', true)`,
      [id],
    );
    // BullMQ hands a parent its child's failure as a "deferred failure" that a
    // worker of the parent's queue applies, so every queue needs a worker.
    const ran: string[] = [];
    for (const step of STEP_NAMES) {
      workers.push(
        new Worker(
          PIPELINE[step].queue,
          async (): Promise<void> => {
            ran.push(step);
            throw new UnrecoverableError('job stalled more than allowable limit');
          },
          { connection: system.services.redis('blocking'), prefix: system.config.queuePrefix },
        ),
      );
    }
    const failed = await waitFor(() => getJson(system.baseUrl, `/api/v1/postcards/status/${id}`), (r) => r.body.status === 'FAILED', {
      timeoutMs: 15_000,
    });
    expect(failed.body).toMatchObject({
      error: 'The concept step failed: its worker stopped (crashed, or hung past its lock) too many times while running the concept step: job stalled more than allowable limit.',
      error_step: 'concept',
      error_detail: {
        reason: 'failed',
        message: 'its worker stopped (crashed, or hung past its lock) too many times while running the concept step: job stalled more than allowable limit',
        attempts: 1,
      },
    });
    expect(await system.queues.code.getJobCounts('failed')).toEqual({ failed: 1 });
    // The parents were failed by BullMQ without running their processors.
    expect(ran).toEqual(['concept']);
  });
});
