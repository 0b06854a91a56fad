import { compileWords, searchText, type Words } from './words.js';

/** The ways the illustration can be rendered; each changes the drawing, not only the colours. */
export const RENDER_STYLES = ['flat', 'watercolor', 'ink', 'retro', 'line', 'papercut'] as const;
export type RenderStyle = (typeof RENDER_STYLES)[number];

/** Style words in the seven card languages (CJK entries match inside words, Latin ones whole words). */
export const STYLE_WORDS = {
  flat: {
    zh: ['扁平', '极简', '简约'],
    en: ['flat', 'flat design', 'minimal', 'minimalist', 'vector'],
    ja: ['フラット', 'ミニマル'],
    ko: ['플랫', '미니멀'],
    es: ['diseño plano', 'minimalista'],
    fr: ['design plat', 'minimaliste'],
    de: ['Flat Design', 'flach', 'minimalistisch'],
  },
  watercolor: {
    zh: ['水彩'],
    en: ['watercolor', 'watercolour', 'aquarelle'],
    ja: ['水彩', '透明水彩'],
    ko: ['수채화', '수채'],
    es: ['acuarela'],
    fr: ['aquarelle'],
    de: ['Aquarell', 'Wasserfarbe'],
  },
  ink: {
    zh: ['水墨', '国画', '墨画', '墨绘'],
    en: ['ink', 'ink wash', 'sumi-e', 'sumie', 'brush painting'],
    ja: ['水墨', '墨絵', '墨画', 'すみ絵'],
    ko: ['수묵', '먹그림'],
    es: ['tinta', 'tinta china'],
    fr: ['encre', 'lavis', "encre de chine"],
    de: ['Tusche', 'Tuschmalerei', 'Tuschezeichnung'],
  },
  retro: {
    zh: ['复古', '怀旧', '网点', '老海报'],
    en: ['retro', 'vintage', 'nostalgic', 'halftone', 'risograph', 'riso', 'pop art', 'old poster'],
    ja: ['レトロ', 'ヴィンテージ', 'ビンテージ', '昭和'],
    ko: ['레트로', '빈티지', '복고'],
    es: ['retro', 'vintage', 'nostálgico'],
    fr: ['rétro', 'vintage', 'nostalgique', 'ancienne affiche'],
    de: ['Retro', 'Vintage', 'nostalgisch'],
  },
  line: {
    zh: ['线描', '线稿', '白描', '简笔画', '线条画'],
    en: ['line art', 'lineart', 'line drawing', 'outline', 'outlines', 'pen drawing'],
    ja: ['線画', 'ラインアート'],
    ko: ['라인아트', '선화', '선 드로잉'],
    es: ['dibujo lineal', 'arte lineal', 'dibujo de líneas'],
    fr: ['dessin au trait', 'art linéaire'],
    de: ['Strichzeichnung', 'Linienzeichnung', 'Strichkunst', 'Line Art'],
  },
  papercut: {
    zh: ['剪纸', '窗花', '剪紙'],
    en: ['papercut', 'paper cut', 'paper-cut', 'cut paper', 'paper cutting'],
    ja: ['切り絵', '切り紙', '剪紙'],
    ko: ['페이퍼컷', '종이공예', '전지공예'],
    es: ['papel picado', 'papel recortado'],
    fr: ['papier découpé', 'papiers découpés'],
    de: ['Scherenschnitt', 'Papierschnitt'],
  },
} as const satisfies Record<RenderStyle, Words>;

const MATCHERS = RENDER_STYLES.map((style) => [style, compileWords(STYLE_WORDS[style])] as const);

/** The style the text names first, or null when it names none. */
export function styleNamed(text: string): RenderStyle | null {
  const prepared = searchText(text);
  let best: { style: RenderStyle; at: number } | null = null;
  for (const [style, firstIndex] of MATCHERS) {
    const at = firstIndex(prepared);
    if (at >= 0 && (best === null || at < best.at)) best = { style, at };
  }
  return best?.style ?? null;
}
