import type { CodeInput } from '../contracts.js';

/** The postcard HTML prompt, shared by every code model. */
export const HTML_SYSTEM_PROMPT = [
  'You are a senior front-end developer who builds polished, self-contained animated web postcards.',
  'You answer with exactly one complete HTML5 document, starting with <!DOCTYPE html> and ending with </html>.',
  'No markdown fences and no explanations before or after the document.',
].join('\n');

export function htmlPrompt(input: CodeInput): string {
  const { concept, copy } = input;
  return [
    'Build the interactive postcard page for this design.',
    '',
    'Text to show, verbatim (HTML-escape it; turn the body\'s line breaks into <br> or separate <p> elements):',
    JSON.stringify(copy, null, 2),
    '',
    `Illustration: ${input.imageWidth}×${input.imageHeight} px, at exactly this URL: ${input.imageUrl}`,
    `Show it with <img src="${input.imageUrl}" width="${input.imageWidth}" height="${input.imageHeight}" alt="…"> using that URL unchanged.`,
    '',
    'Design:',
    JSON.stringify(
      { palette: concept.palette, visual_style: concept.visual_style, emotional_tone: concept.emotional_tone, motifs: concept.motifs, occasion: concept.occasion, language: concept.language },
      null,
      2,
    ),
    '',
    'Requirements:',
    `- <html lang="${concept.language === 'zh' ? 'zh-CN' : 'en'}">, <meta charset="utf-8"> and <meta name="viewport" content="width=device-width, initial-scale=1">.`,
    '- Mobile first: it must look right in a 375px-wide WeChat webview, and centred as a card on desktop.',
    '- Animations in CSS: the text fades in line by line, the illustration zooms slowly in the background, and the card flips',
    '  (front: illustration, title, subtitle; back: body and signature) on tap or click and on a horizontal swipe.',
    '- Use the palette for backgrounds, text and accents with readable contrast; respect prefers-reduced-motion.',
    '- Everything inline in one <style> and one <script>: no <script src>, no <link> of any kind, no @import, no web fonts',
    '  (use system font stacks), no other URLs. The illustration URL above is the only resource the page may load.',
    '- Keep the document compact (well under 100 KB).',
  ].join('\n');
}

/** The instruction closing an HTML repair turn. */
export const HTML_REPAIR_INSTRUCTION =
  'Send the complete corrected HTML document again, from <!DOCTYPE html> to </html>, with nothing before or after it.';
