import { findImageSize } from '../assets/asset-store.js';
import { startPipelineWorkers, type PipelineWorkers } from '../pipeline/pipeline-workers.js';
import type { StepProcessorDeps } from '../pipeline/step-processor.js';
import { createStepReporter } from '../pipeline/step-reporter.js';
import { createStepStore } from '../pipeline/step-store.js';
import { createUrlBuilder } from '../postcards/postcard-presenter.js';
import type { Providers } from '../providers/contracts.js';
import { createProviders } from '../providers/provider-factory.js';
import type { Services } from './services.js';

/** What every step processor needs, wired from the process's services. */
export function createStepDeps(services: Services, providers: Providers): StepProcessorDeps {
  const { config, logger, db } = services;
  return {
    store: createStepStore(db),
    reporter: createStepReporter({
      events: services.events,
      metrics: services.metrics,
      previewUrl: createUrlBuilder(config.http.publicBaseUrl).previewUrl,
    }),
    lookup: { imageSize: (assetId) => findImageSize(db, assetId) },
    providers,
    pipeline: config.pipeline,
    publicBaseUrl: config.http.publicBaseUrl,
    logger,
  };
}

/**
 * The four step workers. Providers default to the configured ones; a caller
 * may pass its own (the benchmarks' simulated provider, the tests' scripted ones).
 */
export function createWorkerRuntime(services: Services, providers: Providers = createProviders(services.config.providers)): PipelineWorkers {
  return startPipelineWorkers({
    connection: services.redis('blocking'),
    prefix: services.config.queuePrefix,
    concurrency: services.config.pipeline.concurrency,
    logger: services.logger,
    deps: createStepDeps(services, providers),
  });
}
