import { TimingsResponseSchema } from '../../src/postcards/postcard-responses';
import { STEP_NAMES } from '../../src/pipeline/catalog';
import { ProviderError } from '../../src/providers/provider-error';
import { getStatus, waitUntilFinished } from '../support/postcard-api';
import { scriptedProviders } from '../support/scripted-providers';
import { getJson, postJson, startTestSystem, type TestSystem } from '../support/test-system';
import { waitFor } from '../support/wait';

/**
 * What issue 14 added to the status, end to end with the real workers: a
 * finished postcard's page and image metadata (recorded at generation time,
 * and carried over by a cache hit), when a retrying step runs again, and the
 * public step timings.
 */
const create = async (system: TestSystem, prompt: string) => String((await postJson(system.baseUrl, '/api/v1/postcards/create', { prompt })).body.task_id);

describe('a finished postcard and the step timings', () => {
  let system: TestSystem;
  beforeAll(async () => {
    system = await startTestSystem();
  });
  afterAll(() => system.close());

  it("holds the page exactly as the preview serves it, and what the offline illustrator drew, as it recorded it", async () => {
    const id = await create(system, 'Happy birthday, Mila! Balloons and cake please');
    const done = await waitUntilFinished(system.baseUrl, id);
    expect(done.status).toBe('COMPLETED');
    const preview = await fetch(done.preview_url);
    expect(done.data?.frontend_code).toBe(await preview.text());
    expect(done.data?.image_metadata).toEqual({
      prompt: expect.stringMatching(/^A .* vector illustration \(SVG\) drawn offline by the local illustrator, no AI model: /),
      size: '1024x1024',
      width: 1024,
      height: 1024,
      model: 'local',
      provider: 'local',
      content_type: 'image/svg+xml',
    });
    // Recorded with the attempt when the picture was made, not made up when the status is read.
    const [row] = await system.query<{ prompt: string }>(`SELECT params ->> 'prompt' AS prompt FROM step_runs WHERE task_id = $1 AND step = 'image'`, [id]);
    expect(row?.prompt).toBe(done.data?.image_metadata?.prompt);
  });

  it('names the original prompt and model for an image reused from the cache', async () => {
    const first = await waitUntilFinished(system.baseUrl, await create(system, 'Thank you for the roses'));
    const again = await waitUntilFinished(system.baseUrl, await create(system, 'Thank you for the roses'));
    expect(again.steps.find((s) => s.name === 'image')?.cache_hit).toBe(true);
    expect(again.data?.image_metadata).toEqual(first.data?.image_metadata);
    const params = again.steps.find((s) => s.name === 'image')?.history[0]?.params;
    expect(params).toMatchObject({ cached_from: first.task_id, provider: 'local' });
  });

  it("answers every step's recent median, p90 and samples, cache hits apart, with nothing of any user's", async () => {
    const res = await getJson(system.baseUrl, '/api/v1/postcards/timings');
    expect(res.status).toBe(200);
    const timings = TimingsResponseSchema.parse(res.body);
    expect(timings.window_hours).toBe(24);
    expect(timings.steps.map((s) => s.name)).toEqual([...STEP_NAMES]);
    for (const step of timings.steps) {
      expect(step.samples).toBeGreaterThanOrEqual(2);
      expect(step.median_ms).toEqual(expect.any(Number));
      expect(step.p90_ms ?? -1).toBeGreaterThanOrEqual(step.median_ms ?? 0);
    }
    expect(timings.steps.find((s) => s.name === 'image')?.cache_hit.samples).toBeGreaterThanOrEqual(1);
    expect(JSON.stringify(res.body)).not.toMatch(/roses|Mila|task_id|[0-9a-f]{8}-[0-9a-f]{4}-/);
    // Kept for about 30 s: a second read is the same figures, not a second query.
    expect((await getJson(system.baseUrl, '/api/v1/postcards/timings')).body).toEqual(res.body);
  });
});

describe('a retrying step', () => {
  let system: TestSystem;
  // The copy step's first call fails as overloaded (retryable); the second works.
  const scripted = scriptedProviders({
    before: {
      content: (call) => {
        if (call === 1) throw new ProviderError('scripted-local', 'overloaded', 'the copy service is overloaded');
      },
    },
  });
  beforeAll(async () => {
    system = await startTestSystem({ providers: scripted.providers, env: { AI_WORKFLOW_BACKOFF_MS: '1500', CACHE_TTL_SECONDS: '0' } });
  });
  afterAll(() => system.close());

  it('says when BullMQ will try again, and BullMQ does try then', async () => {
    const id = await create(system, 'A card that has to wait its turn');
    // Until the copy step retries, or the postcard has finished (then the assertion below says why); a
    // poll that lands before a worker has taken the first step still sees PENDING and keeps waiting.
    const retrying = await waitFor(() => getStatus(system.baseUrl, id), (s) => s.steps[1]?.status === 'RETRYING' || !['PENDING', 'PROCESSING'].includes(s.status), {
      intervalMs: 20,
      what: 'the copy step to be RETRYING',
    });
    const content = retrying.steps[1];
    expect(content?.status).toBe('RETRYING');
    const failedAt = Date.parse(content?.history[0]?.finished_at ?? '');
    const next = Date.parse(content?.next_attempt_at ?? '');
    // The first retry waits 50-100% of the base.
    expect(next - failedAt).toBeGreaterThanOrEqual(750);
    expect(next - failedAt).toBeLessThanOrEqual(1500);

    const done = await waitUntilFinished(system.baseUrl, id);
    expect(done.status).toBe('COMPLETED');
    const second = Date.parse(done.steps[1]?.history[1]?.started_at ?? '');
    // BullMQ moved the job back when the delay ran out; a worker picks it up within moments.
    expect(second).toBeGreaterThanOrEqual(next - 50);
    expect(second - next).toBeLessThan(1000);
    expect(done.steps[1]?.next_attempt_at).toBeNull();
  });
});
