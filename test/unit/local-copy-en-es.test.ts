import { ConceptSchema, CopySchema, OCCASIONS, TONES, type Occasion, type Relation, type Tone } from '../../src/providers/contracts.js';
import { composeCopy } from '../../src/providers/local/copy/compose.js';
import { SIGNOFF_KEYS, type CopyContext, type LanguageCopy, type Line } from '../../src/providers/local/copy/copy-types.js';
import { EN_COPY } from '../../src/providers/local/copy/en/index.js';
import { ES_COPY } from '../../src/providers/local/copy/es/index.js';

const LIMITS = { title: 60, subtitle: 120, line: 160, body: 900, signature: 80 } as const;
const SOMBER: readonly Occasion[] = ['sympathy', 'qingming'];
const COMMON: readonly Occasion[] = ['birthday', 'christmas', 'new_year', 'thanks', 'love', 'wedding', 'graduation', 'get_well', 'sympathy', 'spring_festival', 'mid_autumn', 'general'];

const EMPTY: CopyContext = { name: null, relation: null, sender: null, from: null, age: null, number: null, place: null, interest: null, polite: false, several: false };
const ctx = (over: Partial<CopyContext>): CopyContext => ({ ...EMPTY, ...over });

/** Requests as the engine sees them: nothing, each word alone, everything at once, both registers, every relation. */
const CONTEXTS: readonly CopyContext[] = [
  EMPTY,
  ctx({ polite: true }),
  ctx({ name: 'X' }),
  ctx({ name: 'X', polite: true }),
  ctx({ age: 30 }),
  ctx({ age: 80, polite: true }),
  ctx({ age: 25, name: 'X' }),
  ctx({ place: 'Paris' }),
  ctx({ interest: 'jazz' }),
  ctx({ number: '2027' }),
  ctx({ name: 'X', age: 30, place: 'Paris', interest: 'jazz', number: '30', polite: true }),
  ...(['mother', 'father', 'parents', 'grandmother', 'grandparents', 'teacher', 'spouse', 'team', 'friend'] satisfies Relation[]).flatMap((relation) => [
    ctx({ relation }),
    ctx({ relation, polite: true }),
  ]),
  ...(['daughter', 'son', 'child', 'mother', 'father', 'parents', 'grandmother', 'grandfather', 'grandparents'] satisfies Relation[]).map((sender) => ctx({ sender })),
];

const run = (line: Line, c: CopyContext): string | null => (typeof line === 'string' ? line : line(c));
const needsNothing = (line: Line): boolean => run(line, EMPTY) !== null && run(line, ctx({ polite: true })) !== null;
const clean = (text: string): boolean => !/undefined|null|NaN|\$\{|\[object/.test(text);

interface Spec {
  readonly lang: string;
  readonly pack: LanguageCopy;
  readonly celebration: RegExp;
  readonly friend: RegExp;
  /** Occasions whose copy is always familiar (love letters), exempt from the register checks. */
  readonly intimate: readonly Occasion[];
  /** Words of the familiar register that a polite card must not use, and the other way round; null: the language has none. */
  readonly familiarWords: RegExp | null;
  readonly politeWords: RegExp | null;
  readonly joined: readonly [readonly string[], string][];
}

const SPECS: readonly Spec[] = [
  {
    lang: 'en',
    pack: EN_COPY,
    celebration: /\b(happ\w*|congrat\w*|celebrat\w*|cheers|merry|part(y|ies)|joy\w*|fun|hooray|yay|festiv\w*|festival)\b/i,
    friend: /\bfriends?\b/i,
    intimate: [],
    familiarWords: null,
    politeWords: null,
    joined: [
      [['Sarah'], 'Sarah'],
      [['Sarah', 'Tom'], 'Sarah and Tom'],
      [['Sarah', 'Tom', 'Ana'], 'Sarah, Tom, and Ana'],
    ],
  },
  {
    lang: 'es',
    pack: ES_COPY,
    celebration: /(?<!\p{L})(feliz|felic\p{L}*|enhorabuena|celebr\p{L}*|fiesta\p{L}*|festej\p{L}*|brind\p{L}*|alegr\p{L}*)/iu,
    friend: /(?<!\p{L})amig\p{L}*/iu,
    intimate: ['love', 'valentines', 'qixi', 'friendship'],
    familiarWords: /(?<!\p{L})(tú|tu|tus|te|ti|contigo|tuyo|tuya|tuyos)(?!\p{L})/iu,
    politeWords: /(?<!\p{L})(usted|ustedes)(?!\p{L})/iu,
    joined: [
      [['Carmen'], 'Carmen'],
      [['Ana', 'Luis'], 'Ana y Luis'],
      [['Pedro', 'Isabel'], 'Pedro e Isabel'],
      [['abuela Carmen', 'Tom', 'Ana'], 'abuela Carmen, Tom y Ana'],
    ],
  },
];

describe.each(SPECS)('local copy in $lang', ({ pack, celebration, friend, intimate, familiarWords, politeWords, joined }) => {
  const bodyText = (lines: readonly Line[], c: CopyContext): string | null => {
    const texts = lines.map((l) => run(l, c));
    return texts.some((t) => t === null) ? null : texts.join('\n');
  };

  it.each(OCCASIONS.map((o) => [o]))('%s has enough titles, subtitles and bodies, some needing nothing', (occasion) => {
    const copy = pack.occasions[occasion];
    const rich = COMMON.includes(occasion) ? 3 : 2;
    expect(copy.titles.length).toBeGreaterThanOrEqual(rich);
    expect(copy.subtitles.length).toBeGreaterThanOrEqual(2);
    expect(copy.bodies.length).toBeGreaterThanOrEqual(rich);
    expect(copy.titles.filter(needsNothing).length).toBeGreaterThanOrEqual(2);
    expect(copy.subtitles.filter(needsNothing).length).toBeGreaterThanOrEqual(1);
    expect(copy.bodies.filter((b) => b.every(needsNothing)).length).toBeGreaterThanOrEqual(2);
    for (const body of copy.bodies) {
      expect(body.length).toBeGreaterThanOrEqual(2);
      expect(body.length).toBeLessThanOrEqual(3);
    }
  });

  it.each(OCCASIONS.map((o) => [o]))('%s opens with a title that uses the name, and only then', (occasion) => {
    const [first] = pack.occasions[occasion].titles;
    expect(run(first, EMPTY)).toBeNull();
    expect(run(first, ctx({ name: 'Zoë Q', place: 'Zoë Q', age: 7 }))).toContain('Zoë Q');
    for (const title of pack.occasions[occasion].titles) {
      const named = run(title, ctx({ name: 'Zoë Q' }));
      if (run(title, EMPTY) === null && named !== null) expect(named).toContain('Zoë Q');
    }
  });

  it.each(OCCASIONS.map((o) => [o]))('%s stays within the limits for every request, with no placeholder leaking', (occasion) => {
    const copy = pack.occasions[occasion];
    const longestClosing = Math.max(...TONES.flatMap((t) => pack.closings[t].flatMap((l) => CONTEXTS.map((c) => run(l, c)?.length ?? 0))));
    for (const c of CONTEXTS) {
      for (const title of copy.titles) {
        const text = run(title, c);
        if (text !== null) expect({ text, ok: text.length <= LIMITS.title && text.length > 0 && clean(text) }).toEqual({ text, ok: true });
      }
      for (const subtitle of copy.subtitles) {
        const text = run(subtitle, c);
        if (text !== null) expect({ text, ok: text.length <= LIMITS.subtitle && text.length > 0 && clean(text) }).toEqual({ text, ok: true });
      }
      for (const body of copy.bodies) {
        for (const line of body) {
          const text = run(line, c);
          if (text !== null) expect({ text, ok: text.length <= LIMITS.line && text.length > 0 && clean(text) }).toEqual({ text, ok: true });
        }
        const text = bodyText(body, c);
        if (text !== null) expect(text.length + 1 + longestClosing).toBeLessThanOrEqual(LIMITS.body);
      }
    }
  });

  it.each(SOMBER.map((o) => [o]))('%s has no exclamation and no celebration', (occasion) => {
    const copy = pack.occasions[occasion];
    const lines = [...copy.titles, ...copy.subtitles, ...copy.bodies.flat()];
    for (const c of CONTEXTS) {
      for (const line of lines) {
        const text = run(line, c);
        if (text === null) continue;
        expect(text).not.toMatch(/[!¡！]/);
        expect(text).not.toMatch(celebration);
      }
    }
  });

  it('has at least two closings per tone, somber ones without exclamation or celebration', () => {
    for (const tone of TONES) {
      expect(pack.closings[tone].length).toBeGreaterThanOrEqual(2);
      for (const c of CONTEXTS) {
        const texts = pack.closings[tone].map((l) => run(l, c)).filter((t): t is string => t !== null);
        expect(texts.length).toBeGreaterThanOrEqual(1);
        for (const text of texts) {
          expect(text.length).toBeLessThanOrEqual(LIMITS.line);
          expect(clean(text)).toBe(true);
          if (tone === 'somber') {
            expect(text).not.toMatch(/[!¡！]/);
            expect(text).not.toMatch(celebration);
          }
        }
      }
    }
  });

  it('signs every card, and the neutral sign-off never claims a friendship', () => {
    for (const key of SIGNOFF_KEYS) {
      for (const c of CONTEXTS) {
        const texts = pack.signoffs[key].map((l) => run(l, c)).filter((t): t is string => t !== null);
        expect(texts.length).toBeGreaterThanOrEqual(1);
        for (const text of texts) {
          expect(text.length).toBeLessThanOrEqual(LIMITS.signature);
          expect(clean(text)).toBe(true);
          if (key === 'none') expect(text).not.toMatch(friend);
        }
      }
    }
  });

  it('signs a card to a family member as family, never as a friend', () => {
    for (const key of ['child', 'grandchild', 'parent', 'grandparent', 'partner', 'sibling', 'relative'] as const) {
      for (const c of CONTEXTS) {
        for (const line of pack.signoffs[key]) expect(run(line, c) ?? '').not.toMatch(friend);
      }
    }
  });

  it('keeps to the register the card asks for', () => {
    if (familiarWords === null || politeWords === null) return;
    const everyLine = (c: CopyContext): string[] =>
      OCCASIONS.filter((o) => !intimate.includes(o)).flatMap((o) => {
        const copy = pack.occasions[o];
        return [...copy.titles, ...copy.subtitles, ...copy.bodies.flat()].map((l) => run(l, c)).filter((t): t is string => t !== null);
      });
    const closings = (c: CopyContext): string[] =>
      (['joyful', 'warm', 'formal', 'somber', 'playful'] satisfies Tone[]).flatMap((t) => pack.closings[t].map((l) => run(l, c)).filter((x): x is string => x !== null));
    const signoffs = (c: CopyContext): string[] =>
      SIGNOFF_KEYS.filter((k) => k !== 'partner').flatMap((k) => pack.signoffs[k].map((l) => run(l, c)).filter((x): x is string => x !== null));
    for (const base of CONTEXTS) {
      const polite = { ...base, name: 'X', age: 30, place: 'Paris', interest: 'jazz', number: '2027', polite: true };
      const familiar = { ...polite, polite: false };
      expect([...everyLine(polite), ...closings(polite), ...signoffs(polite)].filter((t) => familiarWords.test(t))).toEqual([]);
      expect([...everyLine(familiar), ...closings(familiar), ...signoffs(familiar)].filter((t) => politeWords.test(t))).toEqual([]);
    }
  });

  it('joins names the way the language lists them', () => {
    for (const [names, expected] of joined) expect(pack.joinNames(names)).toBe(expected);
  });

  it('composes a valid card for every occasion and tone, with the person’s words in it', () => {
    const seen = new Set<string>();
    for (const occasion of OCCASIONS) {
      for (const tone of TONES) {
        for (const seed of [1, 2, 3]) {
          const concept = ConceptSchema.parse({
            theme: 't',
            occasion,
            language: 'en',
            emotional_tone: tone,
            visual_style: 's',
            palette: ['#000000', '#ffffff', '#888888'],
            motifs: ['m'],
            copy_direction: 'd',
            audience: 'a',
            tone,
            entities: { recipients: ['Zoë'], recipient_relation: 'mother', sender_relation: null, numbers: [], age: null, places: [], interests: [] },
          });
          const copy = CopySchema.parse(composeCopy(pack, concept, seed));
          expect(`${copy.title} ${copy.subtitle} ${copy.body}`).toContain('Zoë');
          expect(copy.signature).not.toMatch(friend);
          seen.add(copy.body);
        }
      }
    }
    expect(seen.size).toBeGreaterThan(OCCASIONS.length * 2);
  });
});
