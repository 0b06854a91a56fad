import express, { type Express, type Router } from 'express';
import helmet from 'helmet';
import { rateLimit } from 'express-rate-limit';
import type { Config } from '../platform/config.js';
import type { Logger } from '../platform/logger.js';
import { createErrorMiddleware, notFoundHandler } from './error-middleware.js';
import { requestContext } from './request-context.js';

export interface AppRoutes {
  readonly postcards: Router;
  readonly assets: Router;
  readonly preview: Router;
  readonly health: Router;
  /** Extra mounts, such as Bull Board at /admin/queues. */
  readonly extra?: ReadonlyArray<{ readonly path: string; readonly router: Router | express.RequestHandler }>;
}

export function createApp(config: Config, logger: Logger, routes: AppRoutes): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.http.trustProxy);
  app.use(requestContext(logger));
  app.use(routes.health);

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
  app.use('/api/v1/postcards', routes.postcards);
  app.use('/api/v1/assets', routes.assets);
  for (const mount of routes.extra ?? []) app.use(mount.path, mount.router);

  app.use(notFoundHandler);
  app.use(createErrorMiddleware(logger));
  return app;
}
