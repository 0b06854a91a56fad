import type { Occasion, Relation } from '../../../contracts.js';
import type { CopyContext, Line, OccasionCopy } from '../copy-types.js';
import type { Write } from '../line-helpers.js';
export { aged, placed, keen } from '../line-helpers.js';

/** Part of the occasion table, so each file can hold a group of occasions and the index checks the whole. */
export type Occasions<K extends Occasion> = { readonly [O in K]: OccasionCopy };


/** The polite register (です・ます) or the plain one, as the request calls for. */
export const pc =
  (polite: string, plain: string): Line =>
  (c) =>
    c.polite ? polite : plain;

/** A form of address already written by the sender (ゆきちゃん, 田中先生, さくらさんとゆうきさん). */
const ADDRESSED = /(さん|様|さま|ちゃん|くん|君|先生|先輩|氏|殿|たち|達|ちゃま|ママ|パパ|みんな|一同)$/;

/** The name as given; on a polite card a bare name gets さん (or 様 where the card is formal). */
export function address(name: string, polite: boolean, honorific: 'さん' | '様' = 'さん'): string {
  return polite && !ADDRESSED.test(name) ? `${name}${honorific}` : name;
}

/** A teacher's name with 先生 unless the sender wrote a form of address (田中 → 田中先生). */
export const sensei = (name: string): string => (ADDRESSED.test(name) ? name : `${name}先生`);

/** A line for the named recipient; null when the request names nobody. */
export const named =
  (write: Write<string>, honorific: 'さん' | '様' = 'さん'): Line =>
  (c) =>
    c.name === null ? null : write(address(c.name, c.polite, honorific), c);

/** How a family card or a card to a teacher addresses the recipient when no name is given. */
const KIN: Partial<Record<Relation, string>> = {
  mother: 'お母さん',
  father: 'お父さん',
  parents: 'お父さん、お母さん',
  grandmother: 'おばあちゃん',
  grandfather: 'おじいちゃん',
  grandparents: 'おじいちゃん、おばあちゃん',
  teacher: '先生',
};

/** Called 様 on a polite card rather than さん: people one serves or answers to at work. */
const SAMA: ReadonlySet<Relation> = new Set(['boss', 'client']);

/**
 * How a polite card calls its recipient instead of あなた: 皆さま for several,
 * a teacher's name with 先生, another name with さん (様 at work), else the
 * relation's word (先生, おばあちゃん); null when none of these is known.
 */
export function politeAddress(c: Pick<CopyContext, 'name' | 'relation' | 'several'>): string | null {
  if (c.several) return '皆さま';
  if (c.name !== null) return c.relation === 'teacher' ? sensei(c.name) : address(c.name, true, c.relation !== null && SAMA.has(c.relation) ? '様' : 'さん');
  return c.relation === null ? null : (KIN[c.relation] ?? null);
}

/** A line addressed by the relation (お母さん, 先生); null when the relation has no such word. */
export const kin =
  (write: Write<string>): Line =>
  (c) => {
    const word = c.relation === null ? undefined : KIN[c.relation];
    return word === undefined ? null : write(word, c);
  };




/** Japan's named birthdays of long life (長寿祝い). */
const CHOJU: Readonly<Record<number, string>> = { 60: '還暦', 70: '古希', 77: '喜寿', 80: '傘寿', 88: '米寿', 90: '卒寿', 99: '白寿', 100: '百寿' };

export const choju = (age: number): string | null => CHOJU[age] ?? null;

/** The year as written when the request gives one (2027), for New Year cards. */
export const year =
  (write: Write<string>): Line =>
  (c) =>
    c.number !== null && /^\d{4}$/.test(c.number) ? write(c.number, c) : null;
