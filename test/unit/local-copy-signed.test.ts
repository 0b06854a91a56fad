import { LANGUAGES, NO_ENTITIES, TONES, type Concept, type Entities, type Language, type Tone } from '../../src/providers/contracts';
import { writeCopy } from '../../src/providers/local/copy';
import { createLocalProviders } from '../../src/providers/local';

const concept = (language: Language, tone: Tone, entities: Partial<Entities>): Concept => ({
  theme: 't',
  occasion: tone === 'somber' ? 'sympathy' : 'birthday',
  language,
  language_fallback: null,
  tone,
  entities: { ...NO_ENTITIES, ...entities },
  emotional_tone: 'warm',
  visual_style: 'watercolor',
  palette: ['#112233', '#445566', '#778899'],
  motifs: ['flowers'],
  copy_direction: 'short',
  audience: 'a friend',
});

/** Cards signed by name: "Love, Anna", in every language and tone, never with a relation's sign-off instead. */
describe('local copy: signed with the sender\'s name', () => {
  it.each(LANGUAGES)('%s: every tone signs with the names, and a somber card without an exclamation mark', (language) => {
    for (const tone of TONES) {
      for (let seed = 0; seed < 6; seed += 1) {
        const copy = writeCopy({ prompt: `prompt ${seed}`, style: null, theme: null }, concept(language, tone, { senders: ['Anna', 'Ben'], recipient_relation: 'mother' }));
        expect([tone, copy.signature]).toEqual([tone, expect.stringContaining('Anna')]);
        expect(copy.signature).toContain('Ben');
        if (tone === 'somber') expect(copy.signature).not.toMatch(/[!！]/u);
      }
    }
  });

  it('keeps the polite register in French when it is used', () => {
    for (let seed = 0; seed < 12; seed += 1) {
      const copy = writeCopy({ prompt: `p${seed}`, style: null, theme: null }, concept('fr', 'warm', { senders: ['Léa'], recipient_relation: 'grandmother' }));
      expect(copy.signature).not.toMatch(/t’embrasse|bisous/u);
    }
  });

  it.each([
    ['Happy birthday Tom! Love, Anna', 'Anna', 'Tom'],
    ['Merry Christmas Grandma - Lily', 'Lily', null],
    ['Happy birthday from Anna and Ben', 'Anna and Ben', null],
    ['Feliz cumpleaños mamá, de parte de Lucía', 'Lucía', null],
    ['Joyeux anniversaire Papa, bisous, Léa', 'Léa', null],
    ['Alles Gute zum Geburtstag, Oma! Deine Anna', 'Anna', null],
  ])('%s: signed by %s, addressed to %s', async (prompt, signer, to) => {
    const local = createLocalProviders();
    const ctx = { signal: new AbortController().signal };
    const request = { prompt, style: null, theme: null };
    const made = await local.text.concept({ request }, ctx);
    const copy = await local.text.copy({ request, concept: made }, ctx);
    expect(copy.signature).toContain(signer);
    const written = `${copy.title}\n${copy.subtitle}\n${copy.body}`;
    for (const name of signer.split(' and ')) expect(written).not.toContain(name);
    if (to !== null) expect(written).toContain(to);
  });
});
