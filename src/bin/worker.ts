import { startMetricsServer } from '../platform/metrics-server.js';
import { installShutdown } from '../platform/shutdown.js';
import { createServices } from '../runtime/services.js';
import { createWorkerRuntime } from '../runtime/worker-runtime.js';
import { boot } from './boot.js';

/** `npm run worker`: the four step workers alone. Start as many as you like, on as many machines. */
async function main(): Promise<void> {
  const { config, logger } = boot('worker');
  const services = createServices(config, logger, 'worker');
  const workers = createWorkerRuntime(services);
  const metricsServer = config.metricsPort === 0 ? null : await startMetricsServer(services.metrics.registry, config.http.host, config.metricsPort);
  logger.info('workers started', {
    concurrency: config.pipeline.concurrency,
    chains: workers.readiness?.summary(),
    strategy: config.generation.strategy,
    prefix: config.queuePrefix,
    metrics_port: config.metricsPort === 0 ? null : config.metricsPort,
  });
  void workers.readiness?.checkAtStartup();
  installShutdown(logger, [
    { name: 'workers', run: () => workers.close(config.shutdownTimeoutMs) },
    { name: 'metrics', run: () => new Promise<void>((resolve) => (metricsServer === null ? resolve() : metricsServer.close(() => resolve()))) },
    { name: 'connections', run: () => services.close() },
  ]);
}

void main();
