import type { Concept, Copy, Language } from '../contracts.js';
import { escapeMarkup } from './escape.js';
import { paletteRoles } from './palette.js';
import { NO_SCRIPT_CSS, postcardCss } from './postcard-css.js';
import { POSTCARD_SCRIPT } from './postcard-script.js';

export interface PostcardPage {
  readonly concept: Concept;
  readonly copy: Copy;
  readonly imageUrl: string;
  readonly imageWidth: number;
  readonly imageHeight: number;
}

/** The few words of interface chrome, per language. */
const UI = {
  zh: {
    flipLabel: '贺卡：轻触、按回车键或左右滑动即可翻面',
    hint: '翻面看祝福',
    tip: '轻触或左右滑动贺卡，翻面阅读祝福',
  },
  en: {
    flipLabel: 'Postcard: tap, press Enter or swipe sideways to turn it over',
    hint: 'Turn over',
    tip: 'Tap or swipe the card to read the message',
  },
} as const satisfies Record<Language, { readonly flipLabel: string; readonly hint: string; readonly tip: string }>;

/** Staggered fade-in: each element waits `--i` steps. */
const fadeStep = (i: number): string => `data-fade style="--i:${i}"`;

/** Body lines follow the title (step 0) and the rule; the signature comes last. */
const FIRST_LINE_STEP = 2;

function bodyLines(body: string): string[] {
  return body
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

/**
 * Renders the interactive postcard: one self-contained HTML5 document whose
 * only outside resource is the illustration at `imageUrl`. Every text value is
 * escaped, and the page works (front face at least) with scripts disabled.
 */
export function renderPostcardHtml(page: PostcardPage): string {
  const { concept, copy } = page;
  const ui = UI[concept.language];
  const roles = paletteRoles(concept.palette);
  const lines = bodyLines(copy.body);
  const message = lines.map((line, i) => `<span class="line" ${fadeStep(FIRST_LINE_STEP + i)}>${escapeMarkup(line)}</span>`).join('<br>');
  const text = {
    title: escapeMarkup(copy.title),
    subtitle: escapeMarkup(copy.subtitle),
    signature: escapeMarkup(copy.signature),
    theme: escapeMarkup(concept.theme),
  };
  return `<!DOCTYPE html>
<html lang="${concept.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<meta name="format-detection" content="telephone=no">
<meta name="theme-color" content="${roles.paper}">
<title>${text.title}</title>
<link rel="icon" href="data:,">
<style>${postcardCss(roles, concept.language)}</style>
<noscript><style>${NO_SCRIPT_CSS}</style></noscript>
</head>
<body>
<main class="stage">
  <div class="card" id="card" role="button" tabindex="0" aria-pressed="false" aria-label="${escapeMarkup(ui.flipLabel)}">
    <div class="card-inner">
      <section class="face front">
        <div class="art"><img src="${escapeMarkup(page.imageUrl)}" width="${page.imageWidth}" height="${page.imageHeight}" alt="${text.theme}" decoding="async" draggable="false"></div>
        <div class="front-text">
          <h1 class="title" ${fadeStep(0)}>${text.title}</h1>
          <p class="subtitle" ${fadeStep(1)}>${text.subtitle}</p>
        </div>
        <span class="hint" aria-hidden="true">${escapeMarkup(ui.hint)}</span>
      </section>
      <section class="face back">
        <h2 class="back-title" ${fadeStep(0)}>${text.title}</h2>
        <hr class="rule">
        <p class="message">${message}</p>
        <p class="signature" ${fadeStep(FIRST_LINE_STEP + lines.length)}>${text.signature}</p>
      </section>
    </div>
  </div>
  <p class="tip">${escapeMarkup(ui.tip)}</p>
</main>
<script>${POSTCARD_SCRIPT}</script>
</body>
</html>
`;
}
