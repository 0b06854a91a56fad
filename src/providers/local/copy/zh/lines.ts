import type { Relation } from '../../../contracts.js';
import type { CopyContext, Line } from '../copy-types.js';
export { type OccasionTable } from '../line-helpers.js';


/** 您 for elders, teachers and formal cards; 你 otherwise. */
export const ni = (c: CopyContext): '您' | '你' => (c.polite ? '您' : '你');

/**
 * How a card calls someone it names only by relation (妈妈，生日快乐). Only
 * used when the request gives no name: a name keeps its own form of address
 * (外婆, 王老师), which a relation word would contradict.
 */
const ADDRESS: Partial<Record<Relation, string>> = {
  mother: '妈妈',
  father: '爸爸',
  parents: '爸爸妈妈',
  grandmother: '奶奶',
  grandfather: '爷爷',
  grandparents: '爷爷奶奶',
  son: '宝贝',
  daughter: '宝贝',
  child: '宝贝',
  spouse: '亲爱的',
  partner: '亲爱的',
  friend: '老朋友',
  teacher: '老师',
  student: '同学',
  boss: '领导',
  team: '大家',
};

const address = (c: CopyContext): string | null => (c.name !== null || c.relation === null ? null : (ADDRESS[c.relation] ?? null));

/** A calendar year as written ("2027"), not an age or an ordinal. */
const year = (c: CopyContext): string | null => (c.number !== null && /^(19|20|21)\d\d$/.test(c.number) ? c.number : null);

const ZODIAC = '猴鸡狗猪鼠牛虎兔龙蛇马羊';
/** The zodiac blessings people actually write (马到成功, 三阳开泰). */
const ZODIAC_BLESSING: Readonly<Record<string, string>> = {
  鼠: '金鼠送福', 牛: '牛气冲天', 虎: '虎虎生威', 兔: '玉兔呈祥', 龙: '龙腾四海', 蛇: '巳巳如意',
  马: '马到成功', 羊: '三阳开泰', 猴: '金猴献瑞', 鸡: '金鸡报晓', 狗: '旺旺大吉', 猪: '诸事顺利',
};

/** The lunar year's animal and its blessing for a year named in the request (2027 → 羊, 三阳开泰); null without a year. */
export function zodiac(c: CopyContext): { year: string; animal: string; blessing: string } | null {
  const y = year(c);
  if (y === null) return null;
  const animal = ZODIAC.charAt(Number(y) % 12);
  return { year: y, animal, blessing: ZODIAC_BLESSING[animal] ?? '万事如意' };
}

/** What `{key}` in a template stands for; null: the request does not give it. */
const SLOTS = {
  你: (c) => ni(c),
  你们: (c) => (c.polite ? '二位' : '你们'),
  name: (c) => c.name,
  addr: address,
  age: (c) => (c.age === null ? null : String(c.age)),
  year,
  place: (c) => c.place,
  interest: (c) => c.interest,
} satisfies Record<string, (c: CopyContext) => string | null>;
type Slot = keyof typeof SLOTS;

const isSlot = (key: string): key is Slot => Object.hasOwn(SLOTS, key);

/**
 * A line written from a template: `{你}` follows the register (您/你),
 * `{你们}` becomes 二位 when polite, `{name}` `{addr}` `{age}` `{year}`
 * `{place}` `{interest}` take the request's words, and the line returns null
 * when the request lacks one of them. An unknown slot fails at import.
 */
export function t(template: string): Line {
  const keys = Array.from(template.matchAll(/\{([^{}]+)\}/g), (m) => m[1] ?? '');
  const unknown = keys.filter((k) => !isSlot(k));
  if (unknown.length > 0) throw new Error(`unknown slot {${unknown.join('}, {')}} in zh copy: ${template}`);
  if (keys.length === 0) return template;
  return (c) => {
    let missing = false;
    const text = template.replace(/\{([^{}]+)\}/g, (_, key: string) => {
      const value = isSlot(key) ? SLOTS[key](c) : null;
      if (value === null || value.length === 0) missing = true;
      return value ?? '';
    });
    return missing ? null : text;
  };
}

/** Two wordings of one line: the polite one is more than 您 for 你 (承蒙、敬祝). */
export const reg =
  (familiar: string, polite: string): Line =>
  (c) => {
    const line = t(c.polite ? polite : familiar);
    return typeof line === 'string' ? line : line(c);
  };

/** Lines that only fit some requests (a card to a partner, not to Mom); all of them null otherwise, so the body is skipped whole. */
export const onlyIf = (fits: (c: CopyContext) => boolean, lines: readonly Line[]): Line[] =>
  lines.map((line) => (c: CopyContext) => (!fits(c) ? null : typeof line === 'string' ? line : line(c)));

const FAMILY: ReadonlySet<Relation> = new Set(['mother', 'father', 'parents', 'grandmother', 'grandfather', 'grandparents', 'son', 'daughter', 'child', 'sibling', 'relative']);
const NOT_ROMANTIC: ReadonlySet<Relation> = new Set([...FAMILY, 'friend', 'teacher', 'student', 'colleague', 'boss', 'team', 'neighbor', 'client']);

/** A card to one's own family (父母、祖辈、孩子、兄弟姐妹). */
export const isFamily = (c: CopyContext): boolean => c.relation !== null && FAMILY.has(c.relation);
/** A card that may speak as a lover: to a partner, or to someone the request does not place. */
export const mayBeRomantic = (c: CopyContext): boolean => c.relation === null || !NOT_ROMANTIC.has(c.relation);
/** A card to a couple rather than from one partner to the other. */
export const toCouple = (c: CopyContext): boolean => c.relation !== 'spouse' && c.relation !== 'partner' && c.sender !== 'spouse' && c.sender !== 'partner';

/** A line that needs the age, written from the number itself (大寿、而立). */
export const aged =
  (write: (age: number, c: CopyContext) => string | null): Line =>
  (c) =>
    c.age === null || c.age <= 0 || c.age > 120 ? null : write(c.age, c);

/** A line that needs the names, joined as the language joins them. */
export const named =
  (write: (name: string, c: CopyContext) => string | null): Line =>
  (c) =>
    c.name === null ? null : write(c.name, c);

const DIGITS = '零一二三四五六七八九';

/** Whole decades in Chinese numerals: 60 → 六十, 100 → 百岁 (the form birthdays of elders use). */
function decade(age: number): string {
  return age === 100 ? '百岁' : `${DIGITS.charAt(Math.floor(age / 10))}十`;
}

/** Decade birthdays from sixty up are 大寿: 六十大寿, 八十大寿, 百岁大寿. */
export const isLongevity = (age: number): boolean => age >= 60 && age <= 100 && age % 10 === 0;

/** How a birthday names the age: 八十大寿 for an elder's decade, 30岁 otherwise. */
export const ageLabel = (age: number): string => (isLongevity(age) ? `${decade(age)}大寿` : `${age}岁`);

/** The classical phrases for milestone ages (三十而立, 古稀之年); null for other ages. */
const MILESTONES: Readonly<Record<number, string>> = {
  18: '十八岁，正是最好的年纪',
  20: '二十岁，风华正茂',
  30: '三十而立，未来可期',
  40: '四十不惑，从容自在',
  50: '五十知天命，岁月静好',
  60: '花甲之年，福寿绵长',
  70: '古稀之年，松鹤延年',
  80: '耄耋之年，福寿康宁',
  90: '九秩康宁，福寿双全',
  100: '期颐之年，福寿无疆',
};
export const milestone = (age: number): string | null => MILESTONES[age] ?? null;

/** The traditional names of wedding anniversaries (银婚、金婚). */
const WEDDING_YEARS: Readonly<Record<number, string>> = { 1: '纸婚', 5: '木婚', 10: '锡婚', 20: '瓷婚', 25: '银婚', 30: '珍珠婚', 40: '红宝石婚', 50: '金婚', 60: '钻石婚' };
export const weddingYears = (years: number): string | null => WEDDING_YEARS[years] ?? null;

/** 小李 / 小李和小王 / 小李、小王和小张: names kept exactly as given. */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join('、')}和${names[names.length - 1] ?? ''}`;
}
