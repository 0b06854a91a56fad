import { createHash } from 'node:crypto';
import { priceOf } from '../../src/platform/models/registry';
import { ANTHROPIC_KEY, anthropicError, anthropicReply, createFakeAnthropic } from '../fakes/fake-anthropic';
import { createFakeGemini, GEMINI_KEY, geminiImage, geminiModel, geminiText } from '../fakes/fake-gemini';
import { exposeUndiciDispatcherToJest } from '../fakes/jest-undici-shim';
import { CONCEPT, COPY } from '../fakes/provider-fixtures';
import { pngBytes } from '../fakes/sample-images';
import type { StatusResponse } from '../../src/postcards/postcard-responses';
import { waitUntilFinished } from '../support/postcard-api';
import { getJson, postJson, startTestSystem, type TestSystem } from '../support/test-system';

exposeUndiciDispatcherToJest();

/**
 * Whole postcards through the real pipeline with the real SDKs talking to the
 * fake Gemini and Anthropic servers: Gemini writes the concept and the copy and
 * paints the image, Claude writes the page.
 */
const gemini = createFakeGemini();
const anthropic = createFakeAnthropic();
const PNG = pngBytes(1024, 1024);
const ASSET_ID = createHash('sha256').update(PNG).digest('hex');

/** The operator's price for the image model, which has no list price in the registry yet. */
const IMAGE_PRICE = { 'gemini-nano-banana-2.1': { input_per_mtok: 0, output_per_mtok: 0, per_image: 0.039 } };

/** USD for one call at the price in force today (registry list price, or IMAGE_PRICE). */
function costOf(model: string, input: number, output: number, images = 0): number {
  const price = priceOf(model, IMAGE_PRICE, new Date());
  if (price === undefined) throw new Error(`no price for ${model}`);
  return (input / 1e6) * price.input_per_mtok + (output / 1e6) * price.output_per_mtok + images * price.per_image;
}

function pageFor(imageUrl: string): string {
  return `<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${COPY.title}</title>
<style>.card{animation:fade 1s}@keyframes fade{from{opacity:0}to{opacity:1}}</style></head>
<body><main class="card"><img src="${imageUrl}" width="1024" height="1024" alt=""><h1>${COPY.title}</h1><h2>${COPY.subtitle}</h2>
<p>${COPY.body.replace('\n', '<br>')}</p><p>${COPY.signature}</p></main></body></html>`;
}

/** The host-free path the code model is given for the illustration; the API makes it absolute when it serves the page. */
const IMAGE_PATH = `/api/v1/assets/${ASSET_ID}`;

function scriptHappyPath(): void {
  gemini.queue(
    'generateContent',
    geminiText(JSON.stringify(CONCEPT), { usage: { promptTokenCount: 300, candidatesTokenCount: 200 } }),
    geminiText(JSON.stringify(COPY), { usage: { promptTokenCount: 400, candidatesTokenCount: 100 } }),
    geminiImage(PNG, 'image/png', { usage: { promptTokenCount: 50, candidatesTokenCount: 1290 } }),
  );
  anthropic.queue('messages', anthropicReply(pageFor(IMAGE_PATH), { chunks: 5, usage: { input_tokens: 2000, output_tokens: 3000 } }));
}

async function finish(system: TestSystem, body: Record<string, unknown>): Promise<StatusResponse> {
  const created = await postJson(system.baseUrl, '/api/v1/postcards', body);
  expect(created.status).toBe(202);
  return waitUntilFinished(system.baseUrl, String(created.body.task_id));
}

const REAL = {
  TEXT_PROVIDER: 'gemini',
  IMAGE_PROVIDER: 'gemini',
  CODE_PROVIDER: 'claude',
  GEMINI_API_KEY: GEMINI_KEY,
  ANTHROPIC_API_KEY: ANTHROPIC_KEY,
  AI_WORKFLOW_BACKOFF_MS: '100',
};

beforeAll(async () => {
  await Promise.all([gemini.start(), anthropic.start()]);
});
afterAll(async () => {
  await Promise.all([gemini.stop(), anthropic.stop()]);
});
beforeEach(() => {
  gemini.reset();
  anthropic.reset();
});

describe('a postcard on Gemini and Claude', () => {
  let system: TestSystem;
  beforeAll(async () => {
    system = await startTestSystem({
      env: { ...REAL, GEMINI_BASE_URL: gemini.url, ANTHROPIC_BASE_URL: anthropic.url, PRICE_TABLE_JSON: JSON.stringify(IMAGE_PRICE) },
    });
  });
  afterAll(async () => {
    await system.close();
  });

  it('runs all four steps on the real SDKs, records providers, models, tokens and cost, and serves the result', async () => {
    scriptHappyPath();
    const done = await finish(system, { prompt: '给妈妈的生日贺卡，春天的花园', style: 'watercolour' });
    expect(done.status).toBe('COMPLETED');
    expect(done.steps.map((s) => [s.name, s.provider, s.model, s.cache_hit])).toEqual([
      ['concept', 'gemini', 'gemini-3.8-flash', false],
      ['content', 'gemini', 'gemini-3.8-flash', false],
      ['image', 'gemini', 'gemini-nano-banana-2.1', false],
      ['code', 'claude', 'claude-sonnet-5-5', false],
    ]);
    expect(done.steps[0]?.usage).toEqual({ input_tokens: 300, output_tokens: 200, images: 0, cost_usd: expect.closeTo(costOf('gemini-3.8-flash', 300, 200), 6) });
    expect(done.steps[2]?.usage).toMatchObject({ images: 1, cost_usd: expect.closeTo(costOf('gemini-nano-banana-2.1', 50, 1290, 1), 6) });
    expect(done.steps[3]?.usage).toEqual({ input_tokens: 2000, output_tokens: 3000, images: 0, cost_usd: expect.closeTo(costOf('claude-sonnet-5-5', 2000, 3000), 6) });
    const total = costOf('gemini-3.8-flash', 700, 300) + costOf('gemini-nano-banana-2.1', 50, 1290, 1) + costOf('claude-sonnet-5-5', 2000, 3000);
    expect(done.usage.cost_usd).toBeCloseTo(total, 6);

    expect(done.data?.image_url).toBe(`${system.baseUrl}/api/v1/assets/${ASSET_ID}`);
    const image = await fetch(done.data?.image_url ?? '');
    expect(image.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await image.arrayBuffer()).equals(Buffer.from(PNG))).toBe(true);
    // Stored with the path the model was given, served with this host's URL.
    expect(await (await fetch(done.data?.preview_url ?? '')).text()).toBe(pageFor(done.data?.image_url ?? ''));
    const stored = await system.query<{ frontend_code: string }>('SELECT frontend_code FROM postcards WHERE frontend_code IS NOT NULL');
    expect(stored.map((r) => r.frontend_code)).toContain(pageFor(IMAGE_PATH));

    // Structured output was asked for, with our schema, and the key went in the header.
    const first = gemini.received('generateContent')[0];
    expect(first?.headers['x-goog-api-key']).toBe(GEMINI_KEY);
    expect(JSON.stringify(first?.body)).toContain('application/json');
    expect(anthropic.received('messages')).toHaveLength(1);
  });

  it('answers the same request from the cache with no provider call, unless the client opts out', async () => {
    scriptHappyPath();
    const fresh = await finish(system, { prompt: 'A birthday card for grandma', theme: 'garden' });
    expect(fresh.status).toBe('COMPLETED');
    const calls = gemini.requests.length + anthropic.requests.length;
    expect(calls).toBe(4);

    const again = await finish(system, { prompt: '  A birthday card   for grandma ', theme: 'garden' });
    expect(again.status).toBe('COMPLETED');
    expect(gemini.requests.length + anthropic.requests.length).toBe(calls);
    expect(again.steps.map((s) => [s.provider, s.cache_hit])).toEqual(Array.from({ length: 4 }, () => ['cache', true]));
    expect(again.usage.cost_usd).toBe(0);
    expect(again.data?.content).toEqual(fresh.data?.content);

    scriptHappyPath();
    const optedOut = await finish(system, { prompt: 'A birthday card for grandma', theme: 'garden', cache: false });
    expect(optedOut.steps.every((s) => !s.cache_hit)).toBe(true);
    expect(gemini.requests.length + anthropic.requests.length).toBe(calls + 4);

    const metrics = await (await fetch(`${system.baseUrl}/metrics`)).text();
    expect(metrics).toMatch(/postcard_step_cache_total\{step="concept",result="hit"[^}]*\} 1/);
  });

  it('waits at least as long as a 429 Retry-After before the next attempt', async () => {
    scriptHappyPath();
    anthropic.reset();
    anthropic.queue(
      'messages',
      anthropicError(429, 'rate_limit_error', 'Number of request tokens has exceeded your per-minute rate limit', { 'retry-after': '2' }),
      anthropicReply(pageFor(IMAGE_PATH)),
    );
    const done = await finish(system, { prompt: 'rate limited', cache: false });
    expect(done.status).toBe('COMPLETED');
    const code = done.steps.find((s) => s.name === 'code');
    expect(code?.attempts).toBe(2);
    const [first, second] = code?.history ?? [];
    expect(first?.error).toContain('rate limit');
    const waited = Date.parse(second?.started_at ?? '') - Date.parse(first?.finished_at ?? '');
    expect(waited).toBeGreaterThanOrEqual(1900);
  });
});

describe('model health in readiness', () => {
  let system: TestSystem;
  beforeAll(async () => {
    system = await startTestSystem({
      workers: false,
      env: { ...REAL, CODE_PROVIDER: 'claude,local', GEMINI_BASE_URL: gemini.url, ANTHROPIC_BASE_URL: anthropic.url },
    });
  });
  afterAll(async () => {
    await system.close();
  });

  it('looks up each configured model once per cache period, and stays ready while a down model has a fallback', async () => {
    gemini.queue('getModel', geminiModel('gemini-3.8-flash'), geminiModel('gemini-nano-banana-2.1'));
    anthropic.queue('getModel', anthropicError(401, 'authentication_error', 'invalid x-api-key'));
    const first = await getJson(system.baseUrl, '/readyz');
    expect(first.status).toBe(200);
    const components = first.body.components as Array<{ name: string; status: string; required: boolean }>;
    expect(components.map((c) => [c.name, c.status, c.required])).toEqual([
      ['postgres', 'up', true],
      ['redis', 'up', true],
      ['model:gemini:gemini-3.8-flash', 'up', false],
      ['model:gemini:gemini-nano-banana-2.1', 'up', false],
      ['model:claude:claude-sonnet-5-5', 'down', false],
      ['chain:text', 'up', true],
      ['chain:image', 'up', true],
      ['chain:code', 'up', true],
    ]);
    await getJson(system.baseUrl, '/readyz');
    // Cached: each model was looked up once for both probes, by its own id.
    expect(gemini.received('getModel').map((r) => r.path).sort()).toEqual(['/v1beta/models/gemini-3.8-flash', '/v1beta/models/gemini-nano-banana-2.1']);
    expect(anthropic.received('getModel').map((r) => r.path)).toEqual(['/v1/models/claude-sonnet-5-5']);
  });
});

describe('provider fallback', () => {
  let system: TestSystem;
  beforeAll(async () => {
    system = await startTestSystem({
      env: { TEXT_PROVIDER: 'gemini,local', GEMINI_API_KEY: 'revoked-key', GEMINI_BASE_URL: gemini.url, CACHE_TTL_SECONDS: '0' },
    });
  });
  afterAll(async () => {
    await system.close();
  });

  it('runs the next provider when the first fails non-retryably, and records which one served', async () => {
    const done = await finish(system, { prompt: 'Thank you for everything, coach' });
    expect(done.status).toBe('COMPLETED');
    expect(done.steps.map((s) => [s.name, s.provider, s.attempts])).toEqual([
      ['concept', 'local', 1],
      ['content', 'local', 1],
      ['image', 'local', 1],
      ['code', 'local', 1],
    ]);
    // Gemini was asked once per text step, refused the key, and was not retried.
    expect(gemini.received('generateContent')).toHaveLength(2);
    const metrics = await (await fetch(`${system.baseUrl}/metrics`)).text();
    expect(metrics).toMatch(/provider_errors_total\{provider="gemini",kind="auth"[^}]*\} 2/);
  });
});
