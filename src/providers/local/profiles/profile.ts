import type { Language, Tone } from '../../contracts.js';
import type { MotifName } from '../motifs.js';

/** The concept's brief for one occasion: what to draw, for whom, and what the copy should do. */
export interface OccasionBrief {
  readonly visualStyle: string;
  readonly audience: string;
  readonly copyDirection: string;
}

/**
 * What the local concept step knows about an occasion. The brief is internal
 * (the copy step reads it), so it is written in Chinese for Chinese cards and
 * in English for the others; copy_direction then names the card's language.
 */
export interface OccasionProfile {
  /** Background, second background, accent, second accent, ink. Somber occasions keep to muted greys, blues and whites. */
  readonly palette: readonly [string, string, string, string, string];
  /** Drawable motifs, the focal one first. */
  readonly motifs: readonly [MotifName, ...MotifName[]];
  /** The tone the occasion has unless the request asks for another. */
  readonly tone: Tone;
  /** A short heading per language, used to derive a theme when the client gave none. */
  readonly labels: Readonly<Record<Language, string>>;
  readonly brief: { readonly zh: OccasionBrief; readonly en: OccasionBrief };
}

type Labels = readonly [zh: string, en: string, ja: string, ko: string, es: string, fr: string, de: string];
type Brief = readonly [visualStyle: string, audience: string, copyDirection: string];

/** Builds a profile from positional data, so each occasion's table stays readable at a glance. */
export function profile(
  palette: OccasionProfile['palette'],
  motifs: OccasionProfile['motifs'],
  tone: Tone,
  [zh, en, ja, ko, es, fr, de]: Labels,
  zhBrief: Brief,
  enBrief: Brief,
): OccasionProfile {
  const brief = ([visualStyle, audience, copyDirection]: Brief): OccasionBrief => ({ visualStyle, audience, copyDirection });
  return { palette, motifs, tone, labels: { zh, en, ja, ko, es, fr, de }, brief: { zh: brief(zhBrief), en: brief(enBrief) } };
}

