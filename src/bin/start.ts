import { createServer } from 'node:http';
import { CLOSE_MARGIN_MS, closeHttpServer, installShutdown } from '../platform/shutdown.js';
import { createApiRuntime } from '../runtime/api-runtime.js';
import { createServices } from '../runtime/services.js';
import { createWorkerRuntime } from '../runtime/worker-runtime.js';
import { boot, joinShardLayout } from './boot.js';

/** `npm start`: API and workers in one process, for a single machine. (`npm start` applies migrations first.) */
async function main(): Promise<void> {
  const { config, logger, ready } = boot('postcards');
  const services = createServices(config, logger, 'all-in-one');
  const layout = await joinShardLayout(services, 'all-in-one');
  const api = await createApiRuntime(services);
  const workers = createWorkerRuntime(services);
  const server = createServer(api.app);
  api.attach(server);
  server.once('error', (error) => {
    logger.error('could not listen; set HOST and PORT to a free address', { host: config.http.host, port: config.http.port, error });
    process.exit(1);
  });
  server.listen(config.http.port, config.http.host, () => {
    logger.info('postcard service ready', {
      url: config.http.publicBaseUrl,
      chains: api.readiness.summary(),
      strategy: config.generation.strategy,
      concurrency: config.pipeline.concurrency,
    });
    ready();
  });
  // The workers' checks trip their circuit breaker, so a dead model is skipped from the first postcard on.
  void (workers.readiness ?? api.readiness).checkAtStartup();
  // Live clients first: an open WebSocket or SSE stream would hold server.close() open.
  // The HTTP drain and the workers' share one SHUTDOWN_TIMEOUT, so they run side by side.
  installShutdown(
    logger,
    [
      { name: 'live clients', run: () => api.disconnectClients() },
      {
        name: 'http and workers',
        run: async () => {
          const [http, drained] = await Promise.allSettled([closeHttpServer(server, config.shutdownTimeoutMs), workers.close(config.shutdownTimeoutMs)]);
          if (http.status === 'rejected') throw http.reason;
          if (drained.status === 'rejected') throw drained.reason;
        },
      },
      { name: 'queues', run: () => api.close() },
      { name: 'shard layout', run: () => layout.release() },
      { name: 'connections', run: () => services.close() },
    ],
    { deadlineMs: config.shutdownTimeoutMs + CLOSE_MARGIN_MS },
  );
}

// A failure before the server listens is an unhandled rejection: the boot guard logs it and exits non-zero.
void main();
