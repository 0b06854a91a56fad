import { findImageSize } from '../assets/asset-store.js';
import { startPipelineWorkers, type PipelineWorkers } from '../pipeline/pipeline-workers.js';
import { createStepStore } from '../pipeline/step-store.js';
import type { Providers } from '../providers/contracts.js';
import { createProviders } from '../providers/provider-factory.js';
import type { Services } from './services.js';

/**
 * The four step workers, wired from the process's services. Providers default
 * to the configured ones; a caller may pass its own (the benchmarks'
 * simulated provider, the tests' scripted ones).
 */
export function createWorkerRuntime(services: Services, providers: Providers = createProviders(services.config.providers)): PipelineWorkers {
  const { config, logger, db } = services;
  return startPipelineWorkers({
    connection: services.redis('blocking'),
    prefix: config.queuePrefix,
    concurrency: config.pipeline.concurrency,
    logger,
    deps: {
      store: createStepStore(db),
      lookup: { imageSize: (assetId) => findImageSize(db, assetId) },
      providers,
      pipeline: config.pipeline,
      publicBaseUrl: config.http.publicBaseUrl,
      logger,
    },
  });
}
