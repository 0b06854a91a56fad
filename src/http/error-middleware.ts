import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from '../platform/logger.js';
import { HttpError } from './http-errors.js';

interface BodyParserError {
  readonly type: string;
  readonly status: number;
}

function isBodyParserError(error: unknown): error is BodyParserError {
  return typeof error === 'object' && error !== null && 'type' in error && 'status' in error && typeof error.type === 'string';
}

const BODY_ERRORS: Record<string, { status: number; code: string; message: string }> = {
  'entity.parse.failed': { status: 400, code: 'invalid_json', message: 'The request body is not valid JSON' },
  'entity.too.large': { status: 413, code: 'payload_too_large', message: 'The request body is too large' },
  'encoding.unsupported': { status: 415, code: 'unsupported_encoding', message: 'The request body encoding is not supported' },
  'charset.unsupported': { status: 415, code: 'unsupported_charset', message: 'The request body charset is not supported' },
};

/**
 * A dependency that is down (PostgreSQL unreachable, Redis not answering) is
 * a 503 for the client, who may simply try again, not a 500.
 */
function isDependencyDown(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = 'code' in error && typeof error.code === 'string' ? error.code : '';
  if (/^P10\d\d$/.test(code) || code === 'P2024' || code === 'ECONNREFUSED') return true;
  return error.name === 'MaxRetriesPerRequestError' || /Connection is closed|Stream isn't writeable|Command timed out/.test(error.message);
}

export const notFoundHandler: RequestHandler = (req, _res, next) => {
  next(new HttpError(404, 'not_found', `No route for ${req.method} ${req.path}`));
};

/** The one place where errors become HTTP responses: `{ error: { code, message, details } }`. */
export function createErrorMiddleware(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    let status = 500;
    let body: { code: string; message: string; details?: unknown } = { code: 'internal_error', message: 'Internal server error' };
    if (error instanceof HttpError) {
      status = error.status;
      body = { code: error.code, message: error.message, ...(error.details === undefined ? {} : { details: error.details }) };
    } else if (isDependencyDown(error)) {
      status = 503;
      body = { code: 'service_unavailable', message: 'A backing service is unavailable; try again shortly.' };
    } else if (isBodyParserError(error)) {
      const known = BODY_ERRORS[error.type];
      status = known?.status ?? (error.status >= 400 && error.status < 500 ? error.status : 400);
      const message = known?.message ?? 'The request body could not be read';
      body = { code: known?.code ?? 'bad_request', message, details: [{ field: 'body', message }] };
    }
    const meta = { request_id: res.locals.requestId as unknown, method: req.method, path: req.path, status };
    if (status >= 500) logger.error('request failed', { ...meta, error });
    else logger.info('request rejected', { ...meta, code: body.code });
    if (res.headersSent) {
      res.end();
      return;
    }
    res.status(status).json({ error: body });
  };
}
