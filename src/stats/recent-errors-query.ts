import type { Db } from '../platform/db.js';
import { STEP_NAMES, type StepName } from '../pipeline/catalog.js';
import type { StatsWindow } from './stats-query.js';

/** How many failed attempts the report lists: enough to see a pattern, few enough to read. */
export const RECENT_ERRORS_LIMIT = 20;
/** Provider messages can carry a whole response body; the report needs only the gist. */
export const ERROR_MESSAGE_MAX_CHARS = 300;

/** One failed attempt. */
export interface RecentError {
  readonly step: StepName;
  readonly provider: string | null;
  readonly model: string | null;
  /** ProviderError kind (rate_limit, timeout, …); null for rows written before kinds were recorded. */
  readonly kind: string | null;
  /** At most ERROR_MESSAGE_MAX_CHARS characters, ending in … when cut. */
  readonly message: string | null;
  readonly at: Date;
}

/**
 * The latest failed attempts, newest first by finished_at. They are drawn
 * from the same population as the steps' `failed` counts (attempts started in
 * the window), so each listed error is one of those counted, and the query
 * walks the (step, started_at) index instead of scanning the table for
 * finished_at; the top-N sort then holds only RECENT_ERRORS_LIMIT rows.
 * Messages are cut in SQL so that a huge error text never leaves PostgreSQL.
 */
export async function queryRecentErrors(db: Db, window: StatsWindow): Promise<RecentError[]> {
  return db.$queryRaw<RecentError[]>`
    SELECT step::text AS step, provider, model, error_kind AS kind,
           CASE WHEN char_length(error) > ${ERROR_MESSAGE_MAX_CHARS}::int
                THEN left(error, ${ERROR_MESSAGE_MAX_CHARS - 1}::int) || '…'
                ELSE error END AS message,
           -- The step store writes finished_at with every failure, but the column is nullable.
           COALESCE(finished_at, started_at) AS at
    FROM step_runs
    WHERE step = ANY(${[...STEP_NAMES]}::text[]::"StepName"[])
      AND started_at >= ${window.from}::timestamptz
      AND started_at < ${window.to}::timestamptz
      AND status = 'FAILED'
    ORDER BY COALESCE(finished_at, started_at) DESC, id DESC
    LIMIT ${RECENT_ERRORS_LIMIT}::int`;
}
