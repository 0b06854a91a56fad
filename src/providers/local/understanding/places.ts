import { PLACE_NAMES } from './place-names.js';
import { foldText } from './text.js';

/** A place found in the prompt, as written there. */
export interface PlaceMention {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

interface KnownPlace {
  readonly pattern: RegExp;
  /** The folded name: a prompt without it cannot match, and the pattern need not run. */
  readonly folded: string;
  /** Latin names must be capitalised in the prompt: "Island" is Iceland in German, "island" is not a place. */
  readonly capitalised: boolean;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const KNOWN: readonly KnownPlace[] = [...PLACE_NAMES.flat()]
  .sort((a, b) => b.length - a.length)
  .map((name) => {
  const folded = foldText(name);
  const latin = /\p{Script=Latin}/u.test(name);
  const literal = escape(folded);
  return {
    pattern: new RegExp(latin ? `(?<![\\p{L}\\p{N}])${literal}(?![\\p{L}\\p{N}])` : literal, 'gu'),
    folded,
    capitalised: latin,
  };
  });

/** The well-known places the prompt names, longest name first where two overlap ("New York" over "York"). */
export function knownPlaces(prompt: string, folded: string): PlaceMention[] {
  const found: PlaceMention[] = [];
  for (const { pattern, folded: name, capitalised } of KNOWN) {
    if (!folded.includes(name)) continue;
    for (const m of folded.matchAll(pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      if (capitalised && !/^\p{Lu}/u.test(prompt.slice(start, end))) continue;
      if (found.some((f) => start < f.end && f.start < end)) continue;
      found.push({ text: prompt.slice(start, end), start, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** "from Kyoto", "desde Sevilla", "aus Wien", "来自京都", "京都から", "서울에서": the card is sent from there. */
const FROM_BEFORE = /(?:\bfrom|\bdesde|\bdepuis|\baus|来自|來自|从|從|寄自)\s*$/u;
const FROM_AFTER = /^\s*(?:から|より|에서)/u;

export function isSentFrom(folded: string, place: PlaceMention): boolean {
  return FROM_BEFORE.test(folded.slice(Math.max(0, place.start - 12), place.start)) || FROM_AFTER.test(folded.slice(place.end, place.end + 6));
}
