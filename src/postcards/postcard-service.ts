import { createHash, randomUUID } from 'node:crypto';
import type { FlowEnqueuer } from '../pipeline/flow.js';
import type { EventPublisher } from '../pipeline/postcard-events.js';
import type { Logger } from '../platform/logger.js';
import type { Metrics } from '../platform/metrics.js';
import { isDependencyDown } from '../http/error-kinds.js';
import { ForbiddenError, NotFoundError, ServiceUnavailableError, UnprocessableError, ValidationError } from '../http/http-errors.js';
import { isAdmin, type Principal } from '../auth/principal.js';
import { normalise } from '../pipeline/step-cache.js';
import type { CreateOutcome, ListOptions, PostcardStore } from '../store/postcard-store.js';
import { previewPath, type Postcard, type PostcardWithSteps } from '../store/postcard-types.js';
import type { Strategy } from '../platform/generation-settings.js';
import type { PostcardLimits } from './postcard-limits.js';
import type { ImageInfo } from '../pipeline/asset-store.js';
import { presentStatus, type UrlBuilder } from './postcard-presenter.js';
import type { StatusResponse, TimingsResponse } from './postcard-responses.js';
import { pageAsServed } from './served-page.js';
import { createStepTimings } from './step-timings.js';
import type { CreatePostcardBody, ListPostcardsQuery } from './postcard-schemas.js';

export interface PostcardService {
  /** Creates a postcard, or with an idempotency key returns the one that key already made (`replayed`). */
  create(body: CreatePostcardBody, caller: Principal, idempotencyKey?: string): Promise<{ readonly postcard: Postcard; readonly replayed: boolean }>;
  /** 404 when it does not exist or, given a caller, belongs to someone else (never 403: that would confirm it exists). */
  get(taskId: string, caller?: Principal): Promise<PostcardWithSteps>;
  /** The postcards among `taskIds` that exist, in one query (a WebSocket message subscribes to up to 100). */
  getMany(taskIds: readonly string[], caller?: Principal): Promise<Postcard[]>;
  list(query: ListPostcardsQuery, caller: Principal): Promise<{ readonly items: Postcard[]; readonly nextCursor: string | null }>;
  /** The status as clients see it; the same 404 as `get`. A COMPLETED one's image metadata is looked up, no other's. */
  status(taskId: string, caller?: Principal): Promise<StatusResponse>;
  /** The finished page as served, its illustration at this deployment's URL (`imageUrl`); null until the page is stored. */
  html(taskId: string): Promise<{ readonly html: string; readonly imageUrl: string | null } | null>;
  /** Every postcard's recent step durations (no user data), kept for about 30 s. */
  timings(): Promise<TimingsResponse>;
}

export interface PostcardServiceDeps {
  readonly store: PostcardStore;
  /** A user by name or id, for an admin's list filter. */
  readonly findUser: (nameOrId: string) => Promise<{ readonly id: string } | null>;
  /** WORKFLOW_STRATEGY, for postcards whose request names none. */
  readonly defaultStrategy: Strategy;
  readonly events: EventPublisher;
  readonly metrics: Metrics;
  readonly flows: FlowEnqueuer;
  /** The budget, the daily quota and the active cap, checked before anything is queued. */
  readonly limits: PostcardLimits;
  readonly urls: UrlBuilder;
  /** AI_WORKFLOW_BACKOFF_MS, for when a RETRYING step runs again. */
  readonly backoffMs: number;
  /** A stored image's type and size, without its bytes. */
  readonly imageInfo: (assetId: string) => Promise<ImageInfo | null>;
  readonly idempotencyTtlMs: number;
  readonly logger: Logger;
}

export function createPostcardService(deps: PostcardServiceDeps): PostcardService {
  const log = deps.logger.child({ component: 'postcards' });
  const timings = createStepTimings(deps.store);
  const get = async (taskId: string, caller?: Principal): Promise<PostcardWithSteps> => {
    const postcard = await deps.store.getWithSteps(taskId);
    if (postcard === null || !sees(caller, postcard)) throw new NotFoundError(`No postcard with task_id ${taskId}`);
    return postcard;
  };
  /** Whose postcards a list shows: the caller's own; an admin's choice (a user's name or id), or everyone's. */
  const listedOwner = async (requested: string | undefined, caller: Principal): Promise<string | undefined> => {
    if (!isAdmin(caller)) {
      if (requested !== undefined && requested !== caller.userId && requested !== caller.userName) {
        throw new ForbiddenError('forbidden', 'Only an admin key may list another user\'s postcards.');
      }
      return caller.userId;
    }
    if (requested === undefined) return undefined;
    const user = await deps.findUser(requested);
    if (user === null) throw new NotFoundError(`No user ${requested}`);
    return user.id;
  };
  return {
    async create(body, caller, idempotencyKey) {
      if (body.user_id !== null && body.user_id !== caller.userName && body.user_id !== caller.userId) {
        throw new ValidationError(`Invalid request body: user_id: is set by your API key (you are ${caller.userName}); omit it`, [
          { field: 'user_id', message: `is set by your API key (you are ${caller.userName}); omit it` },
        ]);
      }
      const admission = await deps.limits.forCreate(caller);
      const taskId = randomUUID();
      const claim =
        idempotencyKey === undefined
          ? undefined
          : // Per user: another user's key never answers with, or reveals, their postcard.
            { key: `${caller.userId}:${idempotencyKey}`, requestHash: createHash('sha256').update(JSON.stringify(normalise(body))).digest('hex'), ttlMs: deps.idempotencyTtlMs };
      let outcome: CreateOutcome;
      try {
        outcome = await deps.store.create(
          {
            taskId,
            userInput: body.prompt,
            style: body.style,
            theme: body.theme,
            userId: caller.userId,
            useCache: body.cache,
            strategy: body.strategy ?? deps.defaultStrategy,
            metadata: body.metadata,
            previewUrl: previewPath(taskId),
          },
          claim,
          admission,
        );
      } catch (error) {
        log.error('could not store a new postcard', { task_id: taskId, error });
        // Only an outage is worth a retry; a value the database refused would be refused again, forever.
        if (!isDependencyDown(error)) throw error;
        throw new ServiceUnavailableError('The database is unavailable; the postcard was not created. Try again shortly.', { cause: error });
      }
      if (outcome.kind === 'refused') throw deps.limits.refusal(outcome);
      if (outcome.kind === 'mismatch') {
        throw new UnprocessableError('idempotency_key_reused', 'This Idempotency-Key was already used with a different request body.', [
          { field: 'Idempotency-Key', message: `already used for task ${outcome.postcard.taskId} with a different body` },
        ]);
      }
      const postcard = outcome.postcard;
      // The first request started the flow; a replay must not start another.
      if (outcome.kind === 'replayed') return { postcard, replayed: true };
      // Issued before the flow, on the same `request` connection and slot
      // (both under the postcard's shard), so Redis runs it first and PENDING
      // precedes every worker event; awaited only after the flow is issued
      // too, so a create waits for one round trip to Redis rather than two.
      // (After a Redis restart the first publish is sent again as EVAL, one
      // round trip later: still ahead of a worker, which needs two Redis
      // round trips and a PostgreSQL one before its first event.) Never throws.
      const pending = deps.events.publish(taskId, { type: 'status', data: { status: 'PENDING' } });
      try {
        await deps.flows.enqueue({ taskId, run: postcard.run });
      } catch (error) {
        await pending;
        if (claim !== undefined) {
          // A keyed postcard is never taken back: from its commit on, a replay of the
          // key (a duplicate send, this client's retry) may already have answered 202
          // with it. It stays PENDING, the retry replays it, and the reconciler
          // enqueues it once it has been quiet for STUCK_AFTER_SECONDS.
          log.error('could not enqueue a new postcard; the reconciler will', { task_id: taskId, error });
          throw new ServiceUnavailableError('The job queue is unavailable; retry with the same Idempotency-Key to get the postcard it made.', { cause: error });
        }
        log.error('could not enqueue a new postcard; removing it', { task_id: taskId, error });
        // Without a key no one else knows this row: take it back, so the client's plain retry does not make a second postcard.
        await deps.store.discard(taskId).catch((removeError: unknown) => {
          log.error('could not remove the unqueued postcard', { task_id: taskId, error: removeError });
        });
        throw new ServiceUnavailableError('The job queue is unavailable; the postcard was not created. Try again shortly.', { cause: error });
      }
      await pending;
      log.info('postcard created', { task_id: taskId });
      deps.metrics.postcardsCreated.inc();
      return { postcard, replayed: false };
    },

    get,

    async status(taskId, caller) {
      const postcard = await get(taskId, caller);
      // Only a finished postcard shows its image: a poll of one still running reads nothing more.
      const image = postcard.status === 'COMPLETED' && postcard.imageAssetId !== null ? await deps.imageInfo(postcard.imageAssetId) : null;
      return presentStatus(postcard, { urls: deps.urls, backoffMs: deps.backoffMs, image });
    },

    timings: () => timings(),

    getMany: async (taskIds, caller) => (await deps.store.getMany(taskIds)).filter((postcard) => sees(caller, postcard)),

    async list(query, caller) {
      const owner = await listedOwner(query.user_id, caller);
      const options: ListOptions = {
        limit: query.limit,
        ...(query.status === undefined ? {} : { status: query.status }),
        ...(owner === undefined ? {} : { userId: owner }),
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
      return { html: pageAsServed(found.frontendCode, found.imageUrl, imageUrl), imageUrl: found.imageUrl === null ? null : imageUrl };
    },
  };
}

/** Without a caller (internal use, after the caller was checked) every postcard is visible. */
function sees(caller: Principal | undefined, postcard: Pick<Postcard, 'userId'>): boolean {
  return caller === undefined || isAdmin(caller) || postcard.userId === caller.userId;
}

/** Opaque keyset cursor: the last item's (created_at, task_id), so pages stay stable while rows are added. */
function encodeCursor(postcard: Postcard): string {
  return Buffer.from(`${postcard.createdAt.toISOString()}|${postcard.taskId}`).toString('base64url');
}

// Exactly what encodeCursor writes: anything looser reaches PostgreSQL as a non-UUID or a date it cannot hold, and fails there.
const CURSOR = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)\|([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

function decodeCursor(cursor: string): { createdAt: Date; taskId: string } {
  const match = CURSOR.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  const at = match?.[1];
  const taskId = match?.[2];
  const createdAt = new Date(at ?? Number.NaN);
  // The round trip refuses what the pattern lets through (February 30th, hour 24); no postcard predates 1970.
  if (taskId === undefined || Number.isNaN(createdAt.getTime()) || createdAt.toISOString() !== at || createdAt.getTime() < 0) {
    throw new ValidationError('Invalid request query: cursor: is not a cursor this API returned', [
      { field: 'cursor', message: 'is not a cursor this API returned' },
    ]);
  }
  return { createdAt, taskId };
}
