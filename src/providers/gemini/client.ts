import { FinishReason, GoogleGenAI, type GenerateContentResponse, type GoogleGenAIOptions, type HttpOptions } from '@google/genai';
import type { StepContext } from '../contracts.js';
import { guardedCall } from '../shared/guarded-call.js';
import { GEMINI, geminiProviderError } from './errors.js';

/** How to reach the Gemini API (API-key mode). */
export interface GeminiConnection {
  readonly apiKey: string;
  /** Overrides https://generativelanguage.googleapis.com (a proxy, or a fake server in tests). */
  readonly baseUrl?: string;
  /** Deadline of each request, in milliseconds. */
  readonly timeoutMs: number;
}

/** Vertex AI instead of the Gemini API (Imagen lives there). */
export interface VertexTarget {
  readonly project: string;
  readonly location: string;
  /**
   * google-auth-library options (keyFile, credentials, authClient…). Without
   * them the SDK uses Application Default Credentials.
   */
  readonly googleAuthOptions?: NonNullable<GoogleGenAIOptions['googleAuthOptions']>;
}

function httpOptions(connection: GeminiConnection): HttpOptions {
  return {
    ...(connection.baseUrl === undefined ? {} : { baseUrl: connection.baseUrl }),
    timeout: connection.timeoutMs,
    // No `retryOptions`: in @google/genai 3.x that is what turns retries off (BullMQ owns them). Setting
    // `{ attempts: 1 }` would still route every call through p-retry, which rewraps some errors; the
    // integration tests pin exactly one HTTP request per call, so a changed SDK default would show.
  };
}

/**
 * Builds the SDK client. Every setting the SDK would otherwise read from the
 * environment (GOOGLE_GENAI_USE_VERTEXAI, GOOGLE_API_KEY, GOOGLE_GENAI_API_VERSION…)
 * is passed explicitly, because config.ts is our only reader of process.env.
 */
export function createGeminiClient(connection: GeminiConnection, vertex?: VertexTarget): GoogleGenAI {
  if (vertex === undefined) {
    return new GoogleGenAI({ vertexai: false, apiKey: connection.apiKey, apiVersion: 'v1beta', httpOptions: httpOptions(connection) });
  }
  return new GoogleGenAI({
    vertexai: true,
    project: vertex.project,
    location: vertex.location,
    apiVersion: 'v1beta1',
    // The SDK writes default scopes into this object, so it gets a copy of ours.
    ...(vertex.googleAuthOptions === undefined ? {} : { googleAuthOptions: { ...vertex.googleAuthOptions } }),
    httpOptions: httpOptions(connection),
  });
}

/** Runs one @google/genai request for `model` under the step's signal and this provider's deadline. */
export function geminiCall<T>(model: string, timeoutMs: number, ctx: Pick<StepContext, 'signal'>, run: (signal: AbortSignal) => Promise<T>): Promise<T> {
  return guardedCall({ provider: GEMINI, signal: ctx.signal, timeoutMs, toProviderError: (error) => geminiProviderError(error, model) }, run);
}

/** Thinking tokens are billed as output, so they count as output here. */
export function geminiTokens(response: GenerateContentResponse): { inputTokens: number; outputTokens: number } {
  const usage = response.usageMetadata;
  return {
    inputTokens: usage?.promptTokenCount ?? 0,
    outputTokens: (usage?.candidatesTokenCount ?? 0) + (usage?.thoughtsTokenCount ?? 0),
  };
}

/** Finish reasons that mean a content filter stopped the answer, not a transient failure. */
const BLOCKED_FINISH = new Set([
  'SAFETY',
  'BLOCKLIST',
  'PROHIBITED_CONTENT',
  'SPII',
  'RECITATION',
  'IMAGE_SAFETY',
  'IMAGE_PROHIBITED_CONTENT',
  'IMAGE_RECITATION',
]);

/** Why Gemini refused to answer, if it did: a blocked prompt or a filtered candidate. */
export function blockReason(response: GenerateContentResponse): string | undefined {
  const feedback = response.promptFeedback;
  if (feedback?.blockReason !== undefined) {
    const detail = feedback.blockReasonMessage === undefined ? '' : ` (${feedback.blockReasonMessage})`;
    return `prompt blocked: ${feedback.blockReason}${detail}`;
  }
  const finish = response.candidates?.[0]?.finishReason;
  if (finish !== undefined && BLOCKED_FINISH.has(finish)) return `answer blocked: finishReason ${finish}`;
  return undefined;
}

/** The answer's text, without thought summaries. */
export function answerText(response: GenerateContentResponse): string {
  const parts = response.candidates?.[0]?.content?.parts ?? [];
  return parts.filter((p) => p.thought !== true && typeof p.text === 'string').map((p) => p.text).join('');
}

/**
 * MAX_TOKENS, or CONTINUATION: the per-request token limit stopped an answer
 * that is not finished. We never continue automatically (each hop is billed
 * behind our back), so both mean the answer is cut short.
 */
export function wasTruncated(response: GenerateContentResponse): boolean {
  const finish = response.candidates?.[0]?.finishReason;
  return finish === FinishReason.MAX_TOKENS || finish === FinishReason.CONTINUATION;
}
