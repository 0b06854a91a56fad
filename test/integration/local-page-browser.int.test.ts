import { existsSync, readFileSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { renderPostcardLayout } from '../../src/providers/local/html.js';
import { LAYOUTS, layoutFits, type Layout } from '../../src/providers/local/page/layouts.js';
import { UI_TEXT } from '../../src/providers/local/page/ui-text.js';
import { previewPolicy } from '../../src/preview/preview-routes.js';
import { SAMPLE_CARDS, sampleIllustration, samplePage, type SampleCard } from '../support/local-page-fixtures.js';

/**
 * Every local layout in every language of the sample matrix, in headless
 * Chromium under the preview route's CSP: axe finds no serious or critical
 * violation on either face, nothing overflows at 375×667 or 1280×800, the only
 * request besides the page is its illustration, and the button turns the card
 * and changes its words.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// CI installs Chromium, so there a missing browser is a failure, not a skip.
const describeBrowser = existsSync(CHROMIUM) || process.env.CI === 'true' ? describe : describe.skip;
const PAGE_URL = 'https://postcards.example.test/preview/abc';
// No query string: CSP source expressions cannot carry one (the real asset URLs have none).
const PAGE_IMAGE_URL = 'https://postcards.example.test/assets/abc/image.svg';
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  readonly id: string;
  readonly impact: string | null;
  readonly nodes: number;
}

const matrix: Array<[string, Layout, SampleCard]> = SAMPLE_CARDS.flatMap((sample) =>
  LAYOUTS.filter((layout) => layoutFits(layout, samplePage(sample))).map((layout): [string, Layout, SampleCard] => [sample.name, layout, sample]),
);

describeBrowser('local postcard pages in a browser', () => {
  let browser: Browser;
  // One page serves every case, each in a document of its own (goto): a page per
  // case would start a renderer process and compile axe each time, some 40% of
  // a case's time. `current` is what the case being run serves and sees.
  let page: Page;
  let current = { html: '', illustration: '', requests: [] as string[], problems: [] as string[] };

  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = await browser.newPage({ reducedMotion: 'reduce' });
    page.on('pageerror', (e) => current.problems.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') current.problems.push(`console error: ${m.text()}`);
    });
    await page.route('**/*', async (route) => {
      const url = route.request().url();
      current.requests.push(url);
      if (url === PAGE_URL) {
        await route.fulfill({ contentType: 'text/html; charset=utf-8', headers: { 'Content-Security-Policy': previewPolicy(PAGE_IMAGE_URL) }, body: current.html });
      } else if (url === PAGE_IMAGE_URL) {
        await route.fulfill({ contentType: 'image/svg+xml', body: current.illustration });
      } else {
        await route.abort();
      }
    });
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function open(html: string, sample: SampleCard, viewport: { width: number; height: number }): Promise<{ page: Page; requests: string[]; problems: string[] }> {
    current = { html, illustration: sampleIllustration(sample.palette), requests: [], problems: [] };
    await page.setViewportSize(viewport);
    // `load` waits for the picture, the page's only other request; 'networkidle' would add 500 ms of quiet to every case.
    await page.goto(PAGE_URL, { waitUntil: 'load' });
    return { page, requests: current.requests, problems: current.problems };
  }

  // Browser-side code is passed as strings: the project compiles without DOM types.
  async function seriousViolations(page: Page): Promise<Violation[]> {
    await page.addScriptTag({ content: AXE_SOURCE });
    const found = await page.evaluate<Violation[]>(`axe.run(document, { resultTypes: ['violations'] }).then((r) =>
      r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length })))`);
    return found.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  }

  const overflow = (page: Page): Promise<unknown> =>
    page.evaluate(`(() => {
      const clipped = [...document.querySelectorAll('.face, .vertical-text, .front-text')]
        .filter((el) => el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1)
        .map((el) => el.className);
      // The picture side is never taller than the screen: its text, not its image, may make it grow.
      const front = document.querySelector('.front').getBoundingClientRect().height <= window.innerHeight;
      return { page: document.documentElement.scrollWidth - window.innerWidth, clipped, front };
    })()`);

  it.each(matrix)('%s in the %s layout: accessible, fits a phone and a desktop, turns over', async (_name, layout, sample) => {
    const html = renderPostcardLayout(samplePage(sample, PAGE_IMAGE_URL), layout);
    const ui = UI_TEXT[sample.language];

    const phone = await open(html, sample, { width: 375, height: 667 });
    expect(await overflow(phone.page)).toEqual({ page: 0, clipped: [], front: true });
    expect(await seriousViolations(phone.page)).toEqual([]);
    const button = phone.page.locator('button#flip');
    expect((await button.innerText()).trim()).toBe(ui.turnOver);
    await button.click();
    expect(await phone.page.locator('#card').getAttribute('class')).toContain('is-flipped');
    expect((await button.innerText()).trim()).toBe(ui.turnBack);
    expect(await seriousViolations(phone.page)).toEqual([]);
    await button.click();
    expect((await button.innerText()).trim()).toBe(ui.turnOver);
    expect(new Set(phone.requests)).toEqual(new Set([PAGE_URL, PAGE_IMAGE_URL]));
    await phone.page.setViewportSize({ width: 1280, height: 800 });
    expect(await overflow(phone.page)).toEqual({ page: 0, clipped: [], front: true });
    expect(phone.problems).toEqual([]);
  });

  it('reads the message in the accessibility tree without turning the card', async () => {
    const sample = SAMPLE_CARDS[0]!;
    const { page } = await open(renderPostcardLayout(samplePage(sample, PAGE_IMAGE_URL), 'fullbleed'), sample, { width: 375, height: 667 });
    const tree = await page.locator('body').ariaSnapshot();
    for (const line of sample.copy.body.split('\n')) expect(tree).toContain(line);
    expect(tree).toContain(`button "${UI_TEXT[sample.language].turnOver}"`);
  });
});
