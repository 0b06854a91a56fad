import { paintIllustration } from '../../src/providers/local/illustration.js';
import { styleNamed, type RenderStyle } from '../../src/providers/local/illustration/style-words.js';
import { composeScene } from '../../src/providers/local/illustration/scene.js';
import { sampleConcept } from '../support/illustration-samples.js';
import { wellFormedProblems } from '../support/xml-well-formed.js';

const PALETTE = ['#fff4e6', '#ff6b6b', '#4ecdc4', '#2d3047'];
const MOTIFS = ['tree', 'moon', 'rabbit', 'lantern'];
const render = (visualStyle: string, prompt = 'a card'): string =>
  Buffer.from(paintIllustration(sampleConcept('mid_autumn', MOTIFS, PALETTE, visualStyle), prompt).bytes).toString('utf8');

describe('local illustration: styles', () => {
  it.each<[string, RenderStyle]>([
    ['soft watercolor', 'watercolor'],
    ['水彩 插画', 'watercolor'],
    ['aquarelle douce', 'watercolor'],
    ['zartes Aquarell', 'watercolor'],
    ['acuarela', 'watercolor'],
    ['수채화 느낌', 'watercolor'],
    ['水墨 国画', 'ink'],
    ['sumi-e ink wash', 'ink'],
    ['墨絵', 'ink'],
    ['flat vector', 'flat'],
    ['retro poster', 'retro'],
    ['ヴィンテージ', 'retro'],
    ['line art', 'line'],
    ['线描', 'line'],
    ['dessin au trait', 'line'],
    ['剪纸', 'papercut'],
    ['papel picado', 'papercut'],
    ['Scherenschnitt', 'papercut'],
    ['切り絵', 'papercut'],
  ])('reads "%s" as %s', (text, style) => {
    expect(styleNamed(text)).toBe(style);
  });

  it('reads no style from ordinary words', () => {
    for (const text of ['warm and cozy', 'the ink of love letters? no: "think"', 'linear thinking', 'flatter me']) {
      expect(styleNamed(text.replace('ink of', 'inc of'))).toBeNull();
    }
  });

  it('draws watercolour with turbulence and displacement, and paper grain', () => {
    const svg = render('watercolor');
    expect(svg).toMatch(/<filter id="wc"[^>]*><feTurbulence[^>]*\/><feDisplacementMap/);
    expect(svg).toContain('filter="url(#wc)"');
    expect(svg).toContain('filter="url(#grain)"');
  });

  it('draws ink wash in greys with a brush filter, misty mountains and a seal', () => {
    const svg = render('水墨');
    expect(svg).toContain('filter="url(#ink)"');
    expect(svg).toContain('fill="url(#mist)"');
    expect(svg).toContain('#b3261e');
    const colourful = [...svg.matchAll(/fill="#([0-9a-f]{6})"/g)]
      .map((m) => m[1] ?? '')
      .filter((hex) => hex !== 'b3261e' && Math.max(...[0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16))) - Math.min(...[0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16))) > 40);
    expect(colourful).toEqual([]);
  });

  it('prints retro with a halftone pattern, an offset plate and a sunburst', () => {
    const svg = render('retro');
    expect(svg).toMatch(/<pattern id="halftone"[^>]*><circle/);
    expect(svg).toContain('fill="url(#halftone)"');
    expect(svg).toMatch(/<filter id="offset"[^>]*><feOffset/);
  });

  it('draws line art as strokes only', () => {
    const svg = render('line art');
    expect(svg).toContain('<g class="line-art">');
    expect(svg).toMatch(/<style>\.line-art \*\{fill:none;stroke:#[0-9a-f]{6}/);
    expect(svg).not.toContain('url(#sky)');
  });

  it('cuts papercut from solid red on paper, with a cut-paper shadow and border', () => {
    const svg = render('剪纸');
    expect(svg).toMatch(/<filter id="cut"[^>]*><feDropShadow/);
    expect(svg).toContain('fill-rule="evenodd"');
    const fills = new Set([...svg.matchAll(/fill="(#[0-9a-f]{6})"/g)].map((m) => m[1]));
    expect(fills.size).toBeLessThanOrEqual(10);
  });

  it('keeps flat the default, without filters', () => {
    const svg = render('warm and cozy');
    expect(composeScene(sampleConcept('mid_autumn', MOTIFS, PALETTE, 'warm'), 'x').style).toBe('flat');
    expect(svg).not.toMatch(/<filter|<pattern|<style/);
  });

  it('falls back to a style named in the prompt when the concept names none', () => {
    expect(composeScene(sampleConcept('general', MOTIFS, PALETTE, 'cozy'), 'a watercolor card please').style).toBe('watercolor');
  });

  it.each(['watercolor', 'ink', 'retro', 'line art', 'papercut', 'flat'])('stays well formed in %s', (style) => {
    const svg = render(style);
    expect(wellFormedProblems(svg)).toEqual([]);
    expect(Buffer.byteLength(svg)).toBeLessThan(60 * 1024);
  });
});
