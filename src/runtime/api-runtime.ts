import type { Server } from 'node:http';
import express, { type Express } from 'express';
import { hasAdminCredentials, requireAdmin } from '../admin/admin-auth.js';
import { BULL_BOARD_PATH, createBullBoardRouter } from '../admin/bull-board.js';
import { createAssetRouter } from '../assets/asset-routes.js';
import { createHealthRouter } from '../health/health-routes.js';
import { createApp } from '../http/app.js';
import { createEventHub } from '../live/event-hub.js';
import { createSseTransport } from '../live/sse-routes.js';
import { attachWebSocketServer, type WsServer } from '../live/ws-server.js';
import { createCacheStatsReader } from '../pipeline/cache-stats.js';
import { providerTimeouts } from '../pipeline/catalog.js';
import { createFlowEnqueuer } from '../pipeline/flow.js';
import { closeAll, createFlowProducer, createStepQueues } from '../pipeline/queues.js';
import { registerQueueGauges } from '../platform/metrics.js';
import { createUrlBuilder } from '../postcards/postcard-presenter.js';
import { createPostcardRouter } from '../postcards/postcard-routes.js';
import { createPostcardService } from '../postcards/postcard-service.js';
import { createPostcardLifecycle } from '../postcards/postcard-lifecycle.js';
import { createOpenApiRouter } from '../postcards/postcard-openapi.js';
import { publishControl } from '../pipeline/control-channel.js';
import { createPreviewRouter } from '../preview/preview-routes.js';
import { createProviderSetup } from '../providers/provider-factory.js';
import { createStatsRouter } from '../stats/stats-routes.js';
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

/** Everything the HTTP API needs, wired from the process's services. */
export function createApiRuntime(services: Services): ApiRuntime {
  const { config, logger, db, metrics } = services;
  const producer = createFlowProducer(services.redis('request'), config.queuePrefix);
  producer.on('error', (error) => logger.warn('flow producer error', { error: error.message }));
  const queues = createStepQueues(services.redis('request'), config.queuePrefix, (error) => logger.warn('queue error', { error: error.message }));
  registerQueueGauges(metrics, Object.values(queues));
  const urls = createUrlBuilder(config.http.publicBaseUrl);
  const flows = createFlowEnqueuer(producer, queues, config.pipeline);
  const service = createPostcardService({
    store: services.store,
    defaultStrategy: config.generation.strategy,
    flows,
    idempotencyTtlMs: config.idempotencyTtlMs,
    events: services.events,
    metrics,
    urls,
    logger,
  });
  const lifecycle = createPostcardLifecycle({
    store: services.store,
    flows,
    control: (message) => publishControl(services.redis('request'), config.queuePrefix, message),
    events: services.events,
    metrics,
    logger,
  });
  const hub = createEventHub(services.dedicatedRedis('events'), services.redis('request'), config.queuePrefix, logger);
  const follow = { hub, service, urls, heartbeatMs: config.events.heartbeatMs };
  const sse = createSseTransport(follow);

  // Each model is reported but not required: a chain can fall back, and an
  // outage upstream must not take our API out of the load balancer. A step
  // whose whole chain has no usable member is required: nothing can be made.
  const providerSetup = createProviderSetup(config, { timeouts: providerTimeouts() });
  const readiness = createProviderReadiness(providerSetup, config, logger);
  const router = createStepRouter(services, providerSetup);
  const providerChecks = readiness.healthChecks;

  const admin = [];
  if (hasAdminCredentials(config.admin)) {
    admin.push({ path: BULL_BOARD_PATH, handlers: [requireAdmin(config.admin), createBullBoardRouter(queues, config.admin.readOnly)] });
  } else if (config.env !== 'production') {
    logger.warn('Bull Board is open without credentials (development); set ADMIN_USER/ADMIN_PASSWORD or ADMIN_TOKEN', { path: BULL_BOARD_PATH });
    admin.push({ path: BULL_BOARD_PATH, handlers: [createBullBoardRouter(queues, config.admin.readOnly)] });
  } else {
    logger.warn('Bull Board is disabled: no admin credentials configured in production', { path: BULL_BOARD_PATH });
  }

  const metricsRouter = express.Router();
  metricsRouter.get('/metrics', async (_req, res) => {
    res.set('Content-Type', metrics.registry.contentType).send(await metrics.registry.metrics());
  });

  const app = createApp(config, logger, {
    postcards: [sse.router, createPostcardRouter(service, lifecycle, urls)],
    assets: createAssetRouter(db),
    preview: createPreviewRouter(service),
    stats: createStatsRouter({
      db,
      queues,
      // performance.timeOrigin is when this Node process started, before the connections were built.
      startedAt: new Date(performance.timeOrigin),
      cache: createCacheStatsReader(services.redis('request'), config.queuePrefix, logger),
      ...(router === undefined ? {} : { tuning: () => router.tuning() }),
    }),
    health: createHealthRouter([
      { name: 'postgres', check: async () => void (await db.$queryRaw`SELECT 1`) },
      { name: 'redis', check: async () => void (await services.redis('request').ping()) },
      ...providerChecks,
    ]),
    operations: [metricsRouter, createOpenApiRouter(config.http.publicBaseUrl)],
    admin,
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
      ws = attachWebSocketServer(server, { ...follow, logger });
    },
    disconnectClients,
    async close() {
      await disconnectClients();
      await hub.close();
      await closeAll([producer, ...Object.values(queues)]);
    },
  };
}
