import type { Language, Tone } from '../../contracts.js';

/** The font stacks a page uses; every family is a system font or the page's own inlined face. */
export interface FontStacks {
  readonly title: string;
  readonly body: string;
  /** Handwriting, for captions and signatures. */
  readonly hand: string;
}

const LATIN_SERIF = 'Georgia, "Iowan Old Style", "Palatino Linotype", "Book Antiqua", Palatino, "Noto Serif", "DejaVu Serif", serif';
const LATIN_SANS = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "Noto Sans", Arial, sans-serif';
const LATIN_ROUNDED = '"Avenir Next Rounded", "Arial Rounded MT Bold", "Nunito", "Trebuchet MS", system-ui, sans-serif';
const LATIN_HAND = '"Segoe Print", "Bradley Hand", "Noteworthy", "Chalkboard SE", "Comic Neue", "Marker Felt", cursive';

const ZH_SERIF = '"Songti SC", "STSong", "Noto Serif CJK SC", "Source Han Serif SC", "SimSun", serif';
const ZH_SANS = '"PingFang SC", "Hiragino Sans GB", "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", sans-serif';
const ZH_HAND = '"Kaiti SC", "STKaiti", "KaiTi", "AR PL UKai CN", ' + ZH_SERIF;

const JA_SERIF = '"Hiragino Mincho ProN", "Noto Serif CJK JP", "Source Han Serif JP", "Yu Mincho", "YuMincho", "MS PMincho", serif';
const JA_SANS = '"Hiragino Kaku Gothic ProN", "Hiragino Sans", "Noto Sans CJK JP", "Yu Gothic", "YuGothic", "Meiryo", sans-serif';

const KO_SERIF = '"AppleMyungjo", "Nanum Myeongjo", "Noto Serif CJK KR", "Source Han Serif K", "Batang", serif';
const KO_SANS = '"Apple SD Gothic Neo", "Noto Sans CJK KR", "Source Han Sans K", "Malgun Gothic", "Nanum Gothic", sans-serif';

const SCRIPT_STACKS = {
  zh: { title: ZH_SERIF, body: ZH_SANS, hand: ZH_HAND },
  // Mincho throughout: Japanese greeting cards are set in it, and it suits vertical text.
  ja: { title: JA_SERIF, body: JA_SANS, hand: JA_SERIF },
  ko: { title: KO_SERIF, body: KO_SANS, hand: KO_SERIF },
  en: { title: LATIN_SERIF, body: LATIN_SANS, hand: LATIN_HAND },
  es: { title: LATIN_SERIF, body: LATIN_SANS, hand: LATIN_HAND },
  fr: { title: LATIN_SERIF, body: LATIN_SANS, hand: LATIN_HAND },
  de: { title: LATIN_SERIF, body: LATIN_SANS, hand: LATIN_HAND },
} as const satisfies Record<Language, FontStacks>;

const isLatin = (language: Language): boolean => language !== 'zh' && language !== 'ja' && language !== 'ko';

/**
 * Deliberate stacks per script (the CJK system fonts on macOS, Windows and
 * Linux, in that order of quality), a rounded face for playful Latin cards,
 * and `display` in front of the title stack when the page inlines one.
 */
export function fontStacks(language: Language, tone: Tone, display: string | null): FontStacks {
  const stacks: FontStacks = SCRIPT_STACKS[language];
  const latin = isLatin(language);
  const title = latin && tone === 'playful' ? LATIN_ROUNDED : stacks.title;
  return {
    title: display !== null && latin ? `"${display}", ${title}` : title,
    body: stacks.body,
    hand: stacks.hand,
  };
}

const WIDE = /[\u1100-\u11ff\u2e80-\ua4cf\uac00-\ud7af\uf900-\ufaff\uff00-\uff60]/u;

/**
 * How much to shrink the front title so a long one ("Frohe Weihnachten und
 * ein glückliches neues Jahr") still fits its face: measured in half-width
 * units, a CJK character counting as two.
 */
export function titleScale(title: string): number {
  const units = Array.from(title.trim()).reduce((sum, ch) => sum + (WIDE.test(ch) ? 2 : 1), 0);
  if (units <= 24) return 1;
  if (units <= 36) return 0.84;
  if (units <= 50) return 0.72;
  return 0.62;
}
