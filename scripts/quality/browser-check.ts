import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';
import { z } from 'zod';

/** What Chromium saw of one page. */
export interface BrowserFindings {
  /** Viewports ("375×667") at which the page is wider than the window. */
  readonly overflow: readonly string[];
  /** Serious and critical axe-core violations, by rule id. */
  readonly axe: readonly string[];
  readonly consoleErrors: readonly string[];
  /** Every request other than the page itself and its own image (all were blocked). */
  readonly network: readonly string[];
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const VIEWPORTS = [
  { width: 375, height: 667 },
  { width: 1280, height: 800 },
] as const;
/** The page is served from an address nothing answers, so that a relative URL is a visible request too. */
const PAGE_URL = 'http://postcard.quality.invalid/page';
/** Stands in for the illustration: the check is about the page, not the picture's server. */
const PLACEHOLDER_IMAGE = Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" width="1024" height="1024"><rect width="1024" height="1024" fill="#ccc"/></svg>',
);
const SETTLE_MS = 400;

const AxeViolationsSchema = z.array(z.object({ id: z.string(), impact: z.string().nullable().optional() }));
const axeSource = (): string => readFileSync(createRequire(__filename).resolve('axe-core/axe.min.js'), 'utf8');

export async function launchChromium(executablePath = '/usr/bin/chromium'): Promise<Browser> {
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
}

async function overflows(page: Page): Promise<boolean> {
  const widths = await page.evaluate('[document.documentElement.scrollWidth, window.innerWidth]');
  const [scroll, inner] = z.tuple([z.number(), z.number()]).parse(widths);
  return scroll > inner + 1;
}

/** Loads the page at each viewport with every request but its own image blocked, then runs axe once at phone size. */
export async function checkInBrowser(browser: Browser, html: string, imageUrl: string | undefined): Promise<BrowserFindings> {
  const overflow: string[] = [];
  const consoleErrors = new Set<string>();
  const network = new Set<string>();
  let axe: string[] = [];
  const source = axeSource();
  for (const viewport of VIEWPORTS) {
    const context = await browser.newContext({ viewport });
    try {
      const page = await context.newPage();
      page.on('console', (message) => {
        // A blocked request logs a console error too; it is reported once, as network.
        if (message.type() === 'error' && !message.text().includes('ERR_BLOCKED_BY_CLIENT')) consoleErrors.add(message.text());
      });
      page.on('pageerror', (error) => consoleErrors.add(error.message));
      await page.route('**/*', async (route) => {
        const url = route.request().url();
        if (url === PAGE_URL) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
        if (imageUrl !== undefined && url === new URL(imageUrl, PAGE_URL).href) {
          return route.fulfill({ status: 200, contentType: 'image/svg+xml', body: PLACEHOLDER_IMAGE });
        }
        network.add(url);
        return route.abort('blockedbyclient');
      });
      await page.goto(PAGE_URL, { waitUntil: 'load' });
      await page.waitForTimeout(SETTLE_MS);
      if (await overflows(page)) overflow.push(`${viewport.width}×${viewport.height}`);
      if (viewport.width === 375) {
        await page.addScriptTag({ content: source });
        const found = await page.evaluate('axe.run(document, { resultTypes: ["violations"] }).then((r) => r.violations)');
        axe = AxeViolationsSchema.parse(found)
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => v.id);
      }
    } finally {
      await context.close();
    }
  }
  return { overflow, axe, consoleErrors: [...consoleErrors], network: [...network] };
}
