import { scanCss, type CssResource } from './css-resources.js';
import { attr, elements, ownText, removeAttr, removeElement, setAttr, setOwnText, type Document, type Element } from './html-tree.js';
import { loadsFromNetwork, srcsetUrls } from './resource-url.js';

export type ExternalResourceKind =
  | 'link'
  | 'script'
  | 'image'
  | 'srcset'
  | 'embed'
  | 'media'
  | 'svg-reference'
  | 'base'
  | 'meta-refresh'
  | 'form-action'
  | CssResource['kind'];

/** Something in the page that makes the browser fetch a URL other than the postcard's own image. */
export interface ExternalResource {
  readonly kind: ExternalResourceKind;
  readonly url: string;
  /** The tag it was found on, for feedback ("<link>", "<style>", "style attribute of <div>"). */
  readonly where: string;
}

interface Finding extends ExternalResource {
  /** Takes the resource out of the tree in place. */
  readonly remove: () => void;
}

const EMBEDDING = new Set(['iframe', 'frame', 'object', 'embed', 'portal']);
const MEDIA = new Set(['video', 'audio', 'track']);

function refreshUrl(content: string): string {
  // "5; url=https://…" or just "5" (a reload of the page itself, still a request).
  const target = content.split(';').slice(1).join(';').trim();
  return target.replace(/^url\s*=\s*/i, '').replace(/^['"]|['"]$/g, '') || '(reload)';
}

function elementFindings(element: Element, allowed: ReadonlySet<string>): Finding[] {
  // Inline SVG keeps camelCase tag names (feImage).
  const tag = element.tagName.toLowerCase();
  const where = `<${element.tagName}>`;
  const external = (url: string | undefined): url is string => url !== undefined && loadsFromNetwork(url) && !allowed.has(url.trim());
  const whole = (kind: ExternalResourceKind, url: string): Finding => ({ kind, url, where, remove: () => removeElement(element) });
  const href = attr(element, 'href');
  const src = attr(element, 'src');
  switch (tag) {
    case 'link':
      return href !== undefined && loadsFromNetwork(href) ? [whole('link', href)] : [];
    case 'script':
      return src !== undefined && loadsFromNetwork(src) ? [whole('script', src)] : [];
    case 'base':
      return href !== undefined && href.trim() !== '' ? [whole('base', href)] : [];
    case 'meta': {
      const refresh = attr(element, 'http-equiv')?.trim().toLowerCase() === 'refresh';
      return refresh ? [whole('meta-refresh', refreshUrl(attr(element, 'content') ?? ''))] : [];
    }
    case 'form': {
      const action = attr(element, 'action');
      return external(action) ? [{ kind: 'form-action', url: action, where, remove: () => removeAttr(element, 'action') }] : [];
    }
    case 'button':
    case 'input': {
      const found: Finding[] = [];
      const formAction = attr(element, 'formaction');
      if (external(formAction)) found.push({ kind: 'form-action', url: formAction, where, remove: () => removeAttr(element, 'formaction') });
      if (tag === 'input' && attr(element, 'type')?.toLowerCase() === 'image' && external(src)) found.push(whole('image', src));
      return found;
    }
    case 'img':
    case 'source':
      return imageFindings(element, allowed, where);
    case 'image':
    case 'use':
    case 'feimage': {
      // Inline SVG: <image href>, <use href="other.svg#id"> and filters fetch too.
      const ref = href ?? attr(element, 'xlink:href');
      return external(ref) ? [whole('svg-reference', ref)] : [];
    }
    default:
      break;
  }
  if (EMBEDDING.has(tag)) {
    const url = src ?? attr(element, 'data');
    return external(url) ? [whole('embed', url)] : [];
  }
  if (MEDIA.has(tag)) {
    const found: Finding[] = external(src) ? [whole('media', src)] : [];
    const poster = attr(element, 'poster');
    if (external(poster)) found.push({ kind: 'media', url: poster, where, remove: () => removeAttr(element, 'poster') });
    return found;
  }
  return [];
}

function imageFindings(element: Element, allowed: ReadonlySet<string>, where: string): Finding[] {
  const found: Finding[] = [];
  const src = attr(element, 'src');
  const srcSet = attr(element, 'srcset');
  const removeSrcset = srcSet === undefined ? [] : srcsetUrls(srcSet).filter((url) => loadsFromNetwork(url) && !allowed.has(url));
  const srcIsExternal = src !== undefined && loadsFromNetwork(src) && !allowed.has(src.trim());
  if (srcIsExternal) found.push({ kind: 'image', url: src, where, remove: () => removeElement(element) });
  if (srcSet !== undefined && removeSrcset.length > 0) {
    const kept = srcSet
      .split(',')
      .map((c) => c.trim())
      .filter((c) => c !== '' && !removeSrcset.includes(c.split(/\s+/)[0] ?? ''));
    const dropSrcset = () => (kept.length === 0 ? removeAttr(element, 'srcset') : setAttr(element, 'srcset', kept.join(', ')));
    // A <source> with nothing left to offer is removed: an empty one would make the browser pick nothing.
    const remove = element.tagName === 'source' && kept.length === 0 && src === undefined ? () => removeElement(element) : dropSrcset;
    for (const url of removeSrcset) found.push({ kind: 'srcset', url, where, remove });
  }
  return found;
}

function cssFindings(element: Element, allowed: ReadonlySet<string>): Finding[] {
  const found: Finding[] = [];
  if (element.tagName === 'style') {
    const scan = scanCss(ownText(element), 'stylesheet', allowed);
    const remove = () => setOwnText(element, scan.stripped);
    found.push(...scan.resources.map((r) => ({ ...r, where: '<style>', remove })));
  }
  const style = attr(element, 'style');
  if (style !== undefined && style.trim() !== '') {
    const scan = scanCss(style, 'declarationList', allowed);
    const remove = () => setAttr(element, 'style', scan.stripped.trim());
    found.push(...scan.resources.map((r) => ({ ...r, where: `style attribute of <${element.tagName}>`, remove })));
  }
  return found;
}

/** Walks the parsed page for every external fetch: tags, attributes and the CSS in <style> and style="". */
export function findExternalResources(document: Document, allowed: ReadonlySet<string>): Finding[] {
  const found: Finding[] = [];
  for (const element of elements(document)) found.push(...elementFindings(element, allowed), ...cssFindings(element, allowed));
  return found;
}

/** Removes what findExternalResources found, in place; each removal runs once even when it covers several URLs. */
export function removeExternalResources(findings: readonly Finding[]): void {
  for (const remove of new Set(findings.map((f) => f.remove))) remove();
}
