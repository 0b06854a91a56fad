import { OCCASIONS, type Occasion } from '../../contracts.js';
import { LIFE_WORDS } from './occasion-words-life.js';
import { HOLIDAY_WORDS, type OccasionWords } from './occasion-words-holidays.js';
import { blankMatches, compileKeyword, findAll, longestFirst, type Keyword } from './text.js';

const OCCASION_WORDS = { ...HOLIDAY_WORDS, ...LIFE_WORDS } satisfies Record<Occasion, OccasionWords>;

const WEIGHTS = [
  ['strong', 3],
  ['medium', 2],
  ['weak', 1],
] as const satisfies ReadonlyArray<readonly [keyof OccasionWords, number]>;

const KEYWORDS: readonly Keyword<Occasion>[] = OCCASIONS.flatMap((occasion) => {
  const words: OccasionWords = OCCASION_WORDS[occasion];
  return WEIGHTS.flatMap(([strength, weight]) => (words[strength] ?? []).map((word) => compileKeyword(occasion, word, weight)));
});

/**
 * Everyday phrases that contain an occasion word without meaning it, blanked
 * out before matching (folded text): 亲爱的 is "dear", 寿司 is sushi, "I'd love a
 * card" is not a love letter, "爱你的女儿" and "Liebe Anna" are a sign-off and a
 * salutation.
 */
const FALSE_FRIENDS: readonly RegExp[] = [
  /亲爱|親愛|可爱|可愛|爱好|愛好|热爱|熱愛|寿司|壽司|爱你的(?=\p{Script=Han})/gu,
  /\b(?:would|'d|i)\s+love\s+(?:a|an|to|it|this|the|some|your)\b|\blove\s+(?:to|it|this)\b|\blove,|\bwith love\b|\blots of love\b|\blove\s+from\b/g,
  /^\s*lieber?\b|[,.!]\s*lieber?\b/g,
  /\bsorry to hear\b/g,
  // "结婚十周年", "결혼 10주년", "結婚10周年": the years of a marriage are an anniversary, not a wedding.
  /(?:结婚|結婚|결혼)(?=\s*[\d一二三四五六七八九十两百]+\s*(?:周年|週年|주년))/gu,
  // "Thanks for the farewell party", "Vielen Dank … zum Abschied": a thank-you on a leaving day, not a farewell card.
  /(?<=\b(?:thanks?|thank you|danke|dank)\b[^.!?\n]{0,60})\b(?:farewell(?: party| dinner| gift| lunch)?|abschied|going away party)\b/g,
  // "Greetings from all of us" signs the card; "Greetings from Kyoto" is a trip.
  /\b(?:greetings|hello|postcard)\s+from\s+(?=(?:the|all|everyone|everybody|us|our|your|my)\b)/g,
];

/** A place after "from" ("Greetings from Kyoto") hints at a travel card, weakly. */
const PLACE_HINT_WEIGHT = 1;

/** "Happy 30th!" is a birthday (a custom's weight): not "happy 10th anniversary", nor "Happy 4th of July". */
const HAPPY_ORDINAL = /\bhappy\s+\d{1,3}(?:st|nd|rd|th)\b(?!\s+(?:of|anniversary|wedding|year|jubilee|day)\b)/;
const HAPPY_ORDINAL_WEIGHT = 2;

/**
 * The occasion the words point at most strongly: named occasions (3 points)
 * beat their customs (2) and incidental feelings (1), so "中秋节快乐！想念远方
 * 的家人" is Mid-Autumn, not travel. Ties go to the earlier entry of OCCASIONS:
 * holidays, then life events, then feelings ("happy birthday my love").
 */
export function detectOccasion(folded: string, placeAfterFrom: boolean): Occasion {
  const text = blankMatches(folded, FALSE_FRIENDS);
  const scores = new Map<Occasion, number>();
  for (const hit of longestFirst(findAll(text, KEYWORDS))) scores.set(hit.value, (scores.get(hit.value) ?? 0) + hit.weight);
  if (placeAfterFrom) scores.set('travel', (scores.get('travel') ?? 0) + PLACE_HINT_WEIGHT);
  if (HAPPY_ORDINAL.test(text)) scores.set('birthday', (scores.get('birthday') ?? 0) + HAPPY_ORDINAL_WEIGHT);

  let best: Occasion = 'general';
  let bestScore = 0;
  for (const occasion of OCCASIONS) {
    const score = scores.get(occasion) ?? 0;
    if (score > bestScore) {
      best = occasion;
      bestScore = score;
    }
  }
  return best;
}
