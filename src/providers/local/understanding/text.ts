import { keywordPattern, requiredText } from '../keywords.js';

/**
 * Text helpers shared by the understanding step. Prompts are matched after
 * `foldText`: lower case, curly quotes made straight and Latin accents
 * dropped, so "Noël", "noel" and "NOËL" are one keyword. Kana and hangul keep
 * their marks. Folding never changes the length of an NFC text, so offsets
 * found in the folded text point at the same words in the prompt.
 */
export function foldText(text: string): string {
  return Array.from(text, (ch) => {
    const folded = ch
      .normalize('NFD')
      .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
      .normalize('NFC')
      .replace(/[’‘`´]/g, "'")
      .toLowerCase();
    return folded.length === ch.length ? folded : ch;
  }).join('');
}

/** One keyword found in a text, with where it sits. */
export interface Hit<T> {
  readonly value: T;
  readonly start: number;
  readonly end: number;
  readonly weight: number;
  /** Matched as written, not as a plural the pattern allows ("abuelos" is the keyword abuelos, not abuelo + s). */
  readonly exact?: boolean;
}

/** A keyword compiled once: Latin words match whole (keywords.ts), CJK ones as substrings. */
export interface Keyword<T> {
  readonly value: T;
  readonly pattern: RegExp;
  /** Found in every text the pattern matches (folded keywords and texts are both lower case). */
  readonly required: string;
  readonly weight: number;
  /** The keyword's own length (without a stem's *): a longer match is a plural. */
  readonly length: number;
}

export function compileKeyword<T>(value: T, word: string, weight = 1): Keyword<T> {
  const folded = foldText(word);
  const pattern = keywordPattern(folded);
  // Without `i`: keyword and text are both folded to lower case, and `required` must mean the same as the pattern
  // (under `i`, Greek σ/ς would match each other while `includes` would not).
  return { value, pattern: new RegExp(pattern.source, `${pattern.flags.replace('i', '')}g`), required: requiredText(folded), weight, length: folded.replace(/\*$/, '').length };
}

/** Every occurrence of every keyword in an already folded text. */
export function findAll<T>(folded: string, keywords: readonly Keyword<T>[]): Hit<T>[] {
  const hits: Hit<T>[] = [];
  for (const { value, pattern, required, weight, length } of keywords) {
    if (!folded.includes(required)) continue;
    pattern.lastIndex = 0;
    for (const match of folded.matchAll(pattern)) {
      const start = match.index;
      // Spaces in a keyword match any run of spaces and hyphens: compare with each run as one.
      hits.push({ value, start, end: start + match[0].length, weight, exact: match[0].replace(/[\s-]+/g, ' ').length === length });
    }
  }
  return hits;
}

/**
 * Keeps the longest hit where hits overlap, so "Chinese New Year" is not also
 * "New Year", 祖母 is not also 母 and "teachers' day" is not also "teacher".
 */
export function longestFirst<T>(hits: readonly Hit<T>[]): Hit<T>[] {
  const kept: Hit<T>[] = [];
  // Of two hits on the same words, the keyword written so beats another's plural: "abuelos" is grandparents, not grandfathers.
  const byLength = [...hits].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || Number(b.exact ?? false) - Number(a.exact ?? false));
  for (const hit of byLength) {
    if (!kept.some((k) => hit.start < k.end && k.start < hit.end)) kept.push(hit);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Replaces every match of the patterns by spaces of the same length. */
export function blankMatches(text: string, patterns: readonly RegExp[]): string {
  let out = text;
  for (const pattern of patterns) out = out.replace(pattern, (m) => ' '.repeat(m.length));
  return out;
}
