import type { Concept, Tone } from '../../contracts.js';
import { createPrng, stableHash } from '../hash.js';
import { isMotifName, motifsMentioned, type MotifName } from '../motifs.js';
import { paletteRoles } from '../palette.js';
import { paintBackdrop } from './backdrop.js';
import { MOTIF_DRAWERS, motifSpec } from './catalog.js';
import { boxOf, drawingOrder, layoutScene, overlaps, type Placement } from './layout.js';
import { createLook, paintFor, SEAL_CORNERS, SEAL_SIZE, type Corner, type Look } from './look.js';
import { chooseSetting, type Setting } from './setting.js';
import { styleNamed, type RenderStyle } from './style-words.js';
import { num } from './svg.js';

const SIZE = 1024;
const MAX_MOTIFS = 6;
/** Drawn for names we cannot place (a model's "nebula"), chosen by the name's hash. */
const FALLBACK_MOTIFS: readonly [MotifName, ...MotifName[]] = ['star', 'heart', 'flower', 'leaf', 'cloud'];
/** A somber card that asked only for party motifs still needs something quiet to show. */
const QUIET_MOTIFS: readonly MotifName[] = ['lily', 'candle', 'dove'];

type Rand = () => number;

/** Maps a concept's motif names (ours, a model's, any of seven languages) to drawable motifs. */
export function resolveMotif(name: string): MotifName {
  const key = name.trim().toLowerCase().replace(/[\s_]+/g, '-');
  if (isMotifName(key)) return key;
  const mentioned = motifsMentioned(name)[0];
  return mentioned ?? FALLBACK_MOTIFS[stableHash(key) % FALLBACK_MOTIFS.length] ?? FALLBACK_MOTIFS[0];
}

/** The motifs the scene shows: resolved, without repeats, and without party motifs on a somber card. */
export function sceneMotifs(names: readonly string[], tone: Tone): MotifName[] {
  const unique = [...new Set(names.map(resolveMotif))];
  const allowed = tone === 'somber' ? unique.filter((m) => motifSpec(m).festive !== true) : unique;
  const chosen = allowed.length > 0 ? allowed : [...QUIET_MOTIFS];
  return chosen.slice(0, MAX_MOTIFS);
}

/** The rendering style the concept's visual style names, else the prompt's, else flat. */
export function renderStyleFor(concept: Concept, prompt: string): RenderStyle {
  return styleNamed(concept.visual_style) ?? styleNamed(prompt) ?? 'flat';
}

/**
 * Small glints, hearts or confetti in the sky, by tone; a somber or formal
 * card has none. They take the concept's own colours, so the whole palette
 * shows on the card even where the scene mixes it with natural colours.
 */
function atmosphere(look: Look, palette: readonly string[], setting: Setting, tone: Tone, rand: Rand): string {
  if (tone === 'somber' || tone === 'formal' || look.style === 'line') return '';
  const count = tone === 'playful' ? 26 : 16;
  const colours = look.plainPaper ? [look.roles.accent, look.roles.accent2] : [...palette, '#ffffff'];
  return Array.from({ length: count }, (_, i) => {
    const x = num(40 + rand() * (SIZE - 80));
    const y = num(40 + rand() * (setting.horizon - 120));
    const fill = colours[i % colours.length] ?? look.roles.accent;
    const r = 4 + rand() * 6;
    if (tone === 'romantic') return `<path d="M${x} ${num(Number(y) + r)} c-${num(r * 1.6)} -${num(r)} -${num(r)} -${num(r * 2)} 0 -${num(r * 1.2)} c${num(r)} -${num(r * 0.8)} ${num(r * 1.6)} ${num(r * 0.2)} 0 ${num(r * 1.2)}z" fill="${fill}" opacity=".6"/>`;
    if (tone === 'playful' && i % 2 === 0) return `<rect x="${x}" y="${y}" width="${num(r * 1.6)}" height="${num(r * 0.7)}" rx="1" fill="${fill}" transform="rotate(${Math.round(rand() * 180)} ${x} ${y})" opacity=".8"/>`;
    return `<path d="M${x} ${num(Number(y) - r)} L${num(Number(x) + r / 3)} ${y} L${x} ${num(Number(y) + r)} L${num(Number(x) - r / 3)} ${y}Z" fill="${fill}" opacity=".75"/>`;
  }).join('');
}

/** The first corner no motif covers (the ink seal goes there). */
function freeCorner(placements: readonly Placement[]): Corner {
  const free = SEAL_CORNERS.find((c) => {
    const seal = { left: c.x, top: c.y, right: c.x + SEAL_SIZE, bottom: c.y + SEAL_SIZE };
    return !placements.some((p) => overlaps(seal, boxOf(p), 8));
  });
  return free ?? SEAL_CORNERS[0] ?? { x: 760, y: 736 };
}

function drawPlacement(p: Placement, look: Look, index: number, rand: Rand): string {
  const body = MOTIF_DRAWERS[p.motif](paintFor(look, index), rand);
  const cls = p.focal ? ' class="focal"' : '';
  return `<g${cls} transform="translate(${num(p.x)} ${num(p.y)}) rotate(${num(p.tilt)}) scale(${num(p.size / 100, 3)})">${body}</g>`;
}

/** A composed scene: the SVG body (without the root element) and what went into it, for tests and previews. */
export interface Scene {
  readonly style: RenderStyle;
  readonly setting: Setting;
  readonly motifs: readonly MotifName[];
  readonly placements: readonly Placement[];
  readonly defs: string;
  readonly body: string;
}

/**
 * Composes the illustration: a sky and ground chosen by occasion, tone and
 * motifs; the focal motif large; the others where they belong without
 * overlapping; all rendered in the style the concept names. Seeded by the
 * concept and the prompt, so the same request always draws the same picture.
 */
export function composeScene(concept: Concept, prompt: string): Scene {
  const seed = stableHash(`${JSON.stringify(concept)}\n${prompt}`);
  const rand = createPrng(seed);
  const style = renderStyleFor(concept, prompt);
  const palette = concept.palette.map((c) => c.toLowerCase());
  const look = createLook(style, concept.tone, paletteRoles(palette), seed);
  const motifs = sceneMotifs(concept.motifs, concept.tone);
  const setting = chooseSetting(concept.occasion, concept.tone, motifs, look.plainPaper);
  const backdrop = paintBackdrop(look, setting, rand);
  const placements = layoutScene(motifs, setting, rand);
  const ordered = drawingOrder(placements);
  const draw = (layers: readonly Placement['layer'][]): string =>
    ordered.filter((p) => layers.includes(p.layer)).map((p) => drawPlacement(p, look, placements.indexOf(p), rand)).join('');
  const art = backdrop.land + draw(['sky', 'far']) + backdrop.front + draw(['table', 'near']);
  return {
    style,
    setting,
    motifs,
    placements,
    defs: backdrop.defs + look.defs,
    body: backdrop.sky + atmosphere(look, palette, setting, concept.tone, rand) + look.wrap(art) + look.overlay(freeCorner(placements)),
  };
}
