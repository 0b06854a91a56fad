/**
 * Numbers as the request writes them ("30th", "八十", "40", "2027", "還暦")
 * and the age or count of years they give. Milestone words stand for their
 * number (還暦 and 환갑 are 60, 米寿 is 88).
 */
export interface NumberMention {
  /** As written, for the copy to reuse. */
  readonly text: string;
  readonly value: number;
  /** A year (1900–2100 written with four digits) is never an age. */
  readonly isYear: boolean;
  /** Written as an age or a count of years: "30th", "40 ans", "十八岁", "30살", 還暦. */
  readonly isAge: boolean;
  readonly start: number;
}

const CN_DIGITS: Readonly<Record<string, number>> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CN_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100 };

/** 八十 → 80, 十八 → 18, 二十五 → 25, 一百 → 100; null when it is not a plain numeral. */
export function chineseNumeral(text: string): number | null {
  let total = 0;
  let digit: number | null = null;
  for (const ch of text) {
    const d = CN_DIGITS[ch];
    const unit = CN_UNITS[ch];
    if (d !== undefined) digit = d;
    else if (unit !== undefined) {
      total += (digit ?? 1) * unit;
      digit = null;
    } else return null;
  }
  return total + (digit ?? 0);
}

/** Milestone birthdays named by a word in Chinese, Japanese and Korean. */
const MILESTONES: ReadonlyArray<readonly [word: string, age: number]> = [
  ['還暦', 60], ['还历', 60], ['花甲', 60], ['환갑', 60], ['회갑', 60], ['古希', 70], ['古稀', 70], ['칠순', 70], ['고희', 70], ['喜寿', 77],
  ['傘寿', 80], ['팔순', 80], ['米寿', 88], ['卒寿', 90], ['구순', 90], ['白寿', 99], ['돌잔치', 1], ['첫돌', 1],
];

/** Digits with an ordinal or unit that marks an age or a count of years. */
const DIGITS = /(?<![\d.,])(\d{1,4})(st|nd|rd|th|ème|eme|e|er|re|º|ª|\.)?(?![\d])(\s*(?:years?(?:\s+old)?|yrs?|yo|ans|años|anos|jahre?n?|歳|岁|周岁|才|살|세|주년|周年|週年|年)(?![a-z]))?/giu;
const AGE_AFTER = /^\s*(?:birthday|anniversary|anniversaire|cumpleaños|cumple|geburtstag|bday|b-day|生日|大寿|寿|誕生日|생일)/iu;
const AGE_BEFORE = /(?:turning|turns|turned|cumple|cumplir|wird|werden|fête ses|feiert)\s*$/iu;
const HAN_NUMERAL = /([零〇一二两兩三四五六七八九十百]{1,4})(岁|歳|大寿|大壽|寿|周年|週年)/gu;

export function readNumbers(prompt: string): NumberMention[] {
  const found: NumberMention[] = [];
  for (const m of prompt.matchAll(DIGITS)) {
    const [whole, digits = '', suffix = '', unit = ''] = m;
    const value = Number(digits);
    const isYear = digits.length === 4 && value >= 1900 && value <= 2100;
    const ordinal = suffix !== '' && suffix !== '.';
    const after = prompt.slice(m.index + whole.length);
    const before = prompt.slice(Math.max(0, m.index - 12), m.index);
    const isAge = !isYear && value <= 150 && (unit.trim() !== '' || ordinal || AGE_AFTER.test(after) || AGE_BEFORE.test(before));
    const text = (suffix === '.' ? digits : digits + suffix).slice(0, 20);
    found.push({ text, value, isYear, isAge, start: m.index });
  }
  for (const m of prompt.matchAll(HAN_NUMERAL)) {
    const [, numeral = ''] = m;
    const value = chineseNumeral(numeral);
    if (value !== null && value > 0) found.push({ text: numeral, value, isYear: false, isAge: true, start: m.index });
  }
  for (const [word, age] of MILESTONES) {
    const at = prompt.indexOf(word);
    if (at >= 0) found.push({ text: word, value: age, isYear: false, isAge: true, start: at });
  }
  return found.sort((a, b) => a.start - b.start).filter((n, i, all) => i === 0 || (all[i - 1]?.start ?? -1) + (all[i - 1]?.text.length ?? 0) <= n.start);
}

/** The recipient's age or the years being celebrated: the first number written as one. */
export function ageOf(numbers: readonly NumberMention[], occasionCountsYears: boolean): number | null {
  const explicit = numbers.find((n) => n.isAge);
  if (explicit !== undefined) return explicit.value;
  // "Happy birthday Sarah, 30 today!": a bare small number on a birthday or anniversary card is the age.
  if (!occasionCountsYears) return null;
  return numbers.find((n) => !n.isYear && n.value > 0 && n.value <= 120)?.value ?? null;
}
