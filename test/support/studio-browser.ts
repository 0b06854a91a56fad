import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { REPO_ROOT } from './entry-points';

/**
 * Browser plumbing for the studio's end-to-end test: the launch, what every
 * page is watched for (errors, foreign requests), axe, keyboard focus, and
 * screenshots. Browser-side code is passed as strings: the project compiles
 * without DOM types.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** CI installs Chromium, so there a missing browser is a failure, not a skip. */
export const browserAvailable = existsSync(CHROMIUM) || process.env.CI === 'true';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/**
 * Collects, for a whole context: uncaught page errors, console errors (a CSP
 * refusal is reported as one), and any request leaving the API's origin, so
 * no font, CDN or analytics call slips in. `take` returns and clears them.
 */
export function watchContext(context: BrowserContext, origin: string): { take(): string[] } {
  let problems: string[] = [];
  const own = (url: string) => /^(data|blob|about):/.test(url) || new URL(url).origin === origin;
  const watchPage = (page: Page) => {
    page.on('pageerror', (e) => problems.push(`page error on ${page.url()}: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console error on ${page.url()}: ${m.text()} (${m.location().url})`);
    });
  };
  context.on('page', watchPage);
  context.on('request', (r) => {
    if (!own(r.url())) problems.push(`request to another origin: ${r.method()} ${r.url()}`);
  });
  return {
    take() {
      const taken = problems;
      problems = [];
      return taken;
    },
  };
}

/**
 * Installed before any page script: reports CSP refusals as console errors,
 * and records every change of a step's data-status and of the progress bar's
 * aria-valuenow, so the test can check the order the page showed them in,
 * not only where it ended.
 */
export const STUDIO_INIT_SCRIPT = `(() => {
  document.addEventListener('securitypolicyviolation', (e) => console.error('CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI));
  const log = { steps: [], progress: [] };
  const last = new Map();
  let lastProgress = null;
  window.__studioTimeline = log;
  const scan = () => {
    for (const el of document.querySelectorAll('[data-testid=step]')) {
      const step = el.getAttribute('data-step');
      const status = el.getAttribute('data-status');
      if (last.get(step) !== status) {
        last.set(step, status);
        log.steps.push({ step, status });
      }
    }
    const bar = document.querySelector('[data-testid=progress]');
    const value = bar === null ? null : bar.getAttribute('aria-valuenow');
    if (value !== null && value !== lastProgress) {
      lastProgress = value;
      log.progress.push(Number(value));
    }
  };
  new MutationObserver(scan).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-status', 'aria-valuenow'] });
})()`;

export interface Timeline {
  readonly steps: ReadonlyArray<{ readonly step: string; readonly status: string }>;
  readonly progress: readonly number[];
}

export const readTimeline = (page: Page) => page.evaluate<Timeline>('window.__studioTimeline');

const RANK: Record<string, number> = { PENDING: 0, RUNNING: 1, RETRYING: 1, FAILED: 2, SUCCEEDED: 3, SKIPPED: 3 };

/** What is wrong with a recorded run that should have gone through `steps` in order, each RUNNING then SUCCEEDED. */
export function timelineProblems(timeline: Timeline, steps: readonly string[]): string[] {
  const problems: string[] = [];
  for (const step of steps) {
    const seen = timeline.steps.filter((e) => e.step === step).map((e) => e.status);
    if (!seen.includes('RUNNING')) problems.push(`${step}: never shown RUNNING (${seen.join('→')})`);
    if (seen.at(-1) !== 'SUCCEEDED') problems.push(`${step}: ends ${seen.at(-1)}, not SUCCEEDED (${seen.join('→')})`);
    if (seen.some((s, i) => i > 0 && (RANK[s] ?? -1) < (RANK[seen[i - 1] ?? ''] ?? -1))) problems.push(`${step}: went backwards (${seen.join('→')})`);
  }
  const done = steps.map((step) => timeline.steps.findIndex((e) => e.step === step && e.status === 'SUCCEEDED'));
  if (done.some((d, i) => i > 0 && d < (done[i - 1] ?? 0))) problems.push(`steps succeeded out of order: ${JSON.stringify(timeline.steps)}`);
  if (timeline.progress.some((v, i) => i > 0 && v < (timeline.progress[i - 1] ?? 0))) problems.push(`progress went down: ${timeline.progress.join(', ')}`);
  if (timeline.progress.at(-1) !== 100) problems.push(`progress ends at ${timeline.progress.at(-1)}, not 100: ${timeline.progress.join(', ')}`);
  return problems;
}

let axeSource: string | undefined;

/**
 * Runs axe-core on the page as it is and returns its serious and critical
 * violations, one readable line per failing node. axe is evaluated through
 * the DevTools protocol rather than added as a <script>, which the studio's
 * CSP (script-src 'self') would rightly refuse. The postcard inside its
 * sandboxed frame is the preview tests' subject, not this one's.
 */
export async function axeViolations(page: Page, view: string): Promise<string[]> {
  axeSource ??= await readFile(join(REPO_ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
  if (!(await page.evaluate<boolean>('typeof window.axe === "object"'))) await page.evaluate(axeSource);
  const found = await page.evaluate<Array<{ id: string; impact: string; help: string; nodes: Array<{ target: unknown[]; html: string; failureSummary: string }> }>>(
    `axe.run(document, { iframes: false, resultTypes: ['violations'] }).then((r) => r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical'))`,
  );
  return found.flatMap((v) =>
    v.nodes.map((n) => `${view}: ${v.id} (${v.impact}) ${v.help}\n    at ${n.target.join(' ')}: ${n.html.slice(0, 160)}\n    ${n.failureSummary.replace(/\n/g, '\n    ')}`),
  );
}

const FOCUS_STYLE = `(() => { const s = getComputedStyle(document.activeElement); return [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow].join(' | '); })()`;
const STYLE_OF = (selector: string) => `(() => { const s = getComputedStyle(document.querySelector(${JSON.stringify(selector)})); return [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow].join(' | '); })()`;

/**
 * Presses Tab until the focused element is a `testid` that `accept` takes
 * (given its aria-pressed), and returns its focus-ring style next to the
 * style it had before: outline and box-shadow must differ for the focus to be visible.
 */
export async function tabTo(page: Page, testid: string, accept: (pressed: string | null) => boolean = () => true) {
  const selector = `[data-testid=${testid}]`;
  const unfocused = await page.evaluate<string>(STYLE_OF(selector));
  for (let i = 0; i < 80; i += 1) {
    await page.keyboard.press('Tab');
    const at = await page.evaluate<{ testid: string | null; pressed: string | null }>(
      `({ testid: document.activeElement?.getAttribute('data-testid') ?? null, pressed: document.activeElement?.getAttribute('aria-pressed') ?? null })`,
    );
    if (at.testid === testid && accept(at.pressed)) return { unfocused, focused: await page.evaluate<string>(FOCUS_STYLE) };
  }
  throw new Error(`Tab never reached ${selector} (80 presses)`);
}

/** The attribute of the focused element. */
export const focusedAttribute = (page: Page, name: string) => page.evaluate<string | null>(`document.activeElement?.getAttribute(${JSON.stringify(name)}) ?? null`);

const ARTIFACTS = join(REPO_ROOT, 'test-artifacts', 'studio');

/**
 * Keeps a screenshot of the whole page as a test artifact
 * (test-artifacts/studio/<viewport>-<name>.png), and, with
 * UPDATE_DOCS_SCREENSHOTS=1, the viewport as it is now as the README's
 * picture docs/<docs>.png. The whole page is taken by growing the viewport to
 * its height rather than with `fullPage`: Chromium paints no out-of-process
 * frame (the sandboxed postcard) outside the viewport, and a sticky header
 * would be drawn where the page happened to be scrolled.
 */
export async function screenshot(page: Page, viewport: string, name: string, docs?: string): Promise<void> {
  if (docs !== undefined && process.env.UPDATE_DOCS_SCREENSHOTS === '1') {
    await page.screenshot({ path: join(REPO_ROOT, 'docs', `${docs}.png`), animations: 'disabled' });
  }
  const size = page.viewportSize();
  if (size === null) throw new Error('screenshots need a page with a fixed viewport');
  await mkdir(ARTIFACTS, { recursive: true });
  const height = await page.evaluate<number>('document.documentElement.scrollHeight');
  await page.setViewportSize({ width: size.width, height: Math.max(size.height, height) });
  // Two frames: the layout at the new size, then its paint (the postcard's frame included).
  await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))');
  await page.screenshot({ path: join(ARTIFACTS, `${viewport}-${name}.png`), animations: 'disabled' });
  await page.setViewportSize(size);
}
