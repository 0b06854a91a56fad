import type { Concept, Copy, Relation } from '../../contracts.js';
import type { CopyContext, LanguageCopy, Line, SignedKind, SignoffKey } from './copy-types.js';
import { writtenUpTo } from '../register.js';
import { GROUP_RELATIONS } from './line-helpers.js';

/** Schema limits, kept here so a long name can never push a field over them. */
const LIMITS = { title: 80, subtitle: 160, body: 1200, signature: 80 } as const;


/** A recipient addressed by a formal title ("Frau Schneider", "Madame Dubois", "don Manuel", "山田様", "王总", "이영호 님") is addressed politely. */
const FORMAL_ADDRESS = /^(?:Frau|Herrn?|Madame|Monsieur|Mme\.?|Mademoiselle|Señora|Señor|Sra\.?|Sr\.?|[Dd]oña|[Dd]on|Dr\.?|Prof\.?)\s|(?:様|さま|先生|部長|課長|社長|님|总|老师|经理)$/u;
const formallyAddressed = (e: Concept['entities']): boolean => e.recipients.some((r) => FORMAL_ADDRESS.test(r.trim()));

/** When the request says who the card is for but not who sends it: a card to Mom is from her child, never from "a friend". */
const IMPLIED_SENDER: Partial<Record<Relation, SignoffKey>> = {
  mother: 'child',
  father: 'child',
  parents: 'child',
  grandmother: 'grandchild',
  grandfather: 'grandchild',
  grandparents: 'grandchild',
  son: 'parent',
  daughter: 'parent',
  child: 'parent',
  spouse: 'partner',
  partner: 'partner',
  sibling: 'sibling',
  relative: 'relative',
  friend: 'friend',
  teacher: 'student',
  student: 'teacher',
  colleague: 'colleague',
  boss: 'colleague',
  team: 'colleague',
  client: 'colleague',
};

const SENDER_KEY: Record<Relation, SignoffKey> = {
  mother: 'parent',
  father: 'parent',
  parents: 'parent',
  grandmother: 'grandparent',
  grandfather: 'grandparent',
  grandparents: 'grandparent',
  son: 'child',
  daughter: 'child',
  child: 'child',
  spouse: 'partner',
  partner: 'partner',
  sibling: 'sibling',
  relative: 'relative',
  friend: 'friend',
  teacher: 'teacher',
  student: 'student',
  colleague: 'colleague',
  boss: 'colleague',
  team: 'colleague',
  neighbor: 'none',
  client: 'colleague',
};

/** Where a card signed by name reads as from work, not from family: "Best wishes, Anna" rather than "Love, Anna". */
const AT_WORK: ReadonlySet<Relation> = new Set(['colleague', 'boss', 'team', 'client', 'teacher', 'student', 'neighbor']);

export function signedKind(concept: Pick<Concept, 'entities' | 'tone'>): SignedKind {
  const { recipient_relation: to, sender_relation: from } = concept.entities;
  if (concept.tone === 'somber') return 'somber';
  if (concept.tone === 'romantic' || to === 'spouse' || to === 'partner') return 'romantic';
  if (concept.tone === 'formal' || formallyAddressed(concept.entities) || (to !== null && AT_WORK.has(to)) || (from !== null && AT_WORK.has(from))) return 'formal';
  return 'close';
}

export function signoffKey(concept: Pick<Concept, 'entities'>): SignoffKey {
  const { sender_relation: sender, recipient_relation: recipient } = concept.entities;
  if (sender !== null) return SENDER_KEY[sender];
  return recipient === null ? 'none' : (IMPLIED_SENDER[recipient] ?? 'none');
}

export function copyContext(concept: Concept, pack: LanguageCopy): CopyContext {
  const e = concept.entities;
  return {
    name: e.recipients.length === 0 ? null : pack.joinNames(e.recipients),
    relation: e.recipient_relation,
    sender: e.sender_relation,
    from: e.senders.length === 0 ? null : pack.joinNames(e.senders),
    age: e.age,
    number: e.numbers[0] ?? null,
    place: e.places[0] ?? null,
    interest: e.interests[0] ?? null,
    several: e.recipients.length > 1 || (e.recipient_relation !== null && GROUP_RELATIONS.has(e.recipient_relation)),
    polite:
      concept.tone === 'formal' ||
      writtenUpTo(e.recipient_relation, concept.language) ||
      formallyAddressed(e),
  };
}

const evaluate = (line: Line, c: CopyContext): string | null => (typeof line === 'string' ? line : line(c));

/**
 * The request's own words, most personal first, to tell a line that uses
 * them from one that does not: the name, then the age, place and interest.
 */
function personalWords(c: CopyContext): (readonly string[])[] {
  const present = (words: (string | null)[]) => words.filter((w): w is string => w !== null && w.length > 0);
  return [present([c.name]), present([c.place, c.interest, c.number, c.age === null ? null : String(c.age)])];
}

/**
 * One of `lines`, chosen by the seed: among those that fit this request,
 * those that use its words first, and the person's name before anything
 * else, so "Happy Birthday, Sarah" beats "Happy 30th Birthday".
 */
function choose<T>(options: readonly T[], seed: number, salt: number, render: (option: T) => string | null, words: readonly (readonly string[])[]): string {
  const rendered = options.map(render).filter((text): text is string => text !== null && text.length > 0);
  if (rendered.length === 0) throw new Error('no line of the copy fits this request: each set needs lines that use nothing');
  const personal = words.map((tier) => rendered.filter((text) => tier.some((w) => text.includes(w)))).find((lines) => lines.length > 0);
  const pool = personal ?? rendered;
  return pool[mix(seed, salt) % pool.length] ?? rendered[0] ?? '';
}

/** An independent choice per part from one seed: title, body and closing do not move in lockstep. */
function mix(seed: number, salt: number): number {
  let h = (seed ^ Math.imul(salt + 1, 0x9e3779b9)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

function fit(text: string, limit: number): string {
  const chars = Array.from(text);
  return chars.length <= limit ? text : `${chars.slice(0, limit - 1).join('')}…`;
}

/**
 * Writes the card from one language's copy: a title, a subtitle, a body and a
 * closing for the tone, and a sign-off for whoever sends it. The choice
 * follows a hash of the prompt, so a request is reproducible and different
 * requests read differently.
 */
export function composeCopy(pack: LanguageCopy, concept: Concept, seed: number): Copy {
  const c = copyContext(concept, pack);
  const words = personalWords(c);
  const finish = (text: string) => (pack.finish === undefined ? text : pack.finish(text, c));
  // A card to one's own who has died remembers them; the sympathy card would console them for their own loss.
  const remembrance = concept.entities.in_memory && concept.occasion === 'sympathy' ? pack.remembrance : undefined;
  const occasion = remembrance?.occasion ?? pack.occasions[concept.occasion];
  const title = choose(occasion.titles, seed, 0, (l) => evaluate(l, c), words);
  const subtitle = choose(occasion.subtitles, seed, 1, (l) => evaluate(l, c), words);
  const body = choose(
    occasion.bodies,
    seed,
    2,
    (lines) => {
      const texts = lines.map((l) => evaluate(l, c));
      return texts.some((t) => t === null) ? null : texts.join('\n');
    },
    words,
  );
  const closing = choose(remembrance?.closings ?? pack.closings[concept.tone], seed, 3, (l) => evaluate(l, c), []);
  // A name the request signs with beats any relation's sign-off: "Love, Anna", not "Your loving child".
  const from = c.from;
  const signature =
    from === null
      ? choose(pack.signoffs[signoffKey(concept)], seed, 4, (l) => evaluate(l, c), [])
      : choose(pack.signedBy[signedKind(concept)], seed, 4, (line) => line(from, c), []);
  return {
    title: fit(finish(title), LIMITS.title),
    subtitle: fit(finish(subtitle), LIMITS.subtitle),
    body: fit(finish(`${body}\n${closing}`), LIMITS.body),
    // Not the sign-off: "あなたの友人より" is whose friend signs, not whom the card is to.
    signature: fit(signature, LIMITS.signature),
  };
}
