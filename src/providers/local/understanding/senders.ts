import type { Span } from './organisations.js';

/**
 * Who signs the card, by name, in Latin-script requests: "Love, Anna",
 * "from Anna and Ben", "xoxo Sam", "— Lily", "de parte de Lucía", "bisous,
 * Léa", "Deine Anna". Those names are not the recipients, and the card is
 * signed with them ("Love, Anna", not "Your loving child").
 */

export interface SenderMention extends Span {
  readonly text: string;
  /** Each name on its own: "Anna and Ben" → Anna, Ben. */
  readonly names: readonly string[];
}

/** One name: a capitalised word, or two ("Grandma Rose"); never over a line break or a sentence's end. */
const ONE = String.raw`\p{Lu}[\p{L}\p{M}'’-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’-]*)?`;
const JOINER = String.raw`[ \t]*(?:,|&|\band\b|\bund\b|\by\b|\bet\b)[ \t]*`;
/** Up to three names, at the position it is tried from (sticky). */
const NAMES = new RegExp(String.raw`${ONE}(?:${JOINER}${ONE}){0,2}`, 'uy');
const SPLIT = new RegExp(JOINER, 'u');

/** "from" and its kin before the signer (folded text); "de" alone is too common in Spanish and French to count. */
const FROM_WORDS = String.raw`from|von|de parte de|de la part de`;
/** Possessives that may stand between a cue and the signer ("from her sister May", "Love, your granddaughter Emma"). */
const POSSESSIVE = String.raw`your|my|our|his|her|their|deine?[mnrs]?|eure?[mnrs]?|euer|seine?[mnrs]?|ihre?[mnrs]?|tu|tus|ta|ton|tes|sa|son|ses|su|sus|votre|vos`;
/** "your granddaughter Emma": a possessive and the relation (read on its own) may stand between the cue and the name (folded text). */
const RELATION_BETWEEN = String.raw`(?:(?:${POSSESSIVE})\s+(?:[a-z][\p{L}'-]*\s+)?)?`;
const FROM_CUE = new RegExp(String.raw`\b(?:${FROM_WORDS})\s+${RELATION_BETWEEN}`, 'gu');
/** Just after a from-cue and its possessive: a name found there signs the card ("to Rose from her sister May"). */
const AFTER_FROM = new RegExp(String.raw`\b(?:${FROM_WORDS})\s+(?:(?:${POSSESSIVE})\s+)?$`, 'u');
/** "Greetings from …", "Postcard from …": a place follows, not a person (folded, just before "from"). */
const PLACE_GREETING = /(?:greetings|hello|hi|postcard|card|saludos|recuerdos|baisers|souvenirs|sunshine|news)\s*$/u;
/** Sign-off words that end a request with the signer's names (folded): only ones nobody writes before the recipient's name. */
const SIGNOFF_CUE = new RegExp(
  String.raw`(?:^|[,.!?;:\n]\s*)(?:love|with love|lots of love|all my love|all our love|much love|xoxo|xo|hugs|big hugs|yours|yours truly|sincerely|kind regards|warm regards|regards|con carino|carinos|besos|un abrazo|abrazos|bisous|gros bisous|bises|je t'embrasse|affectueusement|amities|alles liebe|liebe grusse|viele grusse|herzliche grusse|gruss|deine?|eure?|euer)\s*,?\s*${RELATION_BETWEEN}|(?:^|\s)[-–—]+\s*`,
  'gu',
);
/** What may follow the names of a sign-off: punctuation and emoji, then the end of the request or of its line. */
const ENDS = /^(?:[\s.!?…~♥💕😘🥰]|❤\uFE0F?)*(?:\n|$)/u;

/** Candidates refused as names: greetings, holidays, relation words ("Deine Tochter"), known places. */
export type NotASigner = (name: string, start: number, end: number) => boolean;

/** A family signs as one: "the Smith family", "la familia Rodríguez", "la famille Martin", "Familie Becker", "the Johnsons". */
const FAMILY_HERE = /(?:the[ \t]+(\p{Lu}[\p{L}'’-]+)[ \t]+family\b|(?:la[ \t]+|die[ \t]+)?((?:familia|famille|Familie)[ \t]+\p{Lu}[\p{L}'’-]+)|the[ \t]+(\p{Lu}[\p{L}'’-]+s)\b)/uy;

function familyAt(prompt: string, at: number): SenderMention | null {
  FAMILY_HERE.lastIndex = at;
  const found = FAMILY_HERE.exec(prompt);
  if (found === null) return null;
  const text = found[1] !== undefined ? `the ${found[1]} family` : found[3] !== undefined ? `the ${found[3]}` : (found[2] ?? '');
  return { text, names: [text], start: at, end: at + found[0].length };
}

function namesAt(prompt: string, at: number, refuse: NotASigner): SenderMention | null {
  const family = familyAt(prompt, at);
  if (family !== null) return family;
  NAMES.lastIndex = at;
  const found = NAMES.exec(prompt);
  if (found === null) return null;
  const text = found[0];
  const names: string[] = [];
  let offset = at;
  for (const part of text.split(SPLIT)) {
    const start = prompt.indexOf(part, offset);
    offset = start + part.length;
    if (part.length > 0 && !refuse(part, start, start + part.length)) names.push(part);
  }
  return names.length === 0 ? null : { text, names, start: at, end: at + text.length };
}

/** `folded`: foldText(prompt), the same length. */
export function senderMentions(prompt: string, folded: string, refuse: NotASigner): SenderMention[] {
  const found: SenderMention[] = [];
  for (const cue of folded.matchAll(FROM_CUE)) {
    if (cue[0].startsWith('from') && PLACE_GREETING.test(folded.slice(Math.max(0, cue.index - 20), cue.index))) continue;
    const mention = namesAt(prompt, cue.index + cue[0].length, refuse);
    if (mention !== null) found.push(mention);
  }
  for (const cue of folded.matchAll(SIGNOFF_CUE)) {
    const mention = namesAt(prompt, cue.index + cue[0].length, refuse);
    if (mention !== null && ENDS.test(prompt.slice(mention.end)) && !found.some((f) => f.start === mention.start)) found.push(mention);
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The sign-offs of Chinese, Japanese and Korean requests: "——小美", "李明敬上", "ゆきより", "지민 드림". */
const CJK_SIGNOFFS: Readonly<Record<'zh' | 'ja' | 'ko', RegExp>> = {
  zh: /(?:——|—|－－)\s*(\p{Script=Han}{1,4})[。！!…\s]*$|(?:^|[，,。！!？?\s])(\p{Script=Han}{2,6}?)(?:敬上|谨上|敬贺|拜上|敬呈)[。！!…\s]*$/u,
  ja: /(?:^|[。、！!？?\s])([\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}ー]{1,8}?)より[。！!…\s]*$/u,
  ko: /(?:^|[.!?。！？\s])(\p{Script=Hangul}{2,4})\s*(?:드림|올림)[.!…\s]*$/u,
};

/**
 * The signer of a CJK request, if it signs off with a name. `strip` removes a
 * relation word that leads the name ("学生李明" → "李明"); a sign-off that is
 * only a relation ("娘より", "女儿") is the sender relation's, not a name.
 */
export function cjkSenderMention(prompt: string, language: 'zh' | 'ja' | 'ko', strip: (name: string) => string, refuse: NotASigner): SenderMention | null {
  const found = CJK_SIGNOFFS[language].exec(prompt);
  const raw = found?.[1] ?? found?.[2];
  if (found === null || raw === undefined) return null;
  const name = strip(raw);
  const start = prompt.lastIndexOf(raw) + raw.length - name.length;
  if (name.length === 0 || refuse(name, start, start + name.length)) return null;
  return { text: name, names: [name], start, end: start + name.length };
}

/** True when what stands just before `start` (folded text) is a from-cue: the name there signs the card. */
export function followsFrom(folded: string, start: number): boolean {
  return AFTER_FROM.test(folded.slice(Math.max(0, start - 40), start));
}
