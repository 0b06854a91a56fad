import type { Copy } from '../../contracts.js';
import { comparableText } from '../html-text.js';
import { findExternalResources, removeExternalResources, type ExternalResource } from './external-resources.js';
import { attr, findElements, parsePage, serializePage, visibleText, written, type ParsedPage } from './html-tree.js';
import { validateHtml } from './html-validation.js';
import { describeNavigation, findNavigation, removeNavigation, type Navigation } from './navigation.js';
import type { PageQuality } from './page-quality-schema.js';

/** Storage and the webview care about bytes, and CJK text is 3 bytes a character. */
export const MAX_PAGE_BYTES = 512 * 1024;

/** What the page must show. Without them only the document itself is checked. */
export interface PageExpectations {
  readonly copy?: Pick<Copy, 'title' | 'body'>;
  /** The postcard's own illustration: the one URL the page may load. */
  readonly imageUrl?: string;
}

export interface PageCheck {
  /** The page to keep: as given, or re-serialised without its external resources and navigation when they were all that was wrong. */
  readonly html: string;
  /** What must change before the page can be used, each line an instruction: the repair round's feedback. */
  readonly problems: readonly string[];
  /** Serious html-validate errors: worth one repair round, not worth rejecting an otherwise usable page. */
  readonly advice: readonly string[];
  /** The external resources taken out of `html` (none when the page was rejected). */
  readonly removed: readonly ExternalResource[];
  /** The navigation taken out of `html` (none when the page was rejected). */
  readonly navigationRemoved: readonly Navigation[];
  readonly quality: PageQuality;
}

function structureProblems({ document, repeatedTags }: ParsedPage): string[] {
  const problems: string[] = [];
  const doctype = document.childNodes.find((n) => n.nodeName === '#documentType');
  if (doctype === undefined || !('name' in doctype) || doctype.name.toLowerCase() !== 'html') problems.push('must start with <!DOCTYPE html>');
  const [html] = findElements(document, 'html');
  if (repeatedTags.length > 0) problems.push(`must contain exactly one <html> element and one <body> (found a second <${repeatedTags[0]}>)`);
  if (html === undefined || !written(html) || html.sourceCodeLocation?.endTag === undefined) {
    problems.push('must be one complete <html>…</html> document');
  }
  const head = findElements(document, 'head')[0];
  const body = findElements(document, 'body')[0];
  if (head === undefined || body === undefined || !written(head) || !written(body)) problems.push('must have <head> and <body>');
  if (html !== undefined && (attr(html, 'lang') ?? '').trim() === '') problems.push('must name the page language with <html lang="…">');
  const metas = findElements(document, 'meta');
  if (!metas.some((m) => attr(m, 'name')?.trim().toLowerCase() === 'viewport')) problems.push('must declare a viewport meta tag for mobile webviews');
  const title = findElements(document, 'title')[0];
  if (title === undefined || visibleText(title).trim() === '') problems.push('must have a non-empty <title>');
  return problems;
}

function expectationProblems(page: ParsedPage, expected: PageExpectations): string[] {
  const problems: string[] = [];
  const { imageUrl, copy } = expected;
  if (imageUrl !== undefined && !findElements(page.document, 'img').some((img) => attr(img, 'src')?.trim() === imageUrl)) {
    problems.push(`must show the illustration with <img src="${imageUrl}"> using exactly that URL`);
  }
  if (copy !== undefined) {
    // The copy must be readable in the markup itself (without scripts), so script and style text does not count.
    const body = findElements(page.document, 'body')[0];
    const text = comparableText(body === undefined ? '' : visibleText(body));
    if (!text.includes(comparableText(copy.title))) problems.push('must contain the title text exactly as given');
    if (!text.includes(comparableText(copy.body))) {
      problems.push('must contain the whole body text exactly as given (line breaks may become <br> or <p>)');
    }
  }
  return problems;
}

const describeResource = (r: ExternalResource) =>
  `must not load ${r.url} (${r.where}); inline it or leave it out: the page may load nothing but the illustration URL`;

const navigationProblem = (n: Navigation) =>
  `must not navigate away: ${n.construct} (${n.where}); the postcard stays on its own page, so leave it out`;

/**
 * The quality gate every postcard page passes, from every provider. The page
 * is parsed as a browser would parse it (parse5; its CSS with css-tree) and:
 * - structure, size, the copy and the illustration are checked: failures are `problems`;
 * - external resources (links, scripts, frames, media, CSS url() and @import,
 *   <base>, meta refresh, forms posting elsewhere) are removed when they are
 *   all that is wrong, and are listed among the problems otherwise, so that
 *   one repair fixes everything;
 * - navigation (scripts, handlers and javascript: URLs that assign `location`
 *   or call `window.open`, links and forms aimed at `_top` or `_parent`) is
 *   treated the same way: neutralised or removed, else listed among the problems;
 * - html-validate runs on the page that would be kept: every error is
 *   recorded, the serious ones become `advice`.
 */
export function checkPage(html: string, expected: PageExpectations = {}, now: Date = new Date()): PageCheck {
  const page = parsePage(html);
  const problems = [...structureProblems(page), ...expectationProblems(page, expected)];
  const bytes = Buffer.byteLength(html, 'utf8');
  if (bytes > MAX_PAGE_BYTES) problems.push(`is ${bytes} bytes; it must stay under ${MAX_PAGE_BYTES} bytes`);

  // Without a known illustration URL, the page's own <img> sources stand for it.
  const allowed = new Set(
    expected.imageUrl !== undefined ? [expected.imageUrl] : findElements(page.document, 'img').flatMap((img) => attr(img, 'src')?.trim() ?? []),
  );
  const resources = findExternalResources(page.document, allowed);
  const navigation = findNavigation(page.document);
  let kept = html;
  if (problems.length > 0) {
    problems.push(...resources.map(describeResource), ...navigation.map(navigationProblem));
  } else if (resources.length > 0 || navigation.length > 0) {
    removeExternalResources(resources);
    removeNavigation(navigation);
    kept = serializePage(page.document);
  }
  const removed = problems.length > 0 ? [] : resources.map(({ kind, url, where }) => ({ kind, url, where }));
  const navigationRemoved = problems.length > 0 ? [] : navigation.map(({ kind, construct, where }) => ({ kind, construct, where }));
  const validation = validateHtml(kept);
  return {
    html: kept,
    problems,
    advice: validation.serious.map((e) => `fix ${e.rule} at line ${e.line}: ${e.message}`),
    removed,
    navigationRemoved,
    quality: {
      html_errors: validation.errors.length,
      html_error_rules: [...new Set(validation.errors.map((e) => e.rule))].sort(),
      accessibility_violations: null,
      external_resources_removed: [...new Set(removed.map((r) => r.url))],
      navigation_removed: [...new Set(navigationRemoved.map(describeNavigation))],
      checked_at: now.toISOString(),
    },
  };
}

/**
 * The document-level part of the gate, for a provider that checks its own
 * output without knowing the copy: structure and size, and every external
 * resource and every navigation counted as a problem (a page we render
 * ourselves has no excuse).
 */
export function documentProblems(html: string): string[] {
  const page = parsePage(html);
  const problems = structureProblems(page);
  const bytes = Buffer.byteLength(html, 'utf8');
  if (bytes > MAX_PAGE_BYTES) problems.push(`is ${bytes} bytes; it must stay under ${MAX_PAGE_BYTES} bytes`);
  const images = new Set(findElements(page.document, 'img').flatMap((img) => attr(img, 'src')?.trim() ?? []));
  problems.push(...findExternalResources(page.document, images).map(describeResource), ...findNavigation(page.document).map(navigationProblem));
  return problems;
}

/** The src of every <img> in the page, in document order (entities decoded). */
export function imageSources(html: string): string[] {
  return findElements(parsePage(html).document, 'img').flatMap((img) => attr(img, 'src')?.trim() ?? []);
}
