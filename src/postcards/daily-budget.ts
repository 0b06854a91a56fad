import type { Logger } from '../platform/logger.js';
import type { Spend } from '../store/postcard-store.js';
import { startOfUtcDay } from './utc-day.js';

export interface DailyBudgetDeps {
  /** USD the service may spend per UTC day; 0 is no budget. */
  readonly limitUsd: number;
  /** How long a reading of today's spend is trusted (DAILY_BUDGET_CHECK_SECONDS); 0 reads it every time. */
  readonly checkMs: number;
  /** The store's sum of step-run costs since a moment. */
  readonly spentSince: (since: Date) => Promise<Spend>;
  readonly logger: Logger;
  readonly now?: () => Date;
}

export interface DailyBudget {
  /** True once today's provider spend reached the budget. */
  exhausted(): Promise<boolean>;
}

/**
 * The service-wide budget, read from the cost accounting (step_runs.cost_usd,
 * every worker's, in PostgreSQL), so every API process sees the same spend.
 * A reading is reused for `checkMs`: the sum runs over today's step runs, and
 * creates must stay cheap. Work accepted meanwhile can take the spend past
 * the budget; the budget stops new work, never work already accepted.
 */
export function createDailyBudget(deps: DailyBudgetDeps): DailyBudget {
  const log = deps.logger.child({ component: 'daily-budget' });
  const now = deps.now ?? (() => new Date());
  let reading: { readonly day: number; readonly at: number; readonly usd: number; readonly unpriced: number } | undefined;

  /** Today's spend, read again once the last reading is `checkMs` old or from another day; warns once per change worth an operator's look. */
  const spentToday = async (): Promise<number> => {
    const at = now();
    const day = startOfUtcDay(at).getTime();
    if (reading !== undefined && reading.day === day && at.getTime() - reading.at < deps.checkMs) return reading.usd;
    const spend = await deps.spentSince(new Date(day));
    const before = reading?.day === day ? reading : undefined;
    // A model with no known price costs "unknown", which the budget can only count as $0.
    if (spend.unpriced > (before?.unpriced ?? 0)) {
      log.warn('step runs without a known price count as $0 against the daily budget', { unpriced_runs: spend.unpriced, spent_usd: spend.usd });
    }
    if (spend.usd >= deps.limitUsd && (before === undefined || before.usd < deps.limitUsd)) {
      log.warn('daily budget spent: new postcards and retries are refused until midnight UTC', { spent_usd: spend.usd, budget_usd: deps.limitUsd });
    }
    reading = { day, at: at.getTime(), usd: spend.usd, unpriced: spend.unpriced };
    return spend.usd;
  };

  // Requests that arrive while a reading is under way share it, rather than each summing the day again.
  let inFlight: Promise<number> | undefined;
  const shared = (): Promise<number> => {
    inFlight ??= spentToday().finally(() => {
      inFlight = undefined;
    });
    return inFlight;
  };

  return {
    exhausted: async () => deps.limitUsd > 0 && (await shared()) >= deps.limitUsd,
  };
}
