import type { Copy } from '../contracts.js';
import { accept, reject, type Checked } from './checked.js';
import { checkPage } from './page-quality/index.js';

// Finding the document inside a model's reply (prose, fences) is text work;
// checking the document itself is the page-quality module's, with a parser.
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

/**
 * What stops the postcard page from being stored, each line an instruction
 * for the model. External resources are not listed when they are all that is
 * wrong: the quality gate removes them and keeps the page.
 */
export function postcardHtmlProblems(html: string, expected: PostcardExpectations): string[] {
  return [...checkPage(html, expected).problems];
}

/**
 * Extraction and the quality gate in one, as both code providers use them.
 * The page is accepted as the model wrote it (the code step removes external
 * resources and records what it removed); serious html-validate errors are
 * advice, worth the one repair round. A rejected page's feedback carries the
 * advice too, so that the repair fixes everything at once.
 */
export function checkPostcardReply(reply: string, expected: PostcardExpectations): Checked<string> {
  const extracted = extractHtmlDocument(reply);
  if (!extracted.ok) return extracted;
  const page = checkPage(extracted.value, expected);
  if (page.problems.length > 0) return reject([...page.problems, ...page.advice]);
  return page.advice.length === 0 ? extracted : accept(extracted.value, page.advice);
}
