/** Checks shared by the local provider tests: well-formed SVG and HTML, language of the copy. */
import {
  GeneratedImageSchema,
  HtmlDocumentSchema,
  type Concept,
  type Copy,
  type Language,
  type PostcardRequest,
  type StepContext,
} from '../../src/providers/contracts.js';
import { createLocalProviders } from '../../src/providers/local/index.js';
import { styleNamed } from '../../src/providers/local/illustration/style-words.js';
import { uiText } from '../../src/providers/local/page/ui-text.js';
import { checkPage } from '../../src/providers/shared/page-quality/index.js';
import { validateHtml } from '../../src/providers/shared/page-quality/html-validation.js';

export const IMAGE_URL = 'https://cdn.example.test/postcards/abc/image.svg?v=1&size=1024';
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
  expect(Buffer.byteLength(svg)).toBeLessThan(150 * 1024);
  expect(xmlProblems(svg)).toEqual([]);
  // Flat cards paint in the concept's own colours; other styles (papercut red, ink greys) and somber cards recolour on purpose.
  if ((styleNamed(concept.visual_style) ?? 'flat') === 'flat' && concept.tone !== 'somber') {
    expect(concept.palette.some((colour) => svg.includes(colour.toLowerCase()))).toBe(true);
  }
}

/** The page passes the quality gate every provider's page passes: 0 problems, 0 html-validate errors, nothing external. */
export function expectValidHtml(html: string, copy: Copy, language: Language, imageUrl: string = IMAGE_URL): void {
  expect(() => HtmlDocumentSchema.parse(html)).not.toThrow();
  const check = checkPage(html, { copy, imageUrl });
  expect(check.problems).toEqual([]);
  expect(check.removed).toEqual([]);
  // The navigation pass finds nothing in our own pages, so the gate stores them byte for byte.
  expect(check.navigationRemoved).toEqual([]);
  expect(check.html).toBe(html);
  expect(validateHtml(html).errors.map((e) => `${e.rule}: ${e.message}`)).toEqual([]);
  expect(html).toMatch(/^<!DOCTYPE html>/);
  expect(html).toContain(`<html lang="${uiText(language).htmlLang}"`);
  expect(html).toContain(escapeHtml(copy.title));
  expect(html).toContain(escapeHtml(copy.signature));
  for (const marker of ['type="button"', 'data-turn-back=', 'prefers-reduced-motion', 'rotateY(180deg)', 'is-flipped', "'pointerdown'", 'html:not(.js)', 'clamp(']) {
    expect(html).toContain(marker);
  }
  expect(html).not.toMatch(/role="button"|<script[^>]+src|<link[^>]+stylesheet|@import|\beval\(|new Function/i);
}

export const LONG_ENGLISH = /[A-Za-z]+(?:[\s,]+[A-Za-z]+){3,}/;

/** The card's text is written in its language: CJK scripts where they belong, none where they do not. */
export function expectCopyLanguage(copy: Copy, language: Language): void {
  const all = [copy.title, copy.subtitle, copy.body, copy.signature].join('\n');
  const script: Record<Language, RegExp> = {
    zh: HAN,
    ja: /[\p{Script=Hiragana}\p{Script=Katakana}]/u,
    ko: /\p{Script=Hangul}/u,
    en: LONG_ENGLISH,
    es: /[A-Za-zñáéíóú]+(?:[\s,]+[A-Za-zñáéíóú]+){3,}/,
    fr: /[A-Za-zàâçéèêëîïôûùœ]+(?:[\s,]+[A-Za-zàâçéèêëîïôûùœ]+){3,}/,
    de: /[A-Za-zäöüß]+(?:[\s,]+[A-Za-zäöüß]+){3,}/,
  };
  expect(copy.body).toMatch(script[language]);
  if (language !== 'zh' && language !== 'ja') expect(all).not.toMatch(HAN);
  if (language === 'zh') expect(all).not.toMatch(LONG_ENGLISH);
}
