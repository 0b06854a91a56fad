import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { startTestSystem, type TestSystem } from '../support/test-system';

/**
 * Bull Board sits behind helmet like every page but the preview: in a real
 * browser its app must still start under that CSP, with nothing blocked.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
// CI installs Chromium, so there a missing browser is a failure, not a skip.
const describeBrowser = available || process.env.CI === 'true' ? describe : describe.skip;

describeBrowser('Bull Board in a browser', () => {
  let system: TestSystem;
  let browser: Browser;

  beforeAll(async () => {
    system = await startTestSystem({ workers: false, env: { ADMIN_USER: 'ops', ADMIN_PASSWORD: 'correct horse battery' } });
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

  it('starts its app under helmet\'s CSP after a Basic login, and lists the four step queues', async () => {
    const context = await browser.newContext({ httpCredentials: { username: 'ops', password: 'correct horse battery' } });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    // Chromium reports a CSP refusal as a console error; a font host this sandbox cannot resolve is not one.
    page.on('console', (m) => {
      if (m.type() === 'error' && /CSP violation|Content Security Policy|Refused to/.test(m.text())) problems.push(`console error: ${m.text()}`);
    });
    // Only our own origin counts: the board's web font comes from Google, which this sandbox may not reach.
    page.on('requestfailed', (r) => {
      if (r.url().startsWith(system.baseUrl)) problems.push(`request failed: ${r.url()}`);
    });
    await page.addInitScript(
      "document.addEventListener('securitypolicyviolation', (e) => console.error('CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI))",
    );

    const response = await page.goto(`${system.baseUrl}/admin/queues`);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    // The queue names appear only once the board's scripts ran and called its API.
    await page.getByText('HTML postcard').first().waitFor({ timeout: 15_000 });
    const text = await page.locator('body').innerText();
    for (const label of ['Concept', 'Copy', 'Illustration', 'HTML postcard']) expect(text).toContain(label);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('lists every shard\'s four queues apart with QUEUE_SHARDS, and opens a shard\'s queue', async () => {
    const sharded = await startTestSystem({ workers: false, env: { ADMIN_USER: 'ops', ADMIN_PASSWORD: 'correct horse battery', QUEUE_SHARDS: '3' } });
    const context = await browser.newContext({ httpCredentials: { username: 'ops', password: 'correct horse battery' } });
    try {
      const page = await context.newPage();
      await page.goto(`${sharded.baseUrl}/admin/queues`);
      await page.getByText('HTML postcard (shard 3 of 3)').first().waitFor({ timeout: 15_000 });
      const text = await page.locator('body').innerText();
      for (const shard of [1, 2, 3]) {
        for (const label of ['Concept', 'Copy', 'Illustration', 'HTML postcard']) expect(text).toContain(`${label} (shard ${shard} of 3)`);
      }
      await page.getByText('Illustration (shard 2 of 3)').first().click();
      await page.waitForURL(/\/admin\/queues\/queue\/shard-2-/, { timeout: 15_000 });
      await page.getByText('Illustration (shard 2 of 3)').first().waitFor({ timeout: 15_000 });
    } finally {
      await context.close();
      await sharded.close();
    }
  });
});
