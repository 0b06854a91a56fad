import { HtmlValidate } from 'html-validate';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { LANGUAGES, type Concept, type Copy, type Language } from '../../src/providers/contracts.js';
import { renderPostcardHtml, renderPostcardLayout } from '../../src/providers/local/html.js';
import { LAYOUTS, chooseLayout, layoutFits, type Layout } from '../../src/providers/local/page/layouts.js';
import { UI_TEXT } from '../../src/providers/local/page/ui-text.js';
import { layoutCss } from '../../src/providers/local/page/css-layouts.js';
import { TONE_MOTION } from '../../src/providers/local/page/tone-motion.js';
import { STAGE } from '../../src/providers/local/illustration/layout.js';
import { SAMPLE_CARDS, sampleConcept, samplePage, type SampleCard } from '../support/local-page-fixtures.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const validator = new HtmlValidate({ extends: ['html-validate:standard', 'html-validate:a11y', 'html-validate:document'] });

const isElement = (node: Node): node is Element => 'tagName' in node;
function elements(root: Node): Element[] {
  const found: Element[] = [];
  const walk = (node: Node): void => {
    if (isElement(node)) found.push(node);
    const children = 'childNodes' in node ? node.childNodes : [];
    for (const child of children) walk(child);
  };
  walk(root);
  return found;
}
const attr = (el: Element, name: string): string | undefined => el.attrs.find((a) => a.name === name)?.value;
const hasClass = (el: Element, name: string): boolean => (attr(el, 'class') ?? '').split(/\s+/).includes(name);
const text = (node: Node): string =>
  '#text' === node.nodeName && 'value' in node ? node.value : 'childNodes' in node ? node.childNodes.map(text).join('') : '';
function ancestors(el: Element): Element[] {
  const chain: Element[] = [];
  let parent = el.parentNode;
  while (parent !== null && isElement(parent)) {
    chain.push(parent);
    parent = parent.parentNode;
  }
  return chain;
}

const matrix: Array<[string, Layout, SampleCard]> = SAMPLE_CARDS.flatMap((sample) =>
  LAYOUTS.filter((layout) => layoutFits(layout, samplePage(sample))).map((layout): [string, Layout, SampleCard] => [sample.name, layout, sample]),
);

describe('the local postcard page', () => {
  it('covers every language, tone and layout in its matrix', () => {
    expect(new Set(SAMPLE_CARDS.map((s) => s.language))).toEqual(new Set(LANGUAGES));
    expect(new Set(SAMPLE_CARDS.map((s) => s.tone)).size).toBe(6);
    expect(new Set(matrix.map(([, layout]) => layout))).toEqual(new Set(LAYOUTS));
  });

  it.each(matrix)('%s in the %s layout has no html-validate error (standard, a11y, document)', (_name, layout, sample) => {
    const report = validator.validateStringSync(renderPostcardLayout(samplePage(sample), layout));
    const errors = report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message} (line ${m.line})`));
    expect(errors).toEqual([]);
  });

  it.each(matrix)('%s in the %s layout: a real flip button, the message outside it and never hidden', (_name, layout, sample) => {
    const html = renderPostcardLayout(samplePage(sample), layout);
    const all = elements(parse(html));
    expect(all.filter((el) => attr(el, 'role') === 'button')).toEqual([]);
    const buttons = all.filter((el) => el.tagName === 'button');
    expect(buttons).toHaveLength(1);
    const button = buttons[0]!;
    expect(attr(button, 'type')).toBe('button');
    expect(attr(button, 'aria-label')).toBeUndefined();
    const ui = UI_TEXT[sample.language];
    expect(text(button)).toBe(ui.turnOver);
    expect(attr(button, 'data-turn-back')).toBe(ui.turnBack);

    const message = all.find((el) => hasClass(el, 'message'));
    expect(message).toBeDefined();
    const chain = ancestors(message!);
    expect(chain).not.toContain(button);
    expect([message!, ...chain].filter((el) => attr(el, 'aria-hidden') === 'true' || attr(el, 'hidden') !== undefined)).toEqual([]);
    // Each body line is its own paragraph; no fixed line breaks anywhere.
    const paragraphs = message!.childNodes.filter(isElement).filter((el) => el.tagName === 'p');
    expect(paragraphs.map((p) => text(p))).toEqual(sample.copy.body.split('\n').map((line) => line.trim()));
    expect(all.filter((el) => el.tagName === 'br')).toEqual([]);
    // The illustration is the only outside resource.
    const sources = all.flatMap((el) => ['src', 'href', 'srcset'].map((name) => attr(el, name)).filter((v): v is string => v !== undefined));
    expect(new Set(sources)).toEqual(new Set([samplePage(sample).imageUrl, 'data:,']));
    expect(Buffer.byteLength(html)).toBeLessThan(60 * 1024);
  });

  it.each(LANGUAGES.map((language) => [language]))('declares the %s card language and labels the button in it', (language: Language) => {
    const sample = SAMPLE_CARDS.find((s) => s.language === language)!;
    const html = renderPostcardHtml(samplePage(sample));
    const root = elements(parse(html)).find((el) => el.tagName === 'html')!;
    expect(attr(root, 'lang')).toBe(language === 'zh' ? 'zh-CN' : language);
    expect(UI_TEXT[language].turnOver).not.toBe(UI_TEXT[language].turnBack);
  });

  it('keeps somber cards calm and lets playful ones celebrate', () => {
    for (const sample of SAMPLE_CARDS) {
      for (const layout of LAYOUTS.filter((l) => layoutFits(l, samplePage(sample)))) {
        const html = renderPostcardLayout(samplePage(sample), layout);
        const decorations = elements(parse(html)).filter((el) => hasClass(el, 'deco'));
        if (sample.tone === 'somber' || sample.tone === 'formal') {
          expect(decorations).toEqual([]);
          expect(html).not.toMatch(/animation: pop|@keyframes fall|rotate\(-2deg\)|animation: drift/);
        }
        if (sample.tone === 'playful') {
          expect(decorations).toHaveLength(1);
          expect(html).toContain('animation: pop');
        }
        expect(html).toContain('@media (prefers-reduced-motion: reduce)');
      }
    }
  });

  it('chooses a layout reproducibly, vertical text only for short Chinese and Japanese', () => {
    for (const sample of SAMPLE_CARDS) {
      const page = samplePage(sample);
      expect(chooseLayout(page)).toBe(chooseLayout(samplePage(sample)));
      expect(renderPostcardHtml(page)).toBe(renderPostcardHtml(samplePage(sample)));
      if (sample.language !== 'zh' && sample.language !== 'ja') expect(layoutFits('vertical', page)).toBe(false);
    }
    const long: Copy = { title: '中秋快乐', subtitle: '月圆', body: '想念远方的家人'.repeat(12), signature: '女儿' };
    expect(layoutFits('vertical', { concept: sampleConcept(SAMPLE_CARDS[3]!), copy: long })).toBe(false);
  });

  it('gives different prompts visibly different designs', () => {
    const base = SAMPLE_CARDS[0]!;
    const chosen = new Set<Layout>();
    for (const occasion of ['birthday', 'travel', 'thanks', 'love', 'wedding', 'graduation', 'new_job', 'farewell'] as const) {
      for (const tone of ['joyful', 'warm', 'romantic', 'playful', 'formal'] as const) {
        for (const name of ['Sarah', 'Tom', 'Mia']) {
          const concept: Concept = { ...sampleConcept(base), occasion, tone, theme: `${occasion} for ${name}` };
          chosen.add(chooseLayout({ concept, copy: { ...base.copy, title: `Dear ${name}` } }));
        }
      }
    }
    expect(chosen.size).toBeGreaterThanOrEqual(5);
    expect(chosen).not.toContain('vertical');
  });

  it('zooms the polaroid\'s square onto the illustration\'s stage without cutting into it, even at the drift\'s furthest', () => {
    const inset = Number(/\.photo img \{ inset: -([\d.]+)%/.exec(layoutCss('polaroid', TONE_MOTION.joyful))?.[1]);
    const zoom = 1 + (2 * inset) / 100;
    expect(zoom).toBeGreaterThan(1.2);
    // css-base.ts's drift: up to scale(1.12) translate3d(-2%, -1.5%) of the picture's own box.
    const drift = { scale: 1.12, shift: 0.02 };
    const cutPerSide = (1 - 1 / (zoom * drift.scale)) / 2 + drift.shift;
    const stageMargin = Math.min(STAGE.left, STAGE.top, 1024 - STAGE.right, 1024 - STAGE.bottom) / 1024;
    expect(cutPerSide).toBeLessThan(stageMargin);
  });

  it('zooms the typographic medallion onto the circle inscribed in the illustration\'s stage, even at the drift\'s furthest', () => {
    const inset = Number(/\.medallion img \{ inset: -([\d.]+)%/.exec(layoutCss('typographic', TONE_MOTION.joyful))?.[1]);
    const zoom = 1 + (2 * inset) / 100;
    expect(zoom).toBeGreaterThan(1.2);
    // What the circle shows, as a radius of the square (1 = its width), around a centre the drift may move by `shift`.
    const drift = { scale: 1.12, shift: 0.02 };
    const shown = 1 / (2 * zoom * drift.scale) - drift.shift;
    // The circle inscribed in the stage, measured from the square's centre (the stage sits a little above it).
    const stageRadius = Math.min(STAGE.right - STAGE.left, STAGE.bottom - STAGE.top) / 2 / 1024;
    const offCentre = Math.hypot((STAGE.left + STAGE.right) / 2 - 512, (STAGE.top + STAGE.bottom) / 2 - 512) / 1024;
    expect(shown).toBeGreaterThanOrEqual(stageRadius + offCentre);
  });

  it('escapes every piece of copy', () => {
    const sample = SAMPLE_CARDS[0]!;
    const copy: Copy = { title: '<script>alert(1)</script>', subtitle: '"quoted" & <b>', body: "it's <img src=x>", signature: '</p>' };
    const html = renderPostcardHtml({ ...samplePage(sample), copy });
    expect(elements(parse(html)).filter((el) => el.tagName === 'b' || (el.tagName === 'img' && attr(el, 'src') === 'x'))).toEqual([]);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});
