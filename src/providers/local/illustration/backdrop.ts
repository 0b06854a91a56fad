import { mix } from '../colour.js';
import type { Look } from './look.js';
import type { Setting } from './setting.js';
import { num } from './svg.js';

const SIZE = 1024;
type Rand = () => number;
const between = (rand: Rand, low: number, high: number): number => low + rand() * (high - low);

/** The scene behind the motifs: `sky` sits outside the style's wrap, `land` and `front` inside it. */
export interface Backdrop {
  readonly defs: string;
  readonly sky: string;
  /** Ground behind every motif. */
  readonly land: string;
  /** Drawn after the far motifs and before the table's: the table top. */
  readonly front: string;
}

/** A rolling band from edge to edge whose top wanders around `y`. */
function hill(rand: Rand, y: number, amp: number, fill: string, extra = ''): string {
  const ys = Array.from({ length: 6 }, () => num(y + between(rand, -amp, amp)));
  // Drawn past the edges, so a watercolour or brush filter never frays them inside the frame.
  return `<path d="M-60 ${ys[0]} C170 ${ys[1]} 340 ${ys[2]} 512 ${ys[3]} S854 ${ys[4]} ${SIZE + 60} ${ys[5]} V${SIZE + 60} H-60Z" fill="${fill}"${extra}/>`;
}

/** Ink-wash peaks fading into mist, the classic shan shui backdrop. */
function inkMountains(rand: Rand, horizon: number): string {
  return [0.55, 0.8, 1]
    .map((depth, layer) => {
      const base = horizon - 40 + layer * 70;
      const peaks = Array.from({ length: 5 }, (_, i) => {
        const x = between(rand, i * 220 - 60, i * 220 + 100);
        const h = between(rand, 90, 260) * depth;
        return `L${num(x - 90)} ${num(base)} Q${num(x - 30)} ${num(base - h)} ${num(x)} ${num(base - h)} Q${num(x + 40)} ${num(base - h)} ${num(x + 110)} ${num(base)}`;
      }).join(' ');
      return `<path d="M-40 ${num(base)} ${peaks} L${SIZE + 40} ${num(base)} V${num(base + 160)} H-40Z" fill="url(#mist)" opacity="${num(0.35 + layer * 0.25, 2)}"/>`;
    })
    .join('');
}

function skyLayer(look: Look, setting: Setting, rand: Rand): { defs: string; sky: string } {
  const { roles, tint } = look;
  if (look.plainPaper) return { defs: '', sky: `<rect width="${SIZE}" height="${SIZE}" fill="${roles.paper}"/>` };
  const [top, bottom] =
    setting.sky === 'night'
      ? [mix(tint('#0d1633'), roles.ink, 0.15), mix(tint('#34457d'), roles.accent, 0.2)]
      : setting.sky === 'dusk'
        ? [mix(tint('#6a5a9a'), roles.accent2, 0.3), mix(tint('#ffc79a'), roles.paper, 0.3)]
        : [mix(roles.paper, tint('#8fc3ea'), 0.38), mix(roles.paper, '#ffffff', 0.4)];
  const defs =
    `<linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${top}"/><stop offset="${num(setting.horizon / SIZE, 2)}" stop-color="${bottom}"/></linearGradient>` +
    `<radialGradient id="glow"><stop offset="0" stop-color="${setting.sky === 'night' ? tint('#fff2c0') : roles.accent}" stop-opacity=".38"/><stop offset="1" stop-color="${roles.accent}" stop-opacity="0"/></radialGradient>`;
  const burst =
    look.style === 'retro'
      ? Array.from({ length: 18 }, (_, i) => {
          const a = Math.PI + (Math.PI * i) / 18;
          const b2 = a + Math.PI / 36;
          const r = 1500;
          return `<path d="M512 ${setting.horizon} L${num(512 + Math.cos(a) * r)} ${num(setting.horizon + Math.sin(a) * r)} L${num(512 + Math.cos(b2) * r)} ${num(setting.horizon + Math.sin(b2) * r)}Z" fill="${roles.paperAlt}" opacity=".35"/>`;
        }).join('')
      : '';
  let extras = burst + `<circle cx="${num(between(rand, 260, 760))}" cy="${num(setting.horizon - between(rand, 180, 320))}" r="380" fill="url(#glow)"/>`;
  if (setting.sky === 'night') {
    extras += Array.from({ length: 46 }, () => {
      const r = between(rand, 0.8, 2.6);
      return `<circle cx="${num(between(rand, 20, SIZE - 20))}" cy="${num(between(rand, 20, setting.horizon - 40))}" r="${num(r)}" fill="#fffbe8" opacity="${num(between(rand, 0.45, 0.95), 2)}"/>`;
    }).join('');
  } else if (setting.ground !== 'mist') {
    extras += Array.from({ length: 3 }, () => {
      const x = between(rand, 60, SIZE - 260);
      const y = between(rand, 90, setting.horizon - 200);
      return `<g fill="#ffffff" opacity=".55"><ellipse cx="${num(x + 90)}" cy="${num(y)}" rx="${num(between(rand, 80, 120))}" ry="22"/><ellipse cx="${num(x + 60)}" cy="${num(y - 14)}" rx="50" ry="24"/></g>`;
    }).join('');
  }
  return { defs, sky: `<rect width="${SIZE}" height="${SIZE}" fill="url(#sky)"/>${extras}` };
}

const GROUND_COLOURS = {
  hills: ['#b6d5a0', '#8bbd72', '#679e52'],
  meadow: ['#bfe0a0', '#95c870', '#6fae4f'],
  autumn: ['#e8c98f', '#d99a55', '#b8692f'],
  snow: ['#d9e4ef', '#e9f0f7', '#f9fbfd'],
  mist: ['#d3d9de', '#b9c3ca', '#9eabb4'],
  sea: ['#b6d5a0', '#8bbd72', '#679e52'],
  table: ['#b6d5a0', '#8bbd72', '#679e52'],
} as const;

function landLayer(look: Look, setting: Setting, rand: Rand): string {
  const { tint, roles } = look;
  const h = setting.horizon;
  if (look.style === 'ink') {
    const ripples = setting.ground === 'sea' ? Array.from({ length: 7 }, (_, i) => `<path d="M${num(between(rand, 40, 600))} ${num(h + 60 + i * 34)} h${num(between(rand, 120, 360))}" stroke="${roles.ink}" stroke-width="3" opacity=".35" stroke-linecap="round"/>`).join('') : '';
    return inkMountains(rand, h) + `<path d="M0 ${num(h + 150)} Q512 ${num(h + 120)} ${SIZE} ${num(h + 160)}" stroke="${roles.ink}" stroke-width="5" fill="none" opacity=".5"/>` + ripples;
  }
  const night = (hex: string): string => (setting.sky === 'night' ? mix(hex, '#101a3a', 0.55) : hex);
  const shade = (hex: string): string => night(mix(tint(hex), roles.accent2, 0.12));
  const [far, mid, near] = GROUND_COLOURS[setting.ground].map(shade) as [string, string, string];
  if (setting.ground === 'sea') {
    const sea = night(tint('#4f8fbf'));
    const waves = Array.from({ length: 9 }, (_, i) => {
      const y = h + 30 + i * 28 + between(rand, -6, 6);
      const x = between(rand, -40, 700);
      return `<path d="M${num(x)} ${num(y)} q20 -8 40 0 t40 0 t40 0" stroke="#ffffff" stroke-width="3" fill="none" opacity=".45"/>`;
    }).join('');
    return (
      hill(rand, h - 25, 18, far) +
      `<rect y="${h}" width="${SIZE}" height="${SIZE - h}" fill="${sea}"/>` +
      `<rect y="${h}" width="${SIZE}" height="6" fill="#ffffff" opacity=".35"/>` +
      waves +
      hill(rand, 860, 16, night(tint('#ecd6a8'))) +
      `<path d="M0 860 C200 850 400 878 600 862 S900 852 ${SIZE} 866" stroke="#ffffff" stroke-width="5" fill="none" opacity=".6"/>`
    );
  }
  let land = hill(rand, h - 30, 28, far) + hill(rand, h + 20, 26, mid) + (setting.ground === 'table' ? '' : hill(rand, h + 110, 30, near));
  if (setting.ground === 'meadow') {
    land += Array.from({ length: 34 }, () => {
      const x = between(rand, 10, SIZE - 10);
      const y = between(rand, h + 150, SIZE - 10);
      const colour = [roles.accent, roles.accent2, tint('#ffffff'), tint('#f4c430')][Math.floor(rand() * 4)] ?? roles.accent;
      return `<circle cx="${num(x)}" cy="${num(y)}" r="${num(between(rand, 3, 6))}" fill="${colour}" opacity=".85"/>`;
    }).join('');
  }
  if (setting.ground === 'meadow' || setting.ground === 'hills') {
    land += Array.from({ length: 18 }, () => {
      const x = between(rand, 10, SIZE - 30);
      const y = between(rand, h + 140, SIZE - 10);
      return `<path d="M${num(x)} ${num(y)} l-6 -16 M${num(x + 6)} ${num(y)} l0 -20 M${num(x + 12)} ${num(y)} l6 -15" stroke="${night(mix(near, '#1f3d1a', 0.35))}" stroke-width="2.5" stroke-linecap="round"/>`;
    }).join('');
  }
  if (setting.ground === 'snow' || setting.ground === 'mist') {
    land += `<path d="M0 ${num(h + 190)} C300 ${num(h + 160)} 700 ${num(h + 220)} ${SIZE} ${num(h + 180)}" stroke="${setting.ground === 'snow' ? tint('#b9cde0') : '#ffffff'}" stroke-width="6" fill="none" opacity=".5"/>`;
  }
  return land;
}

function tableTop(look: Look, setting: Setting): string {
  if (setting.table === null) return '';
  const { tint, roles } = look;
  const top = setting.table.top - 50;
  const wood = look.style === 'ink' ? roles.paperAlt : mix(tint('#c89a6a'), roles.accent2, 0.15);
  const night = setting.sky === 'night' ? (hex: string): string => mix(hex, '#101a3a', 0.35) : (hex: string): string => hex;
  // Planks run across the table and close up towards the back, so it reads as a surface, not a fence.
  const planks = [0.16, 0.36, 0.6, 0.88]
    .map((t) => top + t * (SIZE - top))
    .map((y) => `<path d="M-60 ${num(y)} H${SIZE + 60}" stroke="${night(mix(wood, roles.ink, 0.3))}" stroke-width="3" opacity=".35"/>`)
    .join('');
  return (
    `<rect x="-60" y="${top}" width="${SIZE + 120}" height="${SIZE - top + 60}" fill="${night(wood)}"/>` +
    planks +
    `<rect x="-60" y="${top}" width="${SIZE + 120}" height="12" fill="${night(mix(wood, '#ffffff', 0.35))}"/>` +
    `<rect x="-60" y="${top + 12}" width="${SIZE + 120}" height="6" fill="${night(mix(wood, roles.ink, 0.35))}" opacity=".5"/>`
  );
}

/** Snow drifting down, in front of the sky and behind the motifs. */
function snowfall(look: Look, rand: Rand): string {
  const flake = look.style === 'papercut' ? look.roles.accent : '#ffffff';
  return Array.from({ length: 60 }, () => `<circle cx="${num(between(rand, 0, SIZE))}" cy="${num(between(rand, 0, SIZE))}" r="${num(between(rand, 2, 5))}" fill="${flake}" opacity=".8"/>`).join('');
}

export function paintBackdrop(look: Look, setting: Setting, rand: Rand): Backdrop {
  const { defs, sky } = skyLayer(look, setting, rand);
  const land = landLayer(look, setting, rand) + (setting.ground === 'snow' && look.style !== 'line' ? snowfall(look, rand) : '');
  return { defs, sky, land, front: tableTop(look, setting) };
}
