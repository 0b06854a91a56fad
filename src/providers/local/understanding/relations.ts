import { LANGUAGES, RELATIONS, type Language, type Relation } from '../../contracts.js';
import { RELATION_WORDS } from './relation-words.js';
import { blankMatches, compileKeyword, findAll, longestFirst, type Hit, type Keyword } from './text.js';

/** A relation word found in the prompt, and whether it names the sender ("from your daughter"). */
export interface RelationMention extends Hit<Relation> {
  readonly fromSender: boolean;
}

export interface Relations {
  readonly recipient: Relation | null;
  readonly sender: Relation | null;
  readonly mentions: readonly RelationMention[];
}

const KEYWORDS_BY_LANGUAGE = new Map<Language, readonly Keyword<Relation>[]>(
  LANGUAGES.map((language) => [
    language,
    RELATIONS.flatMap((relation) => (RELATION_WORDS[language][relation] ?? []).map((word) => compileKeyword(relation, word))),
  ]),
);

/** English relation words are mixed into CJK prompts; in es/fr/de they collide ("son", "ma"), so they are left out there. */
const MIXES_ENGLISH: ReadonlySet<Language> = new Set(['zh', 'ja', 'ko']);

/** Words that contain a relation word without meaning it (大丈夫 "all right", 딸기 "strawberry"). */
const NOT_RELATIONS = [/大丈夫|工夫|夫婦|딸기|亲爱的/gu];

/** What comes just before a relation word when it names the sender (folded text). */
const SENDER_BEFORE: readonly RegExp[] = [
  /(?:\bfrom|\blove,?|\byours,?|\bsigned,?|\bxoxo,?|\bi'?m|\bi am|\bas)\s+(?:(?:your|my|his|her|their|the|our)\s+)?(?:(?:loving|proud|favou?rite|little|big|old|grateful|whole|entire)\s+)?$/,
  /\byour\s+(?:(?:loving|proud|favou?rite|little|big|old|grateful)\s+)?$/,
  /(?:\btus?|\bsus?|\bde parte de(?:\s+tus?)?)\s+(?:querid[oa]s?\s+)?$/,
  /(?:\bton|\bta|\btes|\bvotre|\bvos|\bde la part de(?:\s+(?:ton|ta|tes|votre))?)\s+$/,
  /(?:\bdeine[mnrs]?|\bdein|\beure[mnrs]?|\beuer|\bvon(?:\s+deine[mnrs]?|\s+dein)?)\s+(?:liebe[nr]?\s+)?$/,
  /(?:来自|來自|你的|您的|爱你的|愛你的|——|—|落款|署名|签名|我是|作为)[：:\s]*$/u,
  /(?:あなたの|君の)$/u,
  /(?:너의|당신의)\s*$/u,
];

/** What comes just after a relation word when it names the sender ("娘より", "딸 올림", "女儿敬上"). */
const SENDER_AFTER: readonly RegExp[] = [/^(?:より|から|一同)/u, /^(?:이|가)?\s*(?:올림|드림|보냄|씀)/u, /^(?:敬上|谨上|敬贺|上\s*$)/u];

/** Only punctuation (a sign-off at the very end: "祝妈妈生日快乐，女儿"). */
const TAIL = /^[\s。.!！…]*$/u;
const BEFORE_SIGNOFF = /[，,—–\-\n]\s*$/u;

function isSender(text: string, hit: Hit<Relation>, isLast: boolean, others: number): boolean {
  const before = text.slice(Math.max(0, hit.start - 40), hit.start);
  const after = text.slice(hit.end, hit.end + 12);
  if (SENDER_BEFORE.some((p) => p.test(before)) || SENDER_AFTER.some((p) => p.test(after))) return true;
  return isLast && others > 0 && TAIL.test(text.slice(hit.end)) && BEFORE_SIGNOFF.test(before);
}

/**
 * Who the card is to and from. The first relation word that does not sign the
 * card is the recipient ("祝奶奶八十大寿", "to my mum"); the sender is named by
 * a sign-off ("from your daughter", "tu hija", "deine Tochter", "娘より").
 * `notTheirs(start)`: a relation word there names neither side (someone else's late father).
 */
export function readRelations(folded: string, language: Language, notTheirs: (start: number) => boolean = () => false): Relations {
  const text = blankMatches(folded, NOT_RELATIONS);
  const keywords = [...(KEYWORDS_BY_LANGUAGE.get(language) ?? []), ...(MIXES_ENGLISH.has(language) ? (KEYWORDS_BY_LANGUAGE.get('en') ?? []) : [])];
  const hits = longestFirst(findAll(text, keywords));
  // A last word that repeats the only other relation addresses the card ("Happy Father's Day, Dad"); it does not sign it.
  const mentions = hits.map((hit, index) => ({ ...hit, fromSender: isSender(text, hit, index === hits.length - 1, hits.filter((h) => h.value !== hit.value).length) }));
  // Such a word still counts above, among the sentence's relation words.
  const sides = mentions.filter((m) => !notTheirs(m.start));
  const to = sides.findIndex((m) => !m.fromSender);
  return {
    recipient: to < 0 ? null : (couple(text, sides[to], sides[to + 1]?.fromSender === false ? sides[to + 1] : undefined) ?? sides[to]?.value ?? null),
    sender: sides.find((m) => m.fromSender)?.value ?? null,
    mentions,
  };
}

/** The two people a pair of relation words names together ("Oma und Opa", "mamá y papá", "爸爸妈妈"), as one group. */
const PAIRS: Readonly<Record<string, Relation>> = { 'father+mother': 'parents', 'grandfather+grandmother': 'grandparents' };
/** Only "and", an ampersand, a comma or nothing between them: "Mom and Dad", "おじいちゃん、おばあちゃん". */
const JOINED = /^\s*(?:and|und|y|e|et|&|,|、|和|与|跟|と|와|과|하고)?\s*$/u;

function couple(text: string, first: Hit<Relation> | undefined, second: Hit<Relation> | undefined): Relation | null {
  if (first === undefined || second === undefined || !JOINED.test(text.slice(first.end, second.start))) return null;
  return PAIRS[[first.value, second.value].sort().join('+')] ?? null;
}

const WORDS_BY_LANGUAGE = new Map<Language, ReadonlySet<string>>(
  LANGUAGES.map((language) => [language, new Set(RELATIONS.flatMap((relation) => RELATION_WORDS[language][relation] ?? []))]),
);

/** True when the whole (folded) word names a relation ("お母さん", "선생님"), so it is not taken for a name. */
export function isRelationWord(folded: string, language: Language): boolean {
  return (WORDS_BY_LANGUAGE.get(language)?.has(folded) ?? false) || (WORDS_BY_LANGUAGE.get('en')?.has(folded) ?? false);
}
