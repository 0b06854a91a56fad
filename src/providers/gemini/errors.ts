import { ApiError } from '@google/genai';
import { ProviderError } from '../provider-error.js';
import {
  isAbortLike,
  isConnectionFailure,
  providerErrorFromHttp,
  unexpectedFailure,
  type HttpFailure,
} from '../shared/http-failure.js';
import { parseProtoDuration } from '../shared/retry-hints.js';
import { notFoundHint } from '../../platform/models/registry.js';

export const GEMINI = 'gemini';

const RETRY_INFO = 'type.googleapis.com/google.rpc.RetryInfo';
const QUOTA_FAILURE = 'type.googleapis.com/google.rpc.QuotaFailure';
const ERROR_INFO = 'type.googleapis.com/google.rpc.ErrorInfo';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The JSON object embedded in `text`, or undefined when there is none (a proxy's HTML error page, say). */
function jsonIn(text: string): unknown {
  const start = text.indexOf('{');
  if (start < 0) return undefined;
  try {
    return JSON.parse(text.slice(start));
  } catch (error) {
    // Not JSON after all: the caller then reports the raw message, which is the useful part.
    if (error instanceof SyntaxError) return undefined;
    throw error;
  }
}

/** Google's error body: `{"error":{"code","message","status","details":[…]}}`. */
interface GoogleErrorBody {
  readonly message: string;
  readonly status: string | undefined;
  readonly details: readonly Record<string, unknown>[];
}

/**
 * @google/genai's ApiError carries only the HTTP status and the response body
 * serialised into `message` (for stream error chunks, prefixed with
 * "got status: …"), and no headers, so the body is all there is to read.
 */
function parseBody(error: ApiError): GoogleErrorBody {
  const parsed = jsonIn(error.message);
  const body = isRecord(parsed) && isRecord(parsed.error) ? parsed.error : undefined;
  return {
    message: typeof body?.message === 'string' ? body.message : error.message,
    status: typeof body?.status === 'string' ? body.status : undefined,
    details: Array.isArray(body?.details) ? body.details.filter(isRecord) : [],
  };
}

function detail(body: GoogleErrorBody, type: string): Record<string, unknown> | undefined {
  return body.details.find((d) => d['@type'] === type);
}

/**
 * Gemini answers 429 RESOURCE_EXHAUSTED both for a per-minute rate limit and
 * for an exhausted quota or prepaid credit. Only the latter will not go away
 * within BullMQ's backoff: a per-day QuotaFailure, or wording about depleted
 * credit. The generic "Resource has been exhausted (e.g. check quota)." is
 * what a per-minute limit says too, often without RetryInfo, and a per-minute
 * free-tier limit says "please check your plan and billing details", so
 * neither quota nor billing wording alone is enough to give up.
 */
function quotaExhausted(body: GoogleErrorBody): boolean {
  if (body.status !== 'RESOURCE_EXHAUSTED') return false;
  const violations = detail(body, QUOTA_FAILURE)?.violations;
  const perDay = Array.isArray(violations) && violations.some((v) => isRecord(v) && typeof v.quotaId === 'string' && /per ?day/i.test(v.quotaId));
  if (perDay) return true;
  return /credits? (are|is|have been) (depleted|exhausted)|prepay|out of credit/i.test(body.message);
}

function describeApiError(error: ApiError): HttpFailure {
  const body = parseBody(error);
  const retryAfterMs = parseProtoDuration(detail(body, RETRY_INFO)?.retryDelay);
  const reason = detail(body, ERROR_INFO)?.reason;
  return {
    status: error.status,
    message: body.status === undefined ? body.message : `${body.status}: ${body.message}`,
    retryAfterMs,
    quotaExhausted: quotaExhausted(body),
    // An invalid key is a 400 INVALID_ARGUMENT on the Gemini API, not a 401.
    badCredentials: reason === 'API_KEY_INVALID' || /api key not valid/i.test(body.message),
    cause: error,
  };
}

/**
 * Names any failure of a @google/genai call as a ProviderError. With `model`,
 * a 404 says what the registry knows: when the model was shut down and what
 * replaces it.
 */
export function geminiProviderError(error: unknown, model?: string): ProviderError {
  if (error instanceof ProviderError) return error;
  if (error instanceof ApiError) {
    const failure = describeApiError(error);
    const hint = error.status === 404 && model !== undefined ? ` (${notFoundHint(model)})` : '';
    return providerErrorFromHttp(GEMINI, { ...failure, message: `${failure.message}${hint}` });
  }
  // Our own signals are handled by guardedCall; an abort that reaches here is the SDK's `httpOptions.timeout`.
  if (isAbortLike(error)) return new ProviderError(GEMINI, 'timeout', 'gemini: the request timed out', { cause: error });
  if (isConnectionFailure(error)) {
    const message = error instanceof Error ? error.message : String(error);
    return new ProviderError(GEMINI, 'network', `gemini: could not reach the API (${message})`, { cause: error });
  }
  return unexpectedFailure(GEMINI, error);
}
