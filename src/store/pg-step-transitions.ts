import type { Sql } from '../platform/db.js';
import type { PostcardStore } from './postcard-store.js';
import type { StepOrder } from './step-order.js';

const jsonText = (value: Readonly<Record<string, unknown>> | null) => (value === null ? null : JSON.stringify(value));

// One statement instead of a transaction of five: it also answers "did this
// step already succeed in this run?", so that loading the postcard is a plain
// findUnique, which Prisma batches across concurrent jobs. The UPDATE's row
// lock orders it against a cancel; `started_at = at` afterwards means it was
// null, i.e. the first step.
// $1 task, $2 run, $3 step, $4 at, $5 attempt, $6 provider, $7 job id, $8 strategy reason.
const START_STEP = `
  WITH done AS (
    SELECT EXISTS (
      SELECT 1 FROM step_runs
       WHERE task_id = $1::uuid AND run = $2::int AND step = $3::"StepName" AND status = 'SUCCEEDED'
    ) AS v
  ), moved AS (
    UPDATE postcards
       SET status = 'PROCESSING', current_step = $3::"StepName",
           started_at = COALESCE(started_at, $4::timestamptz), updated_at = $4::timestamptz
     WHERE task_id = $1::uuid AND run = $2::int AND status IN ('PENDING', 'PROCESSING')
       AND NOT (SELECT v FROM done)
    RETURNING task_id, started_at = $4::timestamptz AS first
  ), attempt AS (
    INSERT INTO step_runs (task_id, run, step, attempt, status, provider, job_id, started_at, strategy_reason)
    SELECT task_id, $2::int, $3::"StepName", $5::int, 'RUNNING', $6::text, $7::text, $4::timestamptz, $8::text
      FROM moved
    ON CONFLICT (task_id, run, step, attempt) DO UPDATE
       SET status = 'RUNNING', provider = EXCLUDED.provider, job_id = EXCLUDED.job_id, started_at = EXCLUDED.started_at,
           strategy_reason = EXCLUDED.strategy_reason,
           finished_at = NULL, duration_ms = NULL, error = NULL, retryable = NULL
  )
  SELECT (SELECT v FROM done) AS done, (SELECT first FROM moved) AS first`;

// One statement instead of a five-statement transaction (see BENCHMARKS.md):
// the guarded UPDATE's row lock orders it against a concurrent cancel, a
// postcard that left the active states keeps its columns, and the attempt is
// SUCCEEDED only when the result was kept.
// $1 task, $2 run, $3 step, $4 attempt, $5 at, $6 progress, $7 last step?, $8 concept, $9 content,
// $10 image asset, $11 image url, $12 page, $13 quality, $14 duration, $15 provider, $16 model,
// $17 cache hit, $18 input tokens, $19 output tokens, $20 images, $21 cost, $22 strategy reason,
// $23 params, $24 quality score.
const SUCCEED_STEP = `
  WITH moved AS (
    UPDATE postcards
       SET progress = $6::int,
           status = CASE WHEN $7::boolean THEN 'COMPLETED'::"PostcardStatus" ELSE status END,
           completed_at = CASE WHEN $7::boolean THEN $5::timestamptz ELSE completed_at END,
           current_step = CASE WHEN $7::boolean THEN NULL ELSE current_step END,
           concept = COALESCE($8::jsonb, concept),
           content = COALESCE($9::jsonb, content),
           image_asset_id = COALESCE($10::text, image_asset_id),
           image_url = COALESCE($11::text, image_url),
           frontend_code = COALESCE($12::text, frontend_code),
           quality = COALESCE($13::jsonb, quality),
           updated_at = $5::timestamptz
     WHERE task_id = $1::uuid AND run = $2::int AND status IN ('PENDING', 'PROCESSING')
    RETURNING task_id
  ), attempt AS (
    UPDATE step_runs
       SET status = CASE WHEN EXISTS (SELECT 1 FROM moved) THEN 'SUCCEEDED'::"StepRunStatus" ELSE 'FAILED'::"StepRunStatus" END,
           error = CASE WHEN EXISTS (SELECT 1 FROM moved) THEN NULL ELSE 'result discarded: the postcard was no longer active' END,
           retryable = CASE WHEN EXISTS (SELECT 1 FROM moved) THEN NULL ELSE false END,
           finished_at = $5::timestamptz,
           duration_ms = $14::int,
           provider = $15::text, model = $16::text, cache_hit = $17::boolean,
           input_tokens = $18::int, output_tokens = $19::int,
           images = $20::int, cost_usd = $21::numeric,
           strategy_reason = $22::text, params = $23::jsonb,
           quality_score = $24::float8
     WHERE task_id = $1::uuid AND run = $2::int AND step = $3::"StepName" AND attempt = $4::int
    RETURNING 1
  )
  SELECT EXISTS (SELECT 1 FROM moved) AS kept, EXISTS (SELECT 1 FROM attempt) AS recorded`;

// One statement, like start and succeed: failures come in storms when a
// provider is down, and each retry records one. The attempt's row may not
// exist yet (the step failed before it started), hence the upsert, which
// keeps the started_at that start() wrote. PostgreSQL runs a data-modifying
// CTE to completion even though the final SELECT does not read it.
// $1 task, $2 run, $3 step, $4 attempt, $5 started at, $6 at, $7 duration, $8 message, $9 retryable,
// $10 provider, $11 model, $12 cache hit, $13 input tokens, $14 output tokens, $15 images, $16 cost,
// $17 strategy reason, $18 params, $19 quality score, $20 error kind, $21 final?.
const FAIL_ATTEMPT = `
  WITH attempt AS (
    INSERT INTO step_runs (task_id, run, step, attempt, status, started_at, finished_at, duration_ms, error, retryable,
                           provider, model, cache_hit, input_tokens, output_tokens, images, cost_usd,
                           strategy_reason, params, quality_score, error_kind)
    VALUES ($1::uuid, $2::int, $3::"StepName", $4::int, 'FAILED', $5::timestamptz, $6::timestamptz,
            $7::int, $8::text, $9::boolean, $10::text, $11::text, $12::boolean, $13::int,
            $14::int, $15::int, $16::numeric, $17::text, $18::jsonb, $19::float8, $20::text)
    ON CONFLICT (task_id, run, step, attempt) DO UPDATE
       SET status = 'FAILED', finished_at = EXCLUDED.finished_at, duration_ms = EXCLUDED.duration_ms,
           error = EXCLUDED.error, retryable = EXCLUDED.retryable, provider = EXCLUDED.provider, model = EXCLUDED.model,
           cache_hit = EXCLUDED.cache_hit, input_tokens = EXCLUDED.input_tokens, output_tokens = EXCLUDED.output_tokens,
           images = EXCLUDED.images, cost_usd = EXCLUDED.cost_usd, strategy_reason = EXCLUDED.strategy_reason,
           params = EXCLUDED.params, quality_score = EXCLUDED.quality_score, error_kind = EXCLUDED.error_kind
    RETURNING 1
  ), moved AS (
    UPDATE postcards
       SET status = 'FAILED', error_step = $3::"StepName", error_message = $8::text,
           current_step = NULL, updated_at = $6::timestamptz
     WHERE $21::boolean AND task_id = $1::uuid AND run = $2::int
       AND status IN ('PENDING', 'PROCESSING')
    RETURNING 1
  )
  SELECT EXISTS (SELECT 1 FROM moved) AS failed`;

/**
 * The three transitions every step of every postcard makes, each one SQL
 * statement. They run for every step of every postcard, and the benchmark
 * showed SQL round trips dominating our cost (BENCHMARKS.md), so each is a
 * data-modifying CTE rather than a transaction of several statements, and a
 * named prepared statement sent with pg rather than through Prisma's runtime
 * (db.ts). Each is idempotent for the same StepKey, because BullMQ delivers
 * at least once: a redelivered job rewrites the same step_runs row and never
 * moves a finished postcard back.
 */
export function pgStepTransitions(
  sql: Sql,
  order: StepOrder,
  now: () => Date,
): Pick<PostcardStore, 'startStep' | 'succeedStep' | 'failAttempt'> {
  return {
    async startStep(key, { jobId, provider, strategyReason }) {
      const at = now();
      const rows = await sql.query<{ done: boolean; first: boolean | null }>('postcard_start_step', START_STEP, [
        key.taskId, key.run, key.step, at, key.attempt, provider, jobId ?? null, strategyReason,
      ]);
      const row = rows[0];
      if (row?.done === true) return 'done';
      if (row === undefined || row.first === null) return 'inactive';
      return row.first ? 'first' : 'started';
    },

    async succeedStep(key, startedAt, columns, record) {
      const at = now();
      const json = (value: unknown) => (value === undefined ? null : JSON.stringify(value));
      const rows = await sql.query<{ kept: boolean; recorded: boolean }>('postcard_succeed_step', SUCCEED_STEP, [
        key.taskId, key.run, key.step, key.attempt, at, order.progressAfter(key.step), order.isLast(key.step),
        json(columns.concept), json(columns.content), columns.imageAssetId ?? null, columns.imageUrl ?? null,
        columns.frontendCode ?? null, json(columns.quality), at.getTime() - startedAt.getTime(),
        record.provider, record.model, record.cacheHit, record.inputTokens, record.outputTokens, record.images,
        record.costUsd, record.strategyReason, jsonText(record.params), record.qualityScore,
      ]);
      const row = rows[0];
      // start() created this row; its absence means the store was bypassed, which must not pass silently.
      if (row === undefined || !row.recorded) throw new Error(`step run ${key.taskId}/${key.run}/${key.step}/${key.attempt} does not exist`);
      return row.kept;
    },

    async failAttempt(key, startedAt, failure, record) {
      const at = now();
      const rows = await sql.query<{ failed: boolean }>('postcard_fail_attempt', FAIL_ATTEMPT, [
        key.taskId, key.run, key.step, key.attempt, startedAt ?? at, at,
        startedAt === undefined ? 0 : at.getTime() - startedAt.getTime(), failure.message, failure.retryable,
        record.provider, record.model, record.cacheHit, record.inputTokens, record.outputTokens, record.images,
        record.costUsd, record.strategyReason, jsonText(record.params), record.qualityScore, record.errorKind, failure.final,
      ]);
      return rows[0]?.failed === true;
    },
  };
}
