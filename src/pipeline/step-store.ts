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
  /** The postcard, and whether this step already succeeded in this run, in one query. */
  loadForStep(taskId: string, run: number, step: StepName): Promise<{ readonly postcard: PostcardRow; readonly succeeded: boolean } | null>;
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

    async loadForStep(taskId, run, step) {
      const found = await db.postcard.findUnique({
        where: { taskId },
        include: { stepRuns: { where: { run, step, status: 'SUCCEEDED' }, select: { id: true }, take: 1 } },
      });
      if (found === null) return null;
      const { stepRuns, ...postcard } = found;
      return { postcard, succeeded: stepRuns.length > 0 };
    },

    async start(key, jobId, provider) {
      const at = now();
      // One statement instead of a transaction of five: this runs for every
      // step of every postcard, and the benchmark showed SQL round trips
      // dominating our cost. The UPDATE's row lock orders it against a cancel;
      // `started_at = at` afterwards means it was null, i.e. the first step.
      const rows = await db.$queryRaw<Array<{ first: boolean }>>`
        WITH moved AS (
          UPDATE postcards
             SET status = 'PROCESSING', current_step = ${key.step}::"StepName",
                 started_at = COALESCE(started_at, ${at}::timestamptz), updated_at = ${at}::timestamptz
           WHERE task_id = ${key.taskId}::uuid AND run = ${key.run}::int AND status IN ('PENDING', 'PROCESSING')
          RETURNING task_id, started_at = ${at}::timestamptz AS first
        ), attempt AS (
          INSERT INTO step_runs (task_id, run, step, attempt, status, provider, job_id, started_at)
          SELECT task_id, ${key.run}::int, ${key.step}::"StepName", ${key.attempt}::int, 'RUNNING', ${provider}::text, ${jobId ?? null}::text, ${at}::timestamptz
            FROM moved
          ON CONFLICT (task_id, run, step, attempt) DO UPDATE
             SET status = 'RUNNING', provider = EXCLUDED.provider, job_id = EXCLUDED.job_id, started_at = EXCLUDED.started_at,
                 finished_at = NULL, duration_ms = NULL, error = NULL, retryable = NULL
        )
        SELECT first FROM moved`;
      const row = rows[0];
      if (row === undefined) return 'inactive';
      return row.first ? 'first' : 'started';
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
