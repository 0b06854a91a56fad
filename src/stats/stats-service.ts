import type { CacheStats, CacheStatsSource } from '../pipeline/cache-stats.js';
import type { QueueShard } from '../pipeline/queues.js';
import type { TuningEntry } from '../pipeline/routing/router.js';
import type { Db } from '../platform/db.js';
import { scoreHealth, type Health } from './health-score.js';
import { backlogOf, readQueueCounts, type StepQueueCounts } from './queue-counts.js';
import { queryRecentErrors, type RecentError } from './recent-errors-query.js';
import { queryPostcardStats, type PostcardStats, type StatsWindow } from './stats-query.js';
import { queryStepStats, type StepStats } from './step-stats-query.js';

export interface StatsDeps {
  readonly db: Db;
  /** Every shard's step queues; the report sums them per step. */
  readonly shards: readonly QueueShard[];
  /** The end of every window; injectable so that tests can pin the clock. */
  readonly now?: () => Date;
  /** When this process started, for `uptime_seconds`; measured against `now`. */
  readonly startedAt: Date;
  /** The step cache's counters as the workers published them; without it the report has no cache figures. */
  readonly cache?: CacheStatsSource;
  /** Adaptive tuning's current adjustments per step, provider and model (computed from the routing window, as the workers do). */
  readonly tuning?: () => Promise<readonly TuningEntry[]>;
}

/** Everything GET /api/v1/stats reports, exact and unrounded. */
export interface StatsReport {
  readonly window: StatsWindow;
  readonly steps: readonly StepStats[];
  readonly postcards: PostcardStats;
  readonly queues: readonly StepQueueCounts[];
  readonly backlog: number;
  readonly health: Health;
  /** Newest first, at most RECENT_ERRORS_LIMIT. */
  readonly recentErrors: readonly RecentError[];
  readonly uptimeSeconds: number;
  /** Lookup totals since each worker started (not limited to the window); absent without a cache source. */
  readonly cache?: CacheStats;
  readonly tuning?: readonly TuningEntry[];
}

export function windowEndingAt(to: Date, seconds: number): StatsWindow {
  return { from: new Date(to.getTime() - seconds * 1000), to, seconds };
}

/** Reads the window's statistics from PostgreSQL and the live queue counts from Redis. */
export async function collectStats(deps: StatsDeps, windowSeconds: number): Promise<StatsReport> {
  const window = windowEndingAt(deps.now?.() ?? new Date(), windowSeconds);
  const [steps, postcards, queues, recentErrors, cache, tuning] = await Promise.all([
    queryStepStats(deps.db, window),
    queryPostcardStats(deps.db, window),
    readQueueCounts(deps.shards),
    queryRecentErrors(deps.db, window),
    deps.cache?.read(),
    deps.tuning?.(),
  ]);
  const backlog = backlogOf(queues);
  const health = scoreHealth({ windowSeconds, steps, postcards, backlog });
  const uptimeSeconds = (window.to.getTime() - deps.startedAt.getTime()) / 1000;
  return {
    window,
    steps,
    postcards,
    queues,
    backlog,
    health,
    recentErrors,
    uptimeSeconds,
    ...(cache === undefined ? {} : { cache }),
    ...(tuning === undefined ? {} : { tuning }),
  };
}
