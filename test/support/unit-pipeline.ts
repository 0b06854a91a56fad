import { randomUUID } from 'node:crypto';
import { assetIdFor } from '../../src/pipeline/asset-store';
import { STEP_ORDER, type StepName } from '../../src/pipeline/catalog';
import { createPricer } from '../../src/pipeline/cost';
import type { EventPublisher, PostcardEvent } from '../../src/pipeline/postcard-events';
import { createStepProcessor, type StepJob, type StepProcessorDeps } from '../../src/pipeline/step-processor';
import { createStepReporter } from '../../src/pipeline/step-reporter';
import { STEPS } from '../../src/pipeline/steps/index';
import { loadConfig } from '../../src/platform/config';
import { createMetrics } from '../../src/platform/metrics';
import type { GeneratedImage, Providers } from '../../src/providers/contracts';
import { ANONYMOUS_USER_ID, type Postcard } from '../../src/store/postcard-types';
import { createMemoryLogger } from './memory-logger';
import { createMemoryPostcardStore } from './memory-postcard-store';

/**
 * The step processor wired to in-memory parts built from our own interfaces:
 * the fake postcard store, an event list, an asset map. No Redis, no
 * PostgreSQL, no BullMQ: unit tests of the bookkeeping around a step.
 */
export function unitPipeline(providers: Providers, options: { readonly attempts?: number; readonly now?: () => number } = {}) {
  const now = options.now ?? Date.now;
  const store = createMemoryPostcardStore(STEP_ORDER, () => new Date(now()));
  const events: Array<{ readonly taskId: string; readonly event: PostcardEvent }> = [];
  const publisher: EventPublisher = {
    publish: async (taskId, ...published) => {
      for (const event of published) events.push({ taskId, event });
    },
  };
  const assets = new Map<string, GeneratedImage>();
  const config = loadConfig({ AI_WORKFLOW_RETRY_COUNT: String(options.attempts ?? 3) });
  const reporter = createStepReporter({
    events: publisher,
    metrics: createMetrics({ process: `unit-${randomUUID()}`, defaultMetrics: false }),
  });
  const deps: StepProcessorDeps = {
    store,
    saveAsset: async (image) => {
      const id = assetIdFor(image.bytes);
      assets.set(id, image);
      return id;
    },
    reporter,
    lookup: {
      imageSize: async (id) => {
        const image = assets.get(id);
        return image === undefined ? null : { width: image.width, height: image.height };
      },
      image: async (id) => assets.get(id) ?? null,
      postcard: (taskId) => store.get(taskId),
    },
    providers,
    identity: { text: providers.text.name, image: providers.image.name, code: providers.code.name },
    modelOf: (provider) => provider,
    cache: undefined,
    pricer: createPricer({}, () => undefined),
    router: undefined,
    pipeline: config.pipeline,
    logger: createMemoryLogger().logger,
    now,
  };

  /** Creates a PENDING postcard as the API would. */
  const createPostcard = async (prompt: string): Promise<Postcard> => {
    const taskId = randomUUID();
    const outcome = await store.create({
      taskId,
      userInput: prompt,
      style: null,
      theme: null,
      userId: ANONYMOUS_USER_ID,
      useCache: true,
      strategy: 'balanced',
      metadata: null,
      previewUrl: `/preview/${taskId}`,
    });
    if (outcome.kind === 'refused') throw new Error('the unit pipeline sets no limits');
    return outcome.postcard;
  };

  /** Runs one step's processor for one delivery, as a BullMQ worker would. */
  const run = (step: StepName, taskId: string, delivery: { readonly run?: number; readonly attemptsMade?: number; readonly signal?: AbortSignal } = {}) => {
    const job: StepJob = {
      id: `${taskId}.${step}.${delivery.run ?? 1}`,
      data: { taskId, run: delivery.run ?? 1 },
      opts: { attempts: config.pipeline.attempts },
      attemptsMade: delivery.attemptsMade ?? 0,
    };
    return createStepProcessor(STEPS[step], deps)(job, undefined, delivery.signal);
  };

  return { store, events, assets, deps, createPostcard, run, attempts: config.pipeline.attempts };
}
