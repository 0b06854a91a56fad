import { createHash, randomUUID } from 'node:crypto';
import type { FlowEnqueuer } from '../pipeline/flow.js';
import type { EventPublisher } from '../pipeline/postcard-events.js';
import type { Logger } from '../platform/logger.js';
import type { Metrics } from '../platform/metrics.js';
import { NotFoundError, ServiceUnavailableError, UnprocessableError, ValidationError } from '../http/http-errors.js';
import { normalise } from '../pipeline/step-cache.js';
import type { CreateOutcome, ListOptions, PostcardStore } from '../store/postcard-store.js';
import type { Postcard, PostcardWithSteps } from '../store/postcard-types.js';
import type { Strategy } from '../platform/generation-settings.js';
import { previewPath, type UrlBuilder } from './postcard-presenter.js';
import { servedPage } from './served-page.js';
import type { CreatePostcardBody, ListPostcardsQuery } from './postcard-schemas.js';

export interface PostcardService {
  /** Creates a postcard, or with an idempotency key returns the one that key already made (`replayed`). */
  create(body: CreatePostcardBody, idempotencyKey?: string): Promise<{ readonly postcard: Postcard; readonly replayed: boolean }>;
  get(taskId: string): Promise<PostcardWithSteps>;
  list(query: ListPostcardsQuery): Promise<{ readonly items: Postcard[]; readonly nextCursor: string | null }>;
  /** The finished page as served, its illustration at this deployment's URL (`imageUrl`); null until the page is stored. */
  html(taskId: string): Promise<{ readonly html: string; readonly imageUrl: string | null } | null>;
}

export interface PostcardServiceDeps {
  readonly store: PostcardStore;
  /** WORKFLOW_STRATEGY, for postcards whose request names none. */
  readonly defaultStrategy: Strategy;
  readonly events: EventPublisher;
  readonly metrics: Metrics;
  readonly flows: FlowEnqueuer;
  readonly urls: UrlBuilder;
  readonly idempotencyTtlMs: number;
  readonly logger: Logger;
}

export function createPostcardService(deps: PostcardServiceDeps): PostcardService {
  const log = deps.logger.child({ component: 'postcards' });
  return {
    async create(body, idempotencyKey) {
      const taskId = randomUUID();
      const claim =
        idempotencyKey === undefined
          ? undefined
          : { key: idempotencyKey, requestHash: createHash('sha256').update(JSON.stringify(normalise(body))).digest('hex'), ttlMs: deps.idempotencyTtlMs };
      let outcome: CreateOutcome;
      try {
        outcome = await deps.store.create(
          {
            taskId,
            userInput: body.prompt,
            style: body.style,
            theme: body.theme,
            userId: body.user_id,
            useCache: body.cache,
            strategy: body.strategy ?? deps.defaultStrategy,
            metadata: body.metadata,
            previewUrl: previewPath(taskId),
          },
          claim,
        );
      } catch (error) {
        log.error('could not store a new postcard', { task_id: taskId, error });
        throw new ServiceUnavailableError('The database is unavailable; the postcard was not created. Try again shortly.', { cause: error });
      }
      if (outcome.kind === 'mismatch') {
        throw new UnprocessableError('idempotency_key_reused', 'This Idempotency-Key was already used with a different request body.', [
          { field: 'Idempotency-Key', message: `already used for task ${outcome.postcard.taskId} with a different body` },
        ]);
      }
      const postcard = outcome.postcard;
      // The first request started the flow; a replay must not start another.
      if (outcome.kind === 'replayed') return { postcard, replayed: true };
      // Published before the flow exists, so it always precedes the workers' events.
      await deps.events.publish(taskId, { type: 'status', data: { status: 'PENDING' } });
      try {
        await deps.flows.enqueue({ taskId, run: postcard.run });
      } catch (error) {
        log.error('could not enqueue a new postcard; removing it', { task_id: taskId, error });
        // Without its flow the row would sit PENDING forever: take it back so the client can simply retry.
        await deps.store.discard(taskId).catch((removeError: unknown) => {
          log.error('could not remove the unqueued postcard', { task_id: taskId, error: removeError });
        });
        throw new ServiceUnavailableError('The job queue is unavailable; the postcard was not created. Try again shortly.', { cause: error });
      }
      log.info('postcard created', { task_id: taskId });
      deps.metrics.postcardsCreated.inc();
      return { postcard, replayed: false };
    },

    async get(taskId) {
      const postcard = await deps.store.getWithSteps(taskId);
      if (postcard === null) throw new NotFoundError(`No postcard with task_id ${taskId}`);
      return postcard;
    },

    async list(query) {
      const options: ListOptions = {
        limit: query.limit,
        ...(query.status === undefined ? {} : { status: query.status }),
        ...(query.user_id === undefined ? {} : { userId: query.user_id }),
        ...(query.cursor === undefined ? {} : { after: decodeCursor(query.cursor) }),
      };
      const items = await deps.store.list({ ...options, limit: query.limit + 1 });
      const page = items.slice(0, query.limit);
      const last = page.at(-1);
      const nextCursor = items.length > query.limit && last !== undefined ? encodeCursor(last) : null;
      return { items: page, nextCursor };
    },

    async html(taskId) {
      const found = await deps.store.page(taskId);
      if (found === null) throw new NotFoundError(`No postcard with task_id ${taskId}`);
      if (found.frontendCode === null) return null;
      const imageUrl = deps.urls.imageUrl(found.imageUrl);
      if (found.imageUrl === null || imageUrl === null) return { html: found.frontendCode, imageUrl: null };
      return { html: servedPage(found.frontendCode, found.imageUrl, imageUrl), imageUrl };
    },
  };
}

/** Opaque keyset cursor: the last item's (created_at, task_id), so pages stay stable while rows are added. */
function encodeCursor(postcard: Postcard): string {
  return Buffer.from(`${postcard.createdAt.toISOString()}|${postcard.taskId}`).toString('base64url');
}

function decodeCursor(cursor: string): { createdAt: Date; taskId: string } {
  const [at = '', taskId = ''] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const createdAt = new Date(at);
  if (Number.isNaN(createdAt.getTime()) || !/^[0-9a-f-]{36}$/.test(taskId)) {
    throw new ValidationError('Invalid request query: cursor: is not a cursor this API returned', [
      { field: 'cursor', message: 'is not a cursor this API returned' },
    ]);
  }
  return { createdAt, taskId };
}
