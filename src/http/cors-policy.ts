import cors from 'cors';
import type { Request, RequestHandler } from 'express';

/**
 * The public JSON API that pages on other origins may call (CORS_ORIGINS).
 * Operator surfaces (Bull Board, /metrics, /api/v1/stats, the keys API) and
 * the previews are left out on purpose: a preflight to them gets no CORS
 * headers, so a browser never sends another site's non-simple request there.
 */
export const CORS_PATHS: readonly string[] = ['/api/v1/postcards', '/api/v1/stream-tokens', '/api/v1/assets', '/api/v1/openapi.json'];

/** The request headers our API reads from a page: the body's type, the API key, idempotency, and SSE's resume point. */
const ALLOWED_HEADERS = ['Content-Type', 'Authorization', 'Idempotency-Key', 'Last-Event-ID'];
/** Response headers a page may read besides the safelisted ones: where the postcard is, limits, replays. */
const EXPOSED_HEADERS = ['Location', 'Retry-After', 'Idempotent-Replayed', 'X-Request-Id'];
/** Browsers cap this themselves (Chromium at 2 h); 10 minutes keeps a changed setting from lingering. */
const PREFLIGHT_MAX_AGE_SECONDS = 600;

export interface CorsSettings {
  /** Listed origins: each gets its own origin back in Access-Control-Allow-Origin. */
  readonly corsOrigins: readonly string[];
  /** CORS_ORIGINS=*: every origin gets `*`. */
  readonly corsAnyOrigin: boolean;
}

/**
 * Access-Control-* headers for the origins CORS_ORIGINS names, or for every
 * origin with `*`. Never Access-Control-Allow-Credentials, for listed origins
 * either: the API authenticates by a header the page sets itself
 * (`Authorization: Bearer <key>`), which needs no credentials mode, and we set
 * no cookies. Allowing credentials would only let a page spend what the
 * browser attaches on its own (cached Basic admin credentials); with `*` the
 * Fetch standard forbids it anyway, so a credentialed preflight always fails.
 * An origin not listed gets no CORS headers at all, and its preflight an
 * empty 204, so the browser refuses to send the request.
 */
export function corsPolicy(settings: CorsSettings): RequestHandler {
  const listed = new Set(settings.corsOrigins);
  const common = {
    methods: ['GET', 'HEAD', 'POST'],
    allowedHeaders: ALLOWED_HEADERS,
    exposedHeaders: EXPOSED_HEADERS,
    maxAge: PREFLIGHT_MAX_AGE_SECONDS,
    credentials: false,
    optionsSuccessStatus: 204,
  };
  if (settings.corsAnyOrigin) return cors({ ...common, origin: '*' });
  const forListed = cors({ ...common, origin: (origin, done) => done(null, origin !== undefined && listed.has(origin) ? origin : false) });
  return (req, res, next) => {
    // The answer depends on Origin whether or not it is listed: a shared cache must not hand one origin's answer to another.
    res.vary('Origin');
    const origin = req.get('Origin');
    if (origin !== undefined && !listed.has(origin) && isPreflight(req)) {
      res.status(204).set('Content-Length', '0').end();
      return;
    }
    forListed(req, res, next);
  };
}

function isPreflight(req: Request): boolean {
  return req.method === 'OPTIONS' && req.get('Access-Control-Request-Method') !== undefined;
}
