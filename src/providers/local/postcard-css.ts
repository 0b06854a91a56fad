import type { Language } from '../contracts.js';
import { baseCss } from './page/css-base.js';
import { layoutCss } from './page/css-layouts.js';
import { colourProperties, type PageColours } from './page/colours.js';
import type { FontStacks } from './page/fonts.js';
import type { Layout } from './page/layouts.js';
import { decorationCss, type ToneMotion } from './page/tone-motion.js';

export interface PostcardStyle {
  readonly layout: Layout;
  readonly language: Language;
  readonly colours: PageColours;
  readonly fonts: FontStacks;
  readonly motion: ToneMotion;
  /** Places the decoration pieces; the same card always gets the same ones. */
  readonly seed: number;
  /** The front title's size factor (see `titleScale`). */
  readonly titleScale: number;
  /** An inlined `@font-face` rule, or empty. */
  readonly fontFace: string;
}

/**
 * The page's whole stylesheet. Mobile first: the card is as wide as the
 * screen up to the layout's maximum, and a portrait card is never taller than
 * the viewport; `--stage` is that width, so layouts can size against it.
 */
export function postcardCss(style: PostcardStyle): string {
  return `${style.fontFace}
:root {
  ${colourProperties(style.colours)}
  --font-title: ${style.fonts.title};
  --font-body: ${style.fonts.body};
  --font-hand: ${style.fonts.hand};
  --title-scale: ${style.titleScale};
  --radius: clamp(14px, 4vw, 22px);
  --pad: clamp(22px, 7vw, 40px);
  --front-ratio: 3 / 4;
  --stage-ratio: 0.75;
  --stage-max: 460px;
  --stage: min(calc(100vw - 32px), var(--stage-max), max(280px, calc((100vh - 110px) * var(--stage-ratio))));
}
${baseCss(style.language, style.motion)}${layoutCss(style.layout, style.motion)}${decorationCss(style.motion, style.seed)}`;
}
