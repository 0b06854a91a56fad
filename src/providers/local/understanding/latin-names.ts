import type { Language } from '../../contracts.js';
import { NOT_NAMES, TITLES } from './latin-stopwords.js';
import { foldText } from './text.js';
import type { PlaceMention } from './places.js';

/** Names and places found among the capitalised words of Latin-script text. */
export interface LatinFinds {
  readonly recipients: readonly { readonly text: string; readonly start: number; readonly end: number }[];
  readonly places: readonly PlaceMention[];
}

interface Token {
  readonly text: string;
  readonly folded: string;
  readonly start: number;
  readonly end: number;
  readonly capital: boolean;
}

const WORD = /[\p{Script=Latin}][\p{Script=Latin}\p{M}'’-]*\.?/gu;

/** Words before a name that make it the recipient, or before a place name (folded). */
const TO_WORDS = new Set(['to', 'for', 'dear', 'hi', 'hello', 'hey', 'para', 'querida', 'querido', 'hola', 'pour', 'a', 'cher', 'chere', 'fur', 'an', 'liebe', 'lieber', 'hallo', 'caro', 'cara', 'per']);
const AT_WORDS = new Set(['in', 'at', 'en', 'nach', 'im', 'visiting', 'around']);
const FROM_WORDS = new Set(['from', 'desde', 'depuis', 'aus', 'von', 'de', 'da']);
/** After these, "from X" is where the card comes from, not who signs it ("Greetings from Kyoto" vs "Love from Anna"). */
const GREETING_BEFORE_FROM = /(?:greetings|hello|hi|postcard|card|wishes|saludos|recuerdos|baisers|souvenirs|grusse|gruße|sunshine|news)\s*$/u;

function tokens(prompt: string): Token[] {
  return Array.from(prompt.matchAll(WORD), (m) => {
    const text = m[0].replace(/['’]s$/u, '').replace(/\.$/u, (dot) => (TITLES.has(foldText(m[0])) ? dot : ''));
    return { text, folded: foldText(text), start: m.index, end: m.index + text.length, capital: /^\p{Lu}/u.test(text) };
  });
}

/** Drops greetings and holiday words around a name ("Happy Birthday Sarah" → "Sarah"), keeping a title that leads one ("Grandma Rose"). */
function trimNotNames(span: readonly Token[]): readonly Token[] {
  let words = span;
  while (words.length > 0) {
    const [head, next] = words;
    if (head === undefined || !(NOT_NAMES.has(head.folded) || TITLES.has(head.folded))) break;
    if (next !== undefined && TITLES.has(head.folded) && !NOT_NAMES.has(next.folded)) break;
    words = words.slice(1);
  }
  while (words.length > 0 && NOT_NAMES.has(words[words.length - 1]?.folded ?? '')) words = words.slice(0, -1);
  return words;
}

/** Given names that are also words we otherwise skip ("I hope", "in May"): names when the card is plainly addressed to them. */
const WORD_NAMES: ReadonlySet<string> = new Set(['hope', 'joy', 'grace', 'faith', 'may', 'june', 'april', 'august', 'summer', 'autumn', 'dawn', 'rose', 'lily', 'holly', 'ivy', 'angel', 'sunny']);
/** "Happy birthday Hope!", "Congrats, Hope and Daniel!": a greeting or a comma before, "!", "," or "and Name" after. */
const ADDRESSED_BEFORE = /(?:birthday|bday|congrats|congratulations|dear|hi|hello|hey|thanks|thank you|to|for|,)\s*$/iu;
const ADDRESSED_AFTER = /^\s*(?:[!,.?]|$|(?:and|&)\s+\p{Lu})/u;

/** Places that are given names too: "Happy bday Sydney!!" is to a Sydney, "a week in Sydney" is not. */
const PLACE_NAMES_OF_PEOPLE: ReadonlySet<string> = new Set(['sydney', 'florence', 'florencia', 'vienna', 'india', 'paris']);
/**
 * Greeted, not travelled to: a greeting just before it ("Happy bday Sydney",
 * "Thanks, Florence"). Not "to", "in" or "from"; not "hello" ("Hello Paris!"
 * is what travellers write); not a bare comma ("Rome, Florence and Venice").
 */
const GREETED_BEFORE =
  /(?<![\p{L}])(?:birthday|bday|congrats|congratulations|dear|thanks|thank you|cumplea[ñn]os|felicidades|gracias|querid[ao]|anniversaire|f[ée]licitations|merci|ch[èe]re?|geburtstag|gl[üu]ckwunsch|danke|liebe[rs]?)\s*,?\s*$/iu;

/** Whether a place the prompt names is a person it greets by that name ("Happy birthday, Florence!"). */
export function greetedByPlaceName(prompt: string, place: { readonly text: string; readonly start: number; readonly end: number }): boolean {
  return (
    PLACE_NAMES_OF_PEOPLE.has(place.text.toLowerCase()) &&
    /^\p{Lu}/u.test(place.text) &&
    GREETED_BEFORE.test(prompt.slice(0, place.start)) &&
    ADDRESSED_AFTER.test(prompt.slice(place.end))
  );
}

/** True when only spaces separate two tokens (a comma or "and" ends a name). */
const adjacent = (prompt: string, a: Token, b: Token): boolean => /^ +$/u.test(prompt.slice(a.end, b.start));

const isSentenceStart = (prompt: string, at: number): boolean => /(?:^|[.!?。！？\n]\s*)$/u.test(prompt.slice(0, at));

/** "the Miller family", "Familie Müller", "la familia García", "la famille Dupont". */
const FAMILY = /\bthe\s+(\p{Lu}[\p{L}'-]+)\s+family\b|\b(famil(?:ie|ia|le)\s+\p{Lu}[\p{L}'-]+)/gu;

export function latinNames(prompt: string, language: Language, known: readonly PlaceMention[], relationSpans: readonly { start: number; end: number }[]): LatinFinds {
  const recipients: Array<{ text: string; start: number; end: number }> = [];
  const places: PlaceMention[] = [];
  for (const m of prompt.matchAll(FAMILY)) {
    const text = m[1] !== undefined ? `${m[1]} family` : (m[2] ?? '');
    recipients.push({ text, start: m.index, end: m.index + m[0].length });
  }

  const all = tokens(prompt);
  const taken = (t: Token): boolean =>
    recipients.some((r) => t.start < r.end && r.start < t.end) || known.some((p) => t.start < p.end && p.start < t.end);

  for (let i = 0; i < all.length; i += 1) {
    const first = all[i];
    if (first === undefined || !first.capital || taken(first)) continue;
    const previous = all[i - 1];
    // One name: capitalised words joined by single spaces ("Mary Jane", "Oma Helga").
    let last = i;
    while (all[last + 1]?.capital === true && adjacent(prompt, all[last] ?? first, all[last + 1] ?? first)) last += 1;
    let words: readonly Token[] = all.slice(i, last + 1);
    i = last;

    // A form of address before the name belongs to it ("abuela Carmen", "Frau Müller").
    const titled =
      previous !== undefined && adjacent(prompt, previous, first) && (TITLES.has(previous.folded) || relationSpans.some((r) => r.start === previous.start));
    const alone = words.length === 1 && WORD_NAMES.has(first.folded) && ADDRESSED_BEFORE.test(prompt.slice(0, first.start)) && ADDRESSED_AFTER.test(prompt.slice(first.end));
    if (!titled && !alone) words = trimNotNames(words);
    // German nouns are capitalised too: "Erzieherin Frau Weber" is Frau Weber.
    const title = words.findIndex((w, k) => k > 0 && k < words.length - 1 && TITLES.has(w.folded));
    if (!titled && title > 0) words = words.slice(title);
    const head = words[0];
    const tail = words[words.length - 1];
    if (head === undefined || tail === undefined || words.every((w) => TITLES.has(w.folded))) continue;
    // "Mother's Day", "Valentine's Day": a holiday's name, not a person.
    if (/^['’]s\s+day\b/iu.test(prompt.slice(tail.end))) continue;
    // "abuela Carmen", "Oma Helga" and "Uncle Bob" are forms of address; "my mom Linda" and "ma sœur Camille" are not ("Happy Birthday, mom Linda").
    const keepsTitle = titled && (TITLES.has(previous.folded) || /^\p{Lu}/u.test(previous.text) || language === 'es');
    // The span keeps the relation word either way, so that what stands before it ("from her sister May") is read.
    const start = titled ? previous.start : head.start;
    const found = { text: prompt.slice(keepsTitle ? start : head.start, tail.end), start, end: tail.end };

    const before = all[all.indexOf(head) - 1];
    const cue = before !== undefined && adjacent(prompt, before, head) ? before.folded : '';
    if (!titled && AT_WORDS.has(cue)) places.push(found);
    else if (!titled && FROM_WORDS.has(cue)) {
      // "Greetings from Kyoto" is a place; "Love from Anna" signs the card (not a recipient).
      if (GREETING_BEFORE_FROM.test(foldText(prompt.slice(Math.max(0, (before?.start ?? 0) - 20), before?.start ?? 0)))) places.push(found);
    } else if (titled || TO_WORDS.has(cue) || TITLES.has(head.folded)) recipients.push(found);
    else if (language === 'de') {
      // German nouns are capitalised: take a name only as a vocative ("…, Anna!"), or a pair of them ("…, Anna und Max").
      const before = prompt.slice(0, start);
      const after = prompt.slice(found.end);
      const ends = /^\s*(?:[,.!?]|$)/u;
      const vocative = /[,!]\s*$/u.test(before) && (ends.test(after) || /^\s+(?:und|&)\s+\p{Lu}[\p{L}-]*\s*(?:[,.!?]|$)/u.test(after));
      const secondOfPair = /\s(?:und|&)\s+$/u.test(before) && recipients.some((r) => /^\s+(?:und|&)\s+$/u.test(prompt.slice(r.end, start))) && ends.test(after);
      if (vocative || secondOfPair) recipients.push(found);
    } else if (!isSentenceStart(prompt, start) || /^\s*(?:[,!:]|['’]s\b)/u.test(prompt.slice(tail.end))) {
      recipients.push(found);
    }
  }
  return { recipients: recipients.sort((a, b) => a.start - b.start), places };
}
