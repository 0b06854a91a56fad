import { CopySchema, NO_ENTITIES, OCCASIONS, TONES, type Concept, type Entities, type Language, type Occasion } from '../../src/providers/contracts';
import { composeCopy } from '../../src/providers/local/copy/compose';
import { SIGNOFF_KEYS, type CopyContext, type LanguageCopy, type Line } from '../../src/providers/local/copy/copy-types';
import { DE_COPY } from '../../src/providers/local/copy/de/index';
import { FR_COPY } from '../../src/providers/local/copy/fr/index';

const BASE: CopyContext = { name: null, relation: null, sender: null, from: null, age: null, number: null, place: null, interest: null, polite: false, several: false };
const ctx = (over: Partial<CopyContext> = {}): CopyContext => ({ ...BASE, ...over });

/** The contexts every line is tried with: nothing, a name, an age, a place, each register, family and groups. */
const CONTEXTS: readonly CopyContext[] = [
  ctx(),
  ctx({ name: 'X' }),
  ctx({ age: 30, number: '30' }),
  ctx({ age: 1 }),
  ctx({ polite: true }),
  ctx({ polite: true, name: 'X', age: 30, place: 'Paris', interest: 'jazz', number: '2027' }),
  ctx({ place: 'Paris' }),
  ctx({ place: 'Oslo', interest: 'aquarelle' }),
  ctx({ relation: 'mother', sender: 'daughter' }),
  ctx({ relation: 'grandmother', polite: true }),
  ctx({ relation: 'parents', several: true }),
  ctx({ relation: 'teacher', polite: true, sender: 'student' }),
  ctx({ name: 'Sarah', relation: 'friend', interest: 'tennis' }),
];

const SOMBER: readonly Occasion[] = ['sympathy', 'qingming'];
const COMMON: readonly Occasion[] = ['birthday', 'christmas', 'new_year', 'thanks', 'love', 'wedding', 'graduation', 'get_well', 'sympathy', 'spring_festival', 'mid_autumn', 'general'];

const words = (text: string): string[] => text.split(/[^\p{L}]+/u).filter((w) => w.length > 0);

interface Spec {
  readonly lang: Language;
  readonly pack: LanguageCopy;
  /** Words that celebrate, which somber copy must not use. */
  readonly celebration: RegExp;
  /** The language's words for friend and friendship. */
  readonly friend: (word: string) => boolean;
  /** Words of the familiar register, absent from polite copy. */
  readonly familiar: ReadonlySet<string>;
  /** Words of the polite register, absent from familiar copy to one person. */
  readonly polite: ReadonlySet<string>;
  /** A card to Mom from an unnamed child, and from her daughter. */
  readonly toMother: readonly [RegExp, RegExp];
}

const SPECS: readonly Spec[] = [
  {
    lang: 'fr',
    pack: FR_COPY,
    celebration: /joyeu|f[eê]te|félicit|bravo|hourra|youpi|célébr|champagne|anniversaire|bonne année/i,
    friend: (w) => /^(ami|amie|amis|amies|amitié|amitiés|amical|amicale|amicales|amicalement|copain|copine)$/i.test(w),
    familiar: new Set(['tu', 'te', 't', 'toi', 'ton', 'ta', 'tes', 'tien', 'tienne', 'tiens']),
    polite: new Set(['vous', 'votre', 'vos', 'vôtre', 'vôtres']),
    toMother: [/^Ton enfant qui t’aime$|^Avec tout mon amour, ton enfant$/, /fille/],
  },
  {
    lang: 'de',
    pack: DE_COPY,
    celebration: /fröhlich|\bfroh|glückwunsch|feier|gratul|hurra|juhu|party|\bfest\b|bravo|prost/i,
    friend: (w) => /^freund/i.test(w) && !/^freundlich/i.test(w),
    familiar: new Set(['du', 'dich', 'dir', 'dein', 'deine', 'deinen', 'deinem', 'deiner', 'deines', 'euch', 'euer', 'eure', 'euren', 'eurem', 'eurer']),
    polite: new Set(['Sie', 'Ihnen', 'Ihr', 'Ihre', 'Ihren', 'Ihrem', 'Ihrer', 'Ihres']),
    toMother: [/^(In Liebe|Von Herzen), dein Kind$/, /deine Tochter$/],
  },
];

const run = (line: Line, c: CopyContext): string | null => (typeof line === 'string' ? line : line(c));

const concept = (occasion: Occasion, lang: Language, tone: Concept['tone'], entities: Partial<Entities> = {}): Concept => ({
  theme: 't',
  occasion,
  language: lang,
  emotional_tone: tone,
  visual_style: 'flat',
  palette: ['#ffffff', '#000000', '#ff0000'],
  motifs: ['star'],
  copy_direction: 'd',
  audience: 'a',
  tone,
  entities: { ...NO_ENTITIES, ...entities },
  language_fallback: null,
});

describe.each(SPECS)('$lang copy', ({ lang, pack, celebration, friend, familiar, polite, toMother }) => {
  const clean = (text: string) => {
    expect(text).not.toMatch(/undefined|null|NaN|[{}[\]|]/);
    expect(text.trim()).toBe(text);
    expect(text.length).toBeGreaterThan(0);
  };

  it('has every occasion, with titles, subtitles and bodies that need nothing from the request', () => {
    for (const occasion of OCCASIONS) {
      const copy = pack.occasions[occasion];
      const plain = (lines: readonly Line[]) => lines.filter((l) => run(l, ctx()) !== null).length;
      const want = COMMON.includes(occasion) ? 3 : 2;
      expect([occasion, plain(copy.titles) >= 2]).toEqual([occasion, true]);
      expect([occasion, plain(copy.subtitles) >= 2]).toEqual([occasion, true]);
      expect([occasion, copy.bodies.filter((b) => b.every((l) => run(l, ctx()) !== null)).length >= 2]).toEqual([occasion, true]);
      expect([occasion, copy.titles.length >= want && copy.bodies.length >= want]).toEqual([occasion, true]);
      for (const body of copy.bodies) expect([occasion, body.length >= 2 && body.length <= 3]).toEqual([occasion, true]);
    }
  });

  it('keeps every line within its limits and free of template leftovers, in every context', () => {
    const longestClosing = Math.max(...TONES.flatMap((tone) => pack.closings[tone].flatMap((l) => CONTEXTS.map((c) => run(l, c)?.length ?? 0))));
    for (const c of CONTEXTS) {
      for (const occasion of OCCASIONS) {
        const copy = pack.occasions[occasion];
        for (const l of copy.titles) {
          const text = run(l, c);
          if (text !== null) {
            clean(text);
            expect([occasion, text, text.length <= 60]).toEqual([occasion, text, true]);
          }
        }
        for (const l of copy.subtitles) {
          const text = run(l, c);
          if (text !== null) {
            clean(text);
            expect([occasion, text, text.length <= 120]).toEqual([occasion, text, true]);
          }
        }
        for (const body of copy.bodies) {
          const texts = body.map((l) => run(l, c));
          for (const text of texts) {
            if (text === null) continue;
            clean(text);
            expect([occasion, text, text.length <= 160]).toEqual([occasion, text, true]);
          }
          expect(texts.join('\n').length + 1 + longestClosing).toBeLessThanOrEqual(900);
        }
      }
      for (const tone of TONES) for (const l of pack.closings[tone]) clean(run(l, c) ?? 'missing closing');
      for (const key of SIGNOFF_KEYS) {
        const signed = pack.signoffs[key].map((l) => run(l, c)).filter((s): s is string => s !== null);
        expect([key, signed.length > 0]).toEqual([key, true]);
        for (const s of signed) {
          clean(s);
          expect(s.length).toBeLessThanOrEqual(80);
        }
      }
    }
  });

  it('has at least 2 closings per tone', () => {
    for (const tone of TONES) expect(pack.closings[tone].length).toBeGreaterThanOrEqual(2);
  });

  it('writes somber copy with no exclamation mark and nothing that celebrates, and signs off the same way', () => {
    const check = (text: string | null) => {
      if (text === null) return;
      expect(text).not.toMatch(/[!！]/);
      expect(text).not.toMatch(celebration);
    };
    for (const c of CONTEXTS) {
      for (const occasion of SOMBER) {
        const copy = pack.occasions[occasion];
        for (const l of [...copy.titles, ...copy.subtitles, ...copy.bodies.flat()]) check(run(l, c));
      }
      for (const l of pack.closings.somber) check(run(l, c));
      for (const key of SIGNOFF_KEYS) for (const l of pack.signoffs[key]) check(run(l, c));
    }
  });

  it('never says friend in the neutral sign-off', () => {
    for (const c of CONTEXTS) for (const l of pack.signoffs.none) expect(words(run(l, c) ?? '').filter(friend)).toEqual([]);
  });

  it('puts the name in the first title, which needs a name or a form of address', () => {
    for (const occasion of OCCASIONS) {
      const first = pack.occasions[occasion].titles[0];
      expect([occasion, run(first, ctx({ name: 'X' }))?.includes('X')]).toEqual([occasion, true]);
      expect([occasion, run(first, ctx())]).toEqual([occasion, null]);
    }
  });

  it('keeps to one register: polite to a teacher, familiar to a friend and to family even on a polite card', () => {
    const register = (c: CopyContext, banned: ReadonlySet<string>) => {
      const lines = [
        ...OCCASIONS.flatMap((o) => [...pack.occasions[o].titles, ...pack.occasions[o].subtitles, ...pack.occasions[o].bodies.flat()]),
        ...TONES.flatMap((tone) => pack.closings[tone]),
      ];
      for (const l of lines) {
        const text = run(l, c);
        if (text !== null) expect([text, words(text).filter((w) => banned.has(w))]).toEqual([text, []]);
      }
    };
    register(ctx({ relation: 'teacher', polite: true, name: 'X' }), familiar);
    register(ctx({ relation: 'friend', name: 'X' }), polite);
    register(ctx({ relation: 'grandmother', polite: true }), polite);
  });

  it('joins names as the language does', () => {
    expect(pack.joinNames(['Sarah'])).toBe('Sarah');
    expect(pack.joinNames(['Sarah', 'Tom'])).toBe(lang === 'fr' ? 'Sarah et Tom' : 'Sarah und Tom');
    expect(pack.joinNames(['A', 'B', 'C'])).toBe(lang === 'fr' ? 'A, B et C' : 'A, B und C');
  });

  it('writes a valid card for every occasion and tone through the engine, with the name in the title', () => {
    for (const occasion of OCCASIONS) {
      for (const tone of TONES) {
        const seed = occasion.length * 31 + tone.length;
        expect(() => CopySchema.parse(composeCopy(pack, concept(occasion, lang, tone), seed))).not.toThrow();
        const named = composeCopy(pack, concept(occasion, lang, tone, { recipients: ['Sarah'] }), seed);
        expect([occasion, named.title.includes('Sarah')]).toEqual([occasion, true]);
      }
    }
  });

  it('uses the age and the place where the occasion has room for them', () => {
    const card = (occasion: Occasion, entities: Partial<Entities>, seed: number) => {
      const copy = composeCopy(pack, concept(occasion, lang, 'warm', entities), seed);
      return [copy.title, copy.subtitle, copy.body].join('\n');
    };
    for (let seed = 0; seed < 10; seed += 1) {
      expect(card('birthday', { recipients: ['Sarah'], age: 30 }, seed)).toMatch(/Sarah[\s\S]*30|30[\s\S]*Sarah/);
      expect(card('anniversary', { age: 40 }, seed)).toContain('40');
      expect(card('travel', { places: ['Kyoto'] }, seed)).toContain('Kyoto');
      expect(card('new_year', { numbers: ['2027'] }, seed)).toContain('2027');
    }
  });

  it('signs a card to Mom as her child, never as a friend', () => {
    const signatures = (entities: Partial<Entities>) => new Set(Array.from({ length: 20 }, (_, seed) => composeCopy(pack, concept('mothers_day', lang, 'warm', entities), seed).signature));
    for (const s of signatures({ recipient_relation: 'mother' })) expect(s).toMatch(toMother[0]);
    for (const s of signatures({ recipient_relation: 'mother', sender_relation: 'daughter' })) expect(s).toMatch(toMother[1]);
    for (const s of signatures({ recipient_relation: 'mother' })) expect(words(s).filter(friend)).toEqual([]);
  });
});

describe('French typography', () => {
  it('sets a narrow no-break space before ! ? ; and a no-break space before :', () => {
    const texts = OCCASIONS.flatMap((o) => [...FR_COPY.occasions[o].titles, ...FR_COPY.occasions[o].bodies.flat()]).map((l) => run(l, ctx({ name: 'X', place: 'Paris' })) ?? '');
    for (const text of texts) expect(text).not.toMatch(/ [!?;:]/);
    expect(run(FR_COPY.occasions.christmas.titles[0], ctx({ name: 'Léa' }))).toBe('Joyeux Noël, Léa\u202f!');
    expect(run(FR_COPY.occasions.travel.titles[1], ctx({ place: 'Oslo' }))).toBe('Bons baisers d’Oslo\u202f!');
  });
});
