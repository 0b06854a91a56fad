import { OCCASIONS, TONES, type Occasion } from '../../src/providers/contracts.js';
import { SIGNOFF_KEYS, type CopyContext, type Line } from '../../src/providers/local/copy/copy-types.js';
import { ZH_COPY } from '../../src/providers/local/copy/zh/index.js';

const BASE: CopyContext = { name: null, relation: null, sender: null, from: null, age: null, number: null, place: null, interest: null, polite: false, several: false };
const ctx = (over: Partial<CopyContext> = {}): CopyContext => ({ ...BASE, ...over });

/** The requests every line is written for: nothing given, each kind of word given, both registers, family and partners. */
const CONTEXTS: readonly CopyContext[] = [
  ctx(),
  ctx({ polite: true }),
  ctx({ name: 'X' }),
  ctx({ name: '小李和小王', polite: true }),
  ctx({ age: 30 }),
  ctx({ age: 80, number: '八十', relation: 'grandmother', polite: true }),
  ctx({ age: 8, relation: 'daughter', sender: 'mother' }),
  ctx({ age: 25, relation: 'parents' }),
  ctx({ place: '巴黎' }),
  ctx({ place: 'Paris', polite: true }),
  ctx({ interest: '网球' }),
  ctx({ interest: 'jazz', polite: true, relation: 'teacher' }),
  ctx({ number: '2027' }),
  ctx({ relation: 'mother' }),
  ctx({ relation: 'spouse', sender: 'spouse' }),
  ctx({ name: '王老师', relation: 'teacher', polite: true, age: 60, place: '杭州', interest: '书法', number: '2027' }),
];

const LIMITS = { title: 60, subtitle: 120, line: 160, body: 900 } as const;
const COMMON: readonly Occasion[] = ['birthday', 'christmas', 'new_year', 'thanks', 'love', 'wedding', 'graduation', 'get_well', 'sympathy', 'spring_festival', 'mid_autumn', 'general'];
const SOMBER: readonly Occasion[] = ['sympathy', 'qingming'];
/** Words no condolence or remembrance card may carry. */
const CELEBRATION = ['快乐', '恭喜', '祝贺', '庆', '喜', '乐', '欢', '贺', '开心', '吉祥', '佳节', '～'];
/** Love letters speak as 你 in any register; a card to a teacher speaks as 您 in any register. */
const ALWAYS_NI: ReadonlySet<Occasion> = new Set(['valentines', 'qixi', 'love']);
const ALWAYS_NIN: ReadonlySet<Occasion> = new Set(['teachers_day']);

const evaluate = (line: Line, c: CopyContext): string | null => (typeof line === 'string' ? line : line(c));
const longest = (lines: readonly Line[], c: CopyContext): number => Math.max(...lines.map((l) => Array.from(evaluate(l, c) ?? '').length));
const chars = (s: string): number => Array.from(s).length;

function expectClean(text: string, limit: number): void {
  expect(chars(text)).toBeGreaterThan(0);
  expect(chars(text)).toBeLessThanOrEqual(limit);
  expect(text).not.toMatch(/undefined|null|NaN|[{}]|\$/);
}

/** Every text an occasion can produce for one request, with what it is. */
function texts(occasion: Occasion, c: CopyContext): { title: string[]; subtitle: string[]; bodies: string[][] } {
  const o = ZH_COPY.occasions[occasion];
  const some = (lines: readonly Line[]): string[] => lines.map((l) => evaluate(l, c)).filter((s): s is string => s !== null);
  const bodies = o.bodies.map((b) => b.map((l) => evaluate(l, c))).filter((b): b is string[] => b.every((s) => s !== null));
  return { title: some(o.titles), subtitle: some(o.subtitles), bodies };
}

describe('Chinese postcard copy', () => {
  it.each(OCCASIONS)('%s has enough titles, subtitles and bodies, and enough that need nothing', (occasion) => {
    const o = ZH_COPY.occasions[occasion];
    const common = COMMON.includes(occasion);
    expect(o.titles.length).toBeGreaterThanOrEqual(common ? 4 : 3);
    expect(o.subtitles.length).toBeGreaterThanOrEqual(common ? 3 : 2);
    expect(o.bodies.length).toBeGreaterThanOrEqual(common ? 4 : 2);
    for (const body of o.bodies) {
      expect(body.length).toBeGreaterThanOrEqual(2);
      expect(body.length).toBeLessThanOrEqual(3);
    }
    const bare = texts(occasion, ctx());
    expect(bare.title.length).toBeGreaterThanOrEqual(2);
    expect(bare.subtitle.length).toBeGreaterThanOrEqual(2);
    expect(bare.bodies.length).toBeGreaterThanOrEqual(2);
  });

  it.each(OCCASIONS)('%s writes clean text within the limits for every request', (occasion) => {
    for (const c of CONTEXTS) {
      const out = texts(occasion, c);
      out.title.forEach((s) => expectClean(s, LIMITS.title));
      out.subtitle.forEach((s) => expectClean(s, LIMITS.subtitle));
      for (const body of out.bodies) {
        body.forEach((s) => expectClean(s, LIMITS.line));
        const closing = Math.max(...TONES.map((tone) => longest(ZH_COPY.closings[tone], c)));
        expect(chars(body.join('\n')) + 1 + closing).toBeLessThanOrEqual(LIMITS.body);
      }
      expect(out.title.length).toBeGreaterThanOrEqual(2);
      expect(out.bodies.length).toBeGreaterThanOrEqual(2);
    }
  });

  it.each(OCCASIONS)('%s follows the register: 您 when polite, 你 otherwise', (occasion) => {
    const all = (c: CopyContext): string[] => {
      const out = texts(occasion, c);
      return [...out.title, ...out.subtitle, ...out.bodies.flat()];
    };
    for (const c of CONTEXTS) {
      if (c.polite && !ALWAYS_NI.has(occasion)) for (const s of all(c)) expect(s).not.toContain('你');
      if (!c.polite && !ALWAYS_NIN.has(occasion)) for (const s of all(c)) expect(s).not.toContain('您');
    }
  });

  it('puts a title that uses the name first, and every title that needs the name contains it', () => {
    for (const occasion of OCCASIONS) {
      const { titles } = ZH_COPY.occasions[occasion];
      const [first] = titles;
      expect(evaluate(first, ctx())).toBeNull();
      expect(evaluate(first, ctx({ name: 'X' }))).toContain('X');
      for (const title of titles) {
        const named = evaluate(title, ctx({ name: '小林' }));
        if (evaluate(title, ctx()) === null && named !== null) expect(named).toContain('小林');
      }
    }
  });

  it('uses the age, the place, the interest and the year where they are given', () => {
    const birthday = (c: CopyContext) => texts('birthday', c);
    expect(birthday(ctx({ age: 80, polite: true })).title).toContain('恭祝八十大寿');
    expect(birthday(ctx({ age: 80, name: '奶奶', polite: true })).title).toContain('恭祝奶奶八十大寿');
    expect(birthday(ctx({ age: 30, name: 'Sarah' })).title).toContain('Sarah，30岁生日快乐');
    expect(birthday(ctx({ age: 30 })).subtitle).toContain('三十而立，未来可期');
    expect(birthday(ctx({ interest: '爵士乐' })).bodies.flat().join()).toContain('爵士乐');
    expect(texts('anniversary', ctx({ age: 25 })).title).toContain('银婚之喜，25周年快乐');
    expect(texts('travel', ctx({ place: '京都' })).title).toContain('来自京都的问候');
    expect(texts('travel', ctx({ place: '京都', name: 'X' })).title).toContain('X，京都来信');
    expect(texts('new_year', ctx({ number: '2027' })).title).toContain('2027，新的开始');
    expect(texts('spring_festival', ctx({ number: '2027' })).title).toContain('2027，羊年大吉');
    expect(texts('spring_festival', ctx({ number: '2026' })).subtitle).toContain('2026马年，马到成功');
    expect(texts('farewell', ctx({ relation: 'colleague' })).bodies.flat().join()).toContain('共事');
    expect(texts('farewell', ctx({ relation: 'friend' })).bodies.flat().join()).not.toContain('共事');
    expect(texts('mid_autumn', ctx()).title).toContain('月圆人团圆');
    expect(texts('dragon_boat', ctx()).title).toContain('端午安康');
  });

  it('keeps a card to Mom from speaking as a lover', () => {
    const toMom = texts('love', ctx({ relation: 'mother' }));
    expect(toMom.bodies.flat().join()).not.toMatch(/慢慢变老|遇见你/);
    expect(toMom.bodies.flat().join()).toContain('我也很爱很爱你');
  });

  it('writes somber occasions and closings without exclamation marks or celebration', () => {
    for (const c of CONTEXTS) {
      const somber = [...SOMBER.flatMap((o) => {
        const out = texts(o, c);
        return [...out.title, ...out.subtitle, ...out.bodies.flat()];
      }), ...ZH_COPY.closings.somber.map((l) => evaluate(l, c) ?? '')];
      for (const s of somber) {
        expect(s).not.toMatch(/[!！]/);
        for (const word of CELEBRATION) expect(s).not.toContain(word);
      }
    }
    expect(texts('sympathy', ctx()).bodies.flat().join()).toMatch(/节哀|保重/);
  });

  it('has closings for every tone and sign-offs for every sender, neutral when the sender is unknown', () => {
    for (const tone of TONES) {
      expect(ZH_COPY.closings[tone].length).toBeGreaterThanOrEqual(2);
      for (const c of CONTEXTS) for (const l of ZH_COPY.closings[tone]) expectClean(evaluate(l, c) ?? '', LIMITS.line);
    }
    for (const key of SIGNOFF_KEYS) {
      expect(ZH_COPY.signoffs[key].length).toBeGreaterThanOrEqual(1);
      for (const c of CONTEXTS) for (const l of ZH_COPY.signoffs[key]) expectClean(evaluate(l, c) ?? '', 80);
    }
    for (const c of CONTEXTS) for (const l of ZH_COPY.signoffs.none) expect(evaluate(l, c)).not.toMatch(/朋友|友/);
    const sign = (key: (typeof SIGNOFF_KEYS)[number], c: CopyContext) => ZH_COPY.signoffs[key].map((l) => evaluate(l, c));
    expect(sign('child', ctx())).toContain('爱你的孩子');
    expect(sign('child', ctx({ sender: 'daughter', polite: true }))).toContain('爱您的女儿');
    expect(sign('student', ctx({ polite: true }))).toContain('您的学生');
    expect(sign('parent', ctx({ sender: 'mother' }))).toContain('永远爱你的妈妈');
  });

  it('joins names as Chinese lists them, keeping each name as given', () => {
    expect(ZH_COPY.joinNames([])).toBe('');
    expect(ZH_COPY.joinNames(['王老师'])).toBe('王老师');
    expect(ZH_COPY.joinNames(['小李', '小王'])).toBe('小李和小王');
    expect(ZH_COPY.joinNames(['小李', '小王', 'Sarah'])).toBe('小李、小王和Sarah');
  });
});
