import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import express, { Router, type Request, type Response } from 'express';
import type { Logger } from '../platform/logger.js';

/**
 * The web studio (web/, built by `npm run build` into dist/web): a Vue app that
 * is one more client of the public API. Its pages are the app's own routes;
 * each answers index.html and the app's router takes over, so a shared
 * `/p/<task_id>` link opens directly.
 */
export const STUDIO_PAGES = ['/', '/gallery', '/p/:task_id'] as const;

/**
 * dist/web under the project's root: the first folder above `from` with a
 * package.json, so it is found both from dist/src/studio (compiled; the image
 * keeps package.json at /app) and from src/studio (tsx). Null when there is none.
 */
export function findStudioBuild(from: string = __dirname): string | null {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return join(dir, 'dist', 'web');
    if (dirname(dir) === dir) return null;
  }
}

const NOT_BUILT_MESSAGE = 'The studio is not built. Run `npm run build` (or `npm run build:web`), then reload.';

/**
 * A missing build answers with a page that says what to do (200, as the API
 * itself is fine: /healthz and /readyz speak for the service).
 */
function notBuilt(req: Request, res: Response): void {
  res.set('Cache-Control', 'no-store');
  if (req.accepts(['html', 'json']) === 'json') {
    res.json({ studio: 'not_built', message: NOT_BUILT_MESSAGE });
    return;
  }
  res
    .type('html')
    .send(
      '<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">' +
        '<title>Postcard Studio is not built</title><style>body{font:16px/1.5 system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;color:#1f1d1a}code{background:#efe9e0;padding:.1em .3em;border-radius:4px}</style></head>' +
        '<body><h1>Postcard Studio is not built</h1><p>The API is running, but the studio\'s files are missing. Run <code>npm run build</code> ' +
        '(or <code>npm run build:web</code>), then reload this page. For development, <code>npm run dev:web</code> serves it with hot reload.</p>' +
        '<p>The API itself: <a href="/api/v1/openapi.json">/api/v1/openapi.json</a>.</p></body></html>',
    );
}

export interface StudioOptions {
  /** The built studio (dist/web): index.html and assets/; null serves the "not built" page. */
  readonly root: string | null;
  readonly logger: Logger;
}

/**
 * GET (and HEAD) of the studio's pages and its assets. Assets carry a content
 * hash in their names, so they are cached for good; index.html is revalidated
 * on every visit, so that a new build is picked up at once. Anything else
 * falls through to the API's 404.
 */
export function createStudioRouter({ root, logger }: StudioOptions): Router {
  const router = Router();
  const built = root !== null && existsSync(join(root, 'index.html'));
  if (!built) logger.child({ component: 'studio' }).warn('the studio is not built: its pages say so until `npm run build` makes dist/web', { root });

  if (root !== null) {
    router.use('/assets', express.static(join(root, 'assets'), { immutable: true, maxAge: '365d', index: false, redirect: false }));
  }
  router.get([...STUDIO_PAGES], (req, res, next) => {
    if (root === null) {
      notBuilt(req, res);
      return;
    }
    res.sendFile('index.html', { root, headers: { 'Cache-Control': 'no-cache' } }, (error?: Error & { code?: string }) => {
      if (error === undefined || res.headersSent) return;
      // Built later than this process started, or removed since: checked per request, so a build shows up without a restart.
      if (error.code === 'ENOENT') notBuilt(req, res);
      else next(error);
    });
  });
  return router;
}
