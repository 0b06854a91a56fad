import type { ApiError } from '../api/client';
import type { Message } from './problems';

/** An API refusal or failure, as a sentence a person can act on. */
export function apiErrorMessage(error: ApiError): Message {
  switch (error.code) {
    case 'network':
      return { key: 'error.network' };
    case 'rate_limited':
      return { key: 'error.rateLimited', params: { s: error.retryAfterSeconds ?? 60 } };
    case 'daily_quota_exceeded':
      return { key: 'error.dailyQuota' };
    case 'too_many_active_postcards':
      return { key: 'error.tooManyActive' };
    case 'daily_budget_exhausted':
      return { key: 'error.budget' };
    case 'validation_error':
      return { key: 'error.validation', params: { message: error.message } };
    case 'not_cancellable':
    case 'not_retryable':
      return { key: 'error.conflict' };
    default:
      break;
  }
  if (error.status === 401) return { key: 'error.unauthorized' };
  if (error.status === 403) return { key: 'error.forbidden' };
  if (error.status === 404) return { key: 'error.notFound' };
  if (error.status === 409) return { key: 'error.conflict' };
  if (error.status === 503 || error.status === 502 || error.status === 504) return { key: 'error.unavailable' };
  return { key: 'error.generic', params: { message: error.message } };
}
