import type { Language, Relation } from '../contracts.js';

/** Written to in the polite register in every language: elders, teachers and people at work. */
const UP_TO: ReadonlySet<Relation> = new Set(['grandmother', 'grandfather', 'grandparents', 'teacher', 'boss', 'client']);

/**
 * And in one language only: a Korean child writes up to a parent (존댓말);
 * the plain register would call the reader 너, which no child writes to a
 * mother or father. Japanese and Chinese cards to parents stay familiar.
 */
const UP_TO_IN: Partial<Record<Language, ReadonlySet<Relation>>> = { ko: new Set(['mother', 'father', 'parents']) };

/** Whether a card to `relation` in `language` is written in the polite register, whatever its tone. */
export function writtenUpTo(relation: Relation | null, language: Language): boolean {
  return relation !== null && (UP_TO.has(relation) || UP_TO_IN[language]?.has(relation) === true);
}
