import { createServer } from 'node:http';
import { installShutdown } from '../platform/shutdown.js';
import { createApiRuntime } from '../runtime/api-runtime.js';
import { createServices } from '../runtime/services.js';
import { boot } from './boot.js';

/** `npm run api`: the HTTP API alone. */
function main(): void {
  const { config, logger } = boot('api');
  const services = createServices(config, logger, 'api');
  const api = createApiRuntime(services);
  const server = createServer(api.app);
  api.attach(server);
  server.listen(config.http.port, config.http.host, () => {
    logger.info('API listening', { host: config.http.host, port: config.http.port, public_base_url: config.http.publicBaseUrl, chains: api.readiness.summary() });
  });
  void api.readiness.checkAtStartup();
  installShutdown(logger, [
    { name: 'http', run: () => new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))) },
    { name: 'queues', run: () => api.close() },
    { name: 'connections', run: () => services.close() },
  ]);
}

main();
