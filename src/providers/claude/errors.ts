import { APIConnectionError, APIConnectionTimeoutError, APIError } from '@anthropic-ai/sdk';
import { ProviderError } from '../provider-error.js';
import { isAbortLike, isConnectionFailure, providerErrorFromHttp, unexpectedFailure } from '../shared/http-failure.js';
import { parseRetryAfter } from '../shared/retry-hints.js';

export const CLAUDE = 'claude';

/** Out of credit or over a spend limit: Anthropic reports it as billing_error or as a 400 naming the balance. */
const BILLING_WORDING = /credit balance|billing|spend(ing)? limit|quota/i;

function retryAfterMs(headers: Headers | undefined): number | undefined {
  const ms = headers?.get('retry-after-ms');
  if (ms !== null && ms !== undefined && /^\d+(\.\d+)?$/.test(ms.trim())) return Math.round(Number(ms));
  return parseRetryAfter(headers?.get('retry-after'));
}

function fromApiError(error: APIError): ProviderError {
  // `type` is error.type from the body; an error event inside an open stream has it but no status.
  const type = error.type;
  const message = error.apiMessage ?? error.message;
  return providerErrorFromHttp(CLAUDE, {
    status: error.status ?? (type === 'overloaded_error' ? 529 : undefined),
    message: type === null ? message : `${type}: ${message}`,
    retryAfterMs: retryAfterMs(error.headers),
    overloaded: type === 'overloaded_error' || error.status === 529,
    quotaExhausted: type === 'billing_error' || (type !== 'rate_limit_error' && BILLING_WORDING.test(message)),
    badCredentials: type === 'authentication_error' || type === 'permission_error',
    cause: error,
  });
}

/** Names any failure of an @anthropic-ai/sdk call as a ProviderError. */
export function claudeProviderError(error: unknown): ProviderError {
  if (error instanceof ProviderError) return error;
  // Our own signals are handled by guardedCall; a timeout that reaches here is the SDK's `timeout`.
  if (error instanceof APIConnectionTimeoutError || isAbortLike(error)) {
    return new ProviderError(CLAUDE, 'timeout', 'claude: the request timed out', { cause: error });
  }
  if (error instanceof APIConnectionError || isConnectionFailure(error)) {
    return new ProviderError(CLAUDE, 'network', `claude: could not reach the API (${error instanceof Error ? error.message : String(error)})`, {
      cause: error,
    });
  }
  if (error instanceof APIError) return fromApiError(error);
  // For example AnthropicError "request ended without sending any chunks": unusable, worth another attempt.
  return unexpectedFailure(CLAUDE, error);
}
