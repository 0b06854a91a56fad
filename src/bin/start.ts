import { createServer } from 'node:http';
import { installShutdown } from '../platform/shutdown.js';
import { createApiRuntime } from '../runtime/api-runtime.js';
import { createServices } from '../runtime/services.js';
import { createWorkerRuntime } from '../runtime/worker-runtime.js';
import { boot } from './boot.js';

/** `npm start`: API and workers in one process, for a single machine. (`npm start` applies migrations first.) */
function main(): void {
  const { config, logger } = boot('postcards');
  const services = createServices(config, logger, 'all-in-one');
  const api = createApiRuntime(services);
  const workers = createWorkerRuntime(services);
  const server = createServer(api.app);
  api.attach(server);
  server.listen(config.http.port, config.http.host, () => {
    logger.info('postcard service ready', {
      url: config.http.publicBaseUrl,
      chains: api.readiness.summary(),
      strategy: config.generation.strategy,
      concurrency: config.pipeline.concurrency,
    });
  });
  // The workers' checks trip their circuit breaker, so a dead model is skipped from the first postcard on.
  void (workers.readiness ?? api.readiness).checkAtStartup();
  installShutdown(logger, [
    { name: 'http', run: () => new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))) },
    { name: 'workers', run: () => workers.close(config.shutdownTimeoutMs) },
    { name: 'queues', run: () => api.close() },
    { name: 'connections', run: () => services.close() },
  ]);
}

main();
