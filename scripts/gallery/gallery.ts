import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser } from 'playwright-core';
import type { Concept } from '../../src/providers/contracts.js';
import { createLocalProviders } from '../../src/providers/local/index.js';
import { CORPUS } from '../../test/corpus/postcard-corpus.js';

/**
 * `npm run gallery`: renders the corpus's cards with the offline providers at
 * phone size in headless Chromium and lays them out on one contact sheet
 * (PNG), the picture in the README. The illustration is inlined as a data
 * URL, so no server is needed. CJK text needs Debian's fonts-noto-cjk.
 */
const PHONE = { width: 375, height: 667 } as const;
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

interface Shot {
  readonly prompt: string;
  readonly concept: Concept;
  readonly png: Buffer;
}

async function renderCard(browser: Browser, prompt: string, style: string | null): Promise<Shot> {
  const local = createLocalProviders();
  const ctx = { signal: new AbortController().signal };
  const request = { prompt, style, theme: null };
  const concept = await local.text.concept({ request }, ctx);
  const copy = await local.text.copy({ request, concept }, ctx);
  const image = await local.image.illustrate({ request, concept, copy }, ctx);
  const imageUrl = `data:${image.contentType};base64,${Buffer.from(image.bytes).toString('base64')}`;
  const html = await local.code.render({ request, concept, copy, imageUrl, imageWidth: image.width, imageHeight: image.height }, ctx);
  const page = await browser.newPage({ viewport: PHONE, deviceScaleFactor: 1 });
  try {
    await page.setContent(html, { waitUntil: 'load' });
    // Entrance animations settle first; the sheet shows the card as a person sees it after a moment.
    await page.waitForTimeout(1800);
    return { prompt, concept, png: await page.screenshot({ type: 'png' }) };
  } finally {
    await page.close();
  }
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);
}

function sheetHtml(shots: readonly Shot[], columns: number): string {
  const cells = shots
    .map(
      (s) => `<figure><img src="data:image/png;base64,${s.png.toString('base64')}" alt="">` +
        `<figcaption>${escapeHtml(s.prompt)}<br><small>${s.concept.language} · ${s.concept.occasion} · ${s.concept.tone}</small></figcaption></figure>`,
    )
    .join('');
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><style>
    body{margin:0;padding:24px;background:#f2efe9;font:13px/1.35 "Noto Sans CJK SC","Noto Sans",sans-serif;color:#333}
    main{display:grid;grid-template-columns:repeat(${columns},${PHONE.width / 2}px);gap:20px}
    figure{margin:0}img{width:${PHONE.width / 2}px;height:${PHONE.height / 2}px;display:block;border-radius:10px;box-shadow:0 2px 8px #0003}
    figcaption{margin-top:6px;overflow-wrap:anywhere}small{color:#777}
  </style></head><body><main>${cells}</main></body></html>`;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      out: { type: 'string', default: 'docs/gallery.png' },
      count: { type: 'string', default: '30' },
      columns: { type: 'string', default: '6' },
    },
  });
  const count = Number(values.count);
  const columns = Number(values.columns);
  // An even spread over the whole corpus, so every language and many occasions appear.
  const picked = Array.from({ length: Math.min(count, CORPUS.length) }, (_, i) => CORPUS[Math.floor((i * CORPUS.length) / Math.min(count, CORPUS.length))]).filter(
    (c) => c !== undefined,
  );
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
  try {
    const shots: Shot[] = [];
    for (const c of picked) shots.push(await renderCard(browser, c.prompt, c.style ?? null));
    const page = await browser.newPage({ viewport: { width: columns * (PHONE.width / 2 + 20) + 28, height: 800 }, deviceScaleFactor: 1 });
    await page.setContent(sheetHtml(shots, columns), { waitUntil: 'load' });
    const out = resolve(values.out);
    await mkdir(dirname(out), { recursive: true });
    await writeFile(out, await page.screenshot({ type: 'png', fullPage: true }));
    process.stdout.write(`gallery: ${shots.length} cards → ${out}\n`);
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
