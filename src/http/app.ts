import express, { type Express, type RequestHandler, type Router } from 'express';
import helmet from 'helmet';
import { rateLimit } from 'express-rate-limit';
import type { Config } from '../platform/config.js';
import type { Logger } from '../platform/logger.js';
import { createErrorMiddleware, notFoundHandler } from './error-middleware.js';
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
  /** Admin UIs (Bull Board); they bring their own pages, so they sit outside helmet's default CSP. */
  readonly admin: ReadonlyArray<{ readonly path: string; readonly handlers: ReadonlyArray<Router | RequestHandler> }>;
}

export function createApp(config: Config, logger: Logger, routes: AppRoutes): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.http.trustProxy);
  app.use(requestContext(logger));
  app.use(routes.health);
  for (const router of routes.operations) app.use(router);
  for (const mount of routes.admin) app.use(mount.path, ...mount.handlers);

  // The preview sets its own, stricter headers: it is untrusted content meant to be framed.
  app.use('/preview', routes.preview);

  app.use(helmet());
  app.use(express.json({ limit: '32kb', strict: false }));
  if (config.http.createRateLimitPerMinute > 0) {
    app.post(
      ['/api/v1/postcards', '/api/v1/postcards/create'],
      rateLimit({
        windowMs: 60_000,
        limit: config.http.createRateLimitPerMinute,
        standardHeaders: 'draft-8',
        legacyHeaders: false,
        handler: (_req, res) => {
          res.status(429).json({ error: { code: 'rate_limited', message: 'Too many postcards created; slow down.' } });
        },
      }),
    );
  }
  app.use('/api/v1/postcards', ...routes.postcards);
  app.use('/api/v1/assets', routes.assets);
  app.use('/api/v1/stats', routes.stats);

  app.use(notFoundHandler);
  app.use(createErrorMiddleware(logger));
  return app;
}
