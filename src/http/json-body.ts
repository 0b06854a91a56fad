import express, { type Request, type RequestHandler } from 'express';
import { HttpError } from './http-errors.js';

/**
 * Media types whose body is read as JSON. text/plain too: the design
 * document's page posts `JSON.stringify(...)` without a Content-Type, which
 * browsers send as text/plain. Its text is parsed exactly as JSON is (same
 * limit, same 400 for malformed text). Only the cross-site guard makes that
 * safe, as such a request needs no CORS preflight.
 */
const JSON_TYPES = ['application/json', 'text/plain'];
const LIMIT = '32kb';

/** Whether the request carries a body at all (as body-parser decides it: a length, or chunked). */
function hasBody(req: Request): boolean {
  const length = req.get('Content-Length');
  return req.get('Transfer-Encoding') !== undefined || (length !== undefined && length.trim() !== '0');
}

/**
 * Refuses a body of any other type (a form, multipart, XML, none named) with
 * 415 before anything reads it: otherwise it would reach the routes as no body
 * at all and be reported as a missing field.
 */
const onlyJsonBodies: RequestHandler = (req, _res, next) => {
  if (!hasBody(req)) {
    next();
    return;
  }
  const type = req.get('Content-Type')?.split(';')[0]?.trim().toLowerCase() ?? '';
  if (JSON_TYPES.includes(type)) {
    next();
    return;
  }
  const message = `The request body must be JSON (Content-Type: application/json, or text/plain holding JSON); got ${type === '' ? 'no Content-Type' : type}`;
  next(new HttpError(415, 'unsupported_media_type', message, [{ field: 'body', message }]));
};

/** The JSON body parser of the API routes, after the check of the body's type. */
export function jsonBodies(): RequestHandler[] {
  return [onlyJsonBodies, express.json({ limit: LIMIT, strict: false, type: JSON_TYPES })];
}
