import type { Layout } from './layouts.js';
import type { UiText } from './ui-text.js';

/** The card's words, already escaped for markup. */
export interface FaceText {
  readonly title: string;
  readonly subtitle: string;
  readonly lines: readonly string[];
  readonly signature: string;
  /** The illustration's text alternative. */
  readonly alt: string;
  /** Who the card is addressed to, as written in the request; empty when unknown. */
  readonly recipients: string;
  /** For the postmark: a place from the request, else the word "postcard". */
  readonly postmark: string;
  /** One character for the vertical card's seal. */
  readonly seal: string;
}

export interface FaceImage {
  readonly url: string;
  readonly width: number;
  readonly height: number;
}

export interface Faces {
  readonly front: string;
  readonly back: string;
}

const picture = (image: FaceImage, alt: string, className = 'art'): string =>
  `<div class="${className}"><img src="${image.url}" width="${image.width}" height="${image.height}" alt="${alt}" decoding="async" draggable="false"></div>`;

const titleBlock = (text: FaceText): string =>
  `<h1 class="title" id="card-title">${text.title}</h1>\n<p class="subtitle">${text.subtitle}</p>`;

/** Body lines are paragraphs, so each wraps on its own and none is cut by a fixed break. */
const message = (text: FaceText): string =>
  `<div class="message">\n${text.lines.map((line) => `<p>${line}</p>`).join('\n')}\n</div>`;

const letter = (text: FaceText): string =>
  `<h2 class="back-title">${text.title}</h2>\n<hr class="rule">\n${message(text)}\n<p class="signature">${text.signature}</p>`;

function classicBack(text: FaceText, image: FaceImage, ui: UiText): string {
  const recipient = text.recipients === '' ? '' : ` <span class="recipient">${text.recipients}</span>`;
  return `<div class="pc-head">
<p class="pc-word">${ui.postcard}</p>
<div class="postmark" aria-hidden="true"><span>${text.postmark}</span></div>
${picture(image, '', 'stamp')}
</div>
<div class="pc-body">
<div class="pc-message">
${letter(text)}
</div>
<div class="pc-address">
<p class="address-line"><span class="to-label">${ui.to}</span>${recipient}</p>
<div class="address-line" aria-hidden="true"></div>
<div class="address-line" aria-hidden="true"></div>
</div>
</div>`;
}

/**
 * The markup of both faces for one layout. Both are always in the document
 * and readable by assistive technology: turning the card over is visual only.
 */
export function faces(layout: Layout, text: FaceText, image: FaceImage, ui: UiText): Faces {
  switch (layout) {
    case 'fullbleed':
      return { front: `${picture(image, text.alt)}\n<div class="front-text">\n${titleBlock(text)}\n</div>`, back: letter(text) };
    case 'classic':
      return {
        front: `${picture(image, text.alt)}\n<div class="front-text">\n${titleBlock(text)}\n</div>`,
        back: classicBack(text, image, ui),
      };
    case 'polaroid':
      return { front: `${picture(image, text.alt, 'art photo')}\n<div class="front-text caption">\n${titleBlock(text)}\n</div>`, back: letter(text) };
    case 'landscape':
      return { front: `${picture(image, text.alt)}\n<div class="front-text">\n${titleBlock(text)}\n</div>`, back: letter(text) };
    case 'typographic':
      return {
        front: `<div class="front-text">\n${picture(image, text.alt, 'art medallion')}\n${titleBlock(text)}\n<div class="ornament" aria-hidden="true"></div>\n</div>`,
        back: letter(text),
      };
    case 'vertical':
      return {
        front: `${picture(image, text.alt)}\n<div class="front-text">\n${titleBlock(text)}\n<div class="seal" aria-hidden="true">${text.seal}</div>\n</div>`,
        back: `<div class="vertical-text">\n${letter(text)}\n</div>`,
      };
    default:
      return assertNever(layout);
  }
}

function assertNever(value: never): never {
  throw new Error(`unknown layout: ${String(value)}`);
}
