import type { Db } from '../../platform/db.js';
import { STEP_NAMES, type StepName } from '../catalog.js';

/** What we measured of one (step, provider, model) over the routing window. Exact values. */
export interface MemberHistory {
  readonly step: StepName;
  readonly provider: string;
  readonly model: string | null;
  /** Finished attempts (SUCCEEDED + FAILED). */
  readonly finished: number;
  readonly succeeded: number;
  readonly p50Ms: number | null;
  readonly avgMs: number | null;
  /** Mean cost of attempts with a known cost; null when none is known. */
  readonly avgCostUsd: number | null;
  readonly avgQuality: number | null;
  /** Shares of finished attempts: an answer cut by the token limit, a repair round, a timeout. */
  readonly truncatedRate: number;
  readonly repairedRate: number;
  readonly timeoutRate: number;
}

interface Row {
  readonly step: string;
  readonly provider: string;
  readonly model: string | null;
  readonly finished: number;
  readonly succeeded: number;
  readonly p50_ms: number | null;
  readonly avg_ms: number | null;
  readonly avg_cost: number | null;
  readonly avg_quality: number | null;
  readonly truncated: number;
  readonly repaired: number;
  readonly timeouts: number;
}

/**
 * Per (step, provider, model), the attempts that started since `since`. Cache
 * hits are not a provider and are left out. One grouped query over the
 * (provider, step, started_at) index.
 */
export async function queryMemberHistory(db: Db, since: Date): Promise<MemberHistory[]> {
  const rows = await db.$queryRaw<Row[]>`
    SELECT step::text AS step, provider, model,
           count(*) FILTER (WHERE status <> 'RUNNING')::int AS finished,
           count(*) FILTER (WHERE status = 'SUCCEEDED')::int AS succeeded,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY duration_ms) FILTER (WHERE status = 'SUCCEEDED')::float8 AS p50_ms,
           avg(duration_ms) FILTER (WHERE status = 'SUCCEEDED')::float8 AS avg_ms,
           avg(cost_usd) FILTER (WHERE status <> 'RUNNING' AND cost_usd IS NOT NULL)::float8 AS avg_cost,
           avg(quality_score)::float8 AS avg_quality,
           count(*) FILTER (WHERE (params ->> 'truncated') = 'true')::int AS truncated,
           count(*) FILTER (WHERE (params ->> 'repaired') = 'true')::int AS repaired,
           count(*) FILTER (WHERE error_kind = 'timeout')::int AS timeouts
      FROM step_runs
     WHERE started_at >= ${since}::timestamptz AND provider IS NOT NULL AND provider <> 'cache' AND NOT cache_hit
     GROUP BY step, provider, model`;
  const isStep = (s: string): s is StepName => (STEP_NAMES as readonly string[]).includes(s);
  return rows.flatMap((r) => {
    const step = r.step;
    if (!isStep(step)) return [];
    const share = (n: number) => (r.finished === 0 ? 0 : n / r.finished);
    return {
      step,
      provider: r.provider,
      model: r.model,
      finished: r.finished,
      succeeded: r.succeeded,
      p50Ms: r.p50_ms,
      avgMs: r.avg_ms,
      avgCostUsd: r.avg_cost,
      avgQuality: r.avg_quality,
      truncatedRate: share(r.truncated),
      repairedRate: share(r.repaired),
      timeoutRate: share(r.timeouts),
    };
  });
}

/** A history source that re-reads at most every `refreshMs`; concurrent callers share one query. */
export interface HistorySource {
  get(): Promise<readonly MemberHistory[]>;
}

export function cachedHistory(read: () => Promise<MemberHistory[]>, refreshMs: number, now: () => number = Date.now): HistorySource {
  let last: { at: number; value: Promise<readonly MemberHistory[]> } | undefined;
  return {
    get() {
      if (last === undefined || now() - last.at >= refreshMs) {
        const value = read();
        last = { at: now(), value };
        // A failed read is not remembered: the next step asks again.
        value.catch(() => {
          if (last?.value === value) last = undefined;
        });
      }
      return last.value;
    },
  };
}
