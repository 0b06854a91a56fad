import { NO_ENTITIES, OCCASIONS, TONES, type Concept, type Entities } from '../../src/providers/contracts';
import { composeCopy, copyContext, signedKind, signoffKey } from '../../src/providers/local/copy/compose';
import { SIGNED_KINDS, SIGNOFF_KEYS, type LanguageCopy, type Line, type OccasionCopy, type SignedLine } from '../../src/providers/local/copy/copy-types';

/** A tiny language, to test the engine apart from the real copy. */
const occasion: OccasionCopy = {
  titles: [(c) => (c.name === null ? null : `Dear ${c.name}`), 'Hello', 'Greetings'],
  subtitles: ['Sub one', 'Sub two'],
  bodies: [['A plain body.'], [(c) => (c.age === null ? null : `You are ${c.age}.`), 'Well done.'], ['Another plain body.']],
};
function record<K extends string, V>(keys: readonly K[], value: (key: K) => V): Record<K, V> {
  const out = {} as Record<K, V>;
  for (const key of keys) out[key] = value(key);
  return out;
}

const TINY: LanguageCopy = {
  occasions: record(OCCASIONS, () => occasion),
  closings: record(TONES, (t): readonly [Line, Line] => [`${t} closing one`, (c) => (c.polite ? `${t} polite closing` : `${t} casual closing`)]),
  signoffs: record(SIGNOFF_KEYS, (k): readonly [Line] => [`from ${k}`]),
  signedBy: record(SIGNED_KINDS, (k): readonly [SignedLine] => [(name) => `${k}: ${name}`]),
  joinNames: (names) => names.join(' & '),
};

const concept = (entities: Partial<Entities> = {}, extra: Partial<Concept> = {}): Concept => ({
  theme: 't',
  occasion: 'birthday',
  language: 'en',
  emotional_tone: 'warm',
  visual_style: 'flat',
  palette: ['#ffffff', '#000000', '#ff0000'],
  motifs: ['cake'],
  copy_direction: 'd',
  audience: 'a',
  tone: 'warm',
  entities: { ...NO_ENTITIES, ...entities },
  language_fallback: null,
  ...extra,
});

describe('the copy engine', () => {
  it('puts the person\'s words in the title and body where a line can carry them', () => {
    for (let seed = 0; seed < 20; seed += 1) {
      const copy = composeCopy(TINY, concept({ recipients: ['Sarah', 'Tom'], age: 30 }), seed);
      expect(copy.title).toBe('Dear Sarah & Tom');
      expect(copy.body.startsWith('You are 30.\nWell done.\n')).toBe(true);
    }
  });

  it('varies with the seed and is reproducible for the same one', () => {
    const titles = new Set(Array.from({ length: 30 }, (_, seed) => composeCopy(TINY, concept(), seed).title));
    expect(titles).toEqual(new Set(['Hello', 'Greetings']));
    expect(composeCopy(TINY, concept(), 7)).toEqual(composeCopy(TINY, concept(), 7));
  });

  it('closes with a line for the tone, and is polite to elders, teachers and on formal cards', () => {
    const closings = (c: Concept) => new Set(Array.from({ length: 30 }, (_, seed) => composeCopy(TINY, c, seed).body.split('\n').at(-1)));
    expect(closings(concept({}, { tone: 'somber' }))).toEqual(new Set(['somber closing one', 'somber casual closing']));
    expect(closings(concept({ recipient_relation: 'teacher' }))).toContain('warm polite closing');
    expect(copyContext(concept({ recipient_relation: 'grandmother' }), TINY).polite).toBe(true);
    expect(copyContext(concept({}, { tone: 'formal' }), TINY).polite).toBe(true);
    expect(copyContext(concept({ recipient_relation: 'friend' }), TINY).polite).toBe(false);
  });

  it('signs as the sender, inferring them from the recipient: a card to Mom is from her child, never from a friend', () => {
    expect(signoffKey(concept({ recipient_relation: 'mother' }))).toBe('child');
    expect(signoffKey(concept({ recipient_relation: 'grandfather' }))).toBe('grandchild');
    expect(signoffKey(concept({ recipient_relation: 'teacher' }))).toBe('student');
    expect(signoffKey(concept({ recipient_relation: 'spouse' }))).toBe('partner');
    expect(signoffKey(concept({ recipient_relation: 'mother', sender_relation: 'son' }))).toBe('child');
    expect(signoffKey(concept({ sender_relation: 'grandmother' }))).toBe('grandparent');
    expect(signoffKey(concept())).toBe('none');
    expect(composeCopy(TINY, concept({ recipient_relation: 'mother' }), 3).signature).toBe('from child');
  });

  it('signs with the names the request gives, in the kind of sign-off the card calls for', () => {
    expect(composeCopy(TINY, concept({ recipient_relation: 'mother', senders: ['Anna'] }), 3).signature).toBe('close: Anna');
    expect(composeCopy(TINY, concept({ senders: ['Anna', 'Ben'] }), 3).signature).toBe('close: Anna & Ben');
    expect(composeCopy(TINY, concept({ recipient_relation: 'colleague', senders: ['Anna'] }), 3).signature).toBe('formal: Anna');
    expect(composeCopy(TINY, concept({ senders: ['Anna'] }, { tone: 'formal' }), 3).signature).toBe('formal: Anna');
    expect(composeCopy(TINY, concept({ senders: ['Anna'] }, { tone: 'somber' }), 3).signature).toBe('somber: Anna');
    expect(composeCopy(TINY, concept({ recipient_relation: 'spouse', senders: ['Sam'] }), 3).signature).toBe('romantic: Sam');
    expect(signedKind(concept({ senders: ['Sam'] }, { tone: 'romantic' }))).toBe('romantic');
    expect(signedKind(concept({ recipients: ['王总'], senders: ['小李'] }))).toBe('formal');
  });

  it('addresses a recipient politely when the request uses a formal title', () => {
    for (const name of ['Frau Schneider', 'Madame Dubois', 'don Manuel', '山田様', '王总', '이영호 님']) {
      expect([name, copyContext(concept({ recipients: [name] }), TINY).polite]).toEqual([name, true]);
    }
    expect(copyContext(concept({ recipients: ['Anna'] }), TINY).polite).toBe(false);
  });
});
