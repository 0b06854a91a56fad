import type { IncomingMessage } from 'node:http';
import { FakeServer, json, type Scripted, type SseEvent } from './fake-server.js';

/**
 * A fake Gemini API (and the Vertex AI `:predict` endpoint Imagen uses) speaking
 * the REST wire format @google/genai expects:
 *   POST /v1beta/models/{model}:generateContent          route 'generateContent'
 *   POST /v1beta/models/{model}:streamGenerateContent    route 'streamGenerateContent' (?alt=sse)
 *   GET  /v1beta/models/{model}                          route 'getModel'
 * (also under /v1/, the SDK 3.x default; our adapters pin v1beta)
 *   POST /v1beta1/projects/{p}/locations/{l}/publishers/google/models/{model}:predict   route 'predict'
 *   GET  /v1beta1/publishers/google/models/{model}       route 'getModel'
 */
export const GEMINI_KEY = 'fake-gemini-key';

function route(method: string, path: string): string | undefined {
  if (method === 'POST' && /^\/v1(beta)?\/models\/[^/]+:generateContent$/.test(path)) return 'generateContent';
  if (method === 'POST' && /^\/v1(beta)?\/models\/[^/]+:streamGenerateContent$/.test(path)) return 'streamGenerateContent';
  if (method === 'GET' && /^\/v1(beta)?\/models\/[^/]+$/.test(path)) return 'getModel';
  if (method === 'POST' && /^\/v1beta1\/projects\/[^/]+\/locations\/[^/]+\/publishers\/google\/models\/[^/]+:predict$/.test(path)) return 'predict';
  if (method === 'GET' && /^\/v1beta1\/publishers\/google\/models\/[^/]+$/.test(path)) return 'getModel';
  return undefined;
}

/** Google's error envelope. */
export function geminiError(code: number, status: string, message: string, details: readonly object[] = []): Scripted {
  return json(code, { error: { code, message, status, ...(details.length > 0 ? { details } : {}) } });
}

export const retryInfo = (retryDelay: string) => ({ '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay });
export const quotaFailure = (quotaId: string) => ({
  '@type': 'type.googleapis.com/google.rpc.QuotaFailure',
  violations: [{ quotaMetric: 'generativelanguage.googleapis.com/generate_content_requests', quotaId }],
});

function authFailure(req: IncomingMessage, r: string): Scripted | undefined {
  const key = req.headers['x-goog-api-key'];
  if (r === 'predict' || r === 'getModel') {
    // Vertex takes an OAuth bearer token; the fakes accept either form.
    if (typeof req.headers.authorization === 'string' && req.headers.authorization.startsWith('Bearer ')) return undefined;
  }
  if (key === undefined) {
    return geminiError(401, 'UNAUTHENTICATED', 'Method doesn\'t allow unregistered callers. Please use API Key or other form of API consumer identity to call this API.');
  }
  if (key !== GEMINI_KEY) {
    return geminiError(400, 'INVALID_ARGUMENT', 'API key not valid. Please pass a valid API key.', [
      { '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: 'API_KEY_INVALID', domain: 'googleapis.com' },
    ]);
  }
  return undefined;
}

export interface Usage {
  readonly promptTokenCount: number;
  readonly candidatesTokenCount: number;
  readonly thoughtsTokenCount?: number;
}

const DEFAULT_USAGE: Usage = { promptTokenCount: 120, candidatesTokenCount: 80 };

function usageMetadata(usage: Usage) {
  return { ...usage, totalTokenCount: usage.promptTokenCount + usage.candidatesTokenCount + (usage.thoughtsTokenCount ?? 0) };
}

/** A generateContent answer with one text part. */
export function geminiText(text: string, options: { finishReason?: string; usage?: Usage } = {}): Scripted {
  return json(200, {
    candidates: [{ content: { parts: [{ text }], role: 'model' }, finishReason: options.finishReason ?? 'STOP', index: 0 }],
    usageMetadata: usageMetadata(options.usage ?? DEFAULT_USAGE),
    modelVersion: 'gemini-fake-001',
    responseId: 'fake-response',
  });
}

/** A generateContent answer carrying an image, as the image models send it (a text part may come first). */
export function geminiImage(bytes: Uint8Array, mimeType: string, options: { text?: string; usage?: Usage } = {}): Scripted {
  const parts = [...(options.text === undefined ? [] : [{ text: options.text }]), { inlineData: { mimeType, data: Buffer.from(bytes).toString('base64') } }];
  return json(200, {
    candidates: [{ content: { parts, role: 'model' }, finishReason: 'STOP', index: 0 }],
    usageMetadata: usageMetadata(options.usage ?? { promptTokenCount: 40, candidatesTokenCount: 1290 }),
    modelVersion: 'gemini-fake-image-001',
  });
}

/** A prompt blocked before generation: no candidates at all. */
export function geminiPromptBlocked(blockReason: string): Scripted {
  return json(200, { promptFeedback: { blockReason }, usageMetadata: usageMetadata({ promptTokenCount: 30, candidatesTokenCount: 0 }) });
}

/** A candidate stopped by a filter. */
export function geminiFinished(finishReason: string, parts: readonly object[] = []): Scripted {
  return json(200, {
    candidates: [{ content: { parts, role: 'model' }, finishReason, index: 0 }],
    usageMetadata: usageMetadata({ promptTokenCount: 30, candidatesTokenCount: 0 }),
  });
}

/** `:streamGenerateContent?alt=sse`: one data-only event per chunk of text. */
export function geminiTextStream(chunks: readonly string[]): Scripted {
  const events: SseEvent[] = chunks.map((text, i) => ({
    data: {
      candidates: [{ content: { parts: [{ text }], role: 'model' }, index: 0, ...(i === chunks.length - 1 ? { finishReason: 'STOP' } : {}) }],
      ...(i === chunks.length - 1 ? { usageMetadata: usageMetadata(DEFAULT_USAGE) } : {}),
    },
  }));
  return { kind: 'sse', events };
}

/** Imagen's `:predict` answer. */
export function imagenPrediction(bytes: Uint8Array, mimeType = 'image/png'): Scripted {
  return json(200, { predictions: [{ bytesBase64Encoded: Buffer.from(bytes).toString('base64'), mimeType }] });
}

/** Imagen's answer when its responsible-AI filter removed the image (with includeRaiReason). */
export function imagenFiltered(raiFilteredReason: string): Scripted {
  return json(200, { predictions: [{ raiFilteredReason }] });
}

export const geminiModel = (name: string): Scripted =>
  json(200, { name: `models/${name}`, displayName: name, inputTokenLimit: 1048576, outputTokenLimit: 65536, supportedGenerationMethods: ['generateContent'] });

export function createFakeGemini(): FakeServer {
  return new FakeServer({
    route,
    authFailure,
    unscripted: (r) => geminiError(500, 'INTERNAL', `fake gemini: nothing scripted for ${r}`),
  });
}
