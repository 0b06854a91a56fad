import { ProviderError, type ProviderErrorKind } from '../provider-error.js';

/** What a provider's error response said, in provider-neutral terms. */
export interface HttpFailure {
  /** HTTP status; undefined for an error event inside an already-open stream. */
  readonly status: number | undefined;
  readonly message: string;
  /** The provider's own retry hint (Retry-After, RetryInfo). */
  readonly retryAfterMs?: number | undefined;
  /** The account is out of quota or credit: waiting minutes will not help. */
  readonly quotaExhausted?: boolean;
  /** The provider said it is overloaded (Anthropic's 529 / overloaded_error). */
  readonly overloaded?: boolean;
  /** The credentials were rejected even though the status says otherwise (Gemini's 400 API_KEY_INVALID). */
  readonly badCredentials?: boolean;
  readonly cause: unknown;
}

/** One HTTP status table for every provider, so the same status means the same thing everywhere. */
export function kindForStatus(status: number | undefined): ProviderErrorKind {
  if (status === undefined) return 'server';
  if (status === 401 || status === 403) return 'auth';
  if (status === 402) return 'quota';
  if (status === 404) return 'not_found';
  if (status === 408) return 'timeout';
  if (status === 429) return 'rate_limit';
  if (status === 529) return 'overloaded';
  if (status >= 500) return 'server';
  return 'bad_request';
}

export function providerErrorFromHttp(provider: string, failure: HttpFailure): ProviderError {
  const kind: ProviderErrorKind = failure.overloaded
    ? 'overloaded'
    : failure.quotaExhausted
      ? 'quota'
      : failure.badCredentials
        ? 'auth'
        : kindForStatus(failure.status);
  const status = failure.status === undefined ? '' : ` ${failure.status}`;
  return new ProviderError(provider, kind, `${provider}${status} ${kind}: ${failure.message}`.slice(0, 2000), {
    cause: failure.cause,
    // A hint is only meaningful for kinds that are retried.
    ...((kind === 'rate_limit' || kind === 'overloaded' || kind === 'server') && failure.retryAfterMs !== undefined
      ? { retryAfterMs: failure.retryAfterMs }
      : {}),
  });
}

const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'UND_ERR_CLOSED',
]);

interface ErrorLike {
  readonly name?: unknown;
  readonly message?: unknown;
  readonly code?: unknown;
  readonly cause?: unknown;
}

/** Duck-typed on purpose: errors raised by fetch can come from another realm (a vm context), where instanceof fails. */
function asErrorLike(value: unknown): ErrorLike | undefined {
  return typeof value === 'object' && value !== null ? value : undefined;
}

/**
 * True when `error` (or something in its cause chain) is a failure to reach the
 * server or a connection dropped mid-answer, as undici reports it
 * (`TypeError: fetch failed` / `terminated`, with a coded cause).
 */
export function isConnectionFailure(error: unknown): boolean {
  let current = asErrorLike(error);
  for (let depth = 0; current !== undefined && depth < 6; depth += 1) {
    if (current.name === 'TypeError' && (current.message === 'fetch failed' || current.message === 'terminated')) return true;
    if (typeof current.code === 'string' && CONNECTION_CODES.has(current.code)) return true;
    current = asErrorLike(current.cause);
  }
  return false;
}

/** A DOMException-style abort or timeout raised by fetch when a signal fired. */
export function isAbortLike(error: unknown): boolean {
  const name = asErrorLike(error)?.name;
  return name === 'AbortError' || name === 'TimeoutError';
}

/** A failure we could not name: retryable, so BullMQ's bounded attempts decide, with the cause kept. */
export function unexpectedFailure(provider: string, error: unknown): ProviderError {
  const like = asErrorLike(error);
  const message = typeof like?.message === 'string' ? `${String(like.name)}: ${like.message}` : String(error);
  return new ProviderError(provider, 'server', `${provider} request failed unexpectedly: ${message}`.slice(0, 2000), { cause: error });
}
