import type { Db } from '../platform/db.js';
import type { PostcardStore } from './postcard-store.js';
import type { StepOrder } from './step-order.js';

const jsonText = (value: Readonly<Record<string, unknown>> | null) => (value === null ? null : JSON.stringify(value));

/**
 * The three transitions every step of every postcard makes, each one SQL
 * statement. They run for every step of every postcard, and the benchmark
 * showed SQL round trips dominating our cost (BENCHMARKS.md), so each is a
 * data-modifying CTE rather than a transaction of several statements. Each is
 * idempotent for the same StepKey, because BullMQ delivers at least once: a
 * redelivered job rewrites the same step_runs row and never moves a finished
 * postcard back.
 */
export function pgStepTransitions(
  db: Db,
  order: StepOrder,
  now: () => Date,
): Pick<PostcardStore, 'startStep' | 'succeedStep' | 'failAttempt'> {
  return {
    async startStep(key, { jobId, provider, strategyReason }) {
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

    async succeedStep(key, startedAt, columns, record) {
      const at = now();
      const last = order.isLast(key.step);
      const json = (value: unknown) => (value === undefined ? null : JSON.stringify(value));
      // One statement instead of a five-statement transaction (see BENCHMARKS.md):
      // the guarded UPDATE's row lock orders it against a concurrent cancel, a
      // postcard that left the active states keeps its columns, and the attempt
      // is SUCCEEDED only when the result was kept.
      const rows = await db.$queryRaw<Array<{ kept: boolean; recorded: boolean }>>`
        WITH moved AS (
          UPDATE postcards
             SET progress = ${order.progressAfter(key.step)}::int,
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

    async failAttempt(key, startedAt, failure, record) {
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
  };
}
