import type { CodeInput, Concept, Copy, PostcardRequest, StepContext, Usage } from '../../src/providers/contracts.js';
import type { CallParams, CheckOutcome, SentParams } from '../../src/providers/generation-params.js';

/** Inputs shaped like the pipeline's, for provider tests. */
export const REQUEST: PostcardRequest = { prompt: '给妈妈的生日贺卡，春天的花园', style: 'watercolour', theme: null };

export const CONCEPT: Concept = {
  theme: '春日花园里的生日祝福',
  occasion: 'birthday',
  language: 'zh',
  emotional_tone: '温暖、感恩',
  visual_style: 'soft watercolour',
  palette: ['#f4a7b9', '#fbe3a1', '#8cc084', '#4a6fa5'],
  motifs: ['peonies', 'garden path', 'butterflies'],
  copy_direction: '真诚地感谢妈妈，轻松温柔',
  audience: 'mother',
  tone: 'warm',
  entities: { recipients: ['妈妈'], recipient_relation: 'mother', sender_relation: 'daughter', senders: [], numbers: [], age: null, places: [], interests: ['garden'], in_memory: false },
  language_fallback: null,
};

export const COPY: Copy = {
  title: '妈妈，生日快乐',
  subtitle: '愿你的春天永远开满花',
  body: '谢谢你一直陪着我长大。\n今天，把整个花园送给你。',
  signature: '爱你的女儿',
};

export const IMAGE_URL = 'https://cdn.example.test/postcards/abc/image.png?v=1&size=1024';

export const CODE_INPUT: CodeInput = { request: REQUEST, concept: CONCEPT, copy: COPY, imageUrl: IMAGE_URL, imageWidth: 1024, imageHeight: 1024 };

/** A postcard page that passes every check for COPY and IMAGE_URL. */
export const GOOD_HTML = `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>妈妈，生日快乐</title>
<style>body { margin: 0; font-family: system-ui, sans-serif; } .card { animation: fade 2s ease-in; } @keyframes fade { from { opacity: 0 } to { opacity: 1 } }</style>
</head>
<body>
<main class="card">
<img src="https://cdn.example.test/postcards/abc/image.png?v=1&amp;size=1024" width="1024" height="1024" alt="花园">
<h1>妈妈，生日快乐</h1>
<h2>愿你的春天永远开满花</h2>
<p>谢谢你一直陪着我长大。<br>今天，把整个花园送给你。</p>
<p class="signature">爱你的女儿</p>
</main>
<script>document.querySelector('.card').addEventListener('click', (e) => e.currentTarget.classList.toggle('flipped'));</script>
</body>
</html>`;

export interface RecordingContext {
  readonly ctx: StepContext;
  readonly usage: Usage[];
  /** What each request carried, as the adapter reported it (ctx.recordParams). */
  readonly sent: SentParams[];
  /** What the checks found, once per checked answer (ctx.recordCheck). */
  readonly checks: CheckOutcome[];
  /** The prompts an image was asked with (ctx.recordPrompt). */
  readonly prompts: string[];
  readonly controller: AbortController;
}

/**
 * A StepContext whose records and abort controller the test can reach. With
 * `params`, the context passes them as the pipeline's tuned settings
 * (ctx.params) to every provider, instead of the provider's own defaults.
 */
export function recordingContext(params?: CallParams): RecordingContext {
  const usage: Usage[] = [];
  const sent: SentParams[] = [];
  const checks: CheckOutcome[] = [];
  const prompts: string[] = [];
  const controller = new AbortController();
  const ctx: StepContext = {
    signal: controller.signal,
    recordUsage: (u) => usage.push(u),
    recordParams: (p) => sent.push(p),
    recordCheck: (c) => checks.push(c),
    recordPrompt: (p) => prompts.push(p),
    ...(params === undefined ? {} : { params: () => params }),
  };
  return { usage, sent, checks, prompts, controller, ctx };
}

/** Resolves with what a promise rejected with, failing the test if it resolved. */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject');
}
