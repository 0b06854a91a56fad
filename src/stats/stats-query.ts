import type { Db } from '../platform/db.js';
import { STEP_NAMES, type StepName } from '../pipeline/catalog.js';

/** The half-open interval [from, to) the statistics cover. */
export interface StatsWindow {
  readonly from: Date;
  readonly to: Date;
  readonly seconds: number;
}

/** One step's attempts that started in the window. Exact, unrounded values. */
export interface StepStats {
  readonly step: StepName;
  readonly attempts: number;
  readonly succeeded: number;
  readonly failed: number;
  /** succeeded / (succeeded + failed); null when no attempt has finished. */
  readonly successRate: number | null;
  /** Percentiles of the duration of SUCCEEDED attempts; null when there are none. */
  readonly p50Ms: number | null;
  readonly p95Ms: number | null;
  /** Mean over (task_id, run) of the highest attempt number seen in the window. */
  readonly avgAttempts: number | null;
  /** (task_id, run) pairs whose highest attempt number in the window is above 1. */
  readonly retried: number;
}

/** Postcards by status (created in the window) and by completion (completed in the window). */
export interface PostcardStats {
  readonly created: number;
  readonly completed: number;
  readonly failed: number;
  readonly cancelled: number;
  readonly inProgress: number;
  /** Postcards whose completed_at is in the window; the basis of throughput and latency. */
  readonly completedInWindow: number;
  readonly throughputPerMinute: number;
  /** Percentiles of completed_at − created_at of the postcards completed in the window. */
  readonly p50Ms: number | null;
  readonly p95Ms: number | null;
}

interface StepRow {
  readonly step: string;
  readonly attempts: number;
  readonly succeeded: number;
  readonly failed: number;
  readonly p50_ms: number | null;
  readonly p95_ms: number | null;
  readonly avg_attempts: number | null;
  readonly retried: number;
}

interface PostcardRow {
  readonly created: number;
  readonly completed: number;
  readonly failed: number;
  readonly cancelled: number;
  readonly in_progress: number;
  readonly completed_in_window: number;
  readonly p50_ms: number | null;
  readonly p95_ms: number | null;
}

function emptyStep(step: StepName): StepStats {
  return { step, attempts: 0, succeeded: 0, failed: 0, successRate: null, p50Ms: null, p95Ms: null, avgAttempts: null, retried: 0 };
}

/**
 * Per-step attempt statistics, one entry per catalog step in catalog order
 * (steps without attempts in the window are zeros and nulls, never missing).
 * Every count is cast to int and every aggregate to float8 so that the driver
 * hands back plain numbers rather than bigint or Decimal.
 */
export async function queryStepStats(db: Db, window: StatsWindow): Promise<StepStats[]> {
  // `step = ANY(catalog steps)` lets the planner walk the (step, started_at) index.
  const rows = await db.$queryRaw<StepRow[]>`
    WITH attempts AS (
      SELECT task_id, run, step, attempt, status, duration_ms
      FROM step_runs
      WHERE step = ANY(${[...STEP_NAMES]}::text[]::"StepName"[])
        AND started_at >= ${window.from}::timestamptz
        AND started_at < ${window.to}::timestamptz
    ), outcomes AS (
      SELECT step,
             count(*)::int AS attempts,
             count(*) FILTER (WHERE status = 'SUCCEEDED')::int AS succeeded,
             count(*) FILTER (WHERE status = 'FAILED')::int AS failed,
             percentile_cont(0.5) WITHIN GROUP (ORDER BY duration_ms) FILTER (WHERE status = 'SUCCEEDED') AS p50_ms,
             percentile_cont(0.95) WITHIN GROUP (ORDER BY duration_ms) FILTER (WHERE status = 'SUCCEEDED') AS p95_ms
      FROM attempts
      GROUP BY step
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
    SELECT o.step::text AS step, o.attempts, o.succeeded, o.failed, o.p50_ms, o.p95_ms, r.avg_attempts, r.retried
    FROM outcomes o JOIN retries r USING (step)`;

  const byStep = new Map(rows.map((row) => [row.step, row]));
  return STEP_NAMES.map((step) => {
    const row = byStep.get(step);
    if (row === undefined) return emptyStep(step);
    const finished = row.succeeded + row.failed;
    return {
      step,
      attempts: row.attempts,
      succeeded: row.succeeded,
      failed: row.failed,
      successRate: finished === 0 ? null : row.succeeded / finished,
      p50Ms: row.p50_ms,
      p95Ms: row.p95_ms,
      avgAttempts: row.avg_attempts,
      retried: row.retried,
    };
  });
}

/**
 * Postcard counts and end-to-end latency. Status counts cover postcards
 * created in the window; throughput and latency cover those completed in it,
 * so a postcard created before the window but finished inside still counts as
 * work done.
 */
export async function queryPostcardStats(db: Db, window: StatsWindow): Promise<PostcardStats> {
  const rows = await db.$queryRaw<PostcardRow[]>`
    WITH bounds AS (
      SELECT ${window.from}::timestamptz AS lo, ${window.to}::timestamptz AS hi
    ), marked AS (
      SELECT p.status,
             p.created_at >= b.lo AND p.created_at < b.hi AS created_in,
             p.status = 'COMPLETED' AND p.completed_at >= b.lo AND p.completed_at < b.hi AS completed_in,
             extract(epoch FROM p.completed_at - p.created_at)::float8 * 1000 AS latency_ms
      FROM postcards p CROSS JOIN bounds b
      WHERE (p.created_at >= b.lo AND p.created_at < b.hi)
         OR (p.completed_at >= b.lo AND p.completed_at < b.hi)
    )
    SELECT count(*) FILTER (WHERE created_in)::int AS created,
           count(*) FILTER (WHERE created_in AND status = 'COMPLETED')::int AS completed,
           count(*) FILTER (WHERE created_in AND status = 'FAILED')::int AS failed,
           count(*) FILTER (WHERE created_in AND status = 'CANCELLED')::int AS cancelled,
           count(*) FILTER (WHERE created_in AND status IN ('PENDING', 'PROCESSING'))::int AS in_progress,
           count(*) FILTER (WHERE completed_in)::int AS completed_in_window,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY latency_ms) FILTER (WHERE completed_in) AS p50_ms,
           percentile_cont(0.95) WITHIN GROUP (ORDER BY latency_ms) FILTER (WHERE completed_in) AS p95_ms
    FROM marked`;

  // An aggregate without GROUP BY always yields exactly one row.
  const row = rows[0];
  if (row === undefined) throw new Error('postcard statistics query returned no row');
  return {
    created: row.created,
    completed: row.completed,
    failed: row.failed,
    cancelled: row.cancelled,
    inProgress: row.in_progress,
    completedInWindow: row.completed_in_window,
    throughputPerMinute: row.completed_in_window / (window.seconds / 60),
    p50Ms: row.p50_ms,
    p95Ms: row.p95_ms,
  };
}
