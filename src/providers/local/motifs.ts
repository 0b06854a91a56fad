import { compileWords, searchText, type Words } from './illustration/words.js';
import { DE } from './illustration/motif-words/de.js';
import { EN } from './illustration/motif-words/en.js';
import { ES } from './illustration/motif-words/es.js';
import { FR } from './illustration/motif-words/fr.js';
import { JA } from './illustration/motif-words/ja.js';
import { KO } from './illustration/motif-words/ko.js';
import { ZH } from './illustration/motif-words/zh.js';

/**
 * The motifs the illustration knows how to draw. Concepts may name other
 * motifs (a real model will); the illustration maps those through the same
 * words, and the local family only ever proposes these.
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
  // Added for the occasions of issue 11; each is drawn (illustration/catalog.ts) and named in seven languages (illustration/motif-words/).
  'tree',
  'pine',
  'snowflake',
  'mooncake',
  'rabbit',
  'zongzi',
  'dragon-boat',
  'magpie',
  'torii',
  'pagoda',
  'maple-leaf',
  'chrysanthemum',
  'willow',
  'kite',
  'bamboo',
  'crane',
  'mortarboard',
  'rings',
  'carnation',
  'lily',
  'tulip',
  'sunflower',
  'candle',
  'music-notes',
  'tennis-racket',
  'coffee',
  'diya-lamp',
  'crescent-star',
  'menorah',
  'pumpkin',
  'bat',
  'egg',
  'baby-bottle',
  'house',
  'key',
  'suitcase',
  'envelope',
  'turkey',
  'wreath',
  'bell',
  'dove',
  'book',
  'camera',
  'cat',
  'dog',
  'apple',
  'necktie',
  'flag',
  'songpyeon',
  'bicycle',
  'umbrella',
] as const;
export type MotifName = (typeof MOTIFS)[number];

export function isMotifName(value: string): value is MotifName {
  return MOTIFS.some((motif) => motif === value);
}

/** Words that ask for a motif, in each of the seven languages the cards are written in (see illustration/words.ts for how they match). */
export function motifWords(motif: MotifName): Words {
  return { zh: ZH[motif], en: EN[motif], ja: JA[motif], ko: KO[motif], es: ES[motif], fr: FR[motif], de: DE[motif] };
}

const MATCHERS = MOTIFS.map((motif) => [motif, compileWords(motifWords(motif))] as const);

/** The drawable motifs a text mentions in any of the seven languages, in the order they first appear. */
export function motifsMentioned(text: string): MotifName[] {
  const prepared = searchText(text);
  const found: Array<{ motif: MotifName; at: number }> = [];
  for (const [motif, firstIndex] of MATCHERS) {
    const at = firstIndex(prepared);
    if (at >= 0) found.push({ motif, at });
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.motif);
}
