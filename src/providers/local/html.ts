import type { Concept, Copy } from '../contracts.js';
import { stableHash } from './hash.js';
import { escapeMarkup } from './escape.js';
import { pageColours } from './page/colours.js';
import { faces, type FaceText } from './page/faces.js';
import { fontStacks, titleScale } from './page/fonts.js';
import { bodyLines, chooseLayout, type Layout } from './page/layouts.js';
import { TONE_MOTION, decorationMarkup } from './page/tone-motion.js';
import { uiText } from './page/ui-text.js';
import { postcardCss } from './postcard-css.js';
import { POSTCARD_HEAD_SCRIPT, POSTCARD_SCRIPT } from './postcard-script.js';

export interface PostcardPage {
  readonly concept: Concept;
  readonly copy: Copy;
  readonly imageUrl: string;
  readonly imageWidth: number;
  readonly imageHeight: number;
}

const POSTMARK_MAX_CHARS = 18;

function faceText(concept: Concept, copy: Copy, airMail: string): FaceText {
  const cjk = concept.language === 'zh' || concept.language === 'ja';
  const place = concept.entities.places[0];
  const postmark = Array.from(place ?? airMail).slice(0, POSTMARK_MAX_CHARS).join('');
  return {
    title: escapeMarkup(copy.title),
    subtitle: escapeMarkup(copy.subtitle),
    lines: bodyLines(copy.body).map(escapeMarkup),
    signature: escapeMarkup(copy.signature),
    alt: escapeMarkup(concept.theme),
    recipients: escapeMarkup(concept.entities.recipients.join(cjk ? '、' : ', ')),
    postmark: escapeMarkup(postmark),
    seal: escapeMarkup(Array.from(copy.title.trim())[0] ?? ''),
  };
}

/**
 * Renders the interactive postcard in the layout its concept calls for (see
 * `chooseLayout`): one self-contained HTML5 document whose only outside
 * resource is the illustration at `imageUrl`.
 */
export function renderPostcardHtml(page: PostcardPage): string {
  return renderPostcardLayout(page, chooseLayout({ concept: page.concept, copy: page.copy }));
}

/**
 * Renders the postcard in a given layout. Every text value is escaped; the
 * message is readable without turning the card (and with scripts off); the
 * flip control is a real button whose words follow the side shown.
 */
export function renderPostcardLayout(page: PostcardPage, layout: Layout): string {
  const { concept, copy } = page;
  const ui = uiText(concept.language);
  const motion = TONE_MOTION[concept.tone];
  const colours = pageColours(concept.palette, concept.tone);
  const seed = stableHash(`${concept.theme}|${copy.title}|${copy.body}`);
  const css = postcardCss({
    layout,
    language: concept.language,
    colours,
    fonts: fontStacks(concept.language, concept.tone, null),
    motion,
    seed,
    titleScale: titleScale(copy.title),
    fontFace: '',
  });
  const image = { url: escapeMarkup(page.imageUrl), width: page.imageWidth, height: page.imageHeight };
  const { front, back } = faces(layout, faceText(concept, copy, ui.airMail), image, ui);
  return `<!DOCTYPE html>
<html lang="${ui.htmlLang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<meta name="format-detection" content="telephone=no">
<meta name="theme-color" content="${colours.paper}">
<title>${escapeMarkup(copy.title)}</title>
<link rel="icon" href="data:,">
<script>${POSTCARD_HEAD_SCRIPT}</script>
<style>${css}</style>
</head>
<body class="layout-${layout} tone-${concept.tone}">
${decorationMarkup(motion)}<main class="stage">
<div class="card" id="card">
<div class="card-inner">
<div class="face front">
${front}
</div>
<div class="face back">
${back}
</div>
</div>
</div>
<button type="button" class="flip" id="flip" aria-controls="card" data-turn-over="${escapeMarkup(ui.turnOver)}" data-turn-back="${escapeMarkup(ui.turnBack)}"><span class="flip-icon" aria-hidden="true"></span><span id="flip-label">${escapeMarkup(ui.turnOver)}</span></button>
</main>
<script>${POSTCARD_SCRIPT}</script>
</body>
</html>
`;
}
