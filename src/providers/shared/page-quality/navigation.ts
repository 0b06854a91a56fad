import { attr, elements, ownText, parsePage, removeAttr, removeElement, setOwnText, type Document, type Element } from './html-tree.js';
import { loadsFromNetwork } from './resource-url.js';
import { scriptNavigation, type ScriptMode } from './script-navigation.js';

/**
 * Where the page would take its reader away: a script, an on…="" handler, a
 * javascript: URL, a link or form aimed at the frame around the card, or an
 * <iframe srcdoc> page doing any of these.
 * `<meta http-equiv="refresh">` and forms posting elsewhere are removed as
 * external resources (external-resources.ts), since they load a URL too.
 */
export type NavigationKind = 'script' | 'event-handler' | 'javascript-url' | 'frame-target' | 'inline-frame';

/** One piece of navigation the page holds. */
export interface Navigation {
  readonly kind: NavigationKind;
  /** What does it, as written ("location.href =", "target=_top"). */
  readonly construct: string;
  /** Where it was found ("<script>", "onclick of <button>"). */
  readonly where: string;
}

interface NavigationFinding extends Navigation {
  /** Takes the navigation out of the tree in place. */
  readonly remove: () => void;
}

// The HTML standard's JavaScript MIME type essences; any other type is data the browser does not run.
const JAVASCRIPT_TYPES = new Set([
  'application/ecmascript',
  'application/javascript',
  'application/x-ecmascript',
  'application/x-javascript',
  'text/ecmascript',
  'text/javascript',
  'text/javascript1.0',
  'text/javascript1.1',
  'text/javascript1.2',
  'text/javascript1.3',
  'text/javascript1.4',
  'text/javascript1.5',
  'text/jscript',
  'text/livescript',
  'text/x-ecmascript',
  'text/x-javascript',
]);
// Attributes a javascript: URL runs from.
const URL_ATTRIBUTES = ['href', 'xlink:href', 'src', 'action', 'formaction', 'data'];
// Browsing contexts outside the card's own frame; _blank opens a popup, which the preview's sandbox refuses.
const OUTER_TARGETS = new Set(['_top', '_parent', '_unfencedtop']);

/** How the browser would run a <script>, or null for one it does not run (JSON, templates, import maps). */
function scriptMode(element: Element): ScriptMode | null {
  const type = attr(element, 'type');
  const language = attr(element, 'language');
  const essence = (type ?? (language === undefined || language === '' ? '' : `text/${language}`)).trim().toLowerCase();
  if (essence === '') return 'script';
  if (essence === 'module') return 'module';
  return JAVASCRIPT_TYPES.has(essence) ? 'script' : null;
}

/** The code of a javascript: URL as the browser runs it (tabs and newlines dropped, percent-decoded); null for other URLs. */
function javascriptUrlCode(url: string): string | null {
  // eslint-disable-next-line no-control-regex -- URL parsing strips C0 controls and spaces at the ends
  const cleaned = url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
  if (!/^javascript:/i.test(cleaned)) return null;
  const code = cleaned.slice('javascript:'.length);
  try {
    return decodeURIComponent(code);
  } catch (error) {
    // A lone % stays as written, as the URL parser leaves it.
    if (error instanceof URIError) return code;
    throw error;
  }
}

function scriptFindings(element: Element): NavigationFinding[] {
  const whole = (construct: string): NavigationFinding => ({ kind: 'script', construct, where: '<script>', remove: () => removeElement(element) });
  const src = attr(element, 'src');
  if (src !== undefined && src.trim() !== '') {
    // A network script is removed as an external resource; a data: or blob: one cannot be read here.
    return loadsFromNetwork(src) ? [] : [whole(`a script from ${src.trim().slice(0, 20)}…`)];
  }
  const mode = scriptMode(element);
  if (mode === null) return [];
  const verdict = scriptNavigation(ownText(element), mode);
  if (verdict.kind === 'clean') return [];
  if (verdict.kind === 'unreadable') return [whole('a script that does not parse')];
  // Each construct replaced by `void 0` keeps the rest of the card working; a script that would not survive that goes.
  const { neutralised } = verdict;
  const remove = neutralised === null ? () => removeElement(element) : () => setOwnText(element, neutralised);
  return verdict.constructs.map((construct) => ({ kind: 'script', construct, where: '<script>', remove }));
}

function attributeFindings(element: Element): NavigationFinding[] {
  const found: NavigationFinding[] = [];
  const tag = `<${element.tagName}>`;
  for (const { name, prefix, value } of element.attrs) {
    const qualified = prefix === undefined ? name : `${prefix}:${name}`;
    const remove = () => removeAttr(element, qualified);
    // <details open> and <dialog open> are not handlers.
    if (/^on./.test(qualified) && qualified !== 'open') {
      const verdict = scriptNavigation(value, 'handler');
      const constructs = verdict.kind === 'navigates' ? verdict.constructs : verdict.kind === 'unreadable' ? ['a handler that does not parse'] : [];
      found.push(...constructs.map((construct) => ({ kind: 'event-handler' as const, construct, where: `${qualified} of ${tag}`, remove })));
    } else if (URL_ATTRIBUTES.includes(qualified)) {
      const code = javascriptUrlCode(value);
      const verdict = code === null ? null : scriptNavigation(code, 'script');
      const constructs = verdict === null || verdict.kind === 'clean' ? [] : verdict.kind === 'navigates' ? verdict.constructs : ['code that does not parse'];
      found.push(...constructs.map((construct) => ({ kind: 'javascript-url' as const, construct: `javascript: ${construct}`, where: `${qualified} of ${tag}`, remove })));
    } else if (qualified === 'srcdoc' && findNavigation(parsePage(value).document).length > 0) {
      // An <iframe srcdoc> is a page of its own inside the card; it navigates the same ways.
      found.push({ kind: 'inline-frame', construct: 'srcdoc that navigates', where: tag, remove });
    } else if ((qualified === 'target' || qualified === 'formtarget') && OUTER_TARGETS.has(value.trim().toLowerCase())) {
      found.push({ kind: 'frame-target', construct: `${qualified}=${value.trim()}`, where: tag, remove });
    }
  }
  return found;
}

/** Walks the parsed page for everything that would navigate away from it: scripts, handlers, javascript: URLs, outer targets. */
export function findNavigation(document: Document): NavigationFinding[] {
  const found: NavigationFinding[] = [];
  for (const element of elements(document)) {
    if (element.tagName === 'script') found.push(...scriptFindings(element));
    found.push(...attributeFindings(element));
  }
  return found;
}

/** Removes what findNavigation found, in place; each removal runs once even when it covers several constructs. */
export function removeNavigation(findings: readonly NavigationFinding[]): void {
  for (const remove of new Set(findings.map((f) => f.remove))) remove();
}

/** One line of the quality record. */
export const describeNavigation = (n: Navigation): string => `${n.construct} (${n.where})`;
