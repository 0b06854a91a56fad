import type { Occasion, Relation } from '../../../contracts.js';
import type { CopyContext, Line, OccasionCopy } from '../copy-types.js';
import type { Write } from '../line-helpers.js';
export { aged, placed, keen } from '../line-helpers.js';

/** Part of the occasion table, so each file can hold a group of occasions and the index checks the whole. */
export type Occasions<K extends Occasion> = { readonly [O in K]: OccasionCopy };


/** 존댓말 or 반말, as the request calls for. */
export const pc =
  (polite: string, plain: string): Line =>
  (c) =>
    c.polite ? polite : plain;

const HANGUL_FIRST = 0xac00;
const HANGUL_LAST = 0xd7a3;
/** Digits read aloud: 영 일 이 삼 사 오 육 칠 팔 구 — which end in a final consonant. */
const DIGIT_BATCHIM = [true, true, false, true, false, false, true, true, true, false];

/** Whether a word ends in a final consonant (받침), which decides 이/가, 을/를, 와/과, 아/야. */
export function hasBatchim(word: string): boolean {
  const last = Array.from(word.trim()).at(-1) ?? '';
  const code = last.codePointAt(0) ?? 0;
  if (code >= HANGUL_FIRST && code <= HANGUL_LAST) return (code - HANGUL_FIRST) % 28 !== 0;
  if (/[0-9]/.test(last)) return DIGIT_BATCHIM[Number(last)] ?? false;
  // A Latin word as Koreans read it: Tom → 톰, Sarah → 사라.
  return /[bcdgklmnpt]/i.test(last);
}

/** The particle that fits the word: josa('지민', '과', '와') → '지민과'. */
export const josa = (word: string, afterConsonant: string, afterVowel: string): string => `${word}${hasBatchim(word) ? afterConsonant : afterVowel}`;

const isHangul = (ch: string): boolean => {
  const code = ch.codePointAt(0) ?? 0;
  return code >= HANGUL_FIRST && code <= HANGUL_LAST;
};

/** A title or kin word already in the name (김 선생님, 민수 씨, 지은 언니, 할머니). */
const TITLED = /(님|씨|선생|선배|언니|오빠|누나|형|이모|삼촌|고모|엄마|아빠|할머니|할아버지|어머니|아버지|여사|부장|팀장|과장|대리|들)$/;

/** 지민아 → 지민, 수아야 → 수아: the vocative the sender may have written, when it is one. */
function withoutVocative(name: string): string {
  const chars = Array.from(name);
  const last = chars.at(-1);
  const stem = chars.slice(0, -1).join('');
  if (chars.length < 3 || !isHangul(stem.at(-1) ?? '')) return name;
  if (last === '아' && hasBatchim(stem)) return stem;
  if (last === '야' && !hasBatchim(stem)) return stem;
  return name;
}

const looksVocative = (name: string): boolean => withoutVocative(name) !== name;

/** The name with a title unless the sender wrote one: 김민수 → 김민수 선생님, 김 선생님 stays. */
export function titled(name: string, title: string): string {
  const bare = withoutVocative(name);
  return TITLED.test(bare) ? bare : `${bare} ${title}`;
}

/**
 * How the card calls the recipient: 지민 님 on a polite card, 지민아 (a two-syllable
 * given name with its 아/야) on a familiar one; a name that already carries a title stays as written.
 */
export function call(name: string, polite: boolean): string {
  if (polite) return titled(name, '님');
  const chars = Array.from(name);
  if (TITLED.test(name) || looksVocative(name) || chars.length !== 2 || !chars.every(isHangul)) return name;
  return josa(name, '아', '야');
}

/** To whom the card goes: 지민 님께 / 지민에게. */
export function to(name: string, polite: boolean): string {
  if (polite) return `${call(name, true)}께`;
  return `${withoutVocative(name)}에게`;
}

/** A line for the named recipient, given the called name; null when the request names nobody. */
export const named =
  (write: Write<string>): Line =>
  (c) =>
    c.name === null ? null : write(call(c.name, c.polite), c);

/** A line for the named recipient, given "지민 님께" / "지민에게". */
export const namedTo =
  (write: Write<string>): Line =>
  (c) =>
    c.name === null ? null : write(to(c.name, c.polite), c);

/** How a family card or a card to a teacher calls the recipient when no name is given. */
const KIN: Partial<Record<Relation, readonly [polite: string, familiar: string]>> = {
  mother: ['어머니', '엄마'],
  father: ['아버지', '아빠'],
  parents: ['부모님', '엄마 아빠'],
  grandmother: ['할머니', '할머니'],
  grandfather: ['할아버지', '할아버지'],
  grandparents: ['할머니 할아버지', '할머니 할아버지'],
  teacher: ['선생님', '선생님'],
};

/** A line addressed by the relation (엄마, 할머니, 선생님); null when the relation has no such word. */
export const kin =
  (write: Write<string>): Line =>
  (c) => {
    const words = c.relation === null ? undefined : KIN[c.relation];
    return words === undefined ? null : write(c.polite ? words[0] : words[1], c);
  };

/** Whether the card goes to an elder, who has a 생신 rather than a 생일. */
export const toElder = (c: CopyContext): boolean =>
  c.relation !== null && ['mother', 'father', 'parents', 'grandmother', 'grandfather', 'grandparents', 'teacher'].includes(c.relation);




/** Korea's named birthdays of long life. */
const MILESTONES: Readonly<Record<number, string>> = { 60: '환갑', 70: '칠순', 77: '희수', 80: '팔순', 88: '미수', 90: '구순', 100: '백수' };

export const milestone = (age: number): string | null => MILESTONES[age] ?? null;

/** The year as written when the request gives one (2027), for New Year cards. */
export const year =
  (write: Write<string>): Line =>
  (c) =>
    c.number !== null && /^\d{4}$/.test(c.number) ? write(c.number, c) : null;
