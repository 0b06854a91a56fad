import { defaultTreeAdapter, parse, serialize, type DefaultTreeAdapterMap } from 'parse5';

export type Document = DefaultTreeAdapterMap['document'];
export type Element = DefaultTreeAdapterMap['element'];
type Node = DefaultTreeAdapterMap['node'];
type ParentNode = DefaultTreeAdapterMap['parentNode'];

/** A page parsed as a browser would parse it, with what the parser had to repair on the way. */
export interface ParsedPage {
  readonly document: Document;
  /**
   * Start tags of <html> or <body> seen while one was already open: the
   * parser folds them into the first (their attributes merge), so the tree
   * alone cannot tell that the reply held two documents.
   */
  readonly repeatedTags: readonly string[];
}

export function parsePage(html: string): ParsedPage {
  const repeatedTags: string[] = [];
  const treeAdapter: typeof defaultTreeAdapter = {
    ...defaultTreeAdapter,
    // The HTML parsing algorithm calls this only for a second <html> or <body> start tag.
    adoptAttributes(recipient, attrs) {
      repeatedTags.push(recipient.tagName);
      defaultTreeAdapter.adoptAttributes(recipient, attrs);
    },
    // Only elements' locations are read (`written`, the </html> end tag). The
    // default adapter copies a text node's location object on every chunk of
    // text the tokenizer appends: a quarter of the parse on a postcard page.
    setNodeSourceCodeLocation(node, location) {
      if (defaultTreeAdapter.isElementNode(node)) defaultTreeAdapter.setNodeSourceCodeLocation(node, location);
    },
    updateNodeSourceCodeLocation(node, endLocation) {
      if (defaultTreeAdapter.isElementNode(node)) defaultTreeAdapter.updateNodeSourceCodeLocation(node, endLocation);
    },
  };
  return { document: parse(html, { treeAdapter, sourceCodeLocationInfo: true }), repeatedTags };
}

export const serializePage = (document: Document): string => serialize(document);

const isElement = (node: Node): node is Element => 'tagName' in node;

/** Every element in document order, including those inside <template> contents and inline SVG. */
export function* elements(root: ParentNode): Generator<Element> {
  for (const child of root.childNodes) {
    if (!isElement(child)) continue;
    yield child;
    yield* elements(child);
    if ('content' in child) yield* elements(child.content);
  }
}

export const findElements = (root: ParentNode, tagName: string): Element[] => [...elements(root)].filter((e) => e.tagName === tagName);

/** Attribute values as the browser sees them: entities decoded, names lower-cased (xlink:href keeps its prefix). */
export function attr(element: Element, name: string): string | undefined {
  return element.attrs.find((a) => (a.prefix === undefined ? a.name : `${a.prefix}:${a.name}`) === name)?.value;
}

export function setAttr(element: Element, name: string, value: string): void {
  const found = element.attrs.find((a) => a.name === name);
  if (found === undefined) element.attrs.push({ name, value });
  else found.value = value;
}

export function removeAttr(element: Element, name: string): void {
  element.attrs = element.attrs.filter((a) => (a.prefix === undefined ? a.name : `${a.prefix}:${a.name}`) !== name);
}

export const removeElement = (element: Element): void => defaultTreeAdapter.detachNode(element);

/** The text of an element's children (a <style> element's CSS). */
export function ownText(element: Element): string {
  return element.childNodes.map((n) => (defaultTreeAdapter.isTextNode(n) ? n.value : '')).join('');
}

export function setOwnText(element: Element, text: string): void {
  for (const child of [...element.childNodes]) defaultTreeAdapter.detachNode(child);
  defaultTreeAdapter.insertText(element, text);
}

const NOT_SHOWN = new Set(['script', 'style', 'template', 'noscript']);

/** What a reader can see: the text under `root`, skipping scripts, styles and templates. */
export function visibleText(root: ParentNode): string {
  const parts: string[] = [];
  const visit = (node: ParentNode) => {
    for (const child of node.childNodes) {
      if (defaultTreeAdapter.isTextNode(child)) parts.push(child.value);
      else if (isElement(child) && !NOT_SHOWN.has(child.tagName)) visit(child);
    }
  };
  visit(root);
  return parts.join(' ');
}

/** True when the element's start tag was written in the source, not implied by the parser. */
export const written = (element: Element): boolean => element.sourceCodeLocation?.startTag !== undefined;
