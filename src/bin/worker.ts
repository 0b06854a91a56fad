import { nodeAdminGuard } from '../admin/admin-auth.js';
import { adminKeyCheck, createKeyStore } from '../auth/key-store.js';
import type { Db } from '../platform/db.js';
import type { Config } from '../platform/config.js';
import type { Logger } from '../platform/logger.js';
import type { Metrics } from '../platform/metrics.js';
import { startMetricsServer, type MetricsServer } from '../platform/metrics-server.js';
import { CLOSE_MARGIN_MS, closeHttpServer, installShutdown } from '../platform/shutdown.js';
import { createAdminAuth } from '../runtime/operator-access.js';
import { createServices } from '../runtime/services.js';
import { createWorkerRuntime } from '../runtime/worker-runtime.js';
import { boot, joinShardLayout } from './boot.js';

/** A scrape in flight may finish; Prometheus's keep-alive connections must not hold the exit. */
const METRICS_CLOSE_GRACE_MS = 1000;

/**
 * Binds the metrics port before anything takes a job: a worker that cannot
 * be scraped (or health-checked on that port) must not run unseen.
 */
async function bindMetrics(config: Config, metrics: Metrics, logger: Logger, db: Db): Promise<MetricsServer | null> {
  const setting = config.metricsPort;
  if (setting.kind === 'off') return null;
  // The same rule as the API's /metrics: admin credentials or an admin key, unless this is open mode on loopback.
  const keys = createKeyStore(db, (error) => logger.warn('could not record when an API key was last used', { error }));
  const guard = nodeAdminGuard(createAdminAuth(config, logger, adminKeyCheck(keys)));
  const bound = await startMetricsServer(metrics.registry, config.http.host, setting.port, setting.fallback, guard);
  if (bound.fellBack) logger.warn('the default metrics port is taken (another worker on this host?); serving metrics on a free port', { requested_port: setting.port, metrics_port: bound.port });
  return bound;
}

/** `npm run worker`: the four step workers alone. Start as many as you like, on as many machines. */
async function main(): Promise<void> {
  const { config, logger, ready } = boot('worker');
  const services = createServices(config, logger, 'worker');
  let metricsServer: MetricsServer | null;
  try {
    metricsServer = await bindMetrics(config, services.metrics, logger, services.db);
  } catch (error) {
    // Nothing to drain: no job has been taken yet.
    logger.error('could not serve metrics; set METRICS_PORT to a free port, 0 for any, or leave it unset; exiting before taking any job', { error });
    process.exit(1);
  }
  const layout = await joinShardLayout(services, 'worker');
  const workers = createWorkerRuntime(services);
  logger.info('workers started', {
    concurrency: config.pipeline.concurrency,
    chains: workers.readiness?.summary(),
    strategy: config.generation.strategy,
    prefix: config.queuePrefix,
    shards: config.queueShards,
    metrics_port: metricsServer?.port ?? null,
  });
  void workers.readiness?.checkAtStartup();
  installShutdown(
    logger,
    [
      { name: 'workers', run: () => workers.close(config.shutdownTimeoutMs) },
      { name: 'metrics', run: async () => (metricsServer === null ? undefined : closeHttpServer(metricsServer.server, METRICS_CLOSE_GRACE_MS)) },
      { name: 'shard layout', run: () => layout.release() },
      { name: 'connections', run: () => services.close() },
    ],
    { deadlineMs: config.shutdownTimeoutMs + CLOSE_MARGIN_MS },
  );
  ready();
}

void main();
