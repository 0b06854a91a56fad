import type { Db } from '../platform/db.js';
import type { Postcard, Prisma } from '../generated/prisma/client.js';
import { isLastStep, progressAfter, type StepName } from './catalog.js';

export type PostcardRow = Postcard;
export type Tx = Prisma.TransactionClient;

/** The postcard columns one step's result fills; those left undefined keep their value. */
export interface ResultColumns {
  readonly concept?: Prisma.InputJsonValue;
  readonly content?: Prisma.InputJsonValue;
  readonly imageAssetId?: string;
  /** Host-free (`/api/v1/assets/<sha256>`), as the page refers to it; the API makes it absolute. */
  readonly imageUrl?: string;
  readonly frontendCode?: string;
  /** The quality gate's findings on frontendCode. */
  readonly quality?: Prisma.InputJsonValue;
}

const ACTIVE = ['PENDING', 'PROCESSING'] as const;

export interface StepKey {
  readonly taskId: string;
  readonly run: number;
  readonly step: StepName;
  readonly attempt: number;
}

/** What one attempt used: who answered, from the cache or not, tokens, images, estimated cost, and how it was routed and asked. */
export interface AttemptRecord {
  readonly provider: string;
  readonly model: string | null;
  readonly cacheHit: boolean;
  readonly inputTokens: number;
  readonly outputTokens: number;
  readonly images: number;
  /** Null: a model without a known price was called. */
  readonly costUsd: number | null;
  /** Why the strategy tried providers in this order; null when no strategy ran (cache hit, caller-supplied providers). */
  readonly strategyReason: string | null;
  /** The parameters of the last request, with `repaired`/`truncated` flags; null when no request was made. */
  readonly params: Readonly<Record<string, unknown>> | null;
  /** 0..1 from our checks of the answer; null when nothing was checked. */
  readonly qualityScore: number | null;
  /** The ProviderError kind of a failure. */
  readonly errorKind: string | null;
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
  /**
   * Records the attempt as RUNNING and the postcard as PROCESSING. Returns
   * 'done' when this step already succeeded in this run (a redelivery: nothing
   * is written), 'inactive' when the postcard is no longer active in this run,
   * 'first' when this is the postcard's first step to start, else 'started'.
   */
  start(key: StepKey, jobId: string | undefined, provider: string, strategyReason?: string | null): Promise<'done' | 'inactive' | 'first' | 'started'>;
  /**
   * Stores the step's result and marks the attempt SUCCEEDED, atomically.
   * `prepare` writes what the result points at (an image asset) and returns
   * the postcard columns to set. Returns false, setting no column, when the
   * postcard was cancelled or failed meanwhile.
   */
  succeed(key: StepKey, startedAt: Date, prepare: (db: Tx) => Promise<ResultColumns>, record: AttemptRecord): Promise<boolean>;
  /** Records the failed attempt; returns true when it moved the postcard to FAILED. */
  fail(key: StepKey, startedAt: Date | undefined, failure: StepFailure, record: AttemptRecord): Promise<boolean>;
  /** The most recent recorded failure of a run, to name the step that broke a flow. */
  lastFailure(taskId: string, run: number): Promise<{ readonly step: StepName; readonly error: string | null } | null>;
  /** Marks an active postcard FAILED; a no-op when it already finished. */
  failPostcard(taskId: string, run: number, step: StepName | null, message: string): Promise<boolean>;
}

const jsonText = (value: Readonly<Record<string, unknown>> | null) => (value === null ? null : JSON.stringify(value));

export function createStepStore(db: Db, now: () => Date = () => new Date()): StepStore {
  return {
    load: (taskId) => db.postcard.findUnique({ where: { taskId } }),

    async start(key, jobId, provider, strategyReason = null) {
      const at = now();
      // One statement instead of a transaction of five: this runs for every
      // step of every postcard, and the benchmark showed SQL round trips
      // dominating our cost. It also answers "did this step already succeed
      // in this run?", so that loading the postcard is a plain findUnique,
      // which Prisma batches across concurrent jobs. The UPDATE's row lock
      // orders it against a cancel; `started_at = at` afterwards means it was
      // null, i.e. the first step.
      const rows = await db.$queryRaw<Array<{ done: boolean; first: boolean | null }>>`
        WITH done AS (
          SELECT EXISTS (
            SELECT 1 FROM step_runs
             WHERE task_id = ${key.taskId}::uuid AND run = ${key.run}::int AND step = ${key.step}::"StepName" AND status = 'SUCCEEDED'
          ) AS v
        ), moved AS (
          UPDATE postcards
             SET status = 'PROCESSING', current_step = ${key.step}::"StepName",
                 started_at = COALESCE(started_at, ${at}::timestamptz), updated_at = ${at}::timestamptz
           WHERE task_id = ${key.taskId}::uuid AND run = ${key.run}::int AND status IN ('PENDING', 'PROCESSING')
             AND NOT (SELECT v FROM done)
          RETURNING task_id, started_at = ${at}::timestamptz AS first
        ), attempt AS (
          INSERT INTO step_runs (task_id, run, step, attempt, status, provider, job_id, started_at, strategy_reason)
          SELECT task_id, ${key.run}::int, ${key.step}::"StepName", ${key.attempt}::int, 'RUNNING', ${provider}::text, ${jobId ?? null}::text, ${at}::timestamptz,
                 ${strategyReason}::text
            FROM moved
          ON CONFLICT (task_id, run, step, attempt) DO UPDATE
             SET status = 'RUNNING', provider = EXCLUDED.provider, job_id = EXCLUDED.job_id, started_at = EXCLUDED.started_at,
                 strategy_reason = EXCLUDED.strategy_reason,
                 finished_at = NULL, duration_ms = NULL, error = NULL, retryable = NULL
        )
        SELECT (SELECT v FROM done) AS done, (SELECT first FROM moved) AS first`;
      const row = rows[0];
      if (row?.done === true) return 'done';
      if (row === undefined || row.first === null) return 'inactive';
      return row.first ? 'first' : 'started';
    },

    async succeed(key, startedAt, prepare, record) {
      // Content-addressed and idempotent, so it may precede the guard below:
      // if the postcard was cancelled meanwhile, the asset is merely unreferenced.
      const columns = await prepare(db);
      const at = now();
      const last = isLastStep(key.step);
      const json = (value: Prisma.InputJsonValue | undefined) => (value === undefined ? null : JSON.stringify(value));
      // One statement instead of a five-statement transaction (see BENCHMARKS.md):
      // the guarded UPDATE's row lock orders it against a concurrent cancel, a
      // postcard that left the active states keeps its columns, and the attempt
      // is SUCCEEDED only when the result was kept.
      const rows = await db.$queryRaw<Array<{ kept: boolean; recorded: boolean }>>`
        WITH moved AS (
          UPDATE postcards
             SET progress = ${progressAfter(key.step)}::int,
                 status = CASE WHEN ${last}::boolean THEN 'COMPLETED'::"PostcardStatus" ELSE status END,
                 completed_at = CASE WHEN ${last}::boolean THEN ${at}::timestamptz ELSE completed_at END,
                 current_step = CASE WHEN ${last}::boolean THEN NULL ELSE current_step END,
                 concept = COALESCE(${json(columns.concept)}::jsonb, concept),
                 content = COALESCE(${json(columns.content)}::jsonb, content),
                 image_asset_id = COALESCE(${columns.imageAssetId ?? null}::text, image_asset_id),
                 image_url = COALESCE(${columns.imageUrl ?? null}::text, image_url),
                 frontend_code = COALESCE(${columns.frontendCode ?? null}::text, frontend_code),
                 quality = COALESCE(${json(columns.quality)}::jsonb, quality),
                 updated_at = ${at}::timestamptz
           WHERE task_id = ${key.taskId}::uuid AND run = ${key.run}::int AND status IN ('PENDING', 'PROCESSING')
          RETURNING task_id
        ), attempt AS (
          UPDATE step_runs
             SET status = CASE WHEN EXISTS (SELECT 1 FROM moved) THEN 'SUCCEEDED'::"StepRunStatus" ELSE 'FAILED'::"StepRunStatus" END,
                 error = CASE WHEN EXISTS (SELECT 1 FROM moved) THEN NULL ELSE 'result discarded: the postcard was no longer active' END,
                 retryable = CASE WHEN EXISTS (SELECT 1 FROM moved) THEN NULL ELSE false END,
                 finished_at = ${at}::timestamptz,
                 duration_ms = ${at.getTime() - startedAt.getTime()}::int,
                 provider = ${record.provider}::text, model = ${record.model}::text, cache_hit = ${record.cacheHit}::boolean,
                 input_tokens = ${record.inputTokens}::int, output_tokens = ${record.outputTokens}::int,
                 images = ${record.images}::int, cost_usd = ${record.costUsd}::numeric,
                 strategy_reason = ${record.strategyReason}::text, params = ${jsonText(record.params)}::jsonb,
                 quality_score = ${record.qualityScore}::float8
           WHERE task_id = ${key.taskId}::uuid AND run = ${key.run}::int AND step = ${key.step}::"StepName" AND attempt = ${key.attempt}::int
          RETURNING 1
        )
        SELECT EXISTS (SELECT 1 FROM moved) AS kept, EXISTS (SELECT 1 FROM attempt) AS recorded`;
      const row = rows[0];
      // start() created this row; its absence means the store was bypassed, which must not pass silently.
      if (row === undefined || !row.recorded) throw new Error(`step run ${key.taskId}/${key.run}/${key.step}/${key.attempt} does not exist`);
      return row.kept;
    },

    async fail(key, startedAt, failure, record) {
      const at = now();
      // One statement, like start and succeed: failures come in storms when a
      // provider is down, and each retry records one. The attempt's row may not
      // exist yet (the step failed before it started), hence the upsert, which
      // keeps the started_at that start() wrote. PostgreSQL runs a data-modifying
      // CTE to completion even though the final SELECT does not read it.
      const rows = await db.$queryRaw<Array<{ failed: boolean }>>`
        WITH attempt AS (
          INSERT INTO step_runs (task_id, run, step, attempt, status, started_at, finished_at, duration_ms, error, retryable,
                                 provider, model, cache_hit, input_tokens, output_tokens, images, cost_usd,
                                 strategy_reason, params, quality_score, error_kind)
          VALUES (${key.taskId}::uuid, ${key.run}::int, ${key.step}::"StepName", ${key.attempt}::int, 'FAILED',
                  ${startedAt ?? at}::timestamptz, ${at}::timestamptz,
                  ${startedAt === undefined ? 0 : at.getTime() - startedAt.getTime()}::int, ${failure.message}::text, ${failure.retryable}::boolean,
                  ${record.provider}::text, ${record.model}::text, ${record.cacheHit}::boolean, ${record.inputTokens}::int,
                  ${record.outputTokens}::int, ${record.images}::int, ${record.costUsd}::numeric,
                  ${record.strategyReason}::text, ${jsonText(record.params)}::jsonb, ${record.qualityScore}::float8, ${record.errorKind}::text)
          ON CONFLICT (task_id, run, step, attempt) DO UPDATE
             SET status = 'FAILED', finished_at = EXCLUDED.finished_at, duration_ms = EXCLUDED.duration_ms,
                 error = EXCLUDED.error, retryable = EXCLUDED.retryable, provider = EXCLUDED.provider, model = EXCLUDED.model,
                 cache_hit = EXCLUDED.cache_hit, input_tokens = EXCLUDED.input_tokens, output_tokens = EXCLUDED.output_tokens,
                 images = EXCLUDED.images, cost_usd = EXCLUDED.cost_usd, strategy_reason = EXCLUDED.strategy_reason,
                 params = EXCLUDED.params, quality_score = EXCLUDED.quality_score, error_kind = EXCLUDED.error_kind
          RETURNING 1
        ), moved AS (
          UPDATE postcards
             SET status = 'FAILED', error_step = ${key.step}::"StepName", error_message = ${failure.message}::text,
                 current_step = NULL, updated_at = ${at}::timestamptz
           WHERE ${failure.final}::boolean AND task_id = ${key.taskId}::uuid AND run = ${key.run}::int
             AND status IN ('PENDING', 'PROCESSING')
          RETURNING 1
        )
        SELECT EXISTS (SELECT 1 FROM moved) AS failed`;
      return rows[0]?.failed === true;
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
