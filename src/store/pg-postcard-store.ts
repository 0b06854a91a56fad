import type { Database } from '../platform/db.js';
import { Prisma, type StepRun as StepRunRow } from '../generated/prisma/client.js';
import type { Admission, CreateOutcome, IdempotencyClaim, NewRunOutcome, PostcardStore } from './postcard-store.js';
import { lockOwner, refusal } from './pg-admission.js';
import { ACTIVE_STATUSES, type NewPostcard, type Postcard, type StepName, type StepRun } from './postcard-types.js';
import { insertPostcards } from './pg-new-postcard.js';
import { batchedCall } from '../platform/batched-lookup.js';
import { batchedPostcardGet } from './pg-postcard-get.js';
import { pgStepReads } from './pg-step-reads.js';
import { pgStepTransitions } from './pg-step-transitions.js';
import type { StepOrder } from './step-order.js';

const ACTIVE = [...ACTIVE_STATUSES];

/** A step run as the domain sees it: no row id, the cost as a number. */
function stepRunOf(row: StepRunRow): StepRun {
  const { id: _id, taskId: _taskId, costUsd, ...rest } = row;
  return { ...rest, costUsd: costUsd === null ? null : Number(costUsd) };
}

/**
 * The postcard store on PostgreSQL: through Prisma, but for the step
 * transitions, which are prepared statements on the same pool. `now` is for
 * tests that move the clock.
 */
export function createPostcardStore(database: Pick<Database, 'db' | 'sql'>, order: StepOrder, now: () => Date = () => new Date()): PostcardStore {
  const { db } = database;
  // Plain creates of one turn of the event loop share one INSERT (pg-new-postcard.ts).
  const insertPlain = batchedCall((postcards: readonly NewPostcard[]) => insertPostcards(database.sql, postcards, now()));
  const insert = (tx: Prisma.TransactionClient, postcard: NewPostcard): Promise<Postcard> =>
    tx.postcard.create({
      data: {
        ...postcard,
        // From the store's clock, like every other timestamp it writes.
        createdAt: now(),
        updatedAt: now(),
        // The body came from JSON.parse, so its metadata is JSON by construction.
        metadata: postcard.metadata === null ? Prisma.DbNull : (postcard.metadata as Prisma.InputJsonObject),
      },
    });

  /** The live claim on a key, if any; an expired one is deleted so the key can be used again. */
  const liveClaim = async (tx: Prisma.TransactionClient, claim: IdempotencyClaim) => {
    const found = await tx.idempotencyKey.findUnique({ where: { key: claim.key }, include: { postcard: true } });
    if (found === null) return null;
    if (found.createdAt.getTime() > now().getTime() - claim.ttlMs) return found;
    await tx.idempotencyKey.delete({ where: { key: claim.key } });
    return null;
  };

  /** One transaction: the owner's lock first (so a concurrent twin's claim is seen), then the claim, the limits, the row and the claim's key. */
  const createChecked = (postcard: NewPostcard, claim: IdempotencyClaim | undefined, admission: Admission | undefined): Promise<CreateOutcome> =>
    db.$transaction(async (tx) => {
      if (admission !== undefined) await lockOwner(tx, postcard.userId);
      if (claim !== undefined) {
        const found = await liveClaim(tx, claim);
        if (found !== null) return { kind: found.requestHash === claim.requestHash ? 'replayed' : 'mismatch', postcard: found.postcard };
      }
      const refused = admission === undefined ? null : await refusal(tx, postcard.userId, admission);
      if (refused !== null) return refused;
      const created = await insert(tx, postcard);
      if (claim !== undefined) await tx.idempotencyKey.create({ data: { key: claim.key, requestHash: claim.requestHash, taskId: postcard.taskId } });
      return { kind: 'created', postcard: created };
    });

  /** The guarded move every terminal transition shares: only an active postcard of the named run moves. */
  const moveActive = async (taskId: string, run: number, data: Prisma.PostcardUpdateManyMutationInput) =>
    (await db.postcard.updateMany({ where: { taskId, run, status: { in: ACTIVE } }, data })).count > 0;

  return {
    get: batchedPostcardGet(database.sql),

    getMany: async (taskIds) => (taskIds.length === 0 ? [] : db.postcard.findMany({ where: { taskId: { in: [...taskIds] } } })),

    async getWithSteps(taskId) {
      const row = await db.postcard.findUnique({
        where: { taskId },
        include: { stepRuns: { orderBy: [{ run: 'asc' }, { attempt: 'asc' }] } },
      });
      return row === null ? null : { ...row, stepRuns: row.stepRuns.map(stepRunOf) };
    },

    page: (taskId) => db.postcard.findUnique({ where: { taskId }, select: { status: true, frontendCode: true, imageUrl: true } }),

    list: ({ status, userId, limit, after }) =>
      db.postcard.findMany({
        where: {
          ...(status === undefined ? {} : { status }),
          ...(userId === undefined ? {} : { userId }),
          ...(after === undefined
            ? {}
            : { OR: [{ createdAt: { lt: after.createdAt } }, { createdAt: after.createdAt, taskId: { lt: after.taskId } }] }),
        },
        orderBy: [{ createdAt: 'desc' }, { taskId: 'desc' }],
        take: limit,
      }),

    activeCreatedBefore: (at, limit) =>
      db.postcard.findMany({ where: { status: { in: ACTIVE }, createdAt: { lt: at } }, orderBy: { createdAt: 'asc' }, take: limit }),

    activeQuietSince: (at, limit) =>
      db.postcard.findMany({ where: { status: { in: ACTIVE }, updatedAt: { lt: at } }, orderBy: { updatedAt: 'asc' }, take: limit }),

    async spentSince(since) {
      // `step = ANY(every step)` lets the (step, started_at) index serve a range on started_at alone.
      const rows = await db.$queryRaw<Array<{ usd: number; unpriced: number }>>`
        SELECT coalesce(sum(cost_usd), 0)::float8 AS usd,
               count(*) FILTER (WHERE cost_usd IS NULL AND finished_at IS NOT NULL)::int AS unpriced
          FROM step_runs
         WHERE step = ANY (enum_range(NULL::"StepName")) AND started_at >= ${since}::timestamptz`;
      return rows[0] ?? { usd: 0, unpriced: 0 };
    },

    lastFailure: (taskId, run) =>
      db.stepRun.findFirst({
        where: { taskId, run, status: 'FAILED' },
        orderBy: [{ finishedAt: 'desc' }, { id: 'desc' }],
        select: { step: true, error: true },
      }),

    async create(postcard, claim, admission) {
      // A lone INSERT is atomic: no transaction, which would cost a BEGIN and a COMMIT round trip per request.
      if (claim === undefined && admission === undefined) return { kind: 'created', postcard: await insertPlain(postcard) };
      try {
        return await createChecked(postcard, claim, admission);
      } catch (error) {
        // Two requests with one key raced; the loser reads the winner's postcard.
        if (claim === undefined || !(error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002')) throw error;
        return createChecked(postcard, claim, admission);
      }
    },

    async discard(taskId) {
      return (await db.postcard.deleteMany({ where: { taskId, status: 'PENDING', run: 1, startedAt: null } })).count > 0;
    },

    ...pgStepReads(db),

    ...pgStepTransitions(database.sql, order, now),

    fail: (taskId, run, step, message) =>
      moveActive(taskId, run, { status: 'FAILED', errorStep: step, errorMessage: message, currentStep: null, updatedAt: now() }),

    async timeOut(taskId, run, message) {
      // error_step = current_step reads the row as locked by this UPDATE, not as the reconciler last saw it.
      const rows = await db.$queryRaw<Array<{ step: StepName | null }>>`
        UPDATE postcards
           SET status = 'FAILED', error_step = current_step, error_message = ${message}::text, current_step = NULL, updated_at = ${now()}::timestamptz
         WHERE task_id = ${taskId}::uuid AND run = ${run}::int AND status IN ('PENDING', 'PROCESSING')
        RETURNING error_step AS step`;
      const row = rows[0];
      return row === undefined ? null : { step: row.step };
    },

    async cancel(taskId, message) {
      const rows = await db.$queryRaw<Array<{ run: number; step: StepName | null }>>`
        UPDATE postcards
           SET status = 'CANCELLED', error_step = current_step, error_message = ${message}::text, current_step = NULL, updated_at = ${now()}::timestamptz
         WHERE task_id = ${taskId}::uuid AND status IN ('PENDING', 'PROCESSING')
        RETURNING run, error_step AS step`;
      return rows[0] ?? null;
    },

    async newRun(expected, admission) {
      if (expected.status !== 'FAILED' && expected.status !== 'CANCELLED') return null;
      const fromStep = order.resumeStep(expected);
      const run = expected.run + 1;
      const move = async (client: Prisma.TransactionClient): Promise<NewRunOutcome | null> => {
        const moved = await client.postcard.updateMany({
          where: { taskId: expected.taskId, run: expected.run, status: expected.status },
          data: {
            run,
            status: 'PENDING',
            retryCount: { increment: 1 },
            errorStep: null,
            errorMessage: null,
            currentStep: null,
            completedAt: null,
            progress: order.progressBefore(fromStep),
          },
        });
        return moved.count > 0 ? { kind: 'started', run, fromStep } : null;
      };
      if (admission?.maxActive === undefined) return move(db);
      // The run makes the postcard active again, so it takes a slot like a create does, under the same lock.
      return db.$transaction(async (tx) => {
        await lockOwner(tx, expected.userId);
        return (await refusal(tx, expected.userId, admission)) ?? move(tx);
      });
    },

    async undoNewRun(before) {
      const moved = await db.postcard.updateMany({
        // Still PENDING: no step of the new run has started, so nothing of it can be lost.
        where: { taskId: before.taskId, run: before.run + 1, status: 'PENDING' },
        data: {
          run: before.run,
          status: before.status,
          errorStep: before.errorStep,
          errorMessage: before.errorMessage,
          retryCount: before.retryCount,
          progress: before.progress,
          completedAt: before.completedAt,
        },
      });
      return moved.count > 0;
    },

    markRequeued: (taskId, run) => moveActive(taskId, run, { updatedAt: now() }),
  };
}
