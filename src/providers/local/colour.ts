/** Small colour maths on #rrggbb strings; no dependency needed for this much. */

export interface Hsl {
  /** Degrees, 0–360. */
  readonly h: number;
  /** 0–1. */
  readonly s: number;
  /** 0–1. */
  readonly l: number;
}

type Rgb = readonly [number, number, number];

const clamp01 = (x: number): number => Math.min(1, Math.max(0, x));

function toRgb(hex: string): Rgb {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (m === null) throw new Error(`not a #rrggbb colour: ${hex}`);
  return [parseInt(m[1] ?? '0', 16), parseInt(m[2] ?? '0', 16), parseInt(m[3] ?? '0', 16)];
}

function fromRgb([r, g, b]: Rgb): string {
  const channel = (c: number): string => Math.round(Math.min(255, Math.max(0, c))).toString(16).padStart(2, '0');
  return `#${channel(r)}${channel(g)}${channel(b)}`;
}

export function toHsl(hex: string): Hsl {
  const [r8, g8, b8] = toRgb(hex);
  const [r, g, b] = [r8 / 255, g8 / 255, b8 / 255];
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const l = (max + min) / 2;
  const d = max - min;
  if (d === 0) return { h: 0, s: 0, l };
  const s = d / (1 - Math.abs(2 * l - 1));
  const h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return { h: (h * 60 + 360) % 360, s, l };
}

export function fromHsl({ h, s, l }: Hsl): string {
  const hue = ((h % 360) + 360) % 360;
  const sat = clamp01(s);
  const light = clamp01(l);
  const c = (1 - Math.abs(2 * light - 1)) * sat;
  const x = c * (1 - Math.abs(((hue / 60) % 2) - 1));
  const m = light - c / 2;
  const [r, g, b]: Rgb =
    hue < 60 ? [c, x, 0] : hue < 120 ? [x, c, 0] : hue < 180 ? [0, c, x] : hue < 240 ? [0, x, c] : hue < 300 ? [x, 0, c] : [c, 0, x];
  return fromRgb([(r + m) * 255, (g + m) * 255, (b + m) * 255]);
}

/** Linear interpolation in sRGB; t = 0 gives a, t = 1 gives b. */
export function mix(a: string, b: string, t: number): string {
  const ca = toRgb(a);
  const cb = toRgb(b);
  return fromRgb([ca[0] + (cb[0] - ca[0]) * t, ca[1] + (cb[1] - ca[1]) * t, ca[2] + (cb[2] - ca[2]) * t]);
}

/** WCAG relative luminance. */
export function luminance(hex: string): number {
  const linear = (c: number): number => {
    const v = c / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  const [r, g, b] = toRgb(hex);
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG contrast ratio, 1–21. */
export function contrast(a: string, b: string): number {
  const la = luminance(a);
  const lb = luminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/**
 * Pushes `ink` towards black or white until it reads on `paper`. Palettes can
 * come from a model, so legible text cannot be assumed.
 */
export function legibleOn(paper: string, ink: string, minimum = 4.5): string {
  if (contrast(paper, ink) >= minimum) return ink.toLowerCase();
  const target = contrast(paper, '#000000') >= contrast(paper, '#ffffff') ? '#000000' : '#ffffff';
  for (let t = 0.1; t < 1; t += 0.1) {
    const candidate = mix(ink, target, t);
    if (contrast(paper, candidate) >= minimum) return candidate;
  }
  return target;
}

/** "r, g, b" for rgba() in CSS; color-mix() is too new for older in-app webviews. */
export function rgbChannels(hex: string): string {
  return toRgb(hex).join(', ');
}
