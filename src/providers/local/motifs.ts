import { firstMatch, keywordPattern } from './keywords.js';

/**
 * The motifs illustration.ts knows how to draw. Concepts may name other motifs
 * (a real model will), but the local family only ever proposes these.
 */
export const MOTIFS = [
  'cake',
  'balloon',
  'confetti',
  'firework',
  'lantern',
  'plum-blossom',
  'heart',
  'rose',
  'flower',
  'leaf',
  'sun',
  'moon',
  'star',
  'cloud',
  'mountain',
  'wave',
  'plane',
  'ribbon',
  'gift',
  'tea-cup',
  'peach',
] as const;
export type MotifName = (typeof MOTIFS)[number];

export function isMotifName(value: string): value is MotifName {
  return MOTIFS.some((motif) => motif === value);
}

/**
 * Words in a prompt that ask for a motif. Chinese entries are whole words, not
 * single characters, because 月/海/星/心 hide inside unrelated words
 * (岁月, 上海, 星期, 开心).
 */
const MOTIF_WORDS = {
  cake: ['蛋糕', 'cake', 'cupcake'],
  balloon: ['气球', 'balloon'],
  confetti: ['彩带', '彩纸', 'confetti', 'party'],
  firework: ['烟花', '烟火', '焰火', 'firework'],
  lantern: ['灯笼', '花灯', 'lantern'],
  'plum-blossom': ['梅花', '腊梅', 'plum blossom', 'plum'],
  heart: ['爱心', '心形', 'heart'],
  rose: ['玫瑰', 'rose'],
  flower: ['鲜花', '花朵', '花园', '花海', 'flower', 'bloom', 'garden', 'tulip', 'daisy'],
  leaf: ['树叶', '叶子', '落叶', '森林', '树林', 'leaf', 'leaves', 'forest', 'tree'],
  sun: ['太阳', '阳光', '日出', '夕阳', 'sun', 'sunshine', 'sunrise', 'sunset'],
  moon: ['月亮', '月光', '明月', '满月', '中秋', 'moon', 'moonlight'],
  star: ['星星', '星空', '繁星', '银河', 'star', 'starry', 'galaxy'],
  cloud: ['云朵', '白云', '云彩', '天空', 'cloud', 'sky'],
  mountain: ['高山', '山峰', '雪山', '群山', '爬山', '登山', 'mountain', 'hill', 'hiking'],
  wave: ['大海', '海边', '海浪', '海洋', '沙滩', 'sea', 'ocean', 'wave', 'beach', 'surf'],
  plane: ['飞机', '航班', '机票', 'plane', 'flight', 'airport'],
  ribbon: ['丝带', '蝴蝶结', 'ribbon', 'bow'],
  gift: ['礼物', '礼盒', 'gift', 'present'],
  'tea-cup': ['喝茶', '茶杯', '咖啡', '奶茶', 'tea', 'coffee', 'latte'],
  peach: ['寿桃', '桃子', 'peach'],
} satisfies Record<MotifName, readonly string[]>;

const MOTIF_PATTERNS = MOTIFS.map((motif) => [motif, MOTIF_WORDS[motif].map(keywordPattern)] as const);

/** The drawable motifs a prompt mentions, in the order they first appear in the text. */
export function motifsMentioned(text: string): MotifName[] {
  const found: Array<{ motif: MotifName; at: number }> = [];
  for (const [motif, patterns] of MOTIF_PATTERNS) {
    const at = firstMatch(text, patterns);
    if (at >= 0) found.push({ motif, at });
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.motif);
}
