import { randomUUID } from 'node:crypto';
import type { FlowEnqueuer } from '../../src/pipeline/flow';
import type { Logger } from '../../src/platform/logger';
import { createMetrics } from '../../src/platform/metrics';
import { UNLIMITED } from '../../src/postcards/postcard-limits';
import { createPostcardService } from '../../src/postcards/postcard-service';
import type { PostcardStore } from '../../src/store/postcard-store';

/** The postcards service over a given store and flows, with no limits, no events and plain URLs: for unit tests of create's failure paths. */
export function unitPostcardService(store: PostcardStore, flows: FlowEnqueuer, logger: Logger) {
  return createPostcardService({
    store,
    findUser: async () => null,
    defaultStrategy: 'balanced',
    events: { publish: async () => undefined },
    metrics: createMetrics({ process: `unit-${randomUUID()}`, defaultMetrics: false }),
    flows,
    limits: UNLIMITED,
    urls: { statusUrl: (id) => `/s/${id}`, previewUrl: (id) => `/p/${id}`, imageUrl: (path) => path },
    backoffMs: 100,
    imageInfo: async () => null,
    idempotencyTtlMs: 86_400_000,
    logger,
  });
}
