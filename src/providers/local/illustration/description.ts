import type { Ground, Sky } from './setting.js';
import type { Scene } from './scene.js';
import type { RenderStyle } from './style-words.js';

const STYLE: Readonly<Record<RenderStyle, string>> = {
  flat: 'flat',
  watercolor: 'watercolour-style',
  ink: 'ink-wash-style',
  retro: 'retro print-style',
  line: 'line-art',
  papercut: 'paper-cut-style',
};
const GROUND: Readonly<Record<Ground, string>> = {
  hills: 'rolling hills',
  meadow: 'a meadow',
  autumn: 'autumn hills',
  snow: 'snowy ground',
  sea: 'the sea',
  table: 'a table',
  mist: 'a quiet misty landscape',
};
const SKY: Readonly<Record<Sky, string>> = { day: 'a daytime sky', dusk: 'a dusk sky', night: 'a night sky' };

const words = (name: string) => name.replace(/-/g, ' ');

/**
 * What the offline illustrator drew, in words: no model was prompted, so this
 * stands where a model's prompt would be reported (the status's
 * image_metadata.prompt). Built from the composed scene itself, not from the
 * request, so it says what is in the picture.
 */
export function describeScene(scene: Pick<Scene, 'style' | 'setting' | 'motifs'>, palette: readonly string[]): string {
  const [focal, ...others] = scene.motifs.map(words);
  const subject = focal === undefined ? 'a quiet scene' : `${focal} as the focal motif${others.length === 0 ? '' : `, with ${others.join(', ')}`}`;
  return (
    `A ${STYLE[scene.style]} vector illustration (SVG) drawn offline by the local illustrator, no AI model: ` +
    `${subject}, over ${GROUND[scene.setting.ground]} under ${SKY[scene.setting.sky]}, in the palette ${palette.join(', ')}.`
  );
}
