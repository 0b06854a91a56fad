import type { FieldIssue } from './error-body.js';

/** An error with an HTTP meaning; the error middleware turns it into `{ error: { code, message, details } }`. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: readonly FieldIssue[],
    options?: { readonly cause?: unknown },
  ) {
    super(message, options);
    this.name = 'HttpError';
  }
}

export class ValidationError extends HttpError {
  constructor(message: string, readonly issues: readonly FieldIssue[]) {
    super(400, 'validation_error', message, issues);
    this.name = 'ValidationError';
  }
}

export class NotFoundError extends HttpError {
  constructor(message: string) {
    super(404, 'not_found', message);
    this.name = 'NotFoundError';
  }
}

export class ServiceUnavailableError extends HttpError {
  constructor(message: string, options?: { readonly cause?: unknown }) {
    super(503, 'service_unavailable', message, undefined, options);
    this.name = 'ServiceUnavailableError';
  }
}

export class ConflictError extends HttpError {
  constructor(code: string, message: string, details?: readonly FieldIssue[]) {
    super(409, code, message, details);
    this.name = 'ConflictError';
  }
}

export class UnprocessableError extends HttpError {
  constructor(code: string, message: string, details?: readonly FieldIssue[]) {
    super(422, code, message, details);
    this.name = 'UnprocessableError';
  }
}

export class UnauthorizedError extends HttpError {
  constructor(message: string) {
    super(401, 'unauthorized', message);
    this.name = 'UnauthorizedError';
  }
}

export class ForbiddenError extends HttpError {
  constructor(code: string, message: string) {
    super(403, code, message);
    this.name = 'ForbiddenError';
  }
}

/** 429: a limit refused the request. `retryAfterSeconds` becomes Retry-After where waiting is known to help. */
export class TooManyRequestsError extends HttpError {
  constructor(code: string, message: string, readonly retryAfterSeconds?: number) {
    super(429, code, message);
    this.name = 'TooManyRequestsError';
  }
}
