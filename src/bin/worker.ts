import { installShutdown } from '../platform/shutdown.js';
import { createServices } from '../runtime/services.js';
import { createWorkerRuntime } from '../runtime/worker-runtime.js';
import { boot } from './boot.js';

/** `npm run worker`: the four step workers alone. Start as many as you like, on as many machines. */
function main(): void {
  const { config, logger } = boot('worker');
  const services = createServices(config, logger, 'worker');
  const workers = createWorkerRuntime(services);
  logger.info('workers started', { concurrency: config.pipeline.concurrency, providers: config.providers, prefix: config.queuePrefix });
  installShutdown(logger, [
    { name: 'workers', run: () => workers.close(config.shutdownTimeoutMs) },
    { name: 'connections', run: () => services.close() },
  ]);
}

main();
