import { paintIllustration } from '../../src/providers/local/illustration.js';
import { MOTIF_SPECS } from '../../src/providers/local/illustration/catalog.js';
import { boxOf, overlaps, STAGE } from '../../src/providers/local/illustration/layout.js';
import { composeScene } from '../../src/providers/local/illustration/scene.js';
import { MOTIFS, type MotifName } from '../../src/providers/local/motifs.js';
import { createPrng } from '../../src/providers/local/hash.js';
import { OCCASIONS, TONES } from '../../src/providers/contracts.js';
import { sampleConcept, SAMPLES } from '../support/illustration-samples.js';
import { wellFormedProblems } from '../support/xml-well-formed.js';

const PALETTE = ['#fdf6ec', '#c0392b', '#2e7d32', '#3e2723'];
const svgOf = (concept: Parameters<typeof paintIllustration>[0], prompt: string): string =>
  Buffer.from(paintIllustration(concept, prompt).bytes).toString('utf8');

function expectSelfContained(svg: string): void {
  expect(wellFormedProblems(svg)).toEqual([]);
  expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="1024" height="1024" viewBox="0 0 1024 1024"')).toBe(true);
  expect(svg).not.toMatch(/href=|@import|url\((?!#)|<script|<foreignObject|<text|font-family/i);
  expect(Buffer.byteLength(svg)).toBeLessThan(60 * 1024);
}

describe('local illustration: motifs', () => {
  it.each(MOTIFS.map((m) => [m]))('draws %s as the focal motif and as a supporting one', (motif) => {
    const alone = composeScene(sampleConcept('general', [motif], PALETTE), `just ${motif}`);
    expect(alone.placements.map((p) => p.motif)).toEqual([motif]);
    const svg = svgOf(sampleConcept('general', ['heart', motif], PALETTE), `heart and ${motif}`);
    expectSelfContained(svg);
    expect(svgOf(sampleConcept('general', [motif], PALETTE), motif)).toMatch(/<g class="focal" transform="translate\([\d. ]+\) rotate\(0\) scale\([\d.]+\)"><[a-z]/);
  });

  it('maps other names, any case or language, to drawable motifs, and unknown ones to a fallback', () => {
    const scene = composeScene(sampleConcept('general', ['Plum Blossom', 'tea_cup', 'Mondkuchen', 'nebula'], PALETTE), 'x');
    expect(scene.motifs.slice(0, 3)).toEqual(['plum-blossom', 'tea-cup', 'mooncake']);
    expect(MOTIFS).toContain(scene.motifs[3]);
  });
});

describe('local illustration: composition', () => {
  // The stage is what every page layout shows of the square with nothing over it (layout.ts).
  it('never lets placed motifs overlap or leave the stage, over many seeds, occasions and tones', () => {
    const rand = createPrng(42);
    for (let n = 0; n < 300; n += 1) {
      const count = 2 + Math.floor(rand() * 6);
      const motifs = Array.from({ length: count }, () => MOTIFS[Math.floor(rand() * MOTIFS.length)] ?? 'star');
      const occasion = OCCASIONS[Math.floor(rand() * OCCASIONS.length)] ?? 'general';
      const tone = TONES[Math.floor(rand() * TONES.length)] ?? 'warm';
      const scene = composeScene(sampleConcept(occasion, motifs, PALETTE, 'flat', tone), `prompt ${n}`);
      const boxes = scene.placements.map(boxOf);
      boxes.forEach((a, i) => {
        // Up to a rounding error of the clamp that moves the focal motif in.
        expect(a.left).toBeGreaterThanOrEqual(STAGE.left - 1e-6);
        expect(a.right).toBeLessThanOrEqual(STAGE.right + 1e-6);
        expect(a.top).toBeGreaterThanOrEqual(STAGE.top - 1e-6);
        expect(a.bottom).toBeLessThanOrEqual(STAGE.bottom + 1e-6);
        boxes.slice(i + 1).forEach((b) => expect(overlaps(a, b)).toBe(false));
      });
    }
  });

  it('puts sky motifs above the horizon and ground motifs on the ground', () => {
    const rand = createPrng(7);
    for (let n = 0; n < 120; n += 1) {
      const motifs = Array.from({ length: 5 }, () => MOTIFS[Math.floor(rand() * MOTIFS.length)] ?? 'star');
      const scene = composeScene(sampleConcept('general', motifs, PALETTE), `ground ${n}`);
      for (const p of scene.placements) {
        const box = boxOf(p);
        const zone = MOTIF_SPECS[p.motif].zone;
        if (zone === 'sky') expect(box.bottom).toBeLessThanOrEqual(scene.setting.horizon);
        if (zone === 'ground') expect(box.bottom).toBeGreaterThan(scene.setting.horizon);
      }
    }
  });

  it('keeps one focal motif larger than every supporting one', () => {
    const scene = composeScene(sampleConcept('birthday', ['cake', 'balloon', 'gift', 'star'], PALETTE), 'Happy birthday');
    const [focal, ...rest] = scene.placements;
    expect(focal?.focal).toBe(true);
    for (const p of rest) expect(p.size).toBeLessThan(focal?.size ?? 0);
  });

  it('chooses the ground from the occasion and motifs', () => {
    const ground = (occasion: Parameters<typeof sampleConcept>[0], motifs: MotifName[]): string =>
      composeScene(sampleConcept(occasion, motifs, PALETTE), 'x').setting.ground;
    expect(ground('dragon_boat', ['dragon-boat', 'zongzi'])).toBe('sea');
    expect(ground('mid_autumn', ['mooncake', 'moon'])).toBe('table');
    expect(ground('christmas', ['pine', 'bell'])).toBe('snow');
    expect(ground('thanksgiving', ['tree'])).toBe('autumn');
    expect(ground('easter', ['egg', 'rabbit'])).toBe('meadow');
    expect(composeScene(sampleConcept('mid_autumn', ['moon', 'rabbit'], PALETTE), 'x').setting.sky).toBe('night');
  });

  it('is reproducible for a request and varies between requests', () => {
    const concept = sampleConcept('birthday', ['cake', 'balloon', 'star'], PALETTE);
    expect(svgOf(concept, 'Happy birthday Sarah')).toBe(svgOf(concept, 'Happy birthday Sarah'));
    expect(svgOf(concept, 'Happy birthday Sarah')).not.toBe(svgOf(concept, 'Happy birthday Tom'));
  });

  it('renders every sample concept as a valid, self-contained SVG', () => {
    for (const s of SAMPLES) expectSelfContained(svgOf(s.concept, s.prompt));
  });
});

describe('local illustration: tone', () => {
  const FESTIVE: MotifName[] = ['confetti', 'balloon', 'firework', 'cake', 'gift', 'ribbon'];

  it('shows no celebration on a somber card, even when asked, and something quiet instead', () => {
    for (let n = 0; n < 20; n += 1) {
      const scene = composeScene(sampleConcept('sympathy', [...FESTIVE, 'lily'], PALETTE, 'flat', 'somber'), `sorry ${n}`);
      expect(scene.motifs).toEqual(['lily']);
      expect(scene.setting.ground).toBe('mist');
      expect(scene.setting.sky).toBe('day');
    }
    const onlyParty = composeScene(sampleConcept('sympathy', FESTIVE, PALETTE, 'flat', 'somber'), 'x');
    expect(onlyParty.motifs.some((m) => FESTIVE.includes(m))).toBe(false);
    expect(onlyParty.motifs.length).toBeGreaterThan(0);
  });

  it('mutes a somber palette and brightens a playful one', () => {
    const saturation = (svg: string): number => {
      const colours = [...svg.matchAll(/fill="#([0-9a-f]{6})"/g)].map((m) => m[1] ?? '000000');
      const sat = colours.map((hex) => {
        const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as [number, number, number];
        return Math.max(r, g, b) - Math.min(r, g, b);
      });
      return sat.reduce((a, b) => a + b, 0) / sat.length;
    };
    const motifs = ['tree', 'flower', 'sun'];
    const somber = svgOf(sampleConcept('general', motifs, PALETTE, 'flat', 'somber'), 'x');
    const warm = svgOf(sampleConcept('general', motifs, PALETTE, 'flat', 'warm'), 'x');
    const playful = svgOf(sampleConcept('general', motifs, PALETTE, 'flat', 'playful'), 'x');
    expect(saturation(somber)).toBeLessThan(saturation(warm));
    expect(saturation(playful)).toBeGreaterThan(saturation(warm));
  });
});
