import { Router } from 'express';
import { parseRequest } from '../http/validate.js';
import { StatsQuerySchema } from './stats-schemas.js';
import { presentStats } from './stats-presenter.js';
import { collectStats, type StatsDeps } from './stats-service.js';

export type { StatsDeps } from './stats-service.js';

/** GET / (mounted at /api/v1/stats): pipeline performance over a recent window. */
export function createStatsRouter(deps: StatsDeps): Router {
  const router = Router();
  router.get('/', async (req, res) => {
    const { window } = parseRequest(StatsQuerySchema, req.query, 'query');
    const report = await collectStats(deps, window);
    // Live numbers: a cached answer would hide the incident it was fetched to diagnose.
    res.set('cache-control', 'no-store').json(presentStats(report));
  });
  return router;
}
