import type { StepQueues } from '../pipeline/queues.js';
import type { Db } from '../platform/db.js';
import { scoreHealth, type Health } from './health-score.js';
import { backlogOf, readQueueCounts, type StepQueueCounts } from './queue-counts.js';
import { queryPostcardStats, queryStepStats, type PostcardStats, type StatsWindow, type StepStats } from './stats-query.js';

export interface StatsDeps {
  readonly db: Db;
  readonly queues: StepQueues;
  /** The end of every window; injectable so that tests can pin the clock. */
  readonly now?: () => Date;
}

/** Everything GET /api/v1/stats reports, exact and unrounded. */
export interface StatsReport {
  readonly window: StatsWindow;
  readonly steps: readonly StepStats[];
  readonly postcards: PostcardStats;
  readonly queues: readonly StepQueueCounts[];
  readonly backlog: number;
  readonly health: Health;
}

export function windowEndingAt(to: Date, seconds: number): StatsWindow {
  return { from: new Date(to.getTime() - seconds * 1000), to, seconds };
}

/** Reads the window's statistics from PostgreSQL and the live queue counts from Redis. */
export async function collectStats(deps: StatsDeps, windowSeconds: number): Promise<StatsReport> {
  const window = windowEndingAt(deps.now?.() ?? new Date(), windowSeconds);
  const [steps, postcards, queues] = await Promise.all([
    queryStepStats(deps.db, window),
    queryPostcardStats(deps.db, window),
    readQueueCounts(deps.queues),
  ]);
  const backlog = backlogOf(queues);
  const health = scoreHealth({ windowSeconds, steps, postcards, backlog });
  return { window, steps, postcards, queues, backlog, health };
}
