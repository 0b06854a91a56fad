import type { Page } from 'playwright-core';
import { CreatedResponseSchema } from '../../src/postcards/postcard-responses';
import { waitFor } from './wait';

/**
 * The studio's DOM contract (its data-testid attributes) and the few actions
 * the end-to-end test takes through it. Only these selectors are relied on,
 * never classes or text the studio may reword.
 */
export const T = {
  prompt: '[data-testid=prompt]',
  styleChip: '[data-testid=style-chip]',
  themeChip: '[data-testid=theme-chip]',
  create: '[data-testid=create]',
  langSwitch: '[data-testid=lang-switch]',
  keyDialog: '[data-testid=api-key-dialog]',
  keyInput: '[data-testid=api-key]',
  keySave: '[data-testid=api-key-save]',
  progress: '[data-testid=progress]',
  eta: '[data-testid=eta]',
  concept: '[data-testid=concept]',
  copy: '[data-testid=copy]',
  frame: '[data-testid=postcard-frame]',
  open: '[data-testid=open]',
  download: '[data-testid=download]',
  copyLink: '[data-testid=copy-link]',
  cancel: '[data-testid=cancel]',
  retry: '[data-testid=retry]',
  error: '[data-testid=error]',
  gallery: '[data-testid=gallery]',
  galleryItem: '[data-testid=gallery-item]',
  statusFilter: '[data-testid=status-filter]',
  loadMore: '[data-testid=load-more]',
  detail: '[data-testid=detail]',
  navCreate: '[data-testid=nav-create]',
  navGallery: '[data-testid=nav-gallery]',
} as const;

export const step = (name: string, status?: string) => `[data-testid=step][data-step=${name}]${status === undefined ? '' : `[data-status=${status}]`}`;

/** The steps as the page shows them: `{ concept: 'SUCCEEDED', … }`. */
export const shownSteps = (page: Page) =>
  page.evaluate<Record<string, string | null>>(
    `Object.fromEntries([...document.querySelectorAll('[data-testid=step]')].map((el) => [el.getAttribute('data-step'), el.getAttribute('data-status')]))`,
  );

/** Waits for every step to show `status` (on the create or the detail view); a timeout names what the page shows instead. */
export async function stepsAre(page: Page, steps: readonly string[], status: string): Promise<void> {
  await waitFor(() => shownSteps(page), (shown) => steps.every((name) => shown[name] === status), { timeoutMs: 15_000, what: `every step to show ${status}` });
}

/**
 * Runs `action` (a click or a key press on create) and returns the task id of
 * the postcard the studio asked for. A 401 is passed over: in AUTH_MODE=keys
 * it is what opens the key dialog, after which the studio asks again.
 */
export async function submit(page: Page, action: () => Promise<void>): Promise<string> {
  const [response] = await Promise.all([
    page.waitForResponse(
      (r) => r.request().method() === 'POST' && r.status() !== 401 && /^\/api\/v1\/postcards(\/create)?$/.test(new URL(r.url()).pathname),
    ),
    action(),
  ]);
  if (response.status() !== 202) throw new Error(`create answered ${response.status()}: ${await response.text()}`);
  return CreatedResponseSchema.parse(await response.json()).task_id;
}

/** From the create view: a prompt, the first style chip, create. */
export async function createFromForm(page: Page, prompt: string): Promise<string> {
  await page.locator(T.navCreate).click();
  await page.locator(T.prompt).fill(prompt);
  const value = await page.locator(`${T.styleChip}[aria-pressed=false]`).first().getAttribute('data-value');
  const chip = page.locator(`${T.styleChip}[data-value="${value}"]`);
  await chip.click();
  if ((await chip.getAttribute('aria-pressed')) !== 'true') throw new Error(`the clicked style chip ${value} is not aria-pressed=true`);
  return submit(page, () => page.locator(T.create).click());
}

/** Waits until the postcard frame shows `text` (read inside the sandboxed frame). */
export async function frameShows(page: Page, text: string): Promise<void> {
  await page.frameLocator(T.frame).getByText(text, { exact: false }).first().waitFor({ timeout: 20_000 });
}

/** What an error shown to a person must not look like: a stack, a class name, JSON, a source location. */
export function notInWords(text: string): string[] {
  const problems: string[] = [];
  if (/\n\s*at\s/.test(text) || /\.[cm]?[jt]s:\d+/.test(text)) problems.push('looks like a stack trace');
  if (/\b[A-Z][a-zA-Z]*Error\b/.test(text)) problems.push('names an error class');
  if (/[{}[\]]|"\w+":/.test(text)) problems.push('contains JSON');
  if (text.trim().split(/\s+/).length < 3) problems.push('is not a sentence');
  return problems;
}

export interface GalleryItem {
  readonly id: string | null;
  readonly status: string | null;
  readonly href: string | null;
}

/** The gallery's items as listed: task id, status, and where its link goes. */
export function galleryItems(page: Page): Promise<GalleryItem[]> {
  return page.evaluate<GalleryItem[]>(`[...document.querySelectorAll('[data-testid=gallery-item]')].map((el) => {
    const link = el.matches('a[href]') ? el : el.querySelector('a[href]');
    return { id: el.getAttribute('data-task-id'), status: el.getAttribute('data-status'), href: link === null ? null : new URL(link.href).pathname };
  })`);
}

/** The tag name of the first element `selector` finds, and its <option> values if it is a <select>. */
const control = (page: Page, selector: string) =>
  page.evaluate<{ tag: string; values: string[] }>(`(() => {
    const el = document.querySelector(${JSON.stringify(selector)});
    return { tag: el?.tagName ?? 'NONE', values: el?.tagName === 'SELECT' ? [...el.options].map((o) => o.value) : [] };
  })()`);

/** Narrows the gallery to one status, whether the filter is a <select> or a group of buttons. */
export async function filterGallery(page: Page, status: string): Promise<void> {
  const filter = page.locator(T.statusFilter);
  await filter.waitFor();
  const { tag, values } = await control(page, T.statusFilter);
  if (tag === 'SELECT') {
    const value = values.find((v) => v.toUpperCase() === status);
    if (value === undefined) throw new Error(`status-filter has no option ${status}: ${values.join(', ')}`);
    await filter.selectOption(value);
  } else {
    await filter.locator(`[data-value=${status}], [data-value=${status.toLowerCase()}]`).first().click();
  }
}

/** Switches the interface language with the lang switch, whether a <select> or a button; returns <html lang> after. */
export async function switchLanguage(page: Page, to: 'zh' | 'en'): Promise<string> {
  const lang = page.locator(T.langSwitch);
  await lang.waitFor();
  const { tag, values } = await control(page, T.langSwitch);
  if (tag === 'SELECT') {
    const value = values.find((v) => v.toLowerCase().startsWith(to));
    if (value === undefined) throw new Error(`lang-switch has no ${to} option: ${values.join(', ')}`);
    await lang.selectOption(value);
  } else {
    await lang.click();
  }
  return page.evaluate<string>('document.documentElement.lang');
}
