import { createHash } from 'node:crypto';
import { ANTHROPIC_KEY, anthropicReply, createFakeAnthropic } from '../fakes/fake-anthropic';
import { createFakeGemini, GEMINI_KEY, geminiImage, geminiText } from '../fakes/fake-gemini';
import { exposeUndiciDispatcherToJest } from '../fakes/jest-undici-shim';
import { CONCEPT, COPY } from '../fakes/provider-fixtures';
import { pngBytes } from '../fakes/sample-images';
import { waitUntilFinished } from '../support/postcard-api';
import { postJson, startTestSystem, type TestSystem } from '../support/test-system';

exposeUndiciDispatcherToJest();

/**
 * The quality gate through the real pipeline: Claude (the fake Anthropic
 * server, through the real SDK) answers with a page that loads Google Fonts;
 * the page is stored without the links instead of failing the step, and the
 * postcard's status says what was removed.
 */
const gemini = createFakeGemini();
const anthropic = createFakeAnthropic();
const PNG = pngBytes(1024, 1024);
const ASSET_ID = createHash('sha256').update(PNG).digest('hex');
const FONT_CSS = 'https://fonts.googleapis.com/css2?family=Ma+Shan+Zheng&display=swap';

function pageWithGoogleFonts(imageUrl: string): string {
  return `<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${COPY.title}</title>
<link rel="preconnect" href="https://fonts.googleapis.com">
<link rel="preconnect" href="https://fonts.gstatic.com" crossorigin>
<link href="${FONT_CSS.replace('&', '&amp;')}" rel="stylesheet">
<style>body{font-family:'Ma Shan Zheng',serif}.card{animation:fade 1s}@keyframes fade{from{opacity:0}to{opacity:1}}</style></head>
<body><main class="card"><img src="${imageUrl}" width="1024" height="1024" alt=""><h1>${COPY.title}</h1><h2>${COPY.subtitle}</h2>
<p>${COPY.body.replace('\n', '<br>')}</p><p>${COPY.signature}</p></main></body></html>`;
}

let system: TestSystem;
beforeAll(async () => {
  await Promise.all([gemini.start(), anthropic.start()]);
  system = await startTestSystem({
    env: {
      TEXT_PROVIDER: 'gemini',
      IMAGE_PROVIDER: 'gemini',
      CODE_PROVIDER: 'claude',
      GEMINI_API_KEY: GEMINI_KEY,
      ANTHROPIC_API_KEY: ANTHROPIC_KEY,
      AI_WORKFLOW_BACKOFF_MS: '100',
      GEMINI_BASE_URL: gemini.url,
      ANTHROPIC_BASE_URL: anthropic.url,
      PRICE_TABLE_JSON: JSON.stringify({ 'gemini-nano-banana-2.1': { input_per_mtok: 0, output_per_mtok: 0, per_image: 0.039 } }),
    },
  });
});
afterAll(async () => {
  await system.close();
  await Promise.all([gemini.stop(), anthropic.stop()]);
});

it('stores a Claude page without its Google Fonts links and shows what was removed in the status', async () => {
  gemini.queue('generateContent', geminiText(JSON.stringify(CONCEPT)), geminiText(JSON.stringify(COPY)), geminiImage(PNG, 'image/png'));
  anthropic.queue('messages', anthropicReply(pageWithGoogleFonts(`/api/v1/assets/${ASSET_ID}`), { chunks: 3 }));

  const created = await postJson(system.baseUrl, '/api/v1/postcards', { prompt: '给妈妈的中秋贺卡', cache: false });
  expect(created.status).toBe(202);
  const done = await waitUntilFinished(system.baseUrl, String(created.body.task_id));

  expect(done.error).toBeNull();
  expect(done.status).toBe('COMPLETED');
  // One answer, no repair round: the links alone do not send the page back.
  expect(anthropic.received('messages')).toHaveLength(1);
  expect(done.steps.find((s) => s.name === 'code')).toMatchObject({ provider: 'claude', attempts: 1 });

  const stored = await (await fetch(done.data?.preview_url ?? '')).text();
  expect(stored).not.toContain('<link');
  expect(stored).not.toContain('fonts.g');
  expect(stored).toContain(`<h1>${COPY.title}</h1>`);
  expect(stored).toContain(`<img src="${system.baseUrl}/api/v1/assets/${ASSET_ID}"`);

  expect(done.quality).toEqual({
    html_errors: expect.any(Number),
    html_error_rules: expect.any(Array),
    accessibility_violations: null,
    external_resources_removed: ['https://fonts.googleapis.com', 'https://fonts.gstatic.com', FONT_CSS],
    navigation_removed: [],
    checked_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
  });
});
