import { compileKeyword, findAll, foldText, type Keyword } from './text.js';

/** Rendering styles the request can ask for, normalised across languages. */
export const STYLE_IDS = ['watercolor', 'ink', 'flat', 'retro', 'line', 'papercut'] as const;
export type StyleId = (typeof STYLE_IDS)[number];

const STYLE_WORDS = {
  watercolor: ['watercolor', 'watercolour', 'water colour', 'water color', '水彩', '水彩画', '수채화', '수채', 'aquarelle', 'aquarell', 'acuarela', 'acquerello'],
  ink: ['ink wash', 'ink painting', 'sumi-e', 'sumie', 'brush painting', '水墨', '水墨画', '国画', '墨画', '墨絵', '水墨画風', '수묵화', '수묵', 'lavis', "peinture a l'encre", 'tinta china', 'aguada', 'tuschmalerei', 'tusche'],
  flat: ['flat', 'flat design', 'flat illustration', '扁平', '扁平化', 'フラット', '플랫', 'diseno plano', 'plano', 'design plat', 'flach', 'flaches design'],
  retro: ['retro', 'vintage', 'risograph', 'halftone', '复古', '怀旧', 'レトロ', 'ヴィンテージ', '레트로', '빈티지', 'nostalgisch'],
  line: ['line art', 'line drawing', 'line-art', 'lineart', '线描', '线条画', '白描', '简笔画', '線画', 'ライン画', '선화', '라인 아트', 'arte lineal', 'dibujo lineal', 'dessin au trait', 'strichzeichnung', 'linienzeichnung'],
  papercut: ['papercut', 'paper cut', 'paper-cut', 'paper cutting', '剪纸', '剪紙', '切り絵', 'きりえ', '종이 오리기', 'papel picado', 'papier decoupe', 'decoupage', 'scherenschnitt'],
} as const satisfies Record<StyleId, readonly string[]>;

const KEYWORDS: readonly Keyword<StyleId>[] = STYLE_IDS.flatMap((id) => STYLE_WORDS[id].map((word) => compileKeyword(id, word)));

/** The style ids a text asks for ("水彩", "Aquarell", "ink wash"), in the order they first appear. */
export function readStyleWords(text: string): StyleId[] {
  const hits = findAll(foldText(text), KEYWORDS).sort((a, b) => a.start - b.start);
  return [...new Set(hits.map((h) => h.value))];
}
