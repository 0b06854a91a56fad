import type { Entities, Language, Occasion, PostcardRequest, Tone } from '../../contracts.js';
import type { MotifName } from '../motifs.js';
import { OCCASION_PROFILES } from '../occasion-profiles.js';
import { writtenUpTo } from '../register.js';
import { chineseNames, japaneseNames, koreanNames, type NameMention } from './cjk-names.js';
import { readInterests } from './interests.js';
import { detectLanguage } from './language.js';
import { greetedByPlaceName, latinNames } from './latin-names.js';
import { detectOccasion } from './occasion.js';
import { ageOf, readNumbers } from './numbers.js';
import { withoutOrganisations } from './organisations.js';
import { isSentFrom, knownPlaces, type PlaceMention } from './places.js';
import { NOT_NAMES } from './latin-stopwords.js';
import { isRelationWord, readRelations } from './relations.js';
import { cjkSenderMention, followsFrom, senderMentions, type SenderMention } from './senders.js';
import { readStyleWords, type StyleId } from './style-words.js';
import { foldText } from './text.js';
import { readTone } from './tone.js';

export type { StyleId } from './style-words.js';

/** What the local concept step reads from a request, before writing the brief. */
export interface Understanding {
  readonly language: Language;
  /** The language the request was written in when we cannot write it ("Italian"); the card is then in English. */
  readonly languageFallback: string | null;
  readonly occasion: Occasion;
  readonly tone: Tone;
  readonly entities: Entities;
  /** Rendering styles asked for, normalised ('watercolor', 'ink', …), in the order given. */
  readonly styleWords: readonly StyleId[];
  /** Drawable motifs for the interests named, in order ("jazz" → music-notes). */
  readonly interestMotifs: readonly MotifName[];
  /** Write in the polite register: elders, teachers, bosses and clients, formal cards, or a request written politely. */
  readonly polite: boolean;
}

/** Occasions where a bare number is the age or the years celebrated ("Happy birthday Sarah, 30 today"). */
const COUNTS_YEARS: ReadonlySet<Occasion> = new Set(['birthday', 'anniversary', 'retirement', 'double_ninth']);
/** Requests already written in the polite register. */
const POLITE_WORDING =
  /您|です|ます|ございます|様|部長|課長|社長|세요|습니다|십시오|께서|\bSie\b|\bIhnen\b|\bvous\b|\busted(?:es)?\b|\b(?:Frau|Herrn?|Madame|Monsieur|Mme|Mademoiselle|Señora|Señor|Sra|Sr|Doña)\b|\p{Script=Han}总(?!\p{Script=Han})|经理|领导/u;

const LIMITS = { recipients: 5, senders: 3, numbers: 5, places: 5, interests: 8, text: 60 } as const;

function namesIn(prompt: string, language: Language, known: readonly PlaceMention[], relationStarts: readonly { start: number; end: number }[]) {
  const isRelation = (word: string): boolean => isRelationWord(foldText(word), language);
  const cjk: NameMention[] =
    language === 'zh' ? chineseNames(prompt, isRelation) : language === 'ja' ? japaneseNames(prompt, isRelation) : language === 'ko' ? koreanNames(prompt, isRelation) : [];
  const latin = latinNames(prompt, language, known, relationStarts);
  const recipients = [...cjk, ...latin.recipients].sort((a, b) => a.start - b.start);
  const places = [...known, ...latin.places].sort((a, b) => a.start - b.start);
  return { recipients, places };
}

/**
 * A name right after these (folded) is the person remembered, not the one the
 * card is for: "In loving memory of Grandpa Joe" must not say "Joe, I'm so sorry".
 */
const REMEMBERED_AFTER =
  /(?:in (?:loving )?memory of|in memoriam:?|celebration of life for|remembering|(?:passing|loss|death) of|en memoria de|en recuerdo de|(?:perdida|fallecimiento|muerte) de|en memoire de|en souvenir de|(?:deces|perte|mort) de|in gedenken an|zum gedenken an|in (?:liebevoller )?erinnerung an|(?:verlust|tod)(?: von)?|悼念|怀念|缅怀|追悼|故)\s*(?:(?:my|our|your|his|her|their|dear|beloved|the late|mi|tu|su|sus|nuestr[ao]|querid[ao]|ma|mon|ta|ton|sa|son|ses|leur|notre|votre|cher|chere|le|la|l'|meine[mnrs]?|unsere[mnrs]?|deine[mnrs]?|ihre[mnrs]?|seine[mnrs]?|eure[mnrs]?|lieben?|des|der|dem|don|dona)\s*)*$/u;

const THIRD_PERSON = /(?:his|her|their|sa|son|ses|leurs?|su|sus|seine[mnrs]?|ihre[mnrs]?)\s+$/u;

const remembered = (folded: string, start: number): boolean => REMEMBERED_AFTER.test(folded.slice(Math.max(0, start - 60), start));

/** Japanese and Korean say it after the person: "祖母を偲んで", "외할머니를 추모하며". */
const REMEMBERED_BEFORE = /^\s*(?:を|の)?\s*(?:偲んで|偲び|偲ぶ|追悼)|^\s*(?:을|를)?\s*(?:추모|기리며)/u;
const rememberedAfterIt = (folded: string, end: number): boolean => REMEMBERED_BEFORE.test(folded.slice(end, end + 12));

const unique = (items: readonly string[], max: number): string[] =>
  [...new Set(items.map((s) => s.trim().slice(0, LIMITS.text)).filter((s) => s.length > 0))].slice(0, max);

/**
 * Reads a request the way a person would: its language, the occasion it names,
 * the tone it asks for, who it is to and from, the numbers, places and
 * interests to mention, and the styles to draw in. Deterministic and offline.
 */
export function understand(request: PostcardRequest): Understanding {
  const prompt = request.prompt.normalize('NFC').trim();
  const theme = request.theme?.normalize('NFC').trim() ?? '';
  const style = request.style?.normalize('NFC').trim() ?? '';
  const folded = foldText(prompt);
  const guess = detectLanguage(/\p{L}/u.test(prompt) ? prompt : `${prompt} ${theme}`);
  const language = guess.language;

  // A firm's name ("Smith & Sons") is nobody's name, relation or whereabouts; blanking it keeps every offset.
  const people = withoutOrganisations(prompt);
  const peopleFolded = foldText(people);
  // Someone else's loss ("on the loss of their father", "le décès de sa mère") names neither the recipient nor the sender;
  // one's own ("怀念爷爷", "in memory of my grandmother") stays the card's person, as Qingming cards are written to them.
  const theirs = (start: number) => remembered(peopleFolded, start) && THIRD_PERSON.test(peopleFolded.slice(Math.max(0, start - 12), start));
  const relations = readRelations(peopleFolded, language, theirs);
  const known = knownPlaces(people, peopleFolded).filter((place) => !greetedByPlaceName(people, place));
  const names = namesIn(people, language, known, relations.mentions);
  const isRelation = (word: string) => isRelationWord(foldText(word), language);
  const notASigner = (name: string, start: number, end: number) =>
    NOT_NAMES.has(foldText(name)) || isRelation(name) || known.some((p) => start < p.end && p.start < end);
  const senders: SenderMention[] = senderMentions(people, peopleFolded, notASigner);
  if (language === 'zh' || language === 'ja' || language === 'ko') {
    // "学生李明敬上": the relation is read on its own; the name is what follows it.
    const stripRelation = (name: string) => {
      // A name left shorter than two characters was part of the relation ("팀장" is not "팀" + "장").
      for (let i = Math.min(3, name.length - 2); i >= 1; i -= 1) if (isRelation(name.slice(0, i))) return name.slice(i);
      return isRelation(name) ? '' : name;
    };
    const signed = cjkSenderMention(people, language, stripRelation, notASigner);
    if (signed !== null) senders.push(signed);
  }
  const signs = (r: { start: number; end: number }) => senders.some((s) => r.start < s.end && s.start < r.end);
  // "Best wishes from Anna": Anna signs; she is neither the recipient nor where the card comes from.
  const recipients = names.recipients.filter((r) => !remembered(peopleFolded, r.start) && !signs(r) && !followsFrom(peopleFolded, r.start));
  const places = names.places.filter((p) => !signs(p));
  const sentFrom = places.some((place) => isSentFrom(peopleFolded, place));
  // "悼念外婆", "in loving memory of my grandmother": the card is written to one's own who has died.
  const inMemory = relations.mentions.some(
    (m) => !m.fromSender && m.value === relations.recipient && (remembered(peopleFolded, m.start) || rememberedAfterIt(peopleFolded, m.end)) && !theirs(m.start),
  );
  const named = detectOccasion(foldText(`${prompt}\n${theme}`), sentFrom);
  // Such a card remembers; whatever else it says ("怀念爷爷，永远爱您"), it is no love letter. Qingming's own cards stay Qingming's.
  const occasion = inMemory && named !== 'qingming' ? 'sympathy' : named;
  const tone = inMemory ? 'somber' : readTone(foldText(`${prompt}\n${theme}\n${style}`), occasion, OCCASION_PROFILES[occasion].tone, relations.recipient);
  const numbers = readNumbers(prompt);
  const interests = readInterests(prompt, folded, [...recipients, ...places]);
  const age = ageOf(numbers, COUNTS_YEARS.has(occasion));

  const entities: Entities = {
    recipients: unique(recipients.map((r) => r.text), LIMITS.recipients),
    recipient_relation: relations.recipient,
    sender_relation: relations.sender,
    senders: unique(senders.flatMap((s) => s.names), LIMITS.senders),
    numbers: unique(numbers.map((n) => n.text.slice(0, 20)), LIMITS.numbers),
    age: age !== null && age >= 0 && age <= 150 ? age : null,
    places: unique(places.map((p) => p.text), LIMITS.places),
    interests: unique(interests.map((i) => i.text), LIMITS.interests),
    in_memory: inMemory,
  };
  const polite = tone === 'formal' || tone === 'somber' || writtenUpTo(relations.recipient, language) || POLITE_WORDING.test(prompt);

  return {
    language,
    languageFallback: guess.fallback,
    occasion,
    tone,
    entities,
    styleWords: readStyleWords(`${style}\n${prompt}\n${theme}`),
    interestMotifs: [...new Set(interests.flatMap((i) => (i.motif === null ? [] : [i.motif])))],
    polite,
  };
}
