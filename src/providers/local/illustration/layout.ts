import type { MotifName } from '../motifs.js';
import { FULL_EXTENT, motifSpec } from './catalog.js';
import type { Band, Setting } from './setting.js';

/**
 * The part of the square every page layout shows unobstructed, where motifs
 * stand: on a phone the card's front cover-fits the picture into a tall box
 * (0.62 : 1 at 375 × 667 in the classic layout), cutting up to 19% of its
 * width off each side; on a wide screen a 3 : 2 or 16 : 10 front cuts 17–19%
 * off the top and bottom; and the full-bleed and classic layouts lay the
 * title over the bottom fifth. The backdrop still runs to the edges.
 */
export const STAGE = { left: 200, top: 190, right: 824, bottom: 800 } as const;
/**
 * Motifs drawn at 0.8 of the size they had on the whole square, so that most
 * still fit on the smaller stage (the test corpus and ten more prompts: 427 of
 * 447 motifs placed, against 445 on the whole square, and 0 of 633 placements
 * cut or centred under the title in any layout, against 423 of 656 cut on a
 * phone, 359 cut on a wide screen and 65 centred under the title).
 */
const STAGE_SCALE = 0.8;
/** The least space between two motifs' boxes. */
const GAP = 14;
const MAX_PLACEMENTS = 11;

type Rand = () => number;
const between = (rand: Rand, low: number, high: number): number => low + rand() * (high - low);

/** Back to front: sky and air first, then what stands far off, the table top's load, and the foreground. */
export type Layer = 'sky' | 'far' | 'table' | 'near';

/** One motif set in the scene: its 100-unit box scaled to `size` px, centred on (x, y), turned by `tilt` degrees. */
export interface Placement {
  readonly motif: MotifName;
  readonly x: number;
  readonly y: number;
  readonly size: number;
  readonly tilt: number;
  readonly focal: boolean;
  readonly layer: Layer;
}

export interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** The axis-aligned box a placement's drawing covers, rotation included. */
export function boxOf(p: Pick<Placement, 'motif' | 'x' | 'y' | 'size' | 'tilt'>): Box {
  const [l, t, r, b] = motifSpec(p.motif).extent ?? FULL_EXTENT;
  const rad = (p.tilt * Math.PI) / 180;
  const k = p.size / 100;
  const cos = Math.cos(rad);
  const sin = Math.sin(rad);
  // The four corners, rotated: written out, as the layout asks for thousands of boxes per postcard.
  const x1 = p.x + k * (l * cos - t * sin);
  const x2 = p.x + k * (r * cos - t * sin);
  const x3 = p.x + k * (r * cos - b * sin);
  const x4 = p.x + k * (l * cos - b * sin);
  const y1 = p.y + k * (l * sin + t * cos);
  const y2 = p.y + k * (r * sin + t * cos);
  const y3 = p.y + k * (r * sin + b * cos);
  const y4 = p.y + k * (l * sin + b * cos);
  return { left: Math.min(x1, x2, x3, x4), top: Math.min(y1, y2, y3, y4), right: Math.max(x1, x2, x3, x4), bottom: Math.max(y1, y2, y3, y4) };
}

/** Where a motif's origin goes so its drawing's bottom edge rests on `bottom`. */
const originAbove = (motif: MotifName, bottom: number, size: number): number => bottom - ((motifSpec(motif).extent ?? FULL_EXTENT)[3] * size) / 100;

export function overlaps(a: Box, b: Box, gap = 0): boolean {
  return a.left < b.right + gap && b.left < a.right + gap && a.top < b.bottom + gap && b.top < a.bottom + gap;
}

/** How far apart two boxes are (0 when they touch or overlap). */
function distance(a: Box, b: Box): number {
  const dx = Math.max(0, a.left - b.right, b.left - a.right);
  const dy = Math.max(0, a.top - b.bottom, b.top - a.bottom);
  return Math.hypot(dx, dy);
}

const inside = (b: Box): boolean => b.left >= STAGE.left && b.top >= STAGE.top && b.right <= STAGE.right && b.bottom <= STAGE.bottom;

interface Slot {
  readonly layer: Layer;
  /** Draws a candidate origin and size for a motif of nominal size `size`. */
  readonly candidate: (rand: Rand, size: number) => { x: number; y: number; size: number };
}

function standingOn(motif: MotifName, band: Band, layer: Layer): Slot {
  return {
    layer,
    candidate: (rand, size) => {
      const bottom = between(rand, band.top, band.bottom);
      // Further back is smaller: a little perspective makes the ground read as ground.
      const depth = 0.72 + 0.5 * ((bottom - band.top) / Math.max(1, band.bottom - band.top));
      const s = size * depth;
      return { x: between(rand, STAGE.left + s / 2, STAGE.right - s / 2), y: originAbove(motif, bottom, s), size: s };
    },
  };
}

function slotFor(motif: MotifName, setting: Setting): Slot {
  const spec = motifSpec(motif);
  if (spec.zone === 'sky' || spec.zone === 'air') {
    const lowest = spec.zone === 'sky' ? setting.horizon - 50 : setting.horizon + 30;
    return {
      layer: 'sky',
      candidate: (rand, size) => ({ x: between(rand, STAGE.left + size / 2, STAGE.right - size / 2), y: between(rand, STAGE.top + size / 2, lowest - size / 2), size }),
    };
  }
  if (spec.zone === 'water' && setting.water !== null) return standingOn(motif, setting.water, 'near');
  if (setting.table !== null) return spec.onTable === true ? standingOn(motif, setting.table, 'table') : standingOn(motif, setting.land, 'far');
  return standingOn(motif, setting.land, 'near');
}

const NOMINAL = { sky: 190, air: 190, ground: 250, water: 300 } as const;

function focalPlacement(motif: MotifName, setting: Setting, rand: Rand): Placement {
  const spec = motifSpec(motif);
  const slot = slotFor(motif, setting);
  const scale = Math.min(spec.scale ?? 1, 1.3);
  let x = 512 + between(rand, -70, 70);
  let y: number;
  let size: number;
  if (spec.zone === 'sky' || spec.zone === 'air') {
    size = (spec.zone === 'sky' ? 330 : 360) * STAGE_SCALE * Math.max(scale, 0.9);
    y = Math.min(setting.horizon - 40 - size / 2, STAGE.top + size / 2 + between(rand, 0, 40));
  } else {
    const band = spec.zone === 'water' && setting.water !== null ? setting.water : setting.table !== null && spec.onTable === true ? setting.table : setting.land;
    const onWater = band === setting.water;
    // On the sea the focal motif floats further out, leaving the beach for the rest.
    size = 400 * STAGE_SCALE * (onWater ? Math.min(scale, 1.05) : scale);
    const bottom = band.top + (band.bottom - band.top) * (onWater ? between(rand, 0.35, 0.55) : between(rand, 0.55, 0.8));
    y = originAbove(motif, bottom, size);
  }
  // Keep the focal motif whole inside the frame.
  const box = boxOf({ motif, x, y, size, tilt: 0 });
  x += Math.max(0, STAGE.left - box.left) - Math.max(0, box.right - STAGE.right);
  y += Math.max(0, STAGE.top - box.top) - Math.max(0, box.bottom - STAGE.bottom);
  return { motif, x, y, size, tilt: 0, focal: true, layer: slot.layer };
}

/**
 * Lays out the scene: the first motif large in the middle, the others (with
 * their copies) where they belong, each at the candidate position furthest
 * from what is already placed, never overlapping it. A motif that finds no
 * room after shrinking twice is left out rather than crowded in.
 */
export function layoutScene(motifs: readonly MotifName[], setting: Setting, rand: Rand): Placement[] {
  const [focal, ...supports] = motifs;
  if (focal === undefined) return [];
  const placed: Placement[] = [focalPlacement(focal, setting, rand)];
  const placedBoxes: Box[] = placed.map(boxOf);
  // Every motif once before any motif's copies: a narrow stage runs out of room, and a copy of
  // one motif is worth less than the first of the next.
  const queue = supports
    .flatMap((m) => Array.from({ length: motifSpec(m).copies ?? 1 }, (_, copy) => ({ motif: m, copy })))
    .sort((a, b) => a.copy - b.copy);
  for (const { motif, copy } of queue) {
    if (placed.length >= MAX_PLACEMENTS) break;
    const spec = motifSpec(motif);
    const slot = slotFor(motif, setting);
    const tilted = spec.zone === 'sky' || spec.zone === 'air';
    let nominal = NOMINAL[spec.zone] * STAGE_SCALE * (spec.scale ?? 1) * (copy > 0 ? 0.8 : 1);
    for (let attempt = 0; attempt < 3; attempt += 1, nominal *= 0.8) {
      let best: { p: Placement; score: number } | null = null;
      for (let i = 0; i < 60; i += 1) {
        const c = slot.candidate(rand, nominal);
        const tilt = tilted ? between(rand, -12, 12) : 0;
        const p: Placement = { motif, x: c.x, y: c.y, size: c.size, tilt, focal: false, layer: slot.layer };
        const box = boxOf(p);
        if (!inside(box) || placedBoxes.some((q) => overlaps(box, q, GAP))) continue;
        const score = Math.min(...placedBoxes.map((q) => distance(box, q)), 240) + rand() * 30;
        if (best === null || score > best.score) best = { p, score };
      }
      if (best !== null) {
        placed.push(best.p);
        placedBoxes.push(boxOf(best.p));
        break;
      }
    }
  }
  return placed;
}

const LAYER_ORDER: readonly Layer[] = ['sky', 'far', 'table', 'near'];

/** Placements in drawing order: by layer, then from the back (higher up) to the front. */
export function drawingOrder(placements: readonly Placement[]): Placement[] {
  return [...placements].sort((a, b) => LAYER_ORDER.indexOf(a.layer) - LAYER_ORDER.indexOf(b.layer) || boxOf(a).bottom - boxOf(b).bottom);
}
