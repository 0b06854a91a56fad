import { HtmlDocumentSchema, MAX_HTML_BYTES, type Copy } from '../contracts.js';
import { accept, reject, type Checked } from './checked.js';
import { comparableText, decodeEntities } from './html-text.js';

const DOCTYPE = /<!doctype\s+html[^>]*>/gi;
const HTML_OPEN = /<html[\s>]/gi;
const HTML_CLOSE = '</html>';

function count(pattern: RegExp, text: string): number {
  return [...text.matchAll(pattern)].length;
}

/**
 * Takes exactly one complete HTML document out of a model's reply, which may
 * wrap it in ```html fences or surround it with prose. Zero documents, several
 * documents, or one that never closes are reported as problems, not guessed at.
 */
export function extractHtmlDocument(reply: string): Checked<string> {
  const doctypes = count(DOCTYPE, reply);
  const opens = count(HTML_OPEN, reply);
  if (doctypes > 1 || opens > 1) {
    return reject([`the answer contains ${Math.max(doctypes, opens)} HTML documents; send exactly one`]);
  }
  const lower = reply.toLowerCase();
  const start = doctypes === 1 ? lower.search(/<!doctype\s+html/) : lower.search(/<html[\s>]/);
  if (start < 0) return reject(['the answer contains no HTML document; send one complete document starting with <!DOCTYPE html>']);
  const end = lower.lastIndexOf(HTML_CLOSE);
  if (end < start) return reject(['the HTML document is incomplete: it never reaches </html>']);
  return accept(reply.slice(start, end + HTML_CLOSE.length));
}

/** What the postcard page must show and load. */
export interface PostcardExpectations {
  readonly copy: Copy;
  readonly imageUrl: string;
}

function externalResourceProblems(html: string, imageUrl: string): string[] {
  const problems: string[] = [];
  if (/@import\b/i.test(html) && !/@import\s/i.test(html)) problems.push('must not @import stylesheets');
  if (/<link\b[^>]*\bhref\s*=\s*["']?\s*(https?:)?\/\//i.test(html)) {
    problems.push('must not load anything through <link> (stylesheets, fonts, preconnects); inline everything');
  }
  for (const match of html.matchAll(/url\(\s*["']?((?:https?:)?\/\/[^"')\s]+)/gi)) {
    const url = decodeEntities(match[1] ?? '');
    if (url !== imageUrl) problems.push(`must not load ${url} from CSS; only the postcard image URL may be fetched`);
  }
  return problems;
}

function imageSources(html: string): string[] {
  return [...html.matchAll(/<img\b[^>]*?\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi)].map((m) =>
    decodeEntities(m[1] ?? m[2] ?? m[3] ?? '').trim(),
  );
}

/**
 * Everything the postcard HTML is checked for before it is stored. The list is
 * also the feedback a model gets for one repair, so each line says what to fix.
 */
export function postcardHtmlProblems(html: string, expected: PostcardExpectations): string[] {
  const parsed = HtmlDocumentSchema.safeParse(html);
  const problems = parsed.success ? [] : parsed.error.issues.map((issue) => issue.message);
  problems.push(...externalResourceProblems(html, expected.imageUrl));
  // The schema counts characters; storage and the webview care about bytes, and CJK text is 3 bytes a character.
  const bytes = Buffer.byteLength(html, 'utf8');
  if (bytes > MAX_HTML_BYTES) problems.push(`is ${bytes} bytes; it must stay under ${MAX_HTML_BYTES} bytes`);
  if (count(HTML_OPEN, html) !== 1) problems.push('must contain exactly one <html> element');
  if (!imageSources(html).includes(expected.imageUrl)) {
    problems.push(`must show the illustration with <img src="${expected.imageUrl}"> using exactly that URL`);
  }
  // The copy must be in the markup itself (readable without scripts), so script and style bodies do not count.
  const text = comparableText(html.replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' '));
  if (!text.includes(comparableText(expected.copy.title))) problems.push('must contain the title text exactly as given');
  if (!text.includes(comparableText(expected.copy.body))) {
    problems.push('must contain the whole body text exactly as given (line breaks may become <br> or <p>)');
  }
  return problems;
}

/** Extraction and checks in one step, as both code providers use them. */
export function checkPostcardReply(reply: string, expected: PostcardExpectations): Checked<string> {
  const extracted = extractHtmlDocument(reply);
  if (!extracted.ok) return extracted;
  const problems = postcardHtmlProblems(extracted.value, expected);
  return problems.length === 0 ? extracted : reject(problems);
}
