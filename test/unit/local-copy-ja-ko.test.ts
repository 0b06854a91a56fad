import { CopySchema, OCCASIONS, TONES, type Occasion, type Relation } from '../../src/providers/contracts.js';
import { composeCopy } from '../../src/providers/local/copy/compose.js';
import { conceptFor } from '../support/copy-concept.js';
import { SIGNOFF_KEYS, type CopyContext, type LanguageCopy, type Line } from '../../src/providers/local/copy/copy-types.js';
import { JA_COPY } from '../../src/providers/local/copy/ja/index.js';
import { call, hasBatchim } from '../../src/providers/local/copy/ko/helpers.js';
import { KO_COPY } from '../../src/providers/local/copy/ko/index.js';

interface Pack {
  readonly lang: 'ja' | 'ko';
  readonly copy: LanguageCopy;
  /** A native name and place, to see them land in the copy. */
  readonly name: string;
  readonly place: string;
  readonly interest: string;
  readonly friend: RegExp;
  readonly celebration: readonly string[];
  /** Words of the familiar register that a polite card must not use. */
  readonly familiar: RegExp;
}

const PACKS: readonly Pack[] = [
  {
    lang: 'ja',
    copy: JA_COPY,
    name: 'さくら',
    place: '京都',
    interest: '抹茶',
    friend: /友/,
    celebration: ['おめでとう', 'お祝い', '祝', 'ハッピー', 'めでた', '楽し', 'ワクワク', 'パーティ', '乾杯'],
    familiar: /(だよ|だね|してね|わたし|じゃあね)/,
  },
  {
    lang: 'ko',
    copy: KO_COPY,
    name: '지민',
    place: '부산',
    interest: '재즈',
    friend: /친구/,
    celebration: ['축하', '즐거', '즐겁', '신나', '신난', '기쁨', '기쁘', '기쁜', '행복', '해피', '파티', '축제'],
    familiar: /((^|\s)(너|너의|너에게|너를|너랑|너는|너한테|네가)[\s,.]|네 곁|네 편|했어[.!]?$|고마워[.!]?$)/,
  },
];

const COMMON: readonly Occasion[] = ['birthday', 'christmas', 'new_year', 'thanks', 'love', 'wedding', 'graduation', 'get_well', 'sympathy', 'spring_festival', 'mid_autumn', 'general'];
const SOMBER: readonly Occasion[] = ['sympathy', 'qingming'];
const FAMILY_KEYS = ['child', 'grandchild', 'parent', 'grandparent', 'partner', 'sibling', 'relative'] as const;

const EMPTY: CopyContext = { name: null, relation: null, sender: null, from: null, age: null, number: null, place: null, interest: null, polite: false, several: false };

function contexts(p: Pack): CopyContext[] {
  const shapes: Partial<CopyContext>[] = [
    {},
    { name: 'X' },
    { name: p.name },
    { age: 30, number: '30' },
    { age: 88, relation: 'grandmother' },
    { place: 'Paris' },
    { place: p.place, interest: p.interest },
    { number: '2027' },
    { relation: 'mother', sender: 'daughter' },
    { relation: 'team', sender: 'colleague' },
    { name: p.name, relation: 'teacher', age: 60, number: '60', place: p.place, interest: 'jazz', sender: 'student' },
  ];
  return shapes.flatMap((s) => [false, true].map((polite) => ({ ...EMPTY, ...s, polite })));
}

const evaluate = (line: Line, c: CopyContext): string | null => (typeof line === 'string' ? line : line(c));

function expectClean(text: string, limit: number): void {
  expect(text.length).toBeGreaterThan(0);
  expect(Array.from(text).length).toBeLessThanOrEqual(limit);
  expect(text).not.toMatch(/undefined|null|NaN|\[object/);
}

/** Every text an occasion can produce in a context: titles, subtitles, body lines. */
function texts(p: Pack, occasion: Occasion, c: CopyContext): string[] {
  const o = p.copy.occasions[occasion];
  return [...o.titles, ...o.subtitles, ...o.bodies.flat()].map((l) => evaluate(l, c)).filter((t): t is string => t !== null);
}

describe.each(PACKS)('local copy in $lang', (p) => {
  const all = contexts(p);

  it.each(OCCASIONS)('%s has enough titles, subtitles and bodies of 2–3 lines', (occasion) => {
    const o = p.copy.occasions[occasion];
    const min = COMMON.includes(occasion) ? 3 : 2;
    expect(o.titles.length).toBeGreaterThanOrEqual(min);
    expect(o.subtitles.length).toBeGreaterThanOrEqual(2);
    expect(o.bodies.length).toBeGreaterThanOrEqual(min);
    for (const body of o.bodies) {
      expect(body.length).toBeGreaterThanOrEqual(2);
      expect(body.length).toBeLessThanOrEqual(3);
    }
  });

  it.each(OCCASIONS)('%s writes clean lines within the limits in every context', (occasion) => {
    const o = p.copy.occasions[occasion];
    for (const c of all) {
      for (const t of o.titles) {
        const text = evaluate(t, c);
        if (text !== null) expectClean(text, 60);
      }
      for (const s of o.subtitles) {
        const text = evaluate(s, c);
        if (text !== null) expectClean(text, 120);
      }
      for (const body of o.bodies) {
        const lines = body.map((l) => evaluate(l, c));
        for (const line of lines) if (line !== null) expectClean(line, 160);
        const longestClosing = Math.max(...TONES.flatMap((tone) => p.copy.closings[tone].map((l) => (evaluate(l, c) ?? '').length)));
        expect(lines.join('\n').length + 1 + longestClosing).toBeLessThanOrEqual(900);
      }
    }
  });

  it.each(OCCASIONS)('%s has 2 titles, subtitles and bodies that need nothing from the request', (occasion) => {
    const o = p.copy.occasions[occasion];
    for (const polite of [false, true]) {
      const c = { ...EMPTY, polite };
      expect(o.titles.filter((l) => evaluate(l, c) !== null).length).toBeGreaterThanOrEqual(2);
      expect(o.subtitles.filter((l) => evaluate(l, c) !== null).length).toBeGreaterThanOrEqual(2);
      expect(o.bodies.filter((b) => b.every((l) => evaluate(l, c) !== null)).length).toBeGreaterThanOrEqual(2);
    }
  });

  it.each(OCCASIONS)('%s puts a title with the name first, and titles that use the name contain it', (occasion) => {
    const titles = p.copy.occasions[occasion].titles;
    const first = titles[0];
    for (const polite of [false, true]) {
      expect(evaluate(first, { ...EMPTY, polite })).toBeNull();
      for (const name of ['X', p.name]) {
        const c = { ...EMPTY, name, polite };
        expect(evaluate(first, c)).toContain(name);
        for (const t of titles) {
          if (evaluate(t, { ...EMPTY, polite }) === null && evaluate(t, { ...c, name: null }) === null && evaluate(t, c) !== null) {
            expect(evaluate(t, c)).toContain(name);
          }
        }
      }
    }
  });

  it('uses the age, place and interest where given', () => {
    const withWords = { ...EMPTY, age: 30, place: p.place, interest: p.interest };
    expect(texts(p, 'birthday', withWords).some((t) => t.includes('30'))).toBe(true);
    expect(texts(p, 'travel', withWords).some((t) => t.includes(p.place))).toBe(true);
    expect(texts(p, 'birthday', withWords).some((t) => t.includes(p.interest))).toBe(true);
    expect(texts(p, 'anniversary', withWords).some((t) => t.includes('30'))).toBe(true);
    expect(texts(p, 'new_year', { ...EMPTY, number: '2027' }).some((t) => t.includes('2027'))).toBe(true);
  });

  it.each(SOMBER)('%s has no exclamation mark and no celebration in any context', (occasion) => {
    for (const c of all) {
      for (const text of texts(p, occasion, c)) {
        expect(text).not.toMatch(/[!！]/);
        for (const word of p.celebration) expect(text).not.toContain(word);
      }
    }
  });

  it('has at least 2 closings per tone, and somber ones console without celebrating', () => {
    for (const tone of TONES) expect(p.copy.closings[tone].length).toBeGreaterThanOrEqual(2);
    for (const c of all) {
      for (const line of p.copy.closings.somber) {
        const text = evaluate(line, c) ?? '';
        expectClean(text, 160);
        expect(text).not.toMatch(/[!！]/);
        for (const word of p.celebration) expect(text).not.toContain(word);
      }
    }
  });

  it('signs off for every sender; neutral and family sign-offs never say "friend"', () => {
    for (const key of SIGNOFF_KEYS) {
      const lines = p.copy.signoffs[key];
      expect(lines.length).toBeGreaterThanOrEqual(1);
      for (const c of all) {
        for (const line of lines) {
          const text = evaluate(line, c);
          expect(text).not.toBeNull();
          expectClean(text ?? '', 60);
          if (key === 'none' || (FAMILY_KEYS as readonly string[]).includes(key)) expect(text).not.toMatch(p.friend);
        }
      }
    }
  });

  it('keeps the polite register on polite cards', () => {
    const polite = all.filter((c) => c.polite);
    for (const occasion of OCCASIONS) {
      for (const c of polite) for (const text of texts(p, occasion, c)) expect(`${occasion}: ${text}`).not.toMatch(p.familiar);
    }
    for (const tone of TONES) for (const c of polite) for (const l of p.copy.closings[tone]) expect(evaluate(l, c)).not.toMatch(p.familiar);
  });

  it('composes a valid card for every occasion and tone', () => {
    for (const occasion of OCCASIONS) {
      for (const tone of TONES) {
        for (const seed of [1, 7, 123456]) {
          const concept = conceptFor(p.lang, occasion, tone, { recipients: [p.name], recipient_relation: 'mother', age: 30, numbers: ['30'], places: [p.place] });
          const copy = CopySchema.parse(composeCopy(p.copy, concept, seed));
          // The engine prefers lines with the request's words: the name, the age or the place.
          expect([p.name, '30', p.place].some((w) => copy.title.includes(w)) ? occasion : `${occasion}: ${copy.title}`).toBe(occasion);
          expect(`${copy.title}${copy.body}`).not.toMatch(/undefined|null|NaN/);
          expect(copy.signature).not.toMatch(p.friend);
        }
      }
    }
  });
});


describe('Japanese specifics', () => {
  it('joins names as given', () => {
    expect(JA_COPY.joinNames(['さくらさん', 'ゆうきさん'])).toBe('さくらさんとゆうきさん');
    expect(JA_COPY.joinNames(['さくら', 'ゆうき', 'はると'])).toBe('さくら、ゆうきとはると');
    expect(JA_COPY.joinNames(['ゆきちゃん'])).toBe('ゆきちゃん');
  });

  it('adds さん on polite cards only when no form of address was written', () => {
    const title = JA_COPY.occasions.birthday.titles[0];
    expect(evaluate(title, { ...EMPTY, name: '田中', polite: true })).toBe('田中さん、お誕生日おめでとうございます');
    expect(evaluate(title, { ...EMPTY, name: '田中先生', polite: true })).toBe('田中先生、お誕生日おめでとうございます');
    expect(evaluate(title, { ...EMPTY, name: 'ゆきちゃん', polite: false })).toBe('ゆきちゃん、誕生日おめでとう！');
  });

  it('names the long-life birthdays', () => {
    expect(texts(jaPack(), 'birthday', { ...EMPTY, age: 88, polite: true }).some((t) => t.includes('米寿'))).toBe(true);
    expect(texts(jaPack(), 'birthday', { ...EMPTY, age: 60, polite: true }).some((t) => t.includes('還暦'))).toBe(true);
  });

  it('signs a card to Mom as her child, with the gender when known', () => {
    const [line] = JA_COPY.signoffs.child;
    expect(evaluate(line, { ...EMPTY, sender: 'daughter' })).toContain('娘');
    expect(evaluate(line, EMPTY)).toContain('子ども');
  });
});

describe('Korean specifics', () => {
  it('calls a first birthday 첫 생일, never 1번째', () => {
    for (let seed = 0; seed < 12; seed += 1) {
      for (const polite of [false, true]) {
        const copy = composeCopy(KO_COPY, conceptFor('ko', 'birthday', polite ? 'formal' : 'joyful', { age: 1, numbers: ['1'] }), seed);
        expect(`${copy.title}\n${copy.body}`).not.toContain('1번째');
      }
    }
  });

  it('reads final consonants for particles', () => {
    expect(hasBatchim('지민')).toBe(true);
    expect(hasBatchim('수아')).toBe(false);
    expect(hasBatchim('Tom')).toBe(true);
    expect(KO_COPY.joinNames(['지민', '수아'])).toBe('지민과 수아');
    expect(KO_COPY.joinNames(['수아', '지민'])).toBe('수아와 지민');
    expect(KO_COPY.joinNames(['지민', '수아', '민준'])).toBe('지민, 수아, 민준');
  });

  it('calls a friend with 아/야 and an elder with 님, keeping titles as written', () => {
    expect(call('지민', false)).toBe('지민아');
    expect(call('수아', false)).toBe('수아야');
    expect(call('지민아', false)).toBe('지민아');
    expect(call('지민아', true)).toBe('지민 님');
    expect(call('김민수', true)).toBe('김민수 님');
    expect(call('김 선생님', true)).toBe('김 선생님');
    expect(call('Sarah', false)).toBe('Sarah');
  });

  it('names the long-life birthdays and says 생신 to elders', () => {
    const c = { ...EMPTY, age: 80, relation: 'grandmother' as Relation, polite: true };
    const all = texts(koPack(), 'birthday', c);
    expect(all.some((t) => t.includes('팔순'))).toBe(true);
    expect(all.some((t) => t.includes('생신'))).toBe(true);
  });

  it('greets 추석 with 풍성한 한가위', () => {
    expect(texts(koPack(), 'chuseok', { ...EMPTY, polite: true }).some((t) => t.includes('풍성한 한가위 보내세요'))).toBe(true);
  });

  it('signs a card to Mom as her child, with the gender when known', () => {
    const [line] = KO_COPY.signoffs.child;
    expect(evaluate(line, { ...EMPTY, sender: 'son' })).toBe('사랑하는 아들 올림');
    expect(evaluate(line, EMPTY)).toBe('사랑하는 자녀 올림');
  });
});

function jaPack(): Pack {
  return PACKS[0] as Pack;
}

function koPack(): Pack {
  return PACKS[1] as Pack;
}
