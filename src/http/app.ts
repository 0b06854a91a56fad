import express, { type Express, type RequestHandler, type Router } from 'express';
import helmet from 'helmet';
import type { Config } from '../platform/config.js';
import type { Logger } from '../platform/logger.js';
import { trustFunction } from '../platform/trust-proxy.js';
import { CORS_PATHS, corsPolicy } from './cors-policy.js';
import { crossSiteGuard } from './cross-site-guard.js';
import { createErrorMiddleware, notFoundHandler } from './error-middleware.js';
import { jsonBodies } from './json-body.js';
import { previewHostOnly, previewHostTest } from './preview-host.js';
import { requestContext } from './request-context.js';

export interface AppRoutes {
  /** Mounted at /api/v1/postcards, in order. */
  readonly postcards: readonly Router[];
  readonly assets: Router;
  readonly preview: Router;
  readonly stats: Router;
  readonly health: Router;
  /** /metrics and the like, at the root. */
  readonly operations: readonly Router[];
  /** Further JSON APIs (stream tokens, the admin API), each with its own guard first. */
  readonly api: ReadonlyArray<{ readonly path: string; readonly handlers: ReadonlyArray<Router | RequestHandler> }>;
  /** Admin UIs (Bull Board), with their guard first; helmet's default CSP fits their pages (scripts from 'self'). */
  readonly admin: ReadonlyArray<{ readonly path: string; readonly handlers: ReadonlyArray<Router | RequestHandler> }>;
  /** The web studio's pages and assets, at the root, after every API route (src/studio). */
  readonly studio: Router;
}

export function createApp(config: Config, logger: Logger, routes: AppRoutes): Express {
  const app = express();
  app.disable('x-powered-by');
  // One compiled function, the same the WebSocket server and the preview host use, so every limit counts the same address.
  app.set('trust proxy', trustFunction(config.http.trustProxy));
  app.use(requestContext(logger));
  // First: a request to the preview origin's host must reach nothing but the previews.
  const isPreviewHost = previewHostTest(config.http);
  if (isPreviewHost !== null) app.use(previewHostOnly(isPreviewHost));
  // Before the guard and every router, so that preflights are answered before authentication and refusals are readable.
  app.use([...CORS_PATHS], corsPolicy(config.http));
  app.use(crossSiteGuard([new URL(config.http.publicBaseUrl).origin, ...config.http.corsOrigins], config.http.corsAnyOrigin ? { paths: CORS_PATHS } : undefined));

  // The preview sets its own, stricter headers: it is untrusted content meant to be framed.
  app.use('/preview', routes.preview);

  // Over plain HTTP (an intranet address) upgrade-insecure-requests would send Bull Board's
  // own scripts to an https:// port that does not exist, leaving a blank page.
  const https = config.http.publicBaseUrl.startsWith('https:');
  // The studio frames previews (on their own origin with PREVIEW_BASE_URL) and shows images by the API's
  // absolute URLs, which name PUBLIC_BASE_URL even when the page was reached under another host name.
  const ownOrigins = ["'self'", new URL(config.http.publicBaseUrl).origin];
  const framed = config.http.previewBaseUrl === null ? ownOrigins : [...ownOrigins, new URL(config.http.previewBaseUrl).origin];
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: { upgradeInsecureRequests: https ? [] : null, imgSrc: [...ownOrigins, 'data:'], frameSrc: framed, childSrc: framed },
      },
    }),
  );
  app.use(routes.health);
  for (const router of routes.operations) app.use(router);
  for (const mount of routes.admin) app.use(mount.path, ...mount.handlers);
  // JSON, or text/plain holding JSON (the design document's page); any other body is a 415 (json-body.ts).
  app.use(jsonBodies());
  for (const mount of routes.api) app.use(mount.path, ...mount.handlers);
  app.use('/api/v1/postcards', ...routes.postcards);
  app.use('/api/v1/assets', routes.assets);
  app.use('/api/v1/stats', routes.stats);
  // Last before the 404: the studio's pages (/, /gallery, /p/:task_id) and its /assets, GET and HEAD only.
  app.use(routes.studio);

  app.use(notFoundHandler);
  app.use(createErrorMiddleware(logger));
  return app;
}
