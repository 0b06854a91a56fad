import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { authenticate } from '../../src/auth/authenticate';
import { createSigner, createStreamTokens } from '../../src/auth/signed-tokens';
import { createErrorMiddleware } from '../../src/http/error-middleware';
import { createRedis, type RedisConnection } from '../../src/platform/redis';
import { createRateLimits } from '../../src/postcards/rate-limits';
import { createMemoryLogger } from '../support/memory-logger';
import { startPrivateRedis, type PrivateRedis } from '../support/private-redis';

/**
 * rate-limit-redis loads its script when the limiter is built. An API process
 * that started while Redis was down must still limit (not fail) once Redis is
 * back: a Redis of the test's own is stopped before the limiter is built.
 */
describe('a rate limit built while Redis was down', () => {
  let redis: PrivateRedis;
  let connection: RedisConnection;
  let server: Server;
  let url: string;

  beforeAll(async () => {
    redis = await startPrivateRedis();
    await redis.stop();
    connection = createRedis({ url: redis.url, clusterNodes: null }, 'request', 'rate-limit-recovery');
    connection.on('error', () => undefined);
    const { logger } = createMemoryLogger();
    const limits = createRateLimits({ redis: connection, prefix: 'recovery', perMinute: { create: 2, retry: 0, cancel: 0 }, exemptAdmins: true, logger });
    const open = authenticate({
      mode: 'open',
      // Open mode never looks a key up.
      keys: { authenticate: async () => null, reader: async () => null },
      streamTokens: createStreamTokens(createSigner('x'.repeat(32)), 60),
    });
    const app = express();
    app.post('/create', open, limits.create, (_req, res) => void res.status(202).json({}));
    app.use(createErrorMiddleware(logger));
    server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/create`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    connection.disconnect();
    await redis.destroy();
  });

  it('answers 503 while Redis is down, and limits again once it is back', async () => {
    expect((await fetch(url, { method: 'POST' })).status).toBe(503);
    await redis.start();
    await new Promise((resolve) => setTimeout(resolve, 500));
    const replies = [];
    for (let i = 0; i < 3; i += 1) replies.push(await fetch(url, { method: 'POST' }));
    expect(replies.map((r) => r.status)).toEqual([202, 202, 429]);
    expect(replies[0]?.headers.get('ratelimit')).toBe('"create"; r=1; t=60');
  });
});
