import type { RequestHandler } from 'express';
import { HttpError } from './http-errors.js';

/** Methods that only read: a cross-site page may trigger them, but they change nothing. */
const SAFE_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Sec-Fetch-Site values where the browser itself vouches that no other site is behind the request. */
const BROWSER_VOUCHES: ReadonlySet<string> = new Set(['same-origin', 'none']);

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
 */
export function crossSiteGuard(allowedOrigins: readonly string[]): RequestHandler {
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
    // "null" is what sandboxed frames (our own preview page among them) and privacy-sensitive redirects send.
    const reason =
      origin === undefined
        ? `the browser marked it ${site ?? 'cross-site'} and sent no Origin`
        : `Origin ${origin} is neither this service's origin nor one of CORS_ORIGINS`;
    next(new HttpError(403, 'cross_site_request', `Cross-site ${req.method} refused: ${reason}.`));
  };
}
