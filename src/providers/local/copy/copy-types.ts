import type { Occasion, Relation, Tone } from '../../contracts.js';

/**
 * What a line of copy may use from the request, already resolved for the
 * card's language. A line that needs something the request did not give
 * (a name, an age) returns null and the engine picks another.
 */
export interface CopyContext {
  /** The recipients as the language joins names ("Sarah and Tom", "小李和小王"), with their form of address; null when none. */
  readonly name: string | null;
  readonly relation: Relation | null;
  readonly sender: Relation | null;
  /** Whoever signs, by name, as the language joins names ("Anna and Ben"); null when the request names nobody. */
  readonly from: string | null;
  /** The recipient's age or the anniversary's years. */
  readonly age: number | null;
  /** The first number as written ("30th", "八十", "2027"). */
  readonly number: string | null;
  readonly place: string | null;
  /** The first interest or object named (jazz, roses, tennis, matcha), in the request's words. */
  readonly interest: string | null;
  /** Use the polite register (您, です/ます, 존댓말, usted, vous, Sie): elders, teachers, bosses, clients, formal cards. */
  readonly polite: boolean;
  /** More than one person: several names, or a group (parents, grandparents, a team). */
  readonly several: boolean;
}

/** A fixed line, or one written from the context (null: does not fit this request). */
export type Line = string | ((c: CopyContext) => string | null);

/** One occasion's copy in one language. Variants multiply: titles × bodies × the tone's closings. */
export interface OccasionCopy {
  /** At least 2. Lines using the name come first where a name is given. */
  readonly titles: readonly [Line, Line, ...Line[]];
  /** At least 2. */
  readonly subtitles: readonly [Line, Line, ...Line[]];
  /** At least 2 bodies of 2–3 lines each; the tone's closing line is appended. */
  readonly bodies: readonly [readonly Line[], readonly Line[], ...(readonly Line[])[]];
}

/** Whose sign-off: relations grouped by how a card is signed. `none`: the request does not say (neutral, never "friend"). */
export const SIGNOFF_KEYS = ['none', 'child', 'grandchild', 'parent', 'grandparent', 'partner', 'sibling', 'relative', 'friend', 'student', 'teacher', 'colleague'] as const;
export type SignoffKey = (typeof SIGNOFF_KEYS)[number];

/**
 * How a card signed with the sender's own name reads: to family and friends,
 * at work or on a formal card, in sympathy, to a partner.
 */
export const SIGNED_KINDS = ['close', 'formal', 'somber', 'romantic'] as const;
export type SignedKind = (typeof SIGNED_KINDS)[number];
/** A sign-off around the sender's name ("Love, Anna"). */
export type SignedLine = (from: string, c: CopyContext) => string;

export interface LanguageCopy {
  readonly occasions: { readonly [O in Occasion]: OccasionCopy };
  /**
   * A closing line per tone, at least 2 each. Somber closings carry sympathy
   * and no exclamation mark; none of them celebrates.
   */
  readonly closings: { readonly [T in Tone]: readonly [Line, Line, ...Line[]] };
  /** At least 1 sign-off per key ("Love, your daughter", "爱你的女儿", "あなたの娘より"). */
  readonly signoffs: { readonly [K in SignoffKey]: readonly [Line, ...Line[]] };
  /** At least 1 sign-off per kind around the sender's name, used whenever the request names who signs ("Love, Anna", "爱你的小美"). */
  readonly signedBy: { readonly [K in SignedKind]: readonly [SignedLine, ...SignedLine[]] };
  /** How the language lists names: ["Sarah", "Tom"] → "Sarah and Tom". */
  readonly joinNames: (names: readonly string[]) => string;
  /**
   * A card written to one's own who has died (concept.entities.in_memory):
   * it remembers them rather than consoling a mourner. Used for the sympathy
   * occasion; a language without it writes its sympathy card.
   */
  readonly remembrance?: { readonly occasion: OccasionCopy; readonly closings: readonly [Line, Line, ...Line[]] };
  /** A last pass over the title, subtitle and body (not the sign-off): Japanese names a polite card's recipient where a line says あなた. */
  readonly finish?: (text: string, c: CopyContext) => string;
}
