import { types } from 'node:util';
import type { ErrorBody } from './error-body.js';

/*
 * What an error that is not one of our HttpErrors means for the client. The
 * distinction that matters: a 4xx tells the client its request is wrong and
 * retrying it is pointless; a 503 tells it to retry. Input must never be
 * reported as an outage, or clients retry a bad request forever.
 */

export interface ErrorResponse {
  readonly status: number;
  readonly body: ErrorBody['error'];
}

/** `obj[key]` for a value of unknown shape. */
function prop(obj: unknown, key: string): unknown {
  return typeof obj === 'object' && obj !== null && key in obj ? (obj as Record<string, unknown>)[key] : undefined;
}

const BODY_ERRORS: Record<string, { status: number; code: string; message: string }> = {
  'entity.parse.failed': { status: 400, code: 'invalid_json', message: 'The request body is not valid JSON' },
  'entity.too.large': { status: 413, code: 'payload_too_large', message: 'The request body is too large' },
  'encoding.unsupported': { status: 415, code: 'unsupported_encoding', message: 'The request body encoding is not supported' },
  'charset.unsupported': { status: 415, code: 'unsupported_charset', message: 'The request body charset is not supported' },
};

const bodyIssue = (status: number, code: string, message: string): ErrorResponse => ({ status, body: { code, message, details: [{ field: 'body', message }] } });

/**
 * A 4xx raised by a library in the `http-errors` style (`status` or
 * `statusCode`): body-parser's, and the router's URIError for a path
 * parameter with a malformed percent-escape (`/status/%E0%A4%A`).
 */
function libraryClientError(error: unknown): ErrorResponse | null {
  const status = prop(error, 'status') ?? prop(error, 'statusCode');
  if (typeof status !== 'number') return null;
  const type = prop(error, 'type');
  if (typeof type === 'string') {
    // body-parser's and raw-body's errors carry a type; whatever their status, the body was at fault.
    const known = BODY_ERRORS[type];
    return known === undefined ? bodyIssue(status >= 400 && status < 500 ? status : 400, 'bad_request', 'The request body could not be read') : bodyIssue(known.status, known.code, known.message);
  }
  if (status < 400 || status > 499) return null;
  if (error instanceof URIError) {
    const message = 'The request path has a malformed percent-escape';
    return { status: 400, body: { code: 'invalid_path', message, details: [{ field: 'path', message }] } };
  }
  // body-parser wraps the decompressor's failure (zlib, brotli: they carry an errno) in a plain 400.
  if (typeof prop(error, 'errno') === 'number') return bodyIssue(400, 'invalid_encoding', 'The request body does not match its Content-Encoding');
  return { status, body: { code: 'bad_request', message: 'The request could not be read' } };
}

// Prisma's codes for a value the query could not use: too long, invalid,
// failed validation, out of range, not what the column holds, too large.
const PRISMA_INPUT_CODES = new Set(['P2000', 'P2006', 'P2007', 'P2019', 'P2020', 'P2023', 'P2033']);

/** The SQLSTATE PostgreSQL answered: raw `pg` errors carry it as `code`, Prisma's driver adapter in its meta. */
function sqlState(error: unknown): string | undefined {
  const code = prop(error, 'code');
  if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) && !code.startsWith('P')) return code;
  const original = prop(prop(prop(prop(error, 'meta'), 'driverAdapterError'), 'cause'), 'originalCode');
  return typeof original === 'string' ? original : undefined;
}

/**
 * PostgreSQL refused a value (class 22, "data exception": NUL in text, a
 * malformed UUID, a date out of range). Validation should have caught it
 * first; if it did not, the request is still at fault, not the database.
 */
function isInputRejected(error: unknown): boolean {
  const code = prop(error, 'code');
  if (typeof code === 'string' && PRISMA_INPUT_CODES.has(code)) return true;
  return sqlState(error)?.startsWith('22') === true;
}

/**
 * Socket errors as Node reports them: what reaches us unwrapped from pg (the
 * store's prepared statements, db.ts) where Prisma's adapter would have said
 * P1001 or P1017. A stopped database in docker-compose is ENOTFOUND or EAI_AGAIN.
 */
const NETWORK_CODES: ReadonlySet<string> = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE']);

/**
 * A dependency that is down (PostgreSQL unreachable, Redis not answering) is
 * a 503 for the client, who may simply try again, not a 500.
 */
export function isDependencyDown(error: unknown): boolean {
  // isNativeError, not only instanceof: pg's socket errors are made by Node's core, in another realm than
  // code loaded into a vm context (jest), where `instanceof Error` is false for them.
  if (!(error instanceof Error || types.isNativeError(error)) || isInputRejected(error)) return false;
  const code = 'code' in error && typeof error.code === 'string' ? error.code : '';
  if (/^P10\d\d$/.test(code) || code === 'P2024' || NETWORK_CODES.has(code)) return true;
  // Prisma could not start an interactive transaction in time: every pool connection stayed busy
  // (a burst of keyed creates on a small DATABASE_POOL_SIZE). P2028 also names misuse of a
  // transaction, which stays a bug of ours, so only the timeout counts.
  if (code === 'P2028' && /Unable to start a transaction in the given time/.test(error.message)) return true;
  // PostgreSQL said it cannot serve now, whichever way the error reached us (pg's code, or Prisma's
  // adapter wrapping it as P2039): connection exceptions (08), out of resources such as too many
  // connections (53), and an operator or crash shutdown, or a server still starting (57P01-57P03).
  const state = sqlState(error) ?? '';
  if (/^(08|53)/.test(state) || /^57P0[123]$/.test(state)) return true;
  // pg-pool's own words when every connection stayed busy past its connect timeout (db.ts): the pool is exhausted, not our code broken.
  return (
    error.name === 'MaxRetriesPerRequestError' ||
    // A BullMQ operation Redis did not accept in time (bullmq-deadline.ts).
    error.name === 'RedisUnavailableError' ||
    /Connection is closed|Stream isn't writeable|Command timed out|timeout exceeded when trying to connect|Connection terminated (unexpectedly|due to connection timeout)/.test(error.message) ||
    // A Redis Cluster failing over (cluster_state:fail): ioredis retries, then gives up with these.
    /CLUSTERDOWN|TRYAGAIN|Too many Cluster redirections/.test(error.message)
  );
}

/** The response for an error that is not an HttpError; null for a bug of ours (a 500). */
export function foreignErrorResponse(error: unknown): ErrorResponse | null {
  const client = libraryClientError(error);
  if (client !== null) return client;
  if (isInputRejected(error)) {
    return { status: 400, body: { code: 'invalid_input', message: 'The request holds a value that cannot be stored; correct it rather than retrying.' } };
  }
  if (isDependencyDown(error)) {
    return { status: 503, body: { code: 'service_unavailable', message: 'A backing service is unavailable; try again shortly.' } };
  }
  return null;
}
