import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from '../platform/logger.js';
import type { ErrorBody } from './error-body.js';
import { foreignErrorResponse } from './error-kinds.js';
import { HttpError, TooManyRequestsError } from './http-errors.js';

export const notFoundHandler: RequestHandler = (req, _res, next) => {
  next(new HttpError(404, 'not_found', `No route for ${req.method} ${req.path}`));
};

/** The one place where errors become HTTP responses: `{ error: { code, message, details } }`. */
export function createErrorMiddleware(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    let status = 500;
    let body: ErrorBody['error'] = { code: 'internal_error', message: 'Internal server error' };
    if (error instanceof HttpError) {
      status = error.status;
      body = { code: error.code, message: error.message, ...(error.details === undefined ? {} : { details: [...error.details] }) };
    } else {
      const foreign = foreignErrorResponse(error);
      if (foreign !== null) {
        status = foreign.status;
        body = foreign.body;
      }
    }
    const meta = { request_id: res.locals.requestId as unknown, method: req.method, path: req.path, status };
    if (status >= 500) logger.error('request failed', { ...meta, error });
    // The database refused what validation let through: the client gets its 400, we need to close the gap.
    else if (body.code === 'invalid_input') logger.warn('request rejected by the database', { ...meta, error });
    else logger.info('request rejected', { ...meta, code: body.code });
    if (res.headersSent) {
      res.end();
      return;
    }
    // RFC 9110: a 401 names the scheme that would work.
    if (status === 401) res.set('WWW-Authenticate', 'Bearer realm="postcards"');
    // A limit that knows when it lifts says so (a rate limiter may have set the header already).
    if (error instanceof TooManyRequestsError && error.retryAfterSeconds !== undefined) res.set('Retry-After', String(error.retryAfterSeconds));
    res.status(status).json({ error: body } satisfies ErrorBody);
  };
}
