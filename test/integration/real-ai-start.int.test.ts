import { spawn } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { priceOf } from '../../src/platform/models/registry';
import { ANTHROPIC_KEY, anthropicReply, createFakeAnthropic } from '../fakes/fake-anthropic';
import { createFakeGemini, GEMINI_KEY, geminiImage, geminiText } from '../fakes/fake-gemini';
import type { RecordedRequest } from '../fakes/fake-server';
import { CONCEPT, COPY } from '../fakes/provider-fixtures';
import { pngBytes } from '../fakes/sample-images';
import { compiledPath, REPO_ROOT } from '../support/entry-points';
import { freePort } from '../support/ports';
import { createTestDatabase, type TestDatabase } from '../support/postgres';
import { getJson, postJson } from '../support/test-system';
import { waitFor } from '../support/wait';
import { startServiceProcess, type ServiceProcess } from '../support/worker-process';

/**
 * The "done when": only the two keys set, plus the design document's
 * .env values, and `npm start` (src/bin/start.ts, a real OS process) makes a
 * postcard through Gemini (concept, copy, image) and Claude (the page) on
 * today's models, against fakes that 404 every model shut down in 2026.
 */
const gemini = createFakeGemini();
const anthropic = createFakeAnthropic();
const PNG = pngBytes(1024, 1024);

/** The design document's .env (section 5.1), minus its model ids, which Google has retired (see the last test). */
const DOCUMENT_ENV = {
  REDIS_PASSWORD: '',
  AI_WORKFLOW_TIMEOUT: '300',
  AI_WORKFLOW_RETRY_COUNT: '3',
  GEMINI_TEXT_MAX_TOKENS: '2048',
  GEMINI_TEXT_TEMPERATURE: '0.7',
  GEMINI_IMAGE_SIZE: '1024x1024',
  GEMINI_IMAGE_QUALITY: 'standard',
};

function page(imageUrl: string): string {
  return `<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${COPY.title}</title></head>
<body><main><img src="${imageUrl}" alt=""><h1>${COPY.title}</h1><p>${COPY.body.replace('\n', '<br>')}</p><p>${COPY.signature}</p></main></body></html>`;
}

const bodyOf = (r: RecordedRequest | undefined) => (r?.body ?? {}) as Record<string, unknown>;

describe('npm start with a Gemini key and an Anthropic key', () => {
  let database: TestDatabase;
  let service: ServiceProcess | undefined;
  let baseUrl: string;
  const prefix = `test-${randomUUID()}`;

  beforeAll(async () => {
    await Promise.all([gemini.start(), anthropic.start()]);
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await service?.stop();
    const redis = new Redis(process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379');
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length > 0) await redis.del(...keys);
    await redis.quit();
    await database.drop();
    await Promise.all([gemini.stop(), anthropic.stop()]);
  });

  it('boots on auto chains, looks every model up, and makes a postcard with Gemini and Claude on current models', async () => {
    const port = await freePort();
    baseUrl = `http://127.0.0.1:${port}`;
    service = await startServiceProcess(
      'start',
      'src/bin/start.ts',
      {
        ...DOCUMENT_ENV,
        GEMINI_API_KEY: GEMINI_KEY,
        ANTHROPIC_API_KEY: ANTHROPIC_KEY,
        // The fakes stand in for generativelanguage.googleapis.com and api.anthropic.com.
        GEMINI_BASE_URL: gemini.url,
        ANTHROPIC_BASE_URL: anthropic.url,
        DATABASE_URL: database.url,
        REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
        QUEUE_PREFIX: prefix,
        HOST: '127.0.0.1',
        PORT: String(port),
        PUBLIC_BASE_URL: baseUrl,
        AI_WORKFLOW_BACKOFF_MS: '100',
      },
      'postcard service ready',
    );
    // The ready line names each chain and why, and never a key.
    const output = () => service?.output() ?? '';
    expect(output()).toMatch(/text.*gemini\(gemini-3\.8-flash\) > claude\(claude-sonnet-5-5\) > local.*GEMINI_API_KEY set/);
    expect(output()).toMatch(/code.*claude\(claude-sonnet-5-5\) > gemini\(gemini-3\.8-flash\) > local/);
    expect(output()).not.toContain(GEMINI_KEY);
    expect(output()).not.toContain(ANTHROPIC_KEY);
    // Every configured model is looked up at startup (models.get costs no tokens).
    await waitFor(
      async () => output(),
      (o) => o.includes('model available') && o.split('model available').length - 1 === 3,
      { timeoutMs: 10_000 },
    );
    expect(gemini.received('getModel').map((r) => r.path).sort()).toEqual(['/v1beta/models/gemini-3.8-flash', '/v1beta/models/gemini-nano-banana-2.1']);
    expect(anthropic.received('getModel').map((r) => r.path)).toEqual(['/v1/models/claude-sonnet-5-5']);

    // The code model is given the host-free path; the API adds the host when it serves the page.
    const imageUrl = `/api/v1/assets/${createHash('sha256').update(PNG).digest('hex')}`;
    gemini.queue(
      'generateContent',
      geminiText(JSON.stringify(CONCEPT), { thought: 'A warm spring garden for a mother.', usage: { promptTokenCount: 300, candidatesTokenCount: 200, thoughtsTokenCount: 150 } }),
      geminiText(JSON.stringify(COPY), { usage: { promptTokenCount: 400, candidatesTokenCount: 100 } }),
      geminiImage(PNG, 'image/png'),
    );
    anthropic.queue('messages', anthropicReply(page(imageUrl), { usage: { input_tokens: 2000, output_tokens: 3000 } }));
    const created = await postJson(baseUrl, '/api/v1/postcards/create', { prompt: '给妈妈的生日贺卡，春天的花园', style: 'watercolour' });
    expect(created.status).toBe(202);

    const done = await waitFor(
      () => getJson(baseUrl, `/api/v1/postcards/status/${String(created.body.task_id)}`),
      (r) => r.body.status === 'COMPLETED' || r.body.status === 'FAILED',
      { timeoutMs: 30_000 },
    );
    expect(done.body.error).toBeNull();
    expect(done.body.status).toBe('COMPLETED');
    const steps = done.body.steps as Array<{ name: string; provider: string; model: string; usage: { cost_usd: number | null } }>;
    expect(steps.map((s) => [s.name, s.provider, s.model])).toEqual([
      ['concept', 'gemini', 'gemini-3.8-flash'],
      ['content', 'gemini', 'gemini-3.8-flash'],
      ['image', 'gemini', 'gemini-nano-banana-2.1'],
      ['code', 'claude', 'claude-sonnet-5-5'],
    ]);
    // 300 in, 200 answer + 150 thought tokens out (thinking is billed as output), at today's list price
    // ($0.75 / $3.75 per million through 2026, $1.50 / $7.50 from 2027).
    const flash = priceOf('gemini-3.8-flash', {});
    expect(steps[0]?.usage.cost_usd).toBe(Math.round(300 * (flash?.input_per_mtok ?? NaN) + 350 * (flash?.output_per_mtok ?? NaN)) / 1e6);
    // The image model has no published list price yet: unknown, not free.
    expect(steps[2]?.usage.cost_usd).toBeNull();
    expect((done.body.usage as { cost_usd: number | null }).cost_usd).toBeNull();

    // What went over the wire: the document's step settings, thinking budgeted, nothing the models refuse.
    const [concept, content, image] = gemini.received('generateContent');
    expect(concept?.path).toBe('/v1beta/models/gemini-3.8-flash:generateContent');
    expect(bodyOf(concept).generationConfig).toMatchObject({ maxOutputTokens: 1024 + 2048, thinkingConfig: { thinkingLevel: 'LOW' } });
    expect(bodyOf(content).generationConfig).toMatchObject({ maxOutputTokens: 800 + 2048 });
    // Gemini 3.6+ deprecated sampling parameters; the document's temperatures are not explicit settings here.
    expect(bodyOf(concept).generationConfig).not.toHaveProperty('temperature');
    expect(image?.path).toBe('/v1beta/models/gemini-nano-banana-2.1:generateContent');
    expect(bodyOf(image).generationConfig).toMatchObject({ responseModalities: ['IMAGE'], imageConfig: { aspectRatio: '1:1', imageSize: '1K' } });
    const [code] = anthropic.received('messages');
    expect(bodyOf(code)).toMatchObject({ model: 'claude-sonnet-5-5', max_tokens: 16_000 + 8192, thinking: { type: 'adaptive' }, output_config: { effort: 'medium' } });
    expect(bodyOf(code)).not.toHaveProperty('temperature');

    const ready = await getJson(baseUrl, '/readyz');
    expect(ready.status).toBe(200);
  });

  it('stops at boot on the design document\'s own model ids, naming what replaced them', async () => {
    const result = await new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
      const child = spawn(process.execPath, [compiledPath('src/bin/start.ts')], {
        cwd: REPO_ROOT,
        env: { PATH: process.env.PATH ?? '', ...DOCUMENT_ENV, GEMINI_API_KEY: GEMINI_KEY, GEMINI_TEXT_MODEL: 'gemini-1.5-flash', GEMINI_IMAGE_MODEL: 'imagen-3.0-generate-001' },
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.once('error', reject);
      // 'close', not 'exit': by then all of stderr has been read.
      child.once('close', (code) => resolve({ code, stderr }));
    });
    expect(result.code).toBe(78);
    expect(result.stderr).toContain('GEMINI_TEXT_MODEL: gemini-1.5-flash was shut down on 2025-09-24 by Google; use gemini-3.8-flash instead');
    expect(result.stderr).toContain('GEMINI_IMAGE_MODEL: imagen-3.0-generate-001 was shut down on 2026-06-30 by Google; use gemini-nano-banana-2.1 instead');
  });
});
