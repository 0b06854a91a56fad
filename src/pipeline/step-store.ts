import type { Db } from '../platform/db.js';
import type { Postcard, Prisma } from '../generated/prisma/client.js';
import { isLastStep, progressAfter, type StepName } from './catalog.js';

export type PostcardRow = Postcard;
export type Tx = Prisma.TransactionClient;

const ACTIVE = ['PENDING', 'PROCESSING'] as const;

export interface StepKey {
  readonly taskId: string;
  readonly run: number;
  readonly step: StepName;
  readonly attempt: number;
}

/** What one attempt used: who answered, from the cache or not, tokens, images and estimated cost. */
export interface AttemptRecord {
  readonly provider: string;
  readonly model: string | null;
  readonly cacheHit: boolean;
  readonly inputTokens: number;
  readonly outputTokens: number;
  readonly images: number;
  readonly costUsd: number;
}

export interface StepFailure {
  readonly message: string;
  readonly retryable: boolean;
  /** True when no further attempt will run: the postcard becomes FAILED. */
  readonly final: boolean;
}

/**
 * Every write the pipeline makes to PostgreSQL. Each method is idempotent for
 * the same StepKey, because BullMQ delivers at least once: a redelivered job
 * rewrites the same step_runs row and never moves a finished postcard back.
 */
export interface StepStore {
  load(taskId: string): Promise<PostcardRow | null>;
  hasSucceeded(taskId: string, run: number, step: StepName): Promise<boolean>;
  /**
   * Records the attempt as RUNNING and the postcard as PROCESSING. Returns
   * 'inactive' when the postcard is no longer active in this run, 'first'
   * when this is the postcard's first step to start, else 'started'.
   */
  start(key: StepKey, jobId: string | undefined, provider: string): Promise<'inactive' | 'first' | 'started'>;
  /**
   * Stores the step's result (through `persist`) and marks the attempt SUCCEEDED, atomically.
   * Returns false, storing nothing, when the postcard was cancelled or failed meanwhile.
   */
  succeed(key: StepKey, startedAt: Date, persist: (tx: Tx) => Promise<void>, record: AttemptRecord): Promise<boolean>;
  /** Records the failed attempt; returns true when it moved the postcard to FAILED. */
  fail(key: StepKey, startedAt: Date | undefined, failure: StepFailure, record: AttemptRecord): Promise<boolean>;
  /** The most recent recorded failure of a run, to name the step that broke a flow. */
  lastFailure(taskId: string, run: number): Promise<{ readonly step: StepName; readonly error: string | null } | null>;
  /** Marks an active postcard FAILED; a no-op when it already finished. */
  failPostcard(taskId: string, run: number, step: StepName | null, message: string): Promise<boolean>;
}

/**
 * Creates the attempt's row unless it exists. createMany with skipDuplicates is
 * INSERT … ON CONFLICT DO NOTHING, so concurrent deliveries of one job cannot
 * collide on the unique key the way a read-then-insert upsert can.
 */
async function ensureStepRun(tx: Tx, key: StepKey, startedAt: Date): Promise<void> {
  await tx.stepRun.createMany({ data: [{ ...key, status: 'RUNNING', startedAt }], skipDuplicates: true });
}

export function createStepStore(db: Db, now: () => Date = () => new Date()): StepStore {
  return {
    load: (taskId) => db.postcard.findUnique({ where: { taskId } }),

    async hasSucceeded(taskId, run, step) {
      const found = await db.stepRun.findFirst({ where: { taskId, run, step, status: 'SUCCEEDED' }, select: { id: true } });
      return found !== null;
    },

    async start(key, jobId, provider) {
      const at = now();
      return db.$transaction(async (tx) => {
        const moved = await tx.postcard.updateMany({
          where: { taskId: key.taskId, run: key.run, status: { in: [...ACTIVE] } },
          data: { status: 'PROCESSING', currentStep: key.step },
        });
        if (moved.count === 0) return 'inactive';
        const first = await tx.postcard.updateMany({ where: { taskId: key.taskId, startedAt: null }, data: { startedAt: at } });
        await ensureStepRun(tx, key, at);
        await tx.stepRun.update({
          where: { taskId_run_step_attempt: key },
          data: { status: 'RUNNING', provider, jobId: jobId ?? null, startedAt: at, finishedAt: null, durationMs: null, error: null, retryable: null },
        });
        return first.count > 0 ? 'first' : 'started';
      });
    },

    async succeed(key, startedAt, persist, record) {
      const at = now();
      return db.$transaction(async (tx) => {
        // First, and guarded: this row lock orders us against a concurrent
        // cancel, and a postcard that left the active states keeps its results.
        const last = isLastStep(key.step);
        const moved = await tx.postcard.updateMany({
          where: { taskId: key.taskId, run: key.run, status: { in: [...ACTIVE] } },
          data: {
            progress: progressAfter(key.step),
            ...(last ? { status: 'COMPLETED', completedAt: at, currentStep: null } : {}),
          },
        });
        const kept = moved.count > 0;
        if (kept) await persist(tx);
        await tx.stepRun.update({
          where: { taskId_run_step_attempt: key },
          data: {
            status: kept ? 'SUCCEEDED' : 'FAILED',
            finishedAt: at,
            durationMs: at.getTime() - startedAt.getTime(),
            error: kept ? null : 'result discarded: the postcard was no longer active',
            retryable: kept ? null : false,
            ...record,
          },
        });
        return kept;
      });
    },

    async fail(key, startedAt, failure, record) {
      const at = now();
      return db.$transaction(async (tx) => {
        await ensureStepRun(tx, key, startedAt ?? at);
        await tx.stepRun.update({
          where: { taskId_run_step_attempt: key },
          data: {
            status: 'FAILED',
            finishedAt: at,
            durationMs: startedAt === undefined ? 0 : at.getTime() - startedAt.getTime(),
            error: failure.message,
            retryable: failure.retryable,
            ...record,
          },
        });
        if (!failure.final) return false;
        const moved = await tx.postcard.updateMany({
          where: { taskId: key.taskId, run: key.run, status: { in: [...ACTIVE] } },
          data: { status: 'FAILED', errorStep: key.step, errorMessage: failure.message, currentStep: null },
        });
        return moved.count > 0;
      });
    },

    lastFailure: (taskId, run) =>
      db.stepRun.findFirst({
        where: { taskId, run, status: 'FAILED' },
        orderBy: [{ finishedAt: 'desc' }, { id: 'desc' }],
        select: { step: true, error: true },
      }),

    async failPostcard(taskId, run, step, message) {
      const moved = await db.postcard.updateMany({
        where: { taskId, run, status: { in: [...ACTIVE] } },
        data: { status: 'FAILED', errorStep: step, errorMessage: message, currentStep: null },
      });
      return moved.count > 0;
    },
  };
}
