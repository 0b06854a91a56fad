import type { Occasion, Relation } from '../../../contracts.js';
import type { CopyContext, Line, OccasionCopy } from '../copy-types.js';

/**
 * German copy is written as templates, so the data stays readable:
 * - `{du form|Sie form|ihr form}` picks the form of address:
 *   "Ich wünsche {dir|Ihnen|euch} …";
 * - `[slot]` puts in the request's words; a line whose slot is empty
 *   returns null, and the engine picks another.
 * Slots: name, who (the name, else Mama, Oma, mein Schatz…), age ("30",
 * for "zum 30. Geburtstag"), age jahre ("30 Jahre", "1 Jahr"), year
 * ("2027"), place, aus place / Aus place ("aus Kyoto"), interest.
 * Lines avoid "Liebe/Lieber" and other forms that need the recipient's or
 * the sender's gender, which the request rarely gives.
 */

/** A slice of the occasion table, so each file holds a few occasions and the index checks that all are there. */
export type OccasionTable<K extends Occasion> = { readonly [O in K]: OccasionCopy };

/** Family is always du (or ihr), even on a polite card: nobody siezt their Oma. */
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

/** Relations that are several people: ihr when familiar. */
const GROUPS: ReadonlySet<Relation> = new Set(['parents', 'grandparents', 'team']);

export type Anrede = 'du' | 'Sie' | 'ihr';

/** Sie politely to anyone outside the family; otherwise du, or ihr to several people. */
export function anrede(c: CopyContext): Anrede {
  const family = c.relation !== null && FAMILY.has(c.relation);
  if (c.polite && !family) return 'Sie';
  // joinNames joins two or more recipients with " und ".
  const several = (c.relation !== null && GROUPS.has(c.relation)) || (c.name?.includes(' und ') ?? false);
  return several ? 'ihr' : 'du';
}

const FORM_INDEX: Readonly<Record<Anrede, number>> = { du: 0, Sie: 1, ihr: 2 };

/** How a card addresses someone it names only by relation. */
const ADDRESS: Partial<Record<Relation, string>> = {
  mother: 'Mama',
  father: 'Papa',
  parents: 'Mama und Papa',
  grandmother: 'Oma',
  grandfather: 'Opa',
  grandparents: 'Oma und Opa',
  spouse: 'mein Schatz',
  partner: 'mein Schatz',
};

const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

const positive = (n: number | null): number | null => (n !== null && n > 0 ? n : null);

type Slot = (c: CopyContext) => string | null;

const SLOTS = {
  name: (c) => c.name,
  who: (c) => c.name ?? (c.relation === null ? null : (ADDRESS[c.relation] ?? null)),
  age: (c) => {
    const age = positive(c.age);
    return age === null ? null : String(age);
  },
  'age jahre': (c) => {
    const age = positive(c.age);
    return age === null ? null : `${age} ${age === 1 ? 'Jahr' : 'Jahre'}`;
  },
  year: (c) => (c.number !== null && /^(19|20|21)\d\d$/.test(c.number) ? c.number : null),
  place: (c) => c.place,
  'aus place': (c) => (c.place === null ? null : `aus ${c.place}`),
  'Aus place': (c) => (c.place === null ? null : `Aus ${c.place}`),
  interest: (c) => c.interest,
} satisfies Record<string, Slot>;

const isSlot = (key: string): key is keyof typeof SLOTS => Object.hasOwn(SLOTS, key);

/**
 * Fills a template for one request. A malformed template (an alternative
 * without exactly three forms, an unknown slot) is left as written, so the
 * tests see the brace.
 */
function fill(template: string, c: CopyContext): string | null {
  const form = FORM_INDEX[anrede(c)];
  const addressed = template.replace(/\{([^{}]*)\}/g, (whole, body: string) => {
    const forms = body.split('|');
    return forms.length === 3 ? (forms[form] ?? whole) : whole;
  });
  let missing = false;
  const filled = addressed.replace(/\[([^[\]]+)\]/g, (whole, key: string) => {
    if (!isSlot(key)) return whole;
    const value = SLOTS[key](c);
    if (value === null || value.length === 0) missing = true;
    return value ?? '';
  });
  return missing ? null : capitalised(filled);
}

/** A line of German copy from a template; plain text stays a plain string. */
export function t(template: string): Line {
  return /[{[]/.test(template) ? (c) => fill(template, c) : template;
}

const LIST = new Intl.ListFormat('de', { type: 'conjunction' });

/** ["Sarah", "Tom"] → "Sarah und Tom"; ["A", "B", "C"] → "A, B und C". */
export const joinNames = (names: readonly string[]): string => LIST.format(names);
