import { Router } from 'express';
import { principalOf, requireScope } from './authenticate.js';
import type { StreamTokens } from './signed-tokens.js';

/**
 * POST /api/v1/stream-tokens: a short-lived token for the caller's own event
 * streams (`?token=` on SSE and WebSocket), because a browser's EventSource
 * cannot send an Authorization header and an API key must never sit in a URL.
 * Mounted behind `authenticate`.
 */
export function createStreamTokenRouter(tokens: StreamTokens): Router {
  const router = Router();
  router.post('/', requireScope('postcards:read'), (_req, res) => {
    const { token, expiresAt } = tokens.issue(principalOf(res).userId);
    res.status(201).json({ token, expires_at: expiresAt.toISOString() });
  });
  return router;
}
