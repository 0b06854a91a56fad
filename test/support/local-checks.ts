/** Checks shared by the local provider tests: well-formed SVG and HTML, language of the copy. */
import {
  GeneratedImageSchema,
  HtmlDocumentSchema,
  htmlProblems,
  type Concept,
  type Copy,
  type Language,
  type PostcardRequest,
  type StepContext,
} from '../../src/providers/contracts.js';
import { createLocalProviders } from '../../src/providers/local/index.js';

export const IMAGE_URL = 'https://cdn.example.test/postcards/abc/image.svg?v=1&size=1024';
export const ESCAPED_IMAGE_URL = 'https://cdn.example.test/postcards/abc/image.svg?v=1&amp;size=1024';
export const HAN = /\p{Script=Han}/u;

export const providers = createLocalProviders();
export const live = (): StepContext => ({ signal: new AbortController().signal });

export interface Rendered {
  readonly concept: Concept;
  readonly copy: Copy;
  readonly svg: string;
  readonly html: string;
}

export function request(prompt: string, style: string | null = null, theme: string | null = null): PostcardRequest {
  return { prompt, style, theme };
}

export async function renderAll(req: PostcardRequest): Promise<Rendered> {
  const concept = await providers.text.concept({ request: req }, live());
  const copy = await providers.text.copy({ request: req, concept }, live());
  const image = await providers.image.illustrate({ request: req, concept, copy }, live());
  GeneratedImageSchema.parse(image);
  expect(image).toMatchObject({ contentType: 'image/svg+xml', width: 1024, height: 1024 });
  const html = await providers.code.render(
    { request: req, concept, copy, imageUrl: IMAGE_URL, imageWidth: image.width, imageHeight: image.height },
    live(),
  );
  return { concept, copy, svg: Buffer.from(image.bytes).toString('utf8'), html };
}

/** A small well-formedness check: tags balance, attributes are quoted, entities are known. */
export function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  const stack: string[] = [];
  const tag = /<(\/?)([a-zA-Z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>/g;
  let last = 0;
  for (const m of xml.matchAll(tag)) {
    const between = xml.slice(last, m.index);
    if (between.includes('<') || between.includes('>')) problems.push(`stray markup near ${m.index}: ${between.slice(0, 40)}`);
    last = (m.index ?? 0) + m[0].length;
    const [, closing, name = '', , selfClosing] = m;
    if (closing === '/') {
      if (stack.pop() !== name) problems.push(`unbalanced </${name}>`);
    } else if (selfClosing !== '/') {
      stack.push(name);
    }
  }
  if (xml.slice(last).trim().length > 0) problems.push('text after the root element');
  if (stack.length > 0) problems.push(`unclosed: ${stack.join(',')}`);
  for (const m of xml.matchAll(/&([^;\s]*);?/g)) {
    if (!/^&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);$/i.test(m[0])) problems.push(`bad entity ${m[0]}`);
  }
  return problems;
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

export function expectValidSvg(svg: string, concept: Concept): void {
  expect(svg.startsWith('<svg')).toBe(true);
  expect(svg.endsWith('</svg>')).toBe(true);
  expect(svg).toContain('width="1024" height="1024"');
  expect(svg).toContain('viewBox="0 0 1024 1024"');
  expect(svg).not.toMatch(/<script|<foreignObject|href=|@import|url\((?!#)/i);
  expect(Buffer.byteLength(svg)).toBeLessThan(60 * 1024);
  expect(xmlProblems(svg)).toEqual([]);
  for (const colour of concept.palette) expect(svg).toContain(colour.toLowerCase());
}

export function expectValidHtml(html: string, copy: Copy, language: Language): void {
  expect(() => HtmlDocumentSchema.parse(html)).not.toThrow();
  expect(htmlProblems(html)).toEqual([]);
  expect(html).toMatch(/^<!DOCTYPE html>/);
  expect(html).toContain(`<html lang="${language}">`);
  expect(html).toContain('<meta charset="utf-8">');
  expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">');
  expect(html).toContain(escapeHtml(copy.title));
  expect(html).toContain(escapeHtml(copy.subtitle));
  expect(html).toContain(escapeHtml(copy.signature));
  for (const line of copy.body.split('\n')) expect(html).toContain(escapeHtml(line.trim()));
  expect(html).toContain(`<img src="${ESCAPED_IMAGE_URL}" width="1024" height="1024"`);
  // The image is the only URL: no CDN, font, stylesheet or script from anywhere else.
  expect(html.match(/https?:\/\/[^\s"'<>)]+/g)).toEqual([ESCAPED_IMAGE_URL]);
  expect(html).not.toMatch(/<script[^>]+src|<link[^>]+stylesheet|@import|@font-face|\beval\(|new Function/i);
  for (const marker of [
    '@keyframes ken-burns',
    'prefers-reduced-motion',
    'rotateY(180deg)',
    'is-flipped',
    'role="button"',
    'tabindex="0"',
    'aria-label="',
    "'keydown'",
    "'pointerdown'",
    "'touchstart'",
    'data-fade',
    'env(safe-area-inset-bottom)',
    'clamp(',
    'aspect-ratio',
    '<noscript>',
  ]) {
    expect(html).toContain(marker);
  }
}

export const LONG_ENGLISH = /[A-Za-z]+(?:[\s,]+[A-Za-z]+){3,}/;

export function expectCopyLanguage(copy: Copy, language: Language): void {
  const all = [copy.title, copy.subtitle, copy.body, copy.signature].join('\n');
  if (language === 'zh') {
    expect(copy.title).toMatch(HAN);
    expect(copy.body).toMatch(HAN);
    expect(all).not.toMatch(LONG_ENGLISH);
  } else {
    expect(all).not.toMatch(HAN);
    expect(copy.body).toMatch(LONG_ENGLISH);
  }
}

