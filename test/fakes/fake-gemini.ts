import type { IncomingMessage } from 'node:http';
import { FakeServer, json, type RecordedRequest, type Scripted, type SseEvent } from './fake-server.js';
import { GEMINI_SERVED, geminiNotFoundMessage } from './served-models.js';

/**
 * A fake Gemini API (and Vertex AI, which serves the same models under a
 * project and location) speaking the REST wire format @google/genai expects:
 *   POST /v1beta/models/{model}:generateContent          route 'generateContent'
 *   POST /v1beta/models/{model}:streamGenerateContent    route 'streamGenerateContent' (?alt=sse)
 *   GET  /v1beta/models/{model}                          route 'getModel'
 * (also under /v1/, the SDK 3.x default; our adapters pin v1beta)
 *   POST /v1beta1/projects/{p}/locations/{l}/publishers/google/models/{model}:generateContent   route 'generateContent'
 *   POST /v1beta1/projects/{p}/locations/{l}/publishers/google/models/{model}:predict           route 'predict' (Imagen)
 *   GET  /v1beta1/publishers/google/models/{model}       route 'getModel'
 */
export const GEMINI_KEY = 'fake-gemini-key';

function route(method: string, path: string): string | undefined {
  if (method === 'POST' && /^\/v1(beta)?\/models\/[^/]+:generateContent$/.test(path)) return 'generateContent';
  if (method === 'POST' && /^\/v1(beta)?\/models\/[^/]+:streamGenerateContent$/.test(path)) return 'streamGenerateContent';
  if (method === 'GET' && /^\/v1(beta)?\/models\/[^/]+$/.test(path)) return 'getModel';
  const vertexModel = /^\/v1beta1\/projects\/[^/]+\/locations\/[^/]+\/publishers\/google\/models\/[^/]+:(generateContent|predict)$/.exec(path);
  if (method === 'POST' && vertexModel !== null) return vertexModel[1] === 'predict' ? 'predict' : 'generateContent';
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

function authFailure(req: IncomingMessage): Scripted | undefined {
  const key = req.headers['x-goog-api-key'];
  if ((req.url ?? '').startsWith('/v1beta1/')) {
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

/** A generateContent answer with one text part (after a thought summary when `thought` is given, as thinking models send it). */
export function geminiText(text: string, options: { finishReason?: string; usage?: Usage; thought?: string } = {}): Scripted {
  const parts = [...(options.thought === undefined ? [] : [{ text: options.thought, thought: true }]), { text }];
  return json(200, {
    candidates: [
      {
        content: { parts, role: 'model' },
        finishReason: options.finishReason ?? 'STOP',
        index: 0,
        ...(options.finishReason === 'CONTINUATION' ? { continuationToken: 'fake-continuation-token' } : {}),
      },
    ],
    usageMetadata: usageMetadata(options.usage ?? DEFAULT_USAGE),
    modelVersion: 'gemini-fake-001',
    responseId: 'fake-response',
  });
}

/**
 * A generateContent answer carrying an image, as the image models send it (a
 * text part may come first; a thinking model may send a draft image marked
 * `thought: true` before the final one).
 */
export function geminiImage(bytes: Uint8Array, mimeType: string, options: { text?: string; usage?: Usage; draft?: Uint8Array } = {}): Scripted {
  const parts = [
    ...(options.draft === undefined ? [] : [{ inlineData: { mimeType, data: Buffer.from(options.draft).toString('base64') }, thought: true }]),
    ...(options.text === undefined ? [] : [{ text: options.text }]),
    { inlineData: { mimeType, data: Buffer.from(bytes).toString('base64') } },
  ];
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

/** The generationConfig a recorded generateContent request carried ({} when it had none). */
export function generationConfigOf(request: RecordedRequest | undefined): Record<string, unknown> {
  const body = request?.body;
  return isRecord(body) && isRecord(body.generationConfig) ? body.generationConfig : {};
}

export const geminiModel = (name: string): Scripted =>
  json(200, { name: `models/${name}`, displayName: name, inputTokenLimit: 1048576, outputTokenLimit: 65536, supportedGenerationMethods: ['generateContent'] });

function modelOf(path: string): string {
  return decodeURIComponent(/\/models\/([^/:]+)/.exec(path)?.[1] ?? '');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A request field as the API would echo it back: strings as they are, anything else as JSON. */
function asText(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * What Google refuses on 2026-12-01: models it no longer serves (404, for
 * generate and models.get alike; Imagen's :predict is gone entirely), a
 * thinking level the model does not take, thinkingBudget on Gemini 3 models,
 * and an imageSize a fixed-size image model does not take (400).
 */
function refusal(request: RecordedRequest): Scripted | undefined {
  const model = modelOf(request.path);
  if (request.route === 'predict') return geminiError(404, 'NOT_FOUND', `Publisher Model \`${model}\` was not found or your project does not have access to it.`);
  if (request.route === 'getModel') return model in GEMINI_SERVED ? undefined : geminiError(404, 'NOT_FOUND', `Model ${model} not found.`);
  if (request.route !== 'generateContent' && request.route !== 'streamGenerateContent') return undefined;
  const served = GEMINI_SERVED[model];
  if (served === undefined) return geminiError(404, 'NOT_FOUND', geminiNotFoundMessage(model, 'generateContent'));
  const config = isRecord(request.body) && isRecord(request.body.generationConfig) ? request.body.generationConfig : {};
  const thinking = isRecord(config.thinkingConfig) ? config.thinkingConfig : undefined;
  const level = thinking?.thinkingLevel;
  if (level !== undefined && !(served.levels ?? []).includes(asText(level))) {
    return geminiError(400, 'INVALID_ARGUMENT', `thinking_level ${asText(level)} is not supported by ${model}.`);
  }
  if (thinking?.thinkingBudget !== undefined && served.levels !== undefined) {
    return geminiError(400, 'INVALID_ARGUMENT', 'thinking_budget is not supported by this model. Use thinking_level instead.');
  }
  const image = isRecord(config.imageConfig) ? config.imageConfig : undefined;
  const size = image?.imageSize;
  if (size !== undefined && !(served.imageSizes ?? []).includes(asText(size))) {
    return geminiError(400, 'INVALID_ARGUMENT', `image_size ${asText(size)} is not supported by ${model}.`);
  }
  return undefined;
}

export function createFakeGemini(): FakeServer {
  return new FakeServer({
    route,
    authFailure,
    refusal,
    // A served model's description needs no script: startup checks look every configured model up.
    unscripted: (r, request) => (r === 'getModel' ? geminiModel(modelOf(request.path)) : geminiError(500, 'INTERNAL', `fake gemini: nothing scripted for ${r}`)),
  });
}
