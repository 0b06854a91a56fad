import { createServer } from 'node:http';
import { CLOSE_MARGIN_MS, closeHttpServer, installShutdown } from '../platform/shutdown.js';
import { createApiRuntime } from '../runtime/api-runtime.js';
import { createServices } from '../runtime/services.js';
import { boot, joinShardLayout } from './boot.js';

/** `npm run api`: the HTTP API alone. */
async function main(): Promise<void> {
  const { config, logger, ready } = boot('api');
  const services = createServices(config, logger, 'api');
  const layout = await joinShardLayout(services, 'api');
  const api = await createApiRuntime(services);
  const server = createServer(api.app);
  api.attach(server);
  server.once('error', (error) => {
    logger.error('could not listen; set HOST and PORT to a free address', { host: config.http.host, port: config.http.port, error });
    process.exit(1);
  });
  server.listen(config.http.port, config.http.host, () => {
    logger.info('API listening', { host: config.http.host, port: config.http.port, public_base_url: config.http.publicBaseUrl, chains: api.readiness.summary() });
    ready();
  });
  void api.readiness.checkAtStartup();
  // Live clients first: an open WebSocket or SSE stream would hold server.close() open.
  installShutdown(
    logger,
    [
      { name: 'live clients', run: () => api.disconnectClients() },
      { name: 'http', run: () => closeHttpServer(server, config.shutdownTimeoutMs) },
      { name: 'queues', run: () => api.close() },
      { name: 'shard layout', run: () => layout.release() },
      { name: 'connections', run: () => services.close() },
    ],
    { deadlineMs: config.shutdownTimeoutMs + CLOSE_MARGIN_MS },
  );
}

// A failure before the server listens is an unhandled rejection: the boot guard logs it and exits non-zero.
void main();
