import type { MotifName } from '../motifs.js';
import { INTEREST_WORDS } from './interest-words.js';
import { compileKeyword, findAll, longestFirst, type Keyword } from './text.js';

/** An interest as the request wrote it, and the motif that can draw it. */
export interface InterestMention {
  readonly text: string;
  readonly motif: MotifName | null;
  readonly start: number;
}

const KEYWORDS: readonly Keyword<MotifName | null>[] = INTEREST_WORDS.flatMap(({ motif, words }) => words.map((word) => compileKeyword(motif, word)));

/** Interests and objects named anywhere in the prompt, skipping words inside names and places ("Grandma Rose"). */
export function readInterests(prompt: string, folded: string, taken: readonly { start: number; end: number }[]): InterestMention[] {
  return longestFirst(findAll(folded, KEYWORDS))
    .filter((hit) => !taken.some((t) => hit.start < t.end && t.start < hit.end))
    .map((hit) => ({ text: prompt.slice(hit.start, hit.end), motif: hit.value, start: hit.start }));
}
