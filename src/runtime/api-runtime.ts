import type { Express } from 'express';
import { createAssetRouter } from '../assets/asset-routes.js';
import { createHealthRouter } from '../health/health-routes.js';
import { createApp } from '../http/app.js';
import { createFlowEnqueuer } from '../pipeline/flow.js';
import { closeAll, createFlowProducer } from '../pipeline/queues.js';
import { createUrlBuilder } from '../postcards/postcard-presenter.js';
import { createPostcardRepository } from '../postcards/postcard-repository.js';
import { createPostcardRouter } from '../postcards/postcard-routes.js';
import { createPostcardService } from '../postcards/postcard-service.js';
import { createPreviewRouter } from '../preview/preview-routes.js';
import type { Services } from './services.js';

export interface ApiRuntime {
  readonly app: Express;
  close(): Promise<void>;
}

/** Everything the HTTP API needs, wired from the process's services. */
export function createApiRuntime(services: Services): ApiRuntime {
  const { config, logger, db } = services;
  const producer = createFlowProducer(services.redis('request'), config.queuePrefix);
  producer.on('error', (error) => logger.warn('flow producer error', { error: error.message }));
  const urls = createUrlBuilder(config.http.publicBaseUrl);
  const service = createPostcardService({
    repository: createPostcardRepository(db),
    flows: createFlowEnqueuer(producer, config.pipeline),
    urls,
    logger,
  });
  const app = createApp(config, logger, {
    postcards: createPostcardRouter(service, urls),
    assets: createAssetRouter(db),
    preview: createPreviewRouter(service),
    health: createHealthRouter([
      { name: 'postgres', check: async () => void (await db.$queryRaw`SELECT 1`) },
      { name: 'redis', check: async () => void (await services.redis('request').ping()) },
    ]),
  });
  return { app, close: () => closeAll([producer]) };
}
