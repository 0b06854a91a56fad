import { ConceptSchema, OCCASIONS } from '../../src/providers/contracts.js';
import { buildConcept } from '../../src/providers/local/concept.js';
import { MOTIFS } from '../../src/providers/local/motifs.js';
import { OCCASION_PROFILES } from '../../src/providers/local/occasion-profiles.js';

const HAN = /\p{Script=Han}/u;
const concept = (prompt: string, style: string | null = null, theme: string | null = null) => ConceptSchema.parse(buildConcept({ prompt, style, theme }));

describe('occasion profiles', () => {
  it.each(OCCASIONS)('%s has five colours, drawable motifs and a label in every language', (occasion) => {
    const profile = OCCASION_PROFILES[occasion];
    expect(profile.palette).toHaveLength(5);
    for (const motif of profile.motifs) expect(MOTIFS).toContain(motif);
    expect(Object.values(profile.labels).every((label) => label.length > 0)).toBe(true);
    expect(profile.brief.zh.copyDirection).toMatch(HAN);
    expect(profile.brief.en.copyDirection).not.toMatch(HAN);
  });

  it('keeps somber occasions somber', () => {
    expect(OCCASION_PROFILES.sympathy.tone).toBe('somber');
    expect(OCCASION_PROFILES.qingming.tone).toBe('somber');
  });
});

describe('buildConcept', () => {
  it('carries the entities, tone and language into a valid concept', () => {
    const c = concept('Happy 30th birthday, Sarah', 'watercolor');
    expect(c).toMatchObject({ occasion: 'birthday', language: 'en', tone: 'joyful', language_fallback: null });
    expect(c.entities).toMatchObject({ recipients: ['Sarah'], numbers: ['30th'], age: 30 });
    expect(c.visual_style.startsWith('watercolor; soft edges')).toBe(true);
    expect(c.copy_direction).toContain('Sarah');
    expect(c.copy_direction).toContain('30th');
  });

  it('writes the brief in Chinese for Chinese cards and asks for 您 for a teacher', () => {
    const c = concept('给王老师的教师节贺卡');
    expect(c.copy_direction).toMatch(HAN);
    expect(c.copy_direction).toContain('王老师');
    expect(c.copy_direction).toContain('您');
    expect(c.motifs).toContain('book');
  });

  it('writes the brief in English for other languages and names the card language', () => {
    expect(concept('ゆきちゃん、お誕生日おめでとう').copy_direction).toContain('Write in Japanese');
    expect(concept('Alles Gute zum Geburtstag, Papa').copy_direction).toContain('Write in German');
    expect(concept('Alles Gute zum Geburtstag, Papa').theme).toContain('Alles Gute');
  });

  it('says when the language fell back to English', () => {
    const c = concept('Buon compleanno Marco');
    expect(c.language_fallback).toBe('Italian');
    expect(c.copy_direction).toContain('Italian');
  });

  it('puts interests first and keeps celebration off somber cards', () => {
    expect(concept('A funny birthday card for my brother who loves jazz and tennis').motifs.slice(0, 2)).toEqual(['music-notes', 'tennis-racket']);
    const somber = concept('Our condolences to the Miller family, with balloons and confetti');
    expect(somber.tone).toBe('somber');
    expect(somber.motifs).not.toContain('balloon');
    expect(somber.motifs).not.toContain('confetti');
    expect(somber.copy_direction).toContain('No exclamation marks');
  });

  it('uses the occasion motifs of the issue', () => {
    expect(concept('中秋节快乐！想念远方的家人').motifs).toEqual(expect.arrayContaining(['mooncake', 'rabbit', 'moon', 'lantern']));
    expect(concept('Merry Christmas from Paris').motifs).toEqual(expect.arrayContaining(['tree', 'snowflake', 'bell', 'gift', 'star']));
    expect(concept('Happy Diwali').motifs).toEqual(expect.arrayContaining(['diya-lamp', 'firework']));
    expect(concept('Happy Hanukkah').motifs).toEqual(expect.arrayContaining(['menorah', 'star']));
    expect(concept('Eid Mubarak to my neighbours').motifs).toEqual(expect.arrayContaining(['crescent-star', 'lantern']));
  });

  it('keeps the given theme and is reproducible', () => {
    expect(concept('Happy birthday!', null, 'Birthday').theme).toBe('Birthday');
    expect(concept('Happy birthday, Sarah')).toEqual(concept('Happy birthday, Sarah'));
    expect(concept('Happy birthday, Sarah').palette).not.toEqual(concept('Happy birthday, Tom!').palette);
  });
});
