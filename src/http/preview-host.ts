import type { IncomingMessage } from 'node:http';
import type { RequestHandler } from 'express';
import { trustFunction, trustsForwardedHeaders, type TrustFn, type TrustProxy } from '../platform/trust-proxy.js';
import { HttpError } from './http-errors.js';

/** Tells whether a request (HTTP, or a WebSocket upgrade) was addressed to the preview origin's host. */
export type PreviewHostTest = (req: IncomingMessage) => boolean;

/** The paths the preview host answers besides the previews: probes may name any host. */
const ON_EVERY_HOST = new Set(['/healthz', '/readyz']);

function firstHeader(value: string | string[] | undefined): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  return first?.split(',')[0]?.trim();
}

/**
 * The host a client addressed, as `host` of a URL on the preview origin's
 * scheme: so that `preview.example.com:443` and `preview.example.com` compare
 * equal for https. X-Forwarded-Host counts only when the peer is a trusted
 * proxy, as in Express's `req.host`.
 */
function addressedHost(req: IncomingMessage, protocol: string, trust: TrustFn): string | undefined {
  const raw = (trustsForwardedHeaders(req, trust) ? firstHeader(req.headers['x-forwarded-host']) : undefined) ?? firstHeader(req.headers.host);
  if (raw === undefined || raw === '') return undefined;
  const url = URL.canParse(`${protocol}//${raw}`) ? new URL(`${protocol}//${raw}`) : undefined;
  // A Host with a path, credentials or garbage in it is nobody's host.
  return url !== undefined && url.pathname === '/' && url.username === '' && url.search === '' ? url.host : undefined;
}

/**
 * The test for PREVIEW_BASE_URL's host, or null when previews share the API's
 * host. Built from config by the app and the preview router alike.
 */
export function previewHostTest(http: { readonly previewBaseUrl: string | null; readonly trustProxy: TrustProxy }): PreviewHostTest | null {
  if (http.previewBaseUrl === null) return null;
  const { protocol, host } = new URL(http.previewBaseUrl);
  const trust = trustFunction(http.trustProxy);
  return (req) => addressedHost(req, protocol, trust) === host;
}

/**
 * On the preview host only previews (and the health probes) are served: a
 * scripted page there must find no API, no assets, no admin pages and no
 * cookies of ours on its own origin. Everything else gets 404 before any
 * router sees it. Other hosts pass through untouched.
 */
export function previewHostOnly(isPreviewHost: PreviewHostTest): RequestHandler {
  return (req, _res, next) => {
    if (!isPreviewHost(req) || req.path.startsWith('/preview/') || ON_EVERY_HOST.has(req.path)) {
      next();
      return;
    }
    next(new HttpError(404, 'not_found', `This host serves postcard previews only; no route for ${req.method} ${req.path}`));
  };
}
