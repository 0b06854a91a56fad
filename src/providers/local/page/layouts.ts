import type { Concept, Copy, Occasion, Tone } from '../../contracts.js';
import { stableHash } from '../hash.js';

/**
 * The page designs. Each is a different composition of the same two faces
 * (picture and title in front, the message behind), not a recolouring.
 */
export const LAYOUTS = ['fullbleed', 'classic', 'polaroid', 'landscape', 'typographic', 'vertical'] as const;
export type Layout = (typeof LAYOUTS)[number];

/** What the layout decision reads: the concept and the words. */
export interface LayoutInput {
  readonly concept: Pick<Concept, 'theme' | 'occasion' | 'language' | 'tone' | 'entities'>;
  readonly copy: Copy;
}

/**
 * Vertical text must fit a phone-sized card without a second page: at most
 * this many columns (title, each body line wrapped, signature) of this many
 * characters.
 */
const VERTICAL_COLUMN_CHARS = 13;
const VERTICAL_MAX_COLUMNS = 8;

const TRADITIONAL: ReadonlySet<Occasion> = new Set<Occasion>([
  'spring_festival',
  'lantern_festival',
  'qingming',
  'dragon_boat',
  'qixi',
  'mid_autumn',
  'double_ninth',
  'teachers_day',
  'sympathy',
]);

const charCount = (text: string): number => Array.from(text.trim()).length;

export function bodyLines(body: string): string[] {
  return body
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

/** Vertical setting is for Chinese and Japanese, and only when the words fit it. */
export function fitsVertical({ concept, copy }: LayoutInput): boolean {
  if (concept.language !== 'zh' && concept.language !== 'ja') return false;
  if (charCount(copy.title) > VERTICAL_COLUMN_CHARS) return false;
  const columns = (text: string): number => Math.max(1, Math.ceil(charCount(text) / VERTICAL_COLUMN_CHARS));
  const total = 1 + bodyLines(copy.body).reduce((sum, line) => sum + columns(line), 0) + columns(copy.signature);
  return total <= VERTICAL_MAX_COLUMNS;
}

export function layoutFits(layout: Layout, input: LayoutInput): boolean {
  return layout === 'vertical' ? fitsVertical(input) : true;
}

/** Tone decides what is fitting: no tilted snapshot for a condolence, no stiff type-only card for a prank. */
const TONE_WEIGHTS = {
  joyful: { fullbleed: 3, classic: 2, polaroid: 3, landscape: 2, typographic: 1, vertical: 2 },
  warm: { fullbleed: 2, classic: 3, polaroid: 2, landscape: 2, typographic: 2, vertical: 3 },
  formal: { fullbleed: 1, classic: 2, polaroid: 0, landscape: 3, typographic: 3, vertical: 3 },
  somber: { fullbleed: 1, classic: 1, polaroid: 0, landscape: 2, typographic: 4, vertical: 3 },
  romantic: { fullbleed: 3, classic: 2, polaroid: 3, landscape: 2, typographic: 1, vertical: 2 },
  playful: { fullbleed: 2, classic: 2, polaroid: 4, landscape: 2, typographic: 1, vertical: 1 },
} as const satisfies Record<Tone, Record<Layout, number>>;

function weights(input: LayoutInput): Array<readonly [Layout, number]> {
  const { concept } = input;
  const base = TONE_WEIGHTS[concept.tone];
  return LAYOUTS.filter((layout) => layoutFits(layout, input)).map((layout) => {
    let weight: number = base[layout];
    // A card "from Kyoto" wants a postmark; one with a name wants an address line.
    if (layout === 'classic' && concept.occasion === 'travel') weight += 5;
    if (layout === 'classic' && concept.entities.recipients.length > 0) weight += 1;
    if (layout === 'vertical' && TRADITIONAL.has(concept.occasion)) weight += 3;
    return [layout, weight] as const;
  });
}

/**
 * The layout for a card: weighted by tone and occasion, then picked by a
 * stable hash of the theme, occasion and words, so a request always gets the
 * same design and different requests get different ones.
 */
export function chooseLayout(input: LayoutInput): Layout {
  const options = weights(input).filter(([, weight]) => weight > 0);
  const total = options.reduce((sum, [, weight]) => sum + weight, 0);
  const { concept, copy } = input;
  let ticket = stableHash(`${concept.theme}|${concept.occasion}|${copy.title}|${copy.subtitle}|${copy.body}`) % Math.max(1, total);
  for (const [layout, weight] of options) {
    if (ticket < weight) return layout;
    ticket -= weight;
  }
  return 'fullbleed';
}
