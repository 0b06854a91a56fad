import { contrast, fromHsl, legibleOn, mix, toHsl, type Hsl } from './colour.js';
import { firstMatch, keywordPattern } from './keywords.js';

/** A style word family and how it reshapes the palette. */
interface StyleTreatment {
  readonly words: readonly string[];
  readonly apply: (palette: readonly string[]) => string[];
}

const mapHsl = (palette: readonly string[], f: (c: Hsl, index: number) => Hsl): string[] =>
  palette.map((hex, index) => fromHsl(f(toHsl(hex), index)));

/** The last colour of a base palette is the ink; treatments keep it dark (or light) enough to read. */
const isInk = (index: number, palette: readonly string[]): boolean => index === palette.length - 1;

const STYLE_TREATMENTS: readonly StyleTreatment[] = [
  {
    // Watercolour washes are pale and low in saturation.
    words: ['watercolor', 'watercolour', 'pastel', 'soft', 'dreamy', '水彩', '柔和', '清新', '淡雅', '马卡龙', '梦幻'],
    apply: (p) => mapHsl(p, (c, i) => (isInk(i, p) ? { ...c, s: c.s * 0.7 } : { ...c, s: c.s * 0.55, l: c.l + (0.9 - c.l) * 0.4 })),
  },
  {
    // Vintage print: hues drift towards ochre, saturation fades, paper yellows.
    words: ['vintage', 'retro', 'nostalgic', 'film', 'sepia', '复古', '怀旧', '胶片', '老式', '民国'],
    apply: (p) =>
      mapHsl(p, (c, i) => ({ h: c.h + (((35 - c.h + 540) % 360) - 180) * 0.3, s: c.s * 0.6, l: i === 0 ? Math.min(c.l, 0.9) : c.l * 0.95 })),
  },
  {
    // Neon / cyberpunk: a near-black ground, electric accents, light ink.
    words: ['neon', 'cyber*', 'vivid', 'synthwave', '赛博', '霓虹', '朋克', '电音', '炫彩'],
    apply: (p) =>
      mapHsl(p, (c, i) => {
        if (i === 0) return { h: (c.h + 250) / 2, s: 0.55, l: 0.08 };
        if (isInk(i, p)) return { h: c.h, s: 0.3, l: 0.93 };
        return { h: c.h, s: 1, l: 0.6 };
      }),
  },
  {
    // Minimal: one ground, one accent, one ink.
    words: ['minimal*', 'simple', 'clean', 'flat', '极简', '简约', '简洁', '留白', '扁平'],
    apply: (p) => (p.length <= 3 ? [...p] : [p[0], p[2], p[p.length - 1]].filter((c): c is string => c !== undefined)),
  },
];

const TREATMENT_PATTERNS = STYLE_TREATMENTS.map((t) => ({ ...t, patterns: t.words.map(keywordPattern) }));

/**
 * The occasion's base palette, nudged by the prompt's hash so two cards for the
 * same occasion are not identical, then reshaped by any style words.
 */
export function varyPalette(base: readonly string[], seed: number, styleText: string): string[] {
  const hueShift = (seed % 25) - 12;
  const saturation = 1 + (((seed >>> 8) % 11) - 5) / 100;
  let palette = mapHsl(base, (c) => ({ h: c.h + hueShift, s: c.s * saturation, l: c.l }));
  for (const treatment of TREATMENT_PATTERNS) {
    if (firstMatch(styleText, treatment.patterns) >= 0) palette = treatment.apply(palette);
  }
  return palette.map((c) => c.toLowerCase());
}

/** The jobs a palette's colours do on the card, whatever order a model listed them in. */
export interface PaletteRoles {
  readonly paper: string;
  readonly paperAlt: string;
  readonly accent: string;
  readonly accent2: string;
  /** Always legible on `paper`. */
  readonly ink: string;
}

export function paletteRoles(palette: readonly string[]): PaletteRoles {
  const paper = (palette[0] ?? '#f7f3ee').toLowerCase();
  const rest = palette.slice(1).map((c) => c.toLowerCase());
  const inkIndex = rest.reduce((best, c, i) => (contrast(paper, c) > contrast(paper, rest[best] ?? paper) ? i : best), 0);
  const ink = legibleOn(paper, rest[inkIndex] ?? '#222222');
  const others = rest.filter((_, i) => i !== inkIndex);
  const near = others.find((c) => contrast(paper, c) < 1.6);
  // The most visible accent leads, so the main motif never melts into the background.
  const accents = others.filter((c) => c !== near).sort((a, b) => contrast(paper, b) - contrast(paper, a));
  const accent = accents[0] ?? near ?? mix(paper, ink, 0.5);
  const faintest = accents[accents.length - 1] ?? accent;
  return {
    paper,
    paperAlt: near ?? mix(paper, faintest, 0.4),
    accent,
    accent2: accents[1] ?? mix(accent, ink, 0.35),
    ink,
  };
}
