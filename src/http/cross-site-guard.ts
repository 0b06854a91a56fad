import type { Request, RequestHandler } from 'express';
import { HttpError } from './http-errors.js';

/** Methods that only read: a cross-site page may trigger them, but they change nothing. */
const SAFE_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Sec-Fetch-Site values where the browser itself vouches that no other site is behind the request. */
const BROWSER_VOUCHES: ReadonlySet<string> = new Set(['same-origin', 'none']);

/** What a page may send without a CORS preflight (the Fetch standard's "simple" requests). */
const SIMPLE_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'POST']);
const SIMPLE_CONTENT_TYPES: ReadonlySet<string> = new Set(['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain']);

export interface AnyOrigin {
  /** Path prefixes CORS answers for every origin (CORS_PATHS); elsewhere `*` admits nobody. */
  readonly paths: readonly string[];
}

/**
 * Refuses state-changing requests (POST, PUT, PATCH, DELETE) that a browser
 * sends on behalf of another site: a page elsewhere could otherwise create,
 * cancel or retry postcards, or press Bull Board's buttons with the admin's
 * cached Basic credentials. A `text/plain` POST (the design document's own
 * fetch without a Content-Type) needs no CORS preflight, so this check, not
 * CORS, is what stops it from other sites.
 *
 * Browsers send `Origin` on every such request, and modern ones
 * `Sec-Fetch-Site` too; a request with neither comes from curl or a server,
 * which no cookie or cached credential can be borrowed from, and passes.
 * `allowedOrigins`: this service's own origin (PUBLIC_BASE_URL) and CORS_ORIGINS.
 *
 * `anyOrigin` (CORS_ORIGINS=*): another site's request also passes when the
 * browser could only have sent it after a successful preflight, and it
 * carries nothing the browser attaches by itself. Preflights succeed only on
 * `anyOrigin.paths` and never for credentialed requests (no
 * Access-Control-Allow-Credentials with `*`), so such a request is the page's
 * own: its own API key, no cookie, no cached Basic login, and never an
 * operator surface. A simple request (a form, a text/plain POST) needs no
 * preflight and may carry the admin's cached credentials: it stays refused.
 */
export function crossSiteGuard(allowedOrigins: readonly string[], anyOrigin?: AnyOrigin): RequestHandler {
  const allowed = new Set(allowedOrigins);
  return (req, _res, next) => {
    if (SAFE_METHODS.has(req.method)) {
      next();
      return;
    }
    const site = req.get('Sec-Fetch-Site')?.toLowerCase();
    const origin = req.get('Origin');
    if ((site !== undefined && BROWSER_VOUCHES.has(site)) || (origin === undefined && site === undefined) || (origin !== undefined && allowed.has(origin))) {
      next();
      return;
    }
    if (anyOrigin !== undefined && under(req.path, anyOrigin.paths) && neededPreflight(req) && !ambientCredentials(req)) {
      next();
      return;
    }
    // "null" is what sandboxed frames (our own preview page among them) and privacy-sensitive redirects send.
    const who = origin === undefined ? `the browser marked it ${site ?? 'cross-site'} and sent no Origin` : `Origin ${origin} is neither this service's origin nor one of CORS_ORIGINS`;
    const reason =
      anyOrigin === undefined
        ? who
        : `${who}, and with CORS_ORIGINS=* another site may only send what needs a CORS preflight (a JSON body, an API key in Authorization) to the public API, without cookies or Basic credentials`;
    next(new HttpError(403, 'cross_site_request', `Cross-site ${req.method} refused: ${reason}.`));
  };
}

function under(path: string, prefixes: readonly string[]): boolean {
  return prefixes.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));
}

/**
 * Whether a browser had to preflight this request: a method other than GET,
 * HEAD or POST, a Content-Type a form cannot send, or a header only a script
 * sets (a Bearer key: browsers cache Basic and the like, never Bearer).
 */
function neededPreflight(req: Request): boolean {
  if (!SIMPLE_METHODS.has(req.method)) return true;
  const type = req.get('Content-Type')?.split(';')[0]?.trim().toLowerCase();
  if (type !== undefined && type !== '' && !SIMPLE_CONTENT_TYPES.has(type)) return true;
  return req.get('Idempotency-Key') !== undefined || authScheme(req) === 'bearer';
}

/** Cookies, or an Authorization the browser may have added itself (Basic, Digest, Negotiate: anything but Bearer). */
function ambientCredentials(req: Request): boolean {
  const scheme = authScheme(req);
  return req.get('Cookie') !== undefined || (scheme !== undefined && scheme !== 'bearer');
}

function authScheme(req: Request): string | undefined {
  return req.get('Authorization')?.trim().split(/\s+/, 1)[0]?.toLowerCase();
}
