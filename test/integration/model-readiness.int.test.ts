import { createFakeGemini, GEMINI_KEY } from '../fakes/fake-gemini';
import { exposeUndiciDispatcherToJest } from '../fakes/jest-undici-shim';
import { getJson, postJson, startTestSystem, type TestSystem } from '../support/test-system';
import { waitFor } from '../support/wait';

exposeUndiciDispatcherToJest();

/**
 * Fail loudly and early: a configured model the API does not serve is found
 * by the startup lookup, named in the logs and in /readyz, skipped by its
 * chain from the first postcard on, and makes /readyz 503 only when its
 * step has nothing else to fall back on.
 */
const gemini = createFakeGemini();

beforeAll(() => gemini.start());
afterAll(() => gemini.stop());

interface Component {
  name: string;
  required: boolean;
  status: string;
  error?: string;
}

describe('a configured model that the API does not serve', () => {
  let system: TestSystem | undefined;
  afterEach(async () => {
    await system?.close();
    system = undefined;
    gemini.reset();
  });

  it('is skipped by an auto chain, which falls back to local, and /readyz stays ready', async () => {
    system = await startTestSystem({ env: { GEMINI_API_KEY: GEMINI_KEY, GEMINI_BASE_URL: gemini.url, GEMINI_TEXT_MODEL: 'gemini-3.9-flash' } });
    await system.workers?.readiness?.checkAtStartup();

    const ready = await getJson(system.baseUrl, '/readyz');
    expect(ready.status).toBe(200);
    const components = ready.body.components as Component[];
    expect(components.find((c) => c.name === 'model:gemini:gemini-3.9-flash')).toMatchObject({
      required: false,
      status: 'down',
      error: expect.stringContaining('gemini-3.9-flash is not a model this API serves'),
    });
    expect(components.find((c) => c.name === 'chain:text')).toMatchObject({ required: true, status: 'up' });

    const created = await postJson(system.baseUrl, '/api/v1/postcards', { prompt: 'Happy birthday, Mia', cache: false });
    const done = await waitFor(
      () => getJson(system?.baseUrl ?? '', `/api/v1/postcards/status/${String(created.body.task_id)}`),
      (r) => r.body.status === 'COMPLETED' || r.body.status === 'FAILED',
      { timeoutMs: 30_000 },
    );
    const concept = (done.body.steps as Array<{ name: string; provider: string; attempts: number; strategy_reason: string }>)[0];
    // Not one request spent on the dead model: the breaker opened at startup.
    expect(concept).toMatchObject({ provider: 'local', attempts: 1, strategy_reason: expect.stringContaining('skipped gemini: health check failed') });
    expect(gemini.received('generateContent').filter((r) => r.path.includes('gemini-3.9-flash'))).toHaveLength(0);
  });

  it('makes /readyz 503, naming the step, when the whole chain has no usable member', async () => {
    system = await startTestSystem({
      workers: false,
      env: { TEXT_PROVIDER: 'gemini', GEMINI_API_KEY: GEMINI_KEY, GEMINI_BASE_URL: gemini.url, GEMINI_TEXT_MODEL: 'gemini-3.9-flash' },
    });
    const ready = await getJson(system.baseUrl, '/readyz');
    expect(ready.status).toBe(503);
    const components = ready.body.components as Component[];
    expect(components.find((c) => c.name === 'chain:text')).toMatchObject({
      required: true,
      status: 'down',
      error: 'no usable provider for the text step (gemini:gemini-3.9-flash)',
    });
    expect(components.find((c) => c.name === 'chain:image')).toMatchObject({ status: 'up' });
  });
});
