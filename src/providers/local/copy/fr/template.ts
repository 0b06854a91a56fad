import type { Occasion, Relation } from '../../../contracts.js';
import type { CopyContext, Line, OccasionCopy } from '../copy-types.js';

/**
 * French copy is written as templates, so the data stays readable:
 * - `{tu form|vous form}` picks the register: "Je {te|vous} souhaite…";
 * - `[slot]` puts in the request's words; a line whose slot is empty
 *   returns null, and the engine picks another.
 * Slots: name, who (the name, else Maman, Papi, mon amour…), age ans
 * ("30 ans", "1 an"), age e ("30e", "1er"), year ("2027"), place,
 * de place / De place ("de Kyoto", "d'Oslo"), de interest ("de jazz",
 * "d'aquarelle"), interest.
 * Lines avoid adjectives that agree with the sender or the recipient:
 * neither's gender is known, and vous may be one person or several.
 */

/** A slice of the occasion table, so each file holds a few occasions and the index checks that all are there. */
export type OccasionTable<K extends Occasion> = { readonly [O in K]: OccasionCopy };

/** Family is tutoyée even on a polite card: vouvoyer one's grandmother reads as another century. */
const FAMILY: ReadonlySet<Relation> = new Set([
  'mother',
  'father',
  'parents',
  'grandmother',
  'grandfather',
  'grandparents',
  'son',
  'daughter',
  'child',
  'spouse',
  'partner',
  'sibling',
  'relative',
]);

/** Relations that are several people, who are addressed as vous whatever the register. */
const GROUPS: ReadonlySet<Relation> = new Set(['parents', 'grandparents', 'team']);

/** True when the card says vous: to several people, or politely to someone outside the family. */
export function vouvoie(c: CopyContext): boolean {
  // joinNames joins two or more recipients with " et ".
  const several = (c.relation !== null && GROUPS.has(c.relation)) || (c.name?.includes(' et ') ?? false);
  const family = c.relation !== null && FAMILY.has(c.relation);
  return several || (c.polite && !family);
}

/** How a card addresses someone it names only by relation. */
const ADDRESS: Partial<Record<Relation, string>> = {
  mother: 'Maman',
  father: 'Papa',
  parents: 'Papa et Maman',
  grandmother: 'Mamie',
  grandfather: 'Papi',
  grandparents: 'Papi et Mamie',
  son: 'mon fils',
  daughter: 'ma fille',
  spouse: 'mon amour',
  partner: 'mon amour',
};

/** "de Kyoto", "d'Oslo": de elides before a vowel or a mute h. */
const de = (word: string): string => (/^[aeiouyhàâäéèêëîïôöûüœ]/i.test(word) ? `d’${word}` : `de ${word}`);

const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

const positive = (n: number | null): number | null => (n !== null && n > 0 ? n : null);

type Slot = (c: CopyContext) => string | null;

const SLOTS = {
  name: (c) => c.name,
  who: (c) => c.name ?? (c.relation === null ? null : (ADDRESS[c.relation] ?? null)),
  'age ans': (c) => {
    const age = positive(c.age);
    return age === null ? null : `${age} ${age === 1 ? 'an' : 'ans'}`;
  },
  'age e': (c) => {
    const age = positive(c.age);
    return age === null ? null : `${age}${age === 1 ? 'er' : 'e'}`;
  },
  year: (c) => (c.number !== null && /^(19|20|21)\d\d$/.test(c.number) ? c.number : null),
  place: (c) => c.place,
  'de place': (c) => (c.place === null ? null : de(c.place)),
  'De place': (c) => (c.place === null ? null : capitalised(de(c.place))),
  interest: (c) => c.interest,
  'de interest': (c) => (c.interest === null ? null : de(c.interest)),
} satisfies Record<string, Slot>;

const isSlot = (key: string): key is keyof typeof SLOTS => Object.hasOwn(SLOTS, key);

/** French spacing: a narrow no-break space before ! ? ; and a no-break space before : and inside « ». */
function typography(text: string): string {
  return text
    .replace(/ ([!?;])/g, '\u202f$1')
    .replace(/ :/g, '\u00a0:')
    .replace(/« /g, '«\u00a0')
    .replace(/ »/g, '\u00a0»');
}

/**
 * Fills a template for one request. A malformed template (an alternative
 * without exactly two forms, an unknown slot) is left as written, so the
 * tests see the brace.
 */
function fill(template: string, c: CopyContext): string | null {
  const form = vouvoie(c) ? 1 : 0;
  const registered = template.replace(/\{([^{}]*)\}/g, (whole, body: string) => {
    const forms = body.split('|');
    return forms.length === 2 ? (forms[form] ?? whole) : whole;
  });
  let missing = false;
  const filled = registered.replace(/\[([^[\]]+)\]/g, (whole, key: string) => {
    if (!isSlot(key)) return whole;
    const value = SLOTS[key](c);
    if (value === null || value.length === 0) missing = true;
    return value ?? '';
  });
  return missing ? null : capitalised(filled);
}

/** A line of French copy from a template; plain text stays a plain string. */
export function t(template: string): Line {
  const text = typography(template);
  return /[{[]/.test(text) ? (c) => fill(text, c) : text;
}

const LIST = new Intl.ListFormat('fr', { type: 'conjunction' });

/** ["Sarah", "Tom"] → "Sarah et Tom"; ["A", "B", "C"] → "A, B et C". */
export const joinNames = (names: readonly string[]): string => LIST.format(names);
