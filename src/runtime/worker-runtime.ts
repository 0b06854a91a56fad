import { findImage, imageSizeLookup, saveAsset } from '../pipeline/asset-store.js';
import { providerTimeouts } from '../pipeline/catalog.js';
import { pageGateOn, type PageGate } from '../pipeline/page-gate.js';
import { createCpuPool, type CpuPool } from '../providers/cpu/cpu-pool.js';
import { startPipelineWorkers, type PipelineWorkers } from '../pipeline/pipeline-workers.js';
import { allQueues, closeAll, createQueueShards, createShardFlows } from '../pipeline/queues.js';
import { redisExclusive } from '../pipeline/exclusive-lock.js';
import { startReconciler } from '../pipeline/reconciler.js';
import { startCacheStatsPublisher } from '../pipeline/cache-stats.js';
import { createStepCache, type LayeredStepCache } from '../pipeline/step-cache.js';
import type { StepProcessorDeps } from '../pipeline/step-processor.js';
import { createStepReporter } from '../pipeline/step-reporter.js';
import { createPricer } from '../pipeline/cost.js';
import { createProviderSetup, type ProviderSetup } from '../providers/provider-factory.js';
import { instrumentProviders } from '../providers/instrumented.js';
import { createProviderReadiness, type ProviderReadiness } from './provider-readiness.js';
import type { Services } from './services.js';
import { createStepRouter } from './step-router.js';

/** Providers supplied by a caller (tests, benchmarks) rather than built from config. */
export type ProviderChoice = Pick<ProviderSetup, 'providers'> & Partial<Pick<ProviderSetup, 'identity' | 'modelOf' | 'members' | 'breaker'>>;

/** A caller's providers are timed as a whole; configured chains are timed member by member in the factory. */
function chosen(services: Services, choice: ProviderChoice | undefined, cpu?: CpuPool): { readonly choice: ProviderChoice; readonly setup?: ProviderSetup } {
  if (choice === undefined) {
    const setup = createProviderSetup(services.config, { timeouts: providerTimeouts(), metrics: services.metrics, ...(cpu === undefined ? {} : { cpu }) });
    return { choice: setup, setup };
  }
  return { choice: { ...choice, providers: instrumentProviders(choice.providers, services.metrics) } };
}

/** The processor's deps, with the cache's concrete type so that the runtime can publish its statistics. */
export type WorkerStepDeps = StepProcessorDeps & {
  readonly cache: LayeredStepCache | undefined;
  /** The configured chains, when built from config (not for caller-supplied providers). */
  readonly setup: ProviderSetup | undefined;
};

/** What every step processor needs, wired from the process's services. */
export function createStepDeps(services: Services, requested?: ProviderChoice, cpu?: CpuPool): WorkerStepDeps {
  const { config, logger, db, sql, metrics } = services;
  const { choice, setup } = chosen(services, requested, cpu);
  const { providers } = choice;
  const settings = config.providers;
  return {
    store: services.store,
    saveAsset: (image) => saveAsset(sql, image),
    reporter: createStepReporter({ events: services.events, metrics }),
    lookup: {
      imageSize: imageSizeLookup(sql),
      image: (assetId) => findImage(db, assetId),
      postcard: (taskId) => services.store.get(taskId),
    },
    providers,
    identity: choice.identity ?? { text: providers.text.name, image: providers.image.name, code: providers.code.name },
    modelOf: choice.modelOf ?? ((provider) => provider),
    cache:
      settings.cacheTtlSeconds === 0
        ? undefined
        : createStepCache(
            services.redis('request'),
            { prefixes: config.queueShards, ttlSeconds: settings.cacheTtlSeconds, memory: settings.cacheMemory },
            metrics,
            logger,
          ),
    pricer: createPricer(settings.priceOverrides, (model) =>
      logger.warn('model has no known price: its cost is reported as unknown (null); add it to PRICE_TABLE_JSON', { model }),
    ),
    router: createStepRouter(services, choice),
    setup,
    pipeline: config.pipeline,
    logger,
  };
}

/** The step workers, and what they know of their providers (for the startup checks and the ready line). */
export type WorkerRuntime = PipelineWorkers & { readonly readiness: ProviderReadiness | undefined };

export interface WorkerRuntimeOptions {
  /**
   * The page gate the code step calls; the real one on the runtime's CPU pool
   * when absent. No setting turns the gate off: the benchmark alone passes a
   * pass-through one, to measure the machinery without the gate's CPU.
   */
  readonly pageGate?: PageGate;
}

/**
 * The four step workers. Providers default to the configured chains; a caller
 * may pass its own (the benchmarks' simulated provider, the tests' scripted ones).
 */
export function createWorkerRuntime(services: Services, choice?: ProviderChoice, options: WorkerRuntimeOptions = {}): WorkerRuntime {
  const { config, logger } = services;
  // The runtime owns the CPU threads (deps built for a test work in-process); configured offline providers use them too.
  const cpu = createCpuPool(config.pipeline.workerThreads, (error) => logger.error('a CPU worker thread failed', { error }));
  const deps = { ...createStepDeps(services, choice, cpu), pageGate: options.pageGate ?? pageGateOn(cpu) };
  const readiness = deps.setup === undefined ? undefined : createProviderReadiness(deps.setup, config, logger);
  const shards = createQueueShards(services.redis('request'), config.queueShards, (error) => logger.warn('queue error', { error: error.message }));
  const workers = startPipelineWorkers({
    shards,
    connection: services.redis('blocking'),
    prefix: services.config.queuePrefix,
    concurrency: services.config.pipeline.concurrency,
    backoffBaseMs: services.config.pipeline.backoffMs,
    rateLimits: services.config.providers.rateLimits,
    logger: services.logger,
    control: services.dedicatedRedis('control'),
    lockDurationMs: services.config.reliability.lockDurationMs,
    stalledIntervalMs: services.config.reliability.stalledIntervalMs,
    maxStalledCount: services.config.reliability.maxStalledCount,
    deps,
  });
  const cacheStats =
    deps.cache === undefined ? undefined : startCacheStatsPublisher(services.redis('request'), { prefix: config.queuePrefix }, deps.cache.snapshot, logger);
  if (config.reliability.reconcileIntervalMs === 0) {
    return {
      workers: workers.workers,
      readiness,
      async close(timeoutMs) {
        // A worker that did not close throws here, and the rest stays open: its jobs still
        // run on the CPU threads and queues, and failing them now would fail postcards
        // that another worker can finish once their locks lapse. The process exits anyway.
        await workers.close(timeoutMs);
        // After the workers, so that the final totals include the last jobs' lookups.
        await cacheStats?.close();
        await closeAll(allQueues(shards));
        await cpu.close();
      },
    };
  }

  const { producers, flows } = createShardFlows(services.redis('request'), shards, config.pipeline, (error) =>
    logger.warn('flow producer error', { error: error.message }),
  );
  const reconciler = startReconciler(
    {
      flows,
      store: deps.store,
      reporter: deps.reporter,
      exclusive: redisExclusive(services.redis('request'), `${config.queuePrefix}:reconciler:lock`, 60_000),
      timeoutMs: config.pipeline.timeoutMs,
      stuckAfterMs: config.reliability.stuckAfterMs,
      logger: logger.child({ component: 'reconciler' }),
    },
    config.reliability.reconcileIntervalMs,
  );
  return {
    workers: workers.workers,
    readiness,
    async close(timeoutMs) {
      await reconciler.close();
      // As above: a worker that did not close leaves the rest open.
      await workers.close(timeoutMs);
      await cacheStats?.close();
      await closeAll([...producers, ...allQueues(shards)]);
      await cpu.close();
    },
  };
}
