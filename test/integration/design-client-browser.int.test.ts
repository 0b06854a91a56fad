import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { ProviderError } from '../../src/providers/provider-error';
import { scriptedProviders } from '../support/scripted-providers';
import { startTestSystem, type TestSystem } from '../support/test-system';

/**
 * Issue 14: the design document's own client (section 4.4.2) must work
 * unchanged. Its code runs here verbatim in Chromium, on a page served at the
 * API's own origin (as the document assumes: relative URLs, no Content-Type,
 * no key), against the real API and workers.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
// CI installs Chromium, so there a missing browser is a failure, not a skip.
const describeBrowser = available || process.env.CI === 'true' ? describe : describe.skip;

/** The design document's code, character for character (single-quoted lines, so its backticks and ${task_id} stay as written). */
const DESIGN_CLIENT = [
  '// 前端需要适配新的异步接口',
  'const createPostcard = async (prompt) => {',
  '    // 1. 创建任务',
  "    const { task_id } = await fetch('/api/v1/postcards/create', {",
  "        method: 'POST',",
  '        body: JSON.stringify({ prompt })',
  '    }).then(r => r.json())',
  '    ',
  '    // 2. 轮询或WebSocket获取状态',
  '    const pollStatus = async () => {',
  '        const status = await fetch(`/api/v1/postcards/status/${task_id}`)',
  '            .then(r => r.json())',
  '        ',
  "        if (status.status === 'COMPLETED') {",
  '            displayResult(status.data)',
  "        } else if (status.status === 'FAILED') {",
  '            displayError(status.error)',
  '        } else {',
  '            setTimeout(pollStatus, 2000) // 2秒后重试',
  '        }',
  '    }',
  '    ',
  '    pollStatus()',
  '}',
].join('\n');

/** What the document leaves to the page: two functions that show the outcome; here they record it. */
const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Design document client</title></head>
<body>
<script>
window.outcome = null;
function displayResult(data) { window.outcome = { kind: 'result', value: data }; }
function displayError(error) { window.outcome = { kind: 'error', value: error }; }
</script>
<script>
${DESIGN_CLIENT}
</script>
</body></html>`;

interface Outcome {
  readonly kind: 'result' | 'error';
  readonly value: unknown;
}

describeBrowser("the design document's client in a browser", () => {
  let working: TestSystem;
  let failing: TestSystem;
  let browser: Browser;
  // The illustration service refuses every request for good: the postcard fails on the first attempt.
  const refusing = scriptedProviders({
    before: {
      image: () => {
        throw new ProviderError('scripted-local', 'safety', 'the image model refused the prompt');
      },
    },
  });

  beforeAll(async () => {
    [working, failing] = await Promise.all([startTestSystem(), startTestSystem({ providers: refusing.providers })]);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await Promise.all([working?.close(), failing?.close()]);
  });

  /** Opens the page at the API's own origin, calls createPostcard(prompt), and waits for what it displays. */
  async function run(system: TestSystem, prompt: string) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
    });
    // Only this one URL is made up; every other request, the API calls among them, reaches the real server.
    const url = `${system.baseUrl}/design-client.html`;
    await page.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: PAGE }));
    await page.goto(url);
    await page.evaluate(`createPostcard(${JSON.stringify(prompt)})`);
    // The client polls every 2 s, as the document says.
    await page.waitForFunction('window.outcome !== null', undefined, { timeout: 30_000, polling: 100 });
    const outcome = await page.evaluate<Outcome>('window.outcome');
    return { page, context, outcome, problems };
  }

  it('displays a COMPLETED postcard: concept, copy, image, preview, the page itself and how its image was made', async () => {
    const { page, context, outcome, problems } = await run(working, 'Happy birthday, Mila! Balloons and cake, please');
    expect(outcome.kind).toBe('result');
    const data = outcome.value as Record<string, unknown> & {
      content: { title: string };
      image_metadata: { prompt: string; size: string; model: string };
    };
    expect(data).toMatchObject({
      concept: { occasion: 'birthday' },
      content: { title: expect.any(String), body: expect.any(String) },
      image_url: expect.stringMatching(new RegExp(`^${working.baseUrl}/api/v1/assets/[0-9a-f]{64}`)),
      preview_url: expect.stringMatching(new RegExp(`^${working.baseUrl}/preview/`)),
      frontend_code: expect.stringMatching(/^<!DOCTYPE html>/i),
      image_metadata: { prompt: expect.stringContaining('illustration'), size: '1024x1024', model: 'local' },
    });
    // The page's text holds the card's title, read by the browser's own HTML parser.
    const pageText = await page.evaluate<string>(`new DOMParser().parseFromString(${JSON.stringify(data['frontend_code'])}, 'text/html').body.textContent`);
    expect(pageText.replace(/\s+/g, ' ')).toContain(data.content.title.replace(/\s+/g, ' '));
    expect(problems).toEqual([]);
    await context.close();
  });

  it('displays a FAILED postcard\'s error as a sentence', async () => {
    const { context, outcome, problems } = await run(failing, 'A card the image model will refuse');
    expect(outcome.kind).toBe('error');
    expect(typeof outcome.value).toBe('string');
    expect(outcome.value).toBe('The illustration step failed and could not be retried: the image service declined it on safety grounds.');
    expect(problems).toEqual([]);
    await context.close();
  });
});
