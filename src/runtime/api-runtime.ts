import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import express, { type Express } from 'express';
import { isAdminRequest, requireAdmin } from '../admin/admin-auth.js';
import { BULL_BOARD_PATH, createBullBoardRouter } from '../admin/bull-board.js';
import { createAssetRouter } from '../assets/asset-routes.js';
import { createKeyRouter } from '../admin/key-routes.js';
import { authenticate } from '../auth/authenticate.js';
import { createCapabilityLinks } from '../auth/capability-links.js';
import { adminKeyCheck, createKeyStore } from '../auth/key-store.js';
import { createSigner, createStreamTokens } from '../auth/signed-tokens.js';
import { createStreamTokenRouter } from '../auth/stream-token-routes.js';
import { createHealthRouter } from '../health/health-routes.js';
import { createApp } from '../http/app.js';
import { previewHostTest } from '../http/preview-host.js';
import { createEventHub } from '../live/event-hub.js';
import { createSseTransport } from '../live/sse-routes.js';
import { createConnectionLimiter } from '../live/stream-limits.js';
import { attachWebSocketServer, type WsServer } from '../live/ws-server.js';
import { findImageInfo } from '../pipeline/asset-store.js';
import { createCacheStatsReader } from '../pipeline/cache-stats.js';
import { providerTimeouts } from '../pipeline/catalog.js';
import { allQueues, closeAll, createQueueShards, createShardFlows } from '../pipeline/queues.js';
import { registerQueueGauges } from '../platform/metrics.js';
import { trustFunction } from '../platform/trust-proxy.js';
import { createUrlBuilder } from '../postcards/postcard-presenter.js';
import { createPostcardRouter } from '../postcards/postcard-routes.js';
import { createPostcardService } from '../postcards/postcard-service.js';
import { createPostcardLifecycle } from '../postcards/postcard-lifecycle.js';
import { createDailyBudget } from '../postcards/daily-budget.js';
import { createDailyCounter } from '../postcards/daily-counter.js';
import { createPostcardLimits } from '../postcards/postcard-limits.js';
import { createRateLimits } from '../postcards/rate-limits.js';
import { createOpenApiRouter } from './api-openapi.js';
import { publishControl } from '../pipeline/control-channel.js';
import { createPreviewRouter } from '../preview/preview-routes.js';
import { createProviderSetup } from '../providers/provider-factory.js';
import { createStatsRouter } from '../stats/stats-routes.js';
import { createStudioRouter, findStudioBuild } from '../studio/studio-routes.js';
import { bullBoardReadOnly, createAdminAuth } from './operator-access.js';
import { createProviderReadiness, type ProviderReadiness } from './provider-readiness.js';
import type { Services } from './services.js';
import { createStepRouter } from './step-router.js';

/** How long WebSocket clients get to answer the close frame before they are cut. */
const WS_CLOSE_GRACE_MS = 2000;

export interface ApiRuntime {
  readonly app: Express;
  /** The configured providers as the API sees them (startup checks, the ready line). */
  readonly readiness: ProviderReadiness;
  /** Adds what needs the HTTP server itself (the WebSocket endpoint). */
  attach(server: Server): void;
  /**
   * Tells the live clients (WebSocket, SSE) to reconnect elsewhere and ends
   * their connections, so that the HTTP server can close. First on shutdown.
   */
  disconnectClients(): Promise<void>;
  /** Ends the live clients if still there, then the event subscriber and the queues. */
  close(): Promise<void>;
}

/**
 * Everything the HTTP API needs, wired from the process's services. Async for
 * one read: the secret that signs links and stream tokens (LINK_SIGNING_SECRET,
 * or the one the migrations made and every API process shares).
 */
export async function createApiRuntime(services: Services): Promise<ApiRuntime> {
  const { config, logger, db, metrics } = services;
  const keys = createKeyStore(db, (error) => logger.warn('could not record when an API key was last used', { error }));
  const keysMode = config.auth.mode === 'keys';
  // In open mode nothing is signed: every link works bare, and a stream token only names `anonymous`.
  const signer = createSigner(keysMode ? (config.auth.linkSigningSecret ?? (await keys.signingSecret())) : randomBytes(32).toString('hex'));
  const links = createCapabilityLinks(signer, config.auth.previewLinkTtlSeconds);
  const streamTokens = createStreamTokens(signer, config.auth.streamTokenTtlSeconds);
  const auth = { mode: config.auth.mode, keys, streamTokens };
  if (keysMode) logger.info('AUTH_MODE=keys: every postcard route needs an API key (npm run keys); users see only their own postcards; previews are signed links');
  else {
    logger.warn(`AUTH_MODE=open: no API keys; whoever reaches ${config.http.host}:${config.http.port} is the user anonymous and may make, read, cancel and retry every postcard`);
  }
  const shards = createQueueShards(services.redis('request'), config.queueShards, (error) => logger.warn('queue error', { error: error.message }));
  const { producers, flows } = createShardFlows(services.redis('request'), shards, config.pipeline, (error) =>
    logger.warn('flow producer error', { error: error.message }),
  );
  registerQueueGauges(metrics, allQueues(shards));
  const urls = createUrlBuilder(config.http, keysMode ? links : undefined);
  const isPreviewHost = previewHostTest(config.http);
  // Counted in PostgreSQL (the budget, the daily postcards, the active cap) and Redis (rate limits, daily retries), so every API process shares them.
  const postcardLimits = createPostcardLimits({
    settings: config.limits,
    budget: createDailyBudget({
      limitUsd: config.limits.dailyBudgetUsd,
      checkMs: config.limits.budgetCheckMs,
      spentSince: (since) => services.store.spentSince(since),
      logger,
    }),
    retries: createDailyCounter(services.redis('request'), `${config.queuePrefix}:daily-retries`),
  });
  const rateLimits = createRateLimits({
    redis: services.redis('request'),
    prefix: config.queuePrefix,
    perMinute: config.limits.ratePerMinute,
    exemptAdmins: config.limits.exemptAdmins,
    logger,
  });
  const service = createPostcardService({
    store: services.store,
    findUser: (nameOrId) => keys.findUser(nameOrId),
    defaultStrategy: config.generation.strategy,
    flows,
    limits: postcardLimits,
    idempotencyTtlMs: config.idempotencyTtlMs,
    events: services.events,
    metrics,
    urls,
    backoffMs: config.pipeline.backoffMs,
    imageInfo: (assetId) => findImageInfo(db, assetId),
    logger,
  });
  const lifecycle = createPostcardLifecycle({
    store: services.store,
    flows,
    control: (message) => publishControl(services.redis('request'), config.queuePrefix, message),
    events: services.events,
    metrics,
    limits: postcardLimits,
    logger,
  });
  const hub = createEventHub(services.dedicatedRedis('events'), services.redis('request'), config.queueShards, logger);
  // One limiter for SSE and WebSocket together, so mixing the two earns no extra streams.
  const limits = { connections: createConnectionLimiter(config.streams), idleTimeoutMs: config.streams.idleTimeoutMs };
  const follow = { hub, service, urls, heartbeatMs: config.events.heartbeatMs, limits };
  const sse = createSseTransport({ ...follow, authenticate: authenticate(auth, { streams: true }) });

  // Each model is reported but not required: a chain can fall back, and an
  // outage upstream must not take our API out of the load balancer. A step
  // whose whole chain has no usable member is required: nothing can be made.
  const providerSetup = createProviderSetup(config, { timeouts: providerTimeouts() });
  const readiness = createProviderReadiness(providerSetup, config, logger);
  const router = createStepRouter(services, providerSetup);
  const providerChecks = readiness.healthChecks;

  // Bull Board, /metrics and /api/v1/stats share one guard (and one throttle of wrong credentials).
  const adminAuth = createAdminAuth(config, logger, adminKeyCheck(keys));
  const onlyAdmins = requireAdmin(adminAuth);
  const admin = [{ path: BULL_BOARD_PATH, handlers: [onlyAdmins, createBullBoardRouter(shards, bullBoardReadOnly(config))] }];

  const metricsRouter = express.Router();
  metricsRouter.get('/metrics', onlyAdmins, async (_req, res) => {
    res.set('Content-Type', metrics.registry.contentType).send(await metrics.registry.metrics());
  });

  const app = createApp(config, logger, {
    postcards: [sse.router, createPostcardRouter(service, lifecycle, urls, authenticate(auth), rateLimits)],
    api: [
      { path: '/api/v1/stream-tokens', handlers: [authenticate(auth), createStreamTokenRouter(streamTokens)] },
      { path: '/api/v1/admin/keys', handlers: [onlyAdmins, createKeyRouter(keys)] },
    ],
    assets: createAssetRouter(db, keysMode ? links.allowsAsset : undefined),
    preview: createPreviewRouter(service, isPreviewHost === null ? null : { isPreviewHost, previewUrl: urls.previewUrl }, keysMode ? links.allowsPreview : undefined),
    stats: express.Router().use(
      onlyAdmins,
      createStatsRouter({
        db,
        shards,
        // performance.timeOrigin is when this Node process started, before the connections were built.
        startedAt: new Date(performance.timeOrigin),
        cache: createCacheStatsReader(services.redis('request'), config.queuePrefix, config.queueShards, logger),
        ...(router === undefined ? {} : { tuning: () => router.tuning() }),
      }),
    ),
    health: createHealthRouter(
      [
        { name: 'postgres', check: async () => void (await db.$queryRaw`SELECT 1`) },
        { name: 'redis', check: async () => void (await services.redis('request').ping()) },
        ...providerChecks,
      ],
      isAdminRequest(adminAuth, (error) => logger.warn('could not check admin credentials on /readyz; answering with the anonymous view', { error })),
    ),
    operations: [metricsRouter, createOpenApiRouter(config.http.publicBaseUrl)],
    admin,
    studio: createStudioRouter({ root: findStudioBuild(), logger }),
  });

  let ws: WsServer | undefined;
  const disconnectClients = async () => {
    sse.close();
    await ws?.close(Math.min(WS_CLOSE_GRACE_MS, config.shutdownTimeoutMs));
  };
  return {
    app,
    readiness,
    attach(server) {
      ws = attachWebSocketServer(server, { ...follow, auth, logger, trust: trustFunction(config.http.trustProxy), ...(isPreviewHost === null ? {} : { refuses: isPreviewHost }) });
    },
    disconnectClients,
    async close() {
      await disconnectClients();
      await hub.close();
      await closeAll([...producers, ...allQueues(shards)]);
    },
  };
}
