import type { Concept, GeneratedImage } from '../contracts.js';
import { escapeMarkup } from './escape.js';
import { describeScene } from './illustration/description.js';
import { composeScene } from './illustration/scene.js';

const SIZE = 1024;

/**
 * Paints the postcard's illustration as a self-contained 1024×1024 SVG: a
 * scene composed from the concept's occasion, tone, palette, motifs and visual
 * style (see illustration/scene.ts). Seeded by the concept and the prompt, so
 * the same input always yields the same bytes. `description` says in words
 * what it drew (illustration/description.ts).
 */
export function paintIllustration(concept: Concept, prompt: string): GeneratedImage & { readonly description: string } {
  const scene = composeScene(concept, prompt);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE}" height="${SIZE}" viewBox="0 0 ${SIZE} ${SIZE}" role="img">` +
    `<title>${escapeMarkup(concept.theme)}</title>` +
    `<defs>${scene.defs}</defs>` +
    scene.body +
    `</svg>`;
  return { contentType: 'image/svg+xml', bytes: Buffer.from(svg, 'utf8'), width: SIZE, height: SIZE, description: describeScene(scene, concept.palette) };
}
