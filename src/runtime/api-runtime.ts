import type { Server } from 'node:http';
import express, { type Express } from 'express';
import { hasAdminCredentials, requireAdmin } from '../admin/admin-auth.js';
import { BULL_BOARD_PATH, createBullBoardRouter } from '../admin/bull-board.js';
import { createAssetRouter } from '../assets/asset-routes.js';
import { createEventHub } from '../events/event-hub.js';
import { createSseRouter } from '../events/sse-routes.js';
import { attachWebSocketServer, type WsServer } from '../events/ws-server.js';
import { cachedCheck, createHealthRouter } from '../health/health-routes.js';
import { createApp } from '../http/app.js';
import { createOpenApiRouter } from '../http/openapi.js';
import { createFlowEnqueuer } from '../pipeline/flow.js';
import { closeAll, createFlowProducer, createStepQueues } from '../pipeline/queues.js';
import { registerQueueGauges } from '../platform/metrics.js';
import { createUrlBuilder } from '../postcards/postcard-presenter.js';
import { createPostcardRepository } from '../postcards/postcard-repository.js';
import { createPostcardRouter } from '../postcards/postcard-routes.js';
import { createPostcardService } from '../postcards/postcard-service.js';
import { createPostcardLifecycle } from '../postcards/postcard-lifecycle.js';
import { publishControl } from '../pipeline/control-channel.js';
import { createPreviewRouter } from '../preview/preview-routes.js';
import { createProviderSetup } from '../providers/provider-factory.js';
import { createStatsRouter } from '../stats/stats-routes.js';
import type { Services } from './services.js';

export interface ApiRuntime {
  readonly app: Express;
  /** Adds what needs the HTTP server itself (the WebSocket endpoint). */
  attach(server: Server): void;
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
    repository: createPostcardRepository(db),
    flows,
    idempotencyTtlMs: config.idempotencyTtlMs,
    events: services.events,
    metrics,
    urls,
    logger,
  });
  const lifecycle = createPostcardLifecycle({
    db,
    flows,
    control: (message) => publishControl(services.redis('request'), config.queuePrefix, message),
    events: services.events,
    metrics,
    logger,
  });
  const hub = createEventHub(services.dedicatedRedis('events'), services.redis('request'), config.queuePrefix, logger);
  const follow = { hub, service, urls, heartbeatMs: config.events.heartbeatMs };

  // Providers are reported but not required: a chain can fall back, and an
  // outage upstream must not take our API out of the load balancer.
  const providerChecks = createProviderSetup(config.providers)
    .healthChecks.map((h) =>
      cachedCheck({ name: `provider:${h.name}`, required: false, check: () => h.check(AbortSignal.timeout(5000)) }, config.providers.healthTtlMs),
    );

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
    postcards: [createSseRouter(follow), createPostcardRouter(service, lifecycle, urls)],
    assets: createAssetRouter(db),
    preview: createPreviewRouter(service),
    stats: createStatsRouter({ db, queues }),
    health: createHealthRouter([
      { name: 'postgres', check: async () => void (await db.$queryRaw`SELECT 1`) },
      { name: 'redis', check: async () => void (await services.redis('request').ping()) },
      ...providerChecks,
    ]),
    operations: [metricsRouter, createOpenApiRouter(config.http.publicBaseUrl)],
    admin,
  });

  let ws: WsServer | undefined;
  return {
    app,
    attach(server) {
      ws = attachWebSocketServer(server, { ...follow, logger });
    },
    async close() {
      await ws?.close();
      await hub.close();
      await closeAll([producer, ...Object.values(queues)]);
    },
  };
}
