import { STEP_NAMES, type StepName } from '../../src/pipeline/catalog';
import { ProviderError } from '../../src/providers/provider-error';
import { StatusResponseSchema } from '../../src/postcards/postcard-responses';
import { errorOf, getStatus, waitUntilFinished } from '../support/postcard-api';
import { unfinishedJobs } from '../support/queue-state';
import { scriptedProviders } from '../support/scripted-providers';
import { postJson, startTestSystem, type TestSystem } from '../support/test-system';
import { untilAborted, waitFor } from '../support/wait';

const status = (system: TestSystem, id: string) => getStatus(system.baseUrl, id);
const settle = (system: TestSystem, id: string) => waitUntilFinished(system.baseUrl, id);
const create = async (system: TestSystem, prompt: string, headers: Record<string, string> = {}) => {
  const res = await postJson(system.baseUrl, '/api/v1/postcards', { prompt }, headers);
  return { status: res.status, id: String(res.body.task_id), headers: res.headers, body: res.body };
};

async function waitingJobs(system: TestSystem): Promise<number> {
  let total = 0;
  for (const step of STEP_NAMES) {
    const counts = await system.queues[step].getJobCounts('waiting', 'delayed', 'waiting-children', 'prioritized');
    total += Object.values(counts).reduce((a, b) => a + b, 0);
  }
  return total;
}

describe('cancellation', () => {
  let idle: TestSystem;
  let slow: TestSystem;
  const aborted: string[] = [];
  const scripted = scriptedProviders({
    before: {
      concept: async (_n, ctx) => {
        try {
          await untilAborted(ctx.signal);
        } catch (error) {
          aborted.push('concept');
          throw error;
        }
      },
    },
  });

  beforeAll(async () => {
    [idle, slow] = await Promise.all([startTestSystem({ workers: false }), startTestSystem({ providers: scripted.providers })]);
  });
  afterAll(async () => {
    await Promise.all([idle.close(), slow.close()]);
  });

  it('cancels a PENDING postcard and removes its queued jobs', async () => {
    const { id } = await create(idle, 'cancel me while pending');
    expect(await waitingJobs(idle)).toBe(4);
    const res = await postJson(idle.baseUrl, `/api/v1/postcards/${id}/cancel`, {});
    expect(res.status).toBe(200);
    expect(StatusResponseSchema.parse(res.body)).toMatchObject({
      status: 'CANCELLED',
      error: 'Cancelled before it started.',
      error_step: null,
      error_detail: { reason: 'cancelled', message: 'cancelled by the client', attempts: 0 },
    });
    expect(await waitingJobs(idle)).toBe(0);
  });

  it('cancels a PROCESSING postcard: the running step is aborted and no later step runs', async () => {
    const { id } = await create(slow, 'cancel me while processing');
    await waitFor(() => status(slow, id), (s) => s.status === 'PROCESSING', { intervalMs: 20 });
    const res = await postJson(slow.baseUrl, `/api/v1/postcards/${id}/cancel`, {});
    expect(res.status).toBe(200);
    await waitFor(async () => aborted, (a) => a.includes('concept'), { timeoutMs: 4000, what: 'the running step to be aborted' });
    await waitFor(() => unfinishedJobs(slow.queues), (n) => n === 0, { what: 'the aborted step to finish, leaving no job that could run' });
    const after = await status(slow, id);
    expect(after).toMatchObject({ status: 'CANCELLED', error: 'Cancelled before it finished (at the concept step).', error_step: 'concept' });
    expect(scripted.calls.content).toBe(0);
    expect(await waitingJobs(slow)).toBe(0);
  });

  it('answers 409 for a finished postcard and 404 for an unknown one', async () => {
    const { id } = await create(idle, 'already cancelled');
    await postJson(idle.baseUrl, `/api/v1/postcards/${id}/cancel`, {});
    const again = await postJson(idle.baseUrl, `/api/v1/postcards/${id}/cancel`, {});
    expect(again.status).toBe(409);
    expect(errorOf(again.body).code).toBe('not_cancellable');
    expect((await postJson(idle.baseUrl, '/api/v1/postcards/0b5c3f1e-3b8a-4d53-9d0e-7a1b2c3d4e5f/cancel', {})).status).toBe(404);
  });
});

describe('retry from the failed step', () => {
  let system: TestSystem;
  // Each step fails non-retryably the first time it sees a prompt naming it, then works.
  const failing = (step: StepName) => (call: number, _ctx: unknown, prompt?: string) => {
    if (call === 1 && prompt?.includes(`break ${step}`) === true) throw new ProviderError('scripted', 'safety', `${step} refused once`);
  };
  const scripted = scriptedProviders({
    before: { concept: failing('concept'), content: failing('content'), image: failing('image'), code: failing('code') },
  });

  beforeAll(async () => {
    system = await startTestSystem({ providers: scripted.providers, env: { CACHE_TTL_SECONDS: '0' } });
  });
  afterAll(async () => {
    await system.close();
  });

  it.each(STEP_NAMES.map((s) => [s]))('resumes at %s, reusing earlier results with no provider calls for them', async (step) => {
    const before = { ...scripted.calls };
    const { id } = await create(system, `please break ${step} once`);
    const failed = await settle(system, id);
    expect(failed.status).toBe('FAILED');
    expect(failed.error_step).toBe(step);

    const retried = await postJson(system.baseUrl, `/api/v1/postcards/${id}/retry`, {});
    expect(retried.status).toBe(202);
    expect(StatusResponseSchema.parse(retried.body).retry_count).toBe(1);
    const done = await settle(system, id);
    expect(done.status).toBe('COMPLETED');
    expect(done.retry_count).toBe(1);

    const at = STEP_NAMES.indexOf(step);
    for (const [i, name] of STEP_NAMES.entries()) {
      const calls = scripted.calls[name] - (before[name] ?? 0);
      expect([name, calls]).toEqual([name, i < at ? 1 : i === at ? 2 : 1]);
      const view = done.steps[i];
      expect(view?.status).toBe('SUCCEEDED');
      expect(view?.reused_from_run).toBe(i < at ? 1 : null);
    }
    // The first run's failed attempt stays visible.
    expect(done.steps[at]?.history.map((h) => [h.run, h.status])).toEqual([
      [1, 'FAILED'],
      [2, 'SUCCEEDED'],
    ]);
    expect((await postJson(system.baseUrl, `/api/v1/postcards/${id}/retry`, {})).status).toBe(409);
  });
});

describe('idempotent create', () => {
  let system: TestSystem;
  beforeAll(async () => {
    system = await startTestSystem({ workers: false });
  });
  afterAll(async () => {
    await system.close();
  });

  it('returns the same task for the same key and body, starts one flow, and rejects a different body', async () => {
    const headers = { 'Idempotency-Key': 'order-1234' };
    const results = await Promise.all(Array.from({ length: 5 }, () => create(system, 'same request', headers)));
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    expect(results.every((r) => r.status === 202)).toBe(true);
    expect(results.filter((r) => r.headers.get('idempotent-replayed') === 'true')).toHaveLength(4);
    expect(await system.query('SELECT 1 FROM postcards')).toHaveLength(1);
    expect(await waitingJobs(system)).toBe(4);

    const different = await create(system, 'another request', headers);
    expect(different.status).toBe(422);
    expect(errorOf(different.body).code).toBe('idempotency_key_reused');

    // Once the key has expired it may be used for a new postcard.
    await system.query(`UPDATE idempotency_keys SET created_at = now() - interval '2 days' WHERE key LIKE '%:order-1234'`);
    const fresh = await create(system, 'another request', headers);
    expect(fresh.status).toBe(202);
    expect(fresh.id).not.toBe(results[0]?.id);

    const bad = await create(system, 'x', { 'Idempotency-Key': 'has space' });
    expect(bad.status).toBe(400);
  });
});

describe('deadlines and rate limits', () => {
  let slowSystem: TestSystem;
  let limited: TestSystem;
  const slow = scriptedProviders({ before: { content: (_n, ctx) => untilAborted(ctx.signal) } });

  beforeAll(async () => {
    [slowSystem, limited] = await Promise.all([
      startTestSystem({ providers: slow.providers, env: { AI_WORKFLOW_TIMEOUT: '2', AI_WORKFLOW_BACKOFF_MS: '100' } }),
      startTestSystem({ env: { STEP_RATE_LIMIT_CONCEPT: '2/1' } }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([slowSystem.close(), limited.close()]);
  });

  it('fails a postcard that outlives AI_WORKFLOW_TIMEOUT with reason timeout, aborting the running step', async () => {
    const { id } = await create(slowSystem, 'this will take too long');
    const failed = await settle(slowSystem, id);
    expect(failed.status).toBe('FAILED');
    expect(failed.error_step).toBe('content');
    expect(failed.error_detail).toMatchObject({ reason: 'timeout', message: expect.stringMatching(/^timeout/) });
    expect(failed.error).toMatch(/^Timed out at the copy step: the (postcard did not finish within 2 s|content step ran out of time)/);
    expect(slow.calls.image).toBe(0);
  });

  it('starts no more jobs of a limited step than its rate limit allows', async () => {
    const ids = await Promise.all(Array.from({ length: 6 }, (_, i) => create(limited, `limited postcard ${i}`)));
    await Promise.all(ids.map((r) => settle(limited, r.id)));
    const rows = await limited.query<{ started_at: Date }>(`SELECT started_at FROM step_runs WHERE step = 'concept' ORDER BY started_at`);
    expect(rows).toHaveLength(6);
    // 2 per second: the 5th concept cannot start within a second of the 1st.
    const spread = (rows[4]?.started_at.getTime() ?? 0) - (rows[0]?.started_at.getTime() ?? 0);
    expect(spread).toBeGreaterThanOrEqual(950);
  });
});
