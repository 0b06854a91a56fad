import type { ImageInput } from '../contracts.js';

/**
 * The illustration prompt. The picture sits under the postcard's text, so it
 * must carry no lettering of its own and leave calm space for the overlay.
 * The user's words reach it only through the concept, already distilled.
 */
export function illustrationPrompt({ concept }: ImageInput): string {
  return [
    `A postcard illustration about ${concept.theme}, for a ${concept.occasion.replace(/_/g, ' ')} card.`,
    `Style: ${concept.visual_style}.`,
    `Mood: ${concept.emotional_tone}.`,
    `Show: ${concept.motifs.join(', ')}.`,
    `Colour palette: ${concept.palette.join(', ')}.`,
    'Composition: one clear focal point, generous calm areas near the top and bottom where text will be overlaid.',
    'Absolutely no text, letters, numbers, signatures, logos or watermarks anywhere in the image.',
  ].join('\n');
}
