import { ProviderError } from '../../src/providers/provider-error';
import { unfinishedJobs } from '../support/queue-state';
import { scriptedProviders } from '../support/scripted-providers';
import type { StatusResponse } from '../../src/postcards/postcard-responses';
import { getStatus } from '../support/postcard-api';
import { postJson, startTestSystem, type TestSystem } from '../support/test-system';
import { createGate, waitFor } from '../support/wait';

const status = (system: TestSystem, taskId: string): Promise<StatusResponse> => getStatus(system.baseUrl, taskId);

async function create(system: TestSystem, prompt: string, extra: Record<string, unknown> = {}): Promise<string> {
  const res = await postJson(system.baseUrl, '/api/v1/postcards/create', { prompt, ...extra });
  expect(res.status).toBe(202);
  return String(res.body.task_id);
}

const settled = (s: StatusResponse) => s.status === 'COMPLETED' || s.status === 'FAILED';

describe('the postcard pipeline, end to end', () => {
  describe('with the local providers', () => {
    let system: TestSystem;
    beforeAll(async () => {
      system = await startTestSystem();
    });
    afterAll(async () => {
      await system.close();
    });

    it('takes 25 concurrent postcards to COMPLETED, storing every step and serving each preview under a sandbox CSP', async () => {
      const prompts = Array.from({ length: 25 }, (_, i) =>
        i % 2 === 0 ? `祝妈妈生日快乐，第${i}张` : `Happy birthday to my friend number ${i}`,
      );
      const ids = await Promise.all(prompts.map((p, i) => create(system, p, i % 3 === 0 ? { style: 'watercolor', theme: 'spring' } : {})));
      expect(new Set(ids).size).toBe(25);

      const finals = await Promise.all(ids.map((id) => waitFor(() => status(system, id), settled, { what: `postcard ${id}`, timeoutMs: 60_000 })));
      for (const s of finals) {
        expect(s.status).toBe('COMPLETED');
        expect(s.progress).toBe(100);
        expect(s.completed_at).not.toBeNull();
        expect(s.steps.map((step) => [step.name, step.status, step.attempts, step.provider])).toEqual([
          ['concept', 'SUCCEEDED', 1, 'local'],
          ['content', 'SUCCEEDED', 1, 'local'],
          ['image', 'SUCCEEDED', 1, 'local'],
          ['code', 'SUCCEEDED', 1, 'local'],
        ]);
        expect(s.data).not.toBeNull();
      }

      const rows = await system.query<{ n: string }>(
        `SELECT count(*) AS n FROM postcards WHERE status = 'COMPLETED' AND concept IS NOT NULL AND content IS NOT NULL
           AND image_asset_id IS NOT NULL AND frontend_code IS NOT NULL`,
      );
      expect(Number(rows[0]?.n)).toBe(25);
      const runs = await system.query<{ n: string }>(`SELECT count(*) AS n FROM step_runs WHERE status = 'SUCCEEDED'`);
      expect(Number(runs[0]?.n)).toBe(100);

      for (const s of finals.slice(0, 5)) {
        const preview = await fetch(s.data?.preview_url ?? '');
        expect(preview.status).toBe(200);
        expect(preview.headers.get('content-type')).toMatch(/^text\/html/);
        const csp = preview.headers.get('content-security-policy') ?? '';
        expect(csp).toContain('sandbox allow-scripts');
        expect(csp).not.toContain('allow-same-origin');
        expect(csp).toContain("default-src 'none'");
        expect(csp).toContain(`img-src ${s.data?.image_url ?? ''}`);
        const html = await preview.text();
        expect(html).toMatch(/^<!DOCTYPE html>/i);
        expect(html).toContain(s.data?.image_url ?? '');

        const image = await fetch(s.data?.image_url ?? '');
        expect(image.status).toBe(200);
        expect(image.headers.get('content-type')).toBe('image/svg+xml');
        expect(image.headers.get('cache-control')).toContain('immutable');
        expect(await image.text()).toMatch(/<svg[\s\S]*<\/svg>\s*$/);
      }
    });

    it('moves through PENDING, PROCESSING and COMPLETED with rising progress', async () => {
      // Hold the first step's worker so PENDING is observable however fast the machine is.
      const conceptWorker = system.workers?.workers[0];
      await conceptWorker?.pause();
      const id = await create(system, 'Thank you for the lovely dinner, Sam');
      const seen: StatusResponse[] = [];
      const first = await status(system, id);
      seen.push(first);
      await conceptWorker?.resume();
      await waitFor(
        async () => {
          const s = await status(system, id);
          seen.push(s);
          return s;
        },
        settled,
        { intervalMs: 5 },
      );
      const statuses = seen.map((s) => s.status).filter((s, i, all) => s !== all[i - 1]);
      expect(statuses[0]).toBe('PENDING');
      expect(statuses.at(-1)).toBe('COMPLETED');
      expect(statuses.every((s) => ['PENDING', 'PROCESSING', 'COMPLETED'].includes(s))).toBe(true);
      const progress = seen.map((s) => s.progress);
      expect(progress[0]).toBe(0);
      expect(progress.at(-1)).toBe(100);
      for (let i = 1; i < progress.length; i += 1) expect(progress[i]).toBeGreaterThanOrEqual(progress[i - 1] ?? 0);
    });
  });

  describe('with a slow provider', () => {
    let system: TestSystem;
    // The concept and image steps hold until the test has seen them running.
    const concept = createGate();
    const image = createGate();
    beforeAll(async () => {
      const slow = scriptedProviders({ before: { concept: (_n, ctx) => concept.wait(ctx.signal), image: (_n, ctx) => image.wait(ctx.signal) } });
      system = await startTestSystem({ providers: slow.providers });
    });
    afterAll(async () => {
      await system.close();
    });

    it('reports PROCESSING with the running step while work is under way', async () => {
      const id = await create(system, 'A trip to the mountains');
      await concept.reached;
      const running = await waitFor(() => status(system, id), (s) => s.status === 'PROCESSING' && s.current_step === 'concept');
      expect(running.steps[0]?.status).toBe('RUNNING');
      expect(running.progress).toBe(0);
      concept.open();
      await image.reached;
      const later = await waitFor(() => status(system, id), (s) => s.current_step === 'image');
      expect(later.progress).toBe(50);
      expect(later.steps.slice(0, 2).map((s) => s.status)).toEqual(['SUCCEEDED', 'SUCCEEDED']);
      image.open();
      await waitFor(() => status(system, id), settled);
    });
  });

  describe('with failing providers', () => {
    let system: TestSystem;
    const scripted = scriptedProviders({
      before: {
        // Fails the first call for each prompt, then works: a transient outage.
        content: (call) => {
          if (call === 1) throw new ProviderError('scripted', 'server', 'upstream 503, try again');
        },
      },
    });
    const always = scriptedProviders({
      before: {
        image: () => {
          throw new ProviderError('scripted', 'server', 'image backend is down');
        },
      },
    });
    const fatal = scriptedProviders({
      before: {
        concept: () => {
          throw new ProviderError('scripted', 'auth', 'API key rejected (401)');
        },
      },
    });
    let failing: TestSystem;
    let refusing: TestSystem;

    beforeAll(async () => {
      [system, failing, refusing] = await Promise.all([
        startTestSystem({ providers: scripted.providers }),
        startTestSystem({ providers: always.providers, env: { AI_WORKFLOW_RETRY_COUNT: '3', AI_WORKFLOW_BACKOFF_MS: '200' } }),
        startTestSystem({ providers: fatal.providers }),
      ]);
    });
    afterAll(async () => {
      await Promise.all([system.close(), failing.close(), refusing.close()]);
    });

    it('retries a step that fails once with a retryable error, and records both attempts', async () => {
      const id = await create(system, 'Congratulations on your graduation, Mia!');
      const done = await waitFor(() => status(system, id), settled);
      expect(done.status).toBe('COMPLETED');
      const content = done.steps.find((s) => s.name === 'content');
      expect(content?.status).toBe('SUCCEEDED');
      expect(content?.attempts).toBe(2);
      expect(content?.history.map((h) => [h.attempt, h.status])).toEqual([
        [1, 'FAILED'],
        [2, 'SUCCEEDED'],
      ]);
      expect(content?.history[0]?.error).toBe('upstream 503, try again');
      expect(scripted.calls.content).toBe(2);
      expect(scripted.calls.concept).toBe(1);
    });

    it('fails the postcard, naming the step and message, once a step has used its attempts; later steps never run', async () => {
      const id = await create(failing, 'Get well soon, grandpa');
      const failed = await waitFor(() => status(failing, id), settled, { timeoutMs: 30_000 });
      expect(failed.status).toBe('FAILED');
      expect(failed).toMatchObject({
        error: 'The illustration step failed after 3 attempts: the image service had an internal error.',
        error_step: 'image',
        error_detail: { reason: 'failed', message: 'image backend is down', attempts: 3, retryable: true },
      });
      const image = failed.steps.find((s) => s.name === 'image');
      expect(image?.status).toBe('FAILED');
      expect(image?.attempts).toBe(3);
      expect(failed.steps.find((s) => s.name === 'code')?.status).toBe('SKIPPED');
      expect(always.calls.image).toBe(3);
      expect(always.calls.code).toBe(0);

      // FAILED is recorded by the last attempt itself, so within moments of it.
      const rows = await failing.query<{ finished: Date; updated: Date }>(
        `SELECT max(s.finished_at) AS finished, p.updated_at AS updated FROM step_runs s JOIN postcards p USING (task_id)
          WHERE s.task_id = $1 GROUP BY p.updated_at`,
        [id],
      );
      const lag = (rows[0]?.updated.getTime() ?? 0) - (rows[0]?.finished.getTime() ?? 0);
      expect(lag).toBeLessThan(5000);

      await waitFor(() => unfinishedJobs(failing.queues), (n) => n === 0, { what: 'the flow to end, leaving no job that could run' });
      expect(always.calls.code).toBe(0);
      const codeRuns = await failing.query(`SELECT 1 FROM step_runs WHERE task_id = $1 AND step = 'code'`, [id]);
      expect(codeRuns).toHaveLength(0);
    });

    it('fails at once, without retries, on a non-retryable error', async () => {
      const id = await create(refusing, 'Happy new year to the whole team');
      const failed = await waitFor(() => status(refusing, id), settled);
      expect(failed.status).toBe('FAILED');
      expect(failed).toMatchObject({ error_step: 'concept', error_detail: { reason: 'failed', message: 'API key rejected (401)', attempts: 1, retryable: false } });
      expect(failed.error).toMatch(/^The concept step failed and could not be retried: /);
      expect(failed.steps[0]?.attempts).toBe(1);
      expect(fatal.calls.concept).toBe(1);
      expect(fatal.calls.content).toBe(0);
    });
  });
});
