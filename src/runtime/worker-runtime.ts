import { findImage, findImageSize } from '../assets/asset-store.js';
import { startPipelineWorkers, type PipelineWorkers } from '../pipeline/pipeline-workers.js';
import { createStepCache } from '../pipeline/step-cache.js';
import type { StepProcessorDeps } from '../pipeline/step-processor.js';
import { createStepReporter } from '../pipeline/step-reporter.js';
import { createStepStore } from '../pipeline/step-store.js';
import { createUrlBuilder } from '../postcards/postcard-presenter.js';
import { createProviderSetup, type ProviderSetup } from '../providers/provider-factory.js';
import type { Services } from './services.js';

/** Providers supplied by a caller (tests, benchmarks) rather than built from config. */
export type ProviderChoice = Pick<ProviderSetup, 'providers'> & Partial<Pick<ProviderSetup, 'identity' | 'modelOf'>>;

/** What every step processor needs, wired from the process's services. */
export function createStepDeps(services: Services, choice: ProviderChoice = createProviderSetup(services.config.providers)): StepProcessorDeps {
  const { config, logger, db, metrics } = services;
  const { providers } = choice;
  const settings = config.providers;
  return {
    store: createStepStore(db),
    reporter: createStepReporter({ events: services.events, metrics, previewUrl: createUrlBuilder(config.http.publicBaseUrl).previewUrl }),
    lookup: {
      imageSize: (assetId) => findImageSize(db, assetId),
      image: (assetId) => findImage(db, assetId),
      postcard: (taskId) => db.postcard.findUnique({ where: { taskId } }),
    },
    providers,
    identity: choice.identity ?? { text: providers.text.name, image: providers.image.name, code: providers.code.name },
    modelOf: choice.modelOf ?? ((provider) => provider),
    cache:
      settings.cacheTtlSeconds === 0
        ? undefined
        : createStepCache(services.redis('request'), { prefix: config.queuePrefix, ttlSeconds: settings.cacheTtlSeconds }, metrics, logger),
    prices: settings.prices,
    pipeline: config.pipeline,
    publicBaseUrl: config.http.publicBaseUrl,
    logger,
  };
}

/**
 * The four step workers. Providers default to the configured chains; a caller
 * may pass its own (the benchmarks' simulated provider, the tests' scripted ones).
 */
export function createWorkerRuntime(services: Services, choice?: ProviderChoice): PipelineWorkers {
  return startPipelineWorkers({
    connection: services.redis('blocking'),
    prefix: services.config.queuePrefix,
    concurrency: services.config.pipeline.concurrency,
    backoffBaseMs: services.config.pipeline.backoffMs,
    rateLimits: services.config.providers.rateLimits,
    logger: services.logger,
    deps: createStepDeps(services, choice),
  });
}
