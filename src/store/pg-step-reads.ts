import type { Db } from '../platform/db.js';
import type { PostcardStore } from './postcard-store.js';
import type { StepName } from './postcard-types.js';

interface TimingRow {
  readonly step: StepName;
  readonly samples: number;
  readonly median_ms: number | null;
  readonly p90_ms: number | null;
  readonly cache_hit_samples: number;
  readonly cache_hit_median_ms: number | null;
}

/** Reads of step runs across postcards: where a cached result came from, and how long steps take. */
export function pgStepReads(db: Db): Pick<PostcardStore, 'producedBy' | 'stepTimings'> {
  return {
    producedBy: (taskId, step) =>
      db.stepRun.findFirst({
        where: { taskId, step, status: 'SUCCEEDED', cacheHit: false },
        orderBy: [{ run: 'desc' }, { attempt: 'desc' }],
        select: { provider: true, model: true, params: true },
      }),

    async stepTimings(since) {
      // One grouped pass over the (step, started_at) index; `step = ANY(every step)` lets it serve a range on started_at alone.
      const rows = await db.$queryRaw<TimingRow[]>`
        SELECT step,
               count(*) FILTER (WHERE NOT cache_hit)::int AS samples,
               percentile_cont(0.5) WITHIN GROUP (ORDER BY duration_ms) FILTER (WHERE NOT cache_hit)::float8 AS median_ms,
               percentile_cont(0.9) WITHIN GROUP (ORDER BY duration_ms) FILTER (WHERE NOT cache_hit)::float8 AS p90_ms,
               count(*) FILTER (WHERE cache_hit)::int AS cache_hit_samples,
               percentile_cont(0.5) WITHIN GROUP (ORDER BY duration_ms) FILTER (WHERE cache_hit)::float8 AS cache_hit_median_ms
          FROM step_runs
         WHERE step = ANY (enum_range(NULL::"StepName")) AND started_at >= ${since}::timestamptz
           AND status = 'SUCCEEDED' AND duration_ms IS NOT NULL
         GROUP BY step`;
      return rows.map((r) => ({
        step: r.step,
        samples: r.samples,
        medianMs: r.median_ms,
        p90Ms: r.p90_ms,
        cacheHitSamples: r.cache_hit_samples,
        cacheHitMedianMs: r.cache_hit_median_ms,
      }));
    },
  };
}
