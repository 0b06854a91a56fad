import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { getJson, postJson, startTestSystem, type TestSystem } from '../support/test-system';
import { waitFor } from '../support/wait';

/**
 * Opens real generated postcards in headless Chromium, under the exact CSP the
 * preview route sends: the illustration must load, nothing may be blocked or
 * throw, the card must fit a 375 px WeChat webview, and a tap must flip it.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
// CI installs Chromium, so there a missing browser is a failure, not a skip.
const describeBrowser = available || process.env.CI === 'true' ? describe : describe.skip;

describeBrowser('the generated postcard in a browser', () => {
  let system: TestSystem;
  let browser: Browser;

  beforeAll(async () => {
    system = await startTestSystem();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await system?.close();
  });

  async function finishedPreview(prompt: string): Promise<string> {
    const created = await postJson(system.baseUrl, '/api/v1/postcards/create', { prompt });
    const id = String(created.body.task_id);
    const done = await waitFor(() => getJson(system.baseUrl, `/api/v1/postcards/status/${id}`), (r) => r.body.status === 'COMPLETED');
    return String((done.body.data as { preview_url: string }).preview_url);
  }

  it.each([
    ['English', 'Happy birthday, Lily! Wishing you a year full of adventures'],
    ['Chinese', '祝爷爷早日康复，身体健健康康'],
  ])('renders the %s postcard at 375 px, loads its illustration under the CSP, and flips on tap', async (_lang, prompt) => {
    const url = await finishedPreview(prompt);
    const page = await browser.newPage({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
    });
    page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
    // Browser-side code is passed as strings: the project compiles without DOM types.
    await page.addInitScript(
      "document.addEventListener('securitypolicyviolation', (e) => console.error('CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI))",
    );

    // `load` waits for the illustration, the page's only other request (no 500 ms of network quiet to wait out).
    const response = await page.goto(url, { waitUntil: 'load' });
    expect(response?.headers()['content-security-policy']).toContain('sandbox allow-scripts');

    const layout = await page.evaluate<{ imageLoaded: boolean; scrollWidth: number; origin: string; text: string }>(`(() => {
      const img = document.querySelector('img');
      return {
        imageLoaded: img !== null && img.complete && img.naturalWidth > 0,
        scrollWidth: document.documentElement.scrollWidth,
        origin: window.origin,
        text: document.body.innerText,
      };
    })()`);
    expect(layout.imageLoaded).toBe(true);
    expect(layout.scrollWidth).toBeLessThanOrEqual(375);
    // Sandboxed without allow-same-origin: the page runs in an opaque origin.
    expect(layout.origin).toBe('null');
    expect(layout.text.length).toBeGreaterThan(10);

    // The flip control is a real button below the card; the card turns and the button says how to turn it back.
    const button = page.locator('button#flip');
    const label = page.locator('#flip-label');
    const before = await label.textContent();
    await button.tap();
    await waitFor(() => page.locator('#card').getAttribute('class'), (now) => (now ?? '').includes('is-flipped'), { what: 'the card to flip', timeoutMs: 5000 });
    expect(await label.textContent()).not.toBe(before);
    expect(problems).toEqual([]);
    await page.close();
  });
});
