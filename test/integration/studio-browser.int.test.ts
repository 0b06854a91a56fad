import { existsSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createKeyStore } from '../../src/auth/key-store';
import { STEP_NAMES } from '../../src/pipeline/catalog';
import { getStatus, waitUntilFinished } from '../support/postcard-api';
import { STUDIO_SOURCE, studioBuildError } from '../support/studio-build';
import {
  axeViolations,
  browserAvailable,
  focusedAttribute,
  launchBrowser,
  readTimeline,
  screenshot,
  STUDIO_INIT_SCRIPT,
  tabTo,
  timelineProblems,
  watchContext,
} from '../support/studio-browser';
import { studioProviders, type StudioProviders } from '../support/studio-providers';
import { createFromForm, filterGallery, frameShows, galleryItems, notInWords, step, stepsAre, submit, switchLanguage, T } from '../support/studio-ui';
import { postJson, startTestSystem, type TestSystem } from '../support/test-system';
import { waitFor } from '../support/wait';

/**
 * The studio (web/, built into dist/web by the global setup) in a real
 * browser, against the real API and workers: a postcard made from the
 * keyboard and watched step by step, one cancelled, one failed and retried,
 * the gallery, the detail page, and the API-key dialog. Every page is watched
 * for errors and for requests leaving the API's origin, and axe checks each view.
 * Screenshots are kept in test-artifacts/studio/.
 */
const describeStudio = browserAvailable && existsSync(STUDIO_SOURCE) ? describe : describe.skip;

const VIEWPORTS = [
  { name: 'phone', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
  { name: 'desktop', viewport: { width: 1280, height: 800 }, isMobile: false, hasTouch: false, deviceScaleFactor: 1 },
] as const;

const PROMPTS = {
  watched: 'Happy birthday, Lily! Wishing you a year full of adventures',
  cancelled: 'Congratulations on the new job, Sam',
  failing: 'Get well soon, Grandpa — we miss you',
  followed: 'Thank you for everything, Ms Rivera',
};
const REFUSAL = 'The illustration was declined by the image model safety filter';

let browser: Browser;
beforeAll(async () => {
  const buildError = studioBuildError();
  if (buildError !== undefined) throw new Error(buildError);
  if (browserAvailable) browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function openContext(system: TestSystem, options: (typeof VIEWPORTS)[number]) {
  const { name: _name, ...contextOptions } = options;
  const context: BrowserContext = await browser.newContext({ ...contextOptions, locale: 'en-US' });
  context.setDefaultTimeout(15_000);
  await context.addInitScript(STUDIO_INIT_SCRIPT);
  const watch = watchContext(context, system.baseUrl);
  return { context, watch, page: await context.newPage() };
}

describeStudio.each(VIEWPORTS)('the studio at $viewport.width×$viewport.height', (options) => {
  const vp = options.name;
  let system: TestSystem;
  let studio: StudioProviders;
  let context: BrowserContext;
  let page: Page;
  let watch: { take(): string[] };
  const ids = { watched: '', cancelled: '', failing: '' };
  const violations: string[] = [];

  beforeAll(async () => {
    studio = studioProviders({ stepMs: 400 });
    system = await startTestSystem({ providers: studio.providers, env: { CACHE_TTL_SECONDS: '0' } });
    ({ context, page, watch } = await openContext(system, options));
  });
  afterAll(async () => {
    await context?.close();
    await system?.close();
  });
  afterEach(() => {
    expect(watch.take()).toEqual([]);
    expect(violations.splice(0)).toEqual([]);
  });

  it('makes a postcard from the keyboard and shows each step, the progress and the result', async () => {
    const held = studio.hold(PROMPTS.watched);
    await page.goto(`${system.baseUrl}/`);
    await page.locator(T.prompt).waitFor();

    // Tab reaches the prompt and create with a visible focus ring; Space and Enter press chips.
    const promptFocus = await tabTo(page, 'prompt');
    expect(promptFocus.focused).not.toBe(promptFocus.unfocused);
    await page.keyboard.type(PROMPTS.watched);
    await tabTo(page, 'style-chip', (pressed) => pressed !== 'true');
    const style = await focusedAttribute(page, 'data-value');
    await page.keyboard.press('Space');
    expect(await focusedAttribute(page, 'aria-pressed')).toBe('true');
    await tabTo(page, 'theme-chip', (pressed) => pressed !== 'true');
    const theme = await focusedAttribute(page, 'data-value');
    await page.keyboard.press('Enter');
    expect(await focusedAttribute(page, 'aria-pressed')).toBe('true');
    const createFocus = await tabTo(page, 'create');
    expect(createFocus.focused).not.toBe(createFocus.unfocused);
    ids.watched = await submit(page, () => page.keyboard.press('Enter'));

    // Each step is held until the page shows it RUNNING; progress must have moved on by the next one.
    const progress: number[] = [];
    for (const name of STEP_NAMES) {
      await held.reached(name);
      await page.locator(step(name, 'RUNNING')).waitFor();
      progress.push(Number(await page.locator(T.progress).getAttribute('aria-valuenow')));
      if (name === 'image') {
        expect((await page.locator(T.eta).innerText()).trim()).not.toBe('');
        violations.push(...(await axeViolations(page, 'create view while generating')));
        await page.locator(T.progress).scrollIntoViewIfNeeded();
        await screenshot(page, vp, 'generating', vp === 'desktop' ? 'studio-generating' : undefined);
      }
      held.release(name);
    }
    await stepsAre(page, STEP_NAMES, 'SUCCEEDED');
    expect(progress.every((v, i) => i === 0 || v > (progress[i - 1] ?? 0))).toBe(true);
    await page.locator(`${T.progress}[aria-valuenow="100"]`).waitFor();
    expect(timelineProblems(await readTimeline(page), STEP_NAMES)).toEqual([]);

    const status = await waitFor(() => getStatus(system.baseUrl, ids.watched), (s) => s.status === 'COMPLETED');
    expect([status.style, status.theme]).toEqual([style, theme]);
    const title = status.data?.content?.title ?? '';
    await frameShows(page, title);
    expect(await page.locator(T.copy).innerText()).toContain(title);
    expect((await page.locator(T.concept).innerText()).trim()).not.toBe('');
    for (const control of [T.open, T.download, T.copyLink]) expect(await page.locator(control).isVisible()).toBe(true);
    violations.push(...(await axeViolations(page, 'completed view')));
    await screenshot(page, vp, 'completed');
  });

  it('cancels a postcard being made, and says so', async () => {
    studio.stall(PROMPTS.cancelled, 'content');
    ids.cancelled = await createFromForm(page, PROMPTS.cancelled);
    await page.locator(step('content', 'RUNNING')).waitFor();
    await page.locator(T.cancel).click();
    await waitFor(() => page.locator(T.error).innerText(), (text) => /cancel/i.test(text), { what: 'the error to say cancelled' });
    expect((await waitUntilFinished(system.baseUrl, ids.cancelled)).status).toBe('CANCELLED');
  });

  it('shows a failed step in words, and retries it to the end', async () => {
    studio.failOnce(PROMPTS.failing, 'image', REFUSAL);
    ids.failing = await createFromForm(page, PROMPTS.failing);
    await page.locator(step('image', 'FAILED')).waitFor();
    const error = await page.locator(T.error).innerText();
    expect(notInWords(error)).toEqual([]);
    violations.push(...(await axeViolations(page, 'failed view')));
    await screenshot(page, vp, 'failed');

    await page.locator(T.retry).click();
    const status = await waitFor(() => getStatus(system.baseUrl, ids.failing), (s) => s.status === 'COMPLETED');
    await stepsAre(page, STEP_NAMES, 'SUCCEEDED');
    await frameShows(page, status.data?.content?.title ?? '');
    expect(await page.locator(T.error).isVisible()).toBe(false);
  });

  it('lists them in the gallery, filters by status, and keeps them after a reload', async () => {
    await page.locator(T.navGallery).click();
    await page.locator(T.gallery).waitFor();
    const expected = [
      { id: ids.watched, status: 'COMPLETED', href: `/p/${ids.watched}` },
      { id: ids.cancelled, status: 'CANCELLED', href: `/p/${ids.cancelled}` },
      { id: ids.failing, status: 'COMPLETED', href: `/p/${ids.failing}` },
    ];
    const listed = await waitFor(() => galleryItems(page), (items) => items.length >= 3, { what: 'three gallery items' });
    expect(listed).toEqual(expect.arrayContaining(expected));
    violations.push(...(await axeViolations(page, 'gallery')));
    await page.evaluate('window.scrollTo(0, 0)');
    await screenshot(page, vp, 'gallery', vp === 'desktop' ? 'studio-gallery' : undefined);

    await page.reload();
    await page.locator(T.galleryItem).first().waitFor();
    expect(await waitFor(() => galleryItems(page), (items) => items.length >= 3)).toEqual(expect.arrayContaining(expected));

    await filterGallery(page, 'CANCELLED');
    const narrowed = await waitFor(() => galleryItems(page), (items) => items.length > 0 && items.every((i) => i.status === 'CANCELLED'), { what: 'only CANCELLED items' });
    expect(narrowed.map((i) => i.id)).toEqual([ids.cancelled]);
  });

  it('opens a postcard\'s own page at /p/<task_id>, from the gallery and by its address', async () => {
    await page.locator(T.navGallery).click();
    await filterGallery(page, 'COMPLETED');
    await page.locator(`${T.galleryItem}[data-task-id="${ids.watched}"][href], ${T.galleryItem}[data-task-id="${ids.watched}"] a[href]`).first().click();
    await page.waitForURL(`**/p/${ids.watched}`);
    expect(await page.locator(T.detail).getAttribute('data-task-id')).toBe(ids.watched);

    await page.goto(`${system.baseUrl}/p/${ids.watched}`);
    expect(await page.locator(T.detail).getAttribute('data-task-id')).toBe(ids.watched);
    const status = await getStatus(system.baseUrl, ids.watched);
    await frameShows(page, status.data?.content?.title ?? '');
    violations.push(...(await axeViolations(page, 'detail view')));
    await screenshot(page, vp, 'detail');
  });

  it('follows a postcard still being made on its own page', async () => {
    const held = studio.hold(PROMPTS.followed);
    const id = String((await postJson(system.baseUrl, '/api/v1/postcards', { prompt: PROMPTS.followed })).body.task_id);
    await held.reached('concept');
    await page.goto(`${system.baseUrl}/p/${id}`);
    expect(await page.locator(T.detail).getAttribute('data-task-id')).toBe(id);
    for (const name of STEP_NAMES) {
      await held.reached(name);
      await page.locator(step(name, 'RUNNING')).waitFor();
      held.release(name);
    }
    await stepsAre(page, STEP_NAMES, 'SUCCEEDED');
    // The last step's success and the postcard's COMPLETED are two updates: the bar holds at 99 until the second.
    await page.locator(`${T.progress}[aria-valuenow="100"]`).waitFor();
    expect(timelineProblems(await readTimeline(page), STEP_NAMES)).toEqual([]);
    const status = await waitFor(() => getStatus(system.baseUrl, id), (s) => s.status === 'COMPLETED');
    await frameShows(page, status.data?.content?.title ?? '');
  });

  it('switches its language to Chinese and back', async () => {
    await page.goto(`${system.baseUrl}/gallery`);
    await page.locator(T.gallery).waitFor();
    const english = await page.locator(T.navGallery).innerText();
    expect(await switchLanguage(page, 'zh')).toMatch(/^zh/);
    await waitFor(() => page.locator(T.navGallery).innerText(), (text) => text !== english, { what: 'the nav to change language' });
    await screenshot(page, vp, 'gallery-zh');
    expect(await switchLanguage(page, 'en')).toMatch(/^en/);
  });

  it('loads the new build when a deploy has removed the view an open tab asks for', async () => {
    await page.goto(`${system.baseUrl}/`);
    await page.locator(T.create).waitFor();
    // The old build's gallery chunk, gone after a deploy: the first request for it gets the 404 a real deploy gives.
    let refused = 0;
    await page.route(/\/assets\/GalleryView-[^/]+\.js$/, (route) => (refused++ === 0 ? route.fulfill({ status: 404, body: 'Not Found' }) : route.continue()));
    await page.locator(T.navGallery).click();
    await page.locator(T.gallery).waitFor();
    expect([refused, new URL(page.url()).pathname]).toEqual([2, '/gallery']);
    await page.unroute(/\/assets\/GalleryView-[^/]+\.js$/);
    // Chromium logs the refused chunk and the failed import; nothing else may appear.
    expect(watch.take().filter((problem) => !/GalleryView-|dynamically imported module|404/.test(problem))).toEqual([]);
  });

  it('pages a long gallery as it scrolls to its end, repeating no postcard', async () => {
    await Promise.all(Array.from({ length: 22 }, (_, i) => postJson(system.baseUrl, '/api/v1/postcards', { prompt: `Postcard number ${i + 1}` })));
    const total = (await system.query<{ n: number }>('SELECT count(*)::int AS n FROM postcards'))[0]?.n ?? 0;
    await page.goto(`${system.baseUrl}/gallery`);
    await page.locator(T.galleryItem).first().waitFor();
    expect((await galleryItems(page)).length).toBeLessThan(total);
    await page.locator(T.loadMore).waitFor();
    // Scrolling near the load-more button loads the next page by itself (the button is for keyboards).
    await page.evaluate('window.scrollTo(0, document.documentElement.scrollHeight)');
    const all = await waitFor(() => galleryItems(page), (items) => items.length >= total, { what: 'every postcard after scrolling to the end' });
    expect(new Set(all.map((i) => i.id)).size).toBe(total);
    await page.locator(T.loadMore).waitFor({ state: 'detached' });
  });
});

describeStudio('the studio with API keys (AUTH_MODE=keys)', () => {
  let system: TestSystem;
  let context: BrowserContext;
  let page: Page;
  let watch: { take(): string[] };
  let key: string;
  const violations: string[] = [];

  beforeAll(async () => {
    system = await startTestSystem({ providers: studioProviders({ stepMs: 100 }).providers, env: { AUTH_MODE: 'keys', CACHE_TTL_SECONDS: '0' } });
    const keys = createKeyStore(system.services.db, () => undefined);
    key = (await keys.createKey({ user: 'studio', scopes: ['postcards:write', 'postcards:read'], kind: 'test', expiresAt: null })).key;
    ({ context, page, watch } = await openContext(system, VIEWPORTS[1]));
  });
  afterAll(async () => {
    await context?.close();
    await system?.close();
  });

  it('asks for a key when the API wants one, makes the postcard with it, and remembers it after a reload', async () => {
    await page.goto(`${system.baseUrl}/`);
    await page.locator(T.prompt).fill(PROMPTS.watched);
    // The studio asks when the API first answers 401, and sends the create again with the key.
    const created = submit(page, () => page.locator(T.create).click());
    await page.locator(T.keyDialog).waitFor();
    violations.push(...(await axeViolations(page, 'API key dialog')));
    await screenshot(page, 'desktop', 'api-key');
    await page.locator(T.keyInput).fill(key);
    await page.locator(T.keySave).click();
    await page.locator(T.keyDialog).waitFor({ state: 'hidden' });
    const id = await created;
    const auth = { authorization: `Bearer ${key}` };
    const status = await waitFor(() => getStatus(system.baseUrl, id, auth), (s) => s.status === 'COMPLETED');
    await frameShows(page, status.data?.content?.title ?? '');

    await page.reload();
    await page.locator(T.navGallery).click();
    await page.locator(`${T.galleryItem}[data-task-id="${id}"]`).waitFor();
    expect(await page.locator(T.keyDialog).isVisible()).toBe(false);
    // The one 401 that opened the dialog is logged by Chromium as a failed resource; nothing else may be.
    const unauthorized = /Failed to load resource: the server responded with a status of 401/;
    expect(watch.take().filter((p) => !unauthorized.test(p))).toEqual([]);
    expect(violations).toEqual([]);
  });
});
