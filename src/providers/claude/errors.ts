import { APIConnectionError, APIConnectionTimeoutError, APIError } from '@anthropic-ai/sdk';
import { ProviderError } from '../provider-error.js';
import { isAbortLike, isConnectionFailure, providerErrorFromHttp, unexpectedFailure } from '../shared/http-failure.js';
import { parseRetryAfter } from '../shared/retry-hints.js';
import { notFoundHint } from '../../platform/models/registry.js';

export const CLAUDE = 'claude';

/** Out of credit or over a spend limit: Anthropic reports it as billing_error or as a 400 naming the balance or usage limits. */
const BILLING_WORDING = /credit balance|billing|spend(ing)? limit|quota|specified API usage limits/i;

/**
 * 429s that are not rate limits: the organisation crossed its monthly tier
 * threshold or its contract's spend limit. Access resumes next month (or when
 * someone raises the limit), so retrying within BullMQ's backoff only burns
 * attempts. They arrive as rate_limit_error with `error.details.error_code`,
 * which the SDK exposes as `errorCode`.
 */
const SPEND_LIMIT_CODES: ReadonlySet<string> = new Set(['enforced_spend_limit_reached', 'contract_spend_limit_reached', 'linked_organization_spend_limit_reached']);

function retryAfterMs(headers: Headers | undefined): number | undefined {
  const ms = headers?.get('retry-after-ms');
  if (ms !== null && ms !== undefined && /^\d+(\.\d+)?$/.test(ms.trim())) return Math.round(Number(ms));
  return parseRetryAfter(headers?.get('retry-after'));
}

function fromApiError(error: APIError, model: string | undefined): ProviderError {
  // `type` is error.type from the body; an error event inside an open stream has it but no status.
  const type = error.type;
  const code = error.errorCode;
  const spendLimit = code !== null && SPEND_LIMIT_CODES.has(code);
  const hint = error.status === 404 && model !== undefined ? ` (${notFoundHint(model)})` : '';
  const message = `${error.apiMessage ?? error.message}${hint}`;
  return providerErrorFromHttp(CLAUDE, {
    status: error.status ?? (type === 'overloaded_error' ? 529 : undefined),
    message: `${type === null ? '' : `${type}: `}${spendLimit ? `${code}: ` : ''}${message}`,
    retryAfterMs: retryAfterMs(error.headers),
    overloaded: type === 'overloaded_error' || error.status === 529,
    quotaExhausted: spendLimit || type === 'billing_error' || (type !== 'rate_limit_error' && BILLING_WORDING.test(message)),
    badCredentials: type === 'authentication_error' || type === 'permission_error',
    cause: error,
  });
}

// `instanceof APIError` alone narrows to APIError<any, any, any>; this keeps the declared defaults.
function isApiError(error: unknown): error is APIError {
  return error instanceof APIError;
}

/** Names any failure of an @anthropic-ai/sdk call as a ProviderError; with `model`, a 404 names the registry's replacement. */
export function claudeProviderError(error: unknown, model?: string): ProviderError {
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
  if (isApiError(error)) return fromApiError(error, model);
  // For example AnthropicError "request ended without sending any chunks": unusable, worth another attempt.
  return unexpectedFailure(CLAUDE, error);
}
