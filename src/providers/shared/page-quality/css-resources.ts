import { parse, walk, type CssNode, type WalkContext } from 'css-tree';
import { loadsFromNetwork } from './resource-url.js';

/** Where a stylesheet text comes from: a <style> element, or a style="" attribute (a declaration list). */
export type CssContext = 'stylesheet' | 'declarationList';

export interface CssResource {
  readonly kind: 'css-import' | 'css-url';
  readonly url: string;
}

export interface CssScan {
  readonly resources: readonly CssResource[];
  /** The CSS with the rule or declaration behind each resource cut out; the text as given when there are none. */
  readonly stripped: string;
}

interface Range {
  readonly start: number;
  readonly end: number;
}

function importUrl(node: CssNode): string {
  let url = '';
  walk(node, (child) => {
    if (url !== '') return;
    if (child.type === 'Url' || child.type === 'String') url = child.value;
  });
  return url;
}

/** A removed rule's `;` goes with it: a stray one at the top level would swallow the next rule's selector. */
function withSemicolon(css: string, range: Range): Range {
  let end = range.end;
  while (end < css.length && /\s/.test(css[end] ?? '')) end += 1;
  return css[end] === ';' ? { start: range.start, end: end + 1 } : range;
}

function cut(css: string, ranges: readonly Range[]): string {
  let out = css;
  let last = Number.POSITIVE_INFINITY;
  for (const range of [...ranges].sort((a, b) => b.start - a.start)) {
    if (range.end > last) continue; // nested in a range already cut
    out = out.slice(0, range.start) + out.slice(range.end);
    last = range.start;
  }
  return out;
}

/**
 * CSS fetches through url(), src(), image-set() (a bare string in it is a URL
 * too) and @import, and the only way to write those without their letters is
 * an escape (`\75 rl(`, `@\69mport`). Text with none of them cannot fetch, so
 * it skips the parse: most pages' stylesheets (every local one) load nothing,
 * and parsing them was the gate's largest cost.
 */
const MAY_FETCH = /url|src|image-set|@import|\\/i;

/**
 * An identifier as the browser reads it: `\75 rl` and `u\rl` are `url`.
 * css-tree keeps names as written, so escaped ones would pass unseen.
 */
function unescapeCss(text: string): string {
  return text.replace(/\\(?:([0-9a-f]{1,6})[ \t\n\r\f]?|([^\n0-9a-f]))/gi, (_m, hex: string | undefined, char: string | undefined) =>
    hex === undefined ? (char ?? '') : String.fromCodePoint(Math.min(Number.parseInt(hex, 16), 0x10ffff) || 0xfffd),
  );
}

const nameOf = (name: string): string => unescapeCss(name).toLowerCase();

/** The URLs a node fetches: a url(), the string of a src() or an escaped url(), the bare strings of image-set(), a url() css-tree could only keep as raw text. */
function fetchedBy(node: CssNode): string[] {
  if (node.type === 'Url') return [node.value];
  if (node.type === 'Function') {
    const name = nameOf(node.name);
    const strings = node.children.toArray().flatMap((child) => (child.type === 'String' ? [child.value] : []));
    if (name === 'url' || name === 'src') return strings.slice(0, 1);
    if (name === 'image-set' || name === '-webkit-image-set') return strings;
    return [];
  }
  if (node.type === 'Raw') return [...unescapeCss(node.value).matchAll(/url\(\s*(['"]?)([^'")\s]+)\1\s*\)/gi)].flatMap((m) => m[2] ?? []);
  return [];
}

/**
 * Finds what a piece of CSS would fetch (@import, url()) other than the
 * allowed URLs, by parsing it with css-tree: only real rules count, never text
 * that merely looks like them. Each is removed with the smallest enclosing
 * unit that stays valid CSS: the @import rule, or the declaration holding the url().
 */
export function scanCss(css: string, context: CssContext, allowed: ReadonlySet<string>): CssScan {
  if (!MAY_FETCH.test(css)) return { resources: [], stripped: css };
  const ast = parse(css, { context, positions: true });
  const resources: CssResource[] = [];
  const ranges: Range[] = [];
  const rangeOf = (node: CssNode): Range | undefined =>
    node.loc === undefined || node.loc === null ? undefined : { start: node.loc.start.offset, end: node.loc.end.offset };
  walk(ast, {
    enter(this: WalkContext, node: CssNode) {
      if (node.type === 'Atrule' && nameOf(node.name) === 'import') {
        const url = importUrl(node);
        if (!loadsFromNetwork(url) || allowed.has(url)) return;
        resources.push({ kind: 'css-import', url });
        const range = rangeOf(node);
        if (range !== undefined) ranges.push(withSemicolon(css, range));
        return;
      }
      if (this.atrule !== null && nameOf(this.atrule.name) === 'import') return; // reported with its rule
      const urls = fetchedBy(node).filter((url) => loadsFromNetwork(url) && !allowed.has(url));
      if (urls.length === 0) return;
      resources.push(...urls.map((url) => ({ kind: 'css-url' as const, url })));
      const holder = this.declaration === null ? node : this.declaration;
      const range = rangeOf(holder);
      if (range !== undefined) ranges.push(withSemicolon(css, range));
    },
  });
  return { resources, stripped: ranges.length === 0 ? css : cut(css, ranges) };
}
