import type { Db } from '../platform/db.js';
import { STEP_NAMES, type StepName } from '../pipeline/catalog.js';
import type { StatsWindow } from './stats-query.js';

/**
 * Outcome, duration, cost and quality of a set of attempts that started in
 * the window. Exact, unrounded values. Two populations, on purpose: the
 * percentiles describe SUCCEEDED attempts (the latency a postcard gets when
 * the step works), avg/min/max every finished attempt (what the step costs in
 * time, timeouts included), which is the design document's avg_duration.
 */
export interface AttemptStats {
  /** Started in the window, RUNNING ones included. */
  readonly attempts: number;
  readonly succeeded: number;
  readonly failed: number;
  /** succeeded / (succeeded + failed); null when no attempt has finished. */
  readonly successRate: number | null;
  /** Percentiles of the duration of SUCCEEDED attempts; null when there are none. */
  readonly p50Ms: number | null;
  readonly p95Ms: number | null;
  /** Duration of finished (SUCCEEDED or FAILED) attempts; null when none has finished. */
  readonly avgMs: number | null;
  readonly minMs: number | null;
  readonly maxMs: number | null;
  /**
   * Mean cost of a finished attempt (failed ones are billed too). Null when
   * none has finished, or when any of them used a model without a known
   * price: an average over the priced ones alone would pass for the whole.
   */
  readonly avgCostUsd: number | null;
  /** Mean quality_score of the attempts that have one; null when none has. */
  readonly avgQuality: number | null;
}

/** One (provider, model) of a step. Cache hits are provider 'cache' with no model. */
export interface ProviderStats extends AttemptStats {
  /** Null only for rows written before providers were recorded. */
  readonly provider: string | null;
  /** Recorded when the attempt finishes: a RUNNING attempt counts under a null model until then. */
  readonly model: string | null;
}

/** One step's attempts that started in the window. */
export interface StepStats extends AttemptStats {
  readonly step: StepName;
  /** Mean over (task_id, run) of the highest attempt number seen in the window. */
  readonly avgAttempts: number | null;
  /** (task_id, run) pairs whose highest attempt number in the window is above 1. */
  readonly retried: number;
  /** Most attempts first. */
  readonly providers: readonly ProviderStats[];
}

interface AttemptRow {
  readonly attempts: number;
  readonly succeeded: number;
  readonly failed: number;
  readonly p50_ms: number | null;
  readonly p95_ms: number | null;
  readonly avg_ms: number | null;
  readonly min_ms: number | null;
  readonly max_ms: number | null;
  readonly avg_cost_usd: number | null;
  readonly avg_quality: number | null;
}

/** A step's total (by_provider false) or one of its (provider, model) groups. */
interface StepRow extends AttemptRow {
  readonly step: string;
  readonly by_provider: boolean;
  readonly provider: string | null;
  readonly model: string | null;
  readonly avg_attempts: number | null;
  readonly retried: number | null;
}

function attemptStats(row: AttemptRow): AttemptStats {
  const finished = row.succeeded + row.failed;
  return {
    attempts: row.attempts,
    succeeded: row.succeeded,
    failed: row.failed,
    successRate: finished === 0 ? null : row.succeeded / finished,
    p50Ms: row.p50_ms,
    p95Ms: row.p95_ms,
    avgMs: row.avg_ms,
    minMs: row.min_ms,
    maxMs: row.max_ms,
    avgCostUsd: row.avg_cost_usd,
    avgQuality: row.avg_quality,
  };
}

function emptyStep(step: StepName): StepStats {
  const none: AttemptRow = {
    attempts: 0, succeeded: 0, failed: 0, p50_ms: null, p95_ms: null, avg_ms: null, min_ms: null, max_ms: null, avg_cost_usd: null, avg_quality: null,
  };
  return { step, ...attemptStats(none), avgAttempts: null, retried: 0, providers: [] };
}

/**
 * Per-step attempt statistics, one entry per catalog step in catalog order
 * (steps without attempts in the window are zeros and nulls, never missing),
 * each with its (provider, model) breakdown. One scan of the window: GROUPING
 * SETS computes the step totals and the provider groups with the same
 * aggregate expressions, so the two levels cannot drift apart. Every count is
 * cast to int and every aggregate to float8 so that the driver hands back
 * plain numbers rather than bigint or Decimal.
 */
export async function queryStepStats(db: Db, window: StatsWindow): Promise<StepStats[]> {
  // `step = ANY(catalog steps)` lets the planner walk the (step, started_at) index.
  const rows = await db.$queryRaw<StepRow[]>`
    WITH attempts AS (
      SELECT task_id, run, step, attempt, status, duration_ms, provider, model, cost_usd, quality_score,
             status IN ('SUCCEEDED', 'FAILED') AS finished
      FROM step_runs
      WHERE step = ANY(${[...STEP_NAMES]}::text[]::"StepName"[])
        AND started_at >= ${window.from}::timestamptz
        AND started_at < ${window.to}::timestamptz
    ), outcomes AS (
      SELECT step, provider, model,
             GROUPING(provider, model) = 0 AS by_provider,
             count(*)::int AS attempts,
             count(*) FILTER (WHERE status = 'SUCCEEDED')::int AS succeeded,
             count(*) FILTER (WHERE status = 'FAILED')::int AS failed,
             percentile_cont(0.5) WITHIN GROUP (ORDER BY duration_ms) FILTER (WHERE status = 'SUCCEEDED') AS p50_ms,
             percentile_cont(0.95) WITHIN GROUP (ORDER BY duration_ms) FILTER (WHERE status = 'SUCCEEDED') AS p95_ms,
             avg(duration_ms) FILTER (WHERE finished)::float8 AS avg_ms,
             min(duration_ms) FILTER (WHERE finished) AS min_ms,
             max(duration_ms) FILTER (WHERE finished) AS max_ms,
             -- A RUNNING row holds the column default 0, not a cost: finished attempts only.
             CASE WHEN bool_or(finished AND cost_usd IS NULL) THEN NULL
                  ELSE avg(cost_usd) FILTER (WHERE finished)::float8 END AS avg_cost_usd,
             avg(quality_score)::float8 AS avg_quality
      FROM attempts
      GROUP BY GROUPING SETS ((step), (step, provider, model))
    ), flows AS (
      -- One row per (task_id, run): a job of that step and its BullMQ retries.
      SELECT step, max(attempt) AS max_attempt
      FROM attempts
      GROUP BY step, task_id, run
    ), retries AS (
      SELECT step,
             avg(max_attempt)::float8 AS avg_attempts,
             count(*) FILTER (WHERE max_attempt > 1)::int AS retried
      FROM flows
      GROUP BY step
    )
    SELECT o.step::text AS step, o.by_provider, o.provider, o.model, o.attempts, o.succeeded, o.failed,
           o.p50_ms, o.p95_ms, o.avg_ms, o.min_ms, o.max_ms, o.avg_cost_usd, o.avg_quality,
           r.avg_attempts, r.retried
    FROM outcomes o LEFT JOIN retries r ON NOT o.by_provider AND r.step = o.step
    ORDER BY o.step, o.by_provider, o.attempts DESC, o.provider NULLS LAST, o.model NULLS LAST`;

  // Rows are bounded by steps × (provider, model) pairs, not by attempts.
  return STEP_NAMES.map((step) => {
    const own = rows.filter((row) => row.step === step);
    const total = own.find((row) => !row.by_provider);
    if (total === undefined) return emptyStep(step);
    return {
      step,
      ...attemptStats(total),
      avgAttempts: total.avg_attempts,
      retried: total.retried ?? 0,
      providers: own.filter((row) => row.by_provider).map((row) => ({ provider: row.provider, model: row.model, ...attemptStats(row) })),
    };
  });
}
