import type { Db } from '../platform/db.js';

/** The half-open interval [from, to) the statistics cover. */
export interface StatsWindow {
  readonly from: Date;
  readonly to: Date;
  readonly seconds: number;
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
