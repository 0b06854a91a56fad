import { TooManyRequestsError } from '../http/http-errors.js';
import { isAdmin, type Principal } from '../auth/principal.js';
import type { LimitSettings } from '../platform/config.js';
import type { Admission, Refused } from '../store/postcard-store.js';
import type { DailyBudget } from './daily-budget.js';
import type { DailyCounter } from './daily-counter.js';
import { secondsUntilUtcMidnight, startOfUtcDay } from './utc-day.js';

/**
 * The limits a create or a retry must pass before any paid work is queued
 * (README, "Limits"). The per-minute rate limits run earlier, as middleware
 * (rate-limits.ts). Each refusal is a 429 naming its limit; a refused request
 * uses up none of a quota.
 */
export interface PostcardLimits {
  /**
   * Before a create: 429 `daily_budget_exhausted` once the service's budget
   * is spent; else what the store must check in the transaction that inserts
   * the postcard (the daily quota and the active cap), or undefined.
   */
  forCreate(caller: Principal): Promise<Admission | undefined>;
  /**
   * Before a retry: the budget, then one of the caller's daily retries (429
   * `daily_quota_exceeded` when none is left). `giveBack` returns that retry
   * when the retry then does not happen; `admission` is the active cap.
   */
  forRetry(caller: Principal): Promise<{ readonly admission: Admission | undefined; giveBack(): Promise<void> }>;
  /** The 429 for what the store's admission refused. */
  refusal(refused: Refused): TooManyRequestsError;
}

export interface PostcardLimitDeps {
  readonly settings: Pick<LimitSettings, 'dailyPostcards' | 'dailyRetries' | 'maxActivePerUser' | 'exemptAdmins'>;
  readonly budget: DailyBudget;
  /** The per-user count of retries per UTC day, in Redis. */
  readonly retries: DailyCounter;
  readonly now?: () => Date;
}

const budgetSpent = (now: Date) =>
  new TooManyRequestsError(
    'daily_budget_exhausted',
    "The service's daily budget for AI providers is spent: no new postcards or retries until midnight UTC. Postcards already accepted are still being made.",
    secondsUntilUtcMidnight(now),
  );

const nothingToGiveBack = async (): Promise<void> => undefined;

export function createPostcardLimits(deps: PostcardLimitDeps): PostcardLimits {
  const now = deps.now ?? (() => new Date());
  const { dailyPostcards, dailyRetries, maxActivePerUser, exemptAdmins } = deps.settings;
  /** LIMITS_EXEMPT_ADMIN: operators (admin keys) are trusted with the per-user limits; the budget binds them too. */
  const exempt = (caller: Principal) => exemptAdmins && isAdmin(caller);
  const activeCap = (caller: Principal): Admission => (maxActivePerUser > 0 && !exempt(caller) ? { maxActive: maxActivePerUser } : {});
  const orUndefined = (admission: Admission) => (admission.maxActive === undefined && admission.maxCreated === undefined ? undefined : admission);

  return {
    async forCreate(caller) {
      const at = now();
      if (await deps.budget.exhausted()) throw budgetSpent(at);
      const daily = dailyPostcards > 0 && !exempt(caller) ? { maxCreated: { limit: dailyPostcards, since: startOfUtcDay(at) } } : {};
      return orUndefined({ ...activeCap(caller), ...daily });
    },

    async forRetry(caller) {
      const at = now();
      if (await deps.budget.exhausted()) throw budgetSpent(at);
      const admission = orUndefined(activeCap(caller));
      if (dailyRetries === 0 || exempt(caller)) return { admission, giveBack: nothingToGiveBack };
      const taken = await deps.retries.take(caller.userId, dailyRetries, at);
      if (!taken.taken) {
        throw new TooManyRequestsError(
          'daily_quota_exceeded',
          `Daily retry quota reached: ${taken.used} of ${dailyRetries} retries today (UTC). It resets at midnight UTC.`,
          taken.retryAfterSeconds,
        );
      }
      return { admission, giveBack: taken.giveBack };
    },

    refusal(refused) {
      if (refused.limit === 'created') {
        return new TooManyRequestsError(
          'daily_quota_exceeded',
          `Daily postcard quota reached: ${refused.held} of ${refused.max} postcards today (UTC). It resets at midnight UTC.`,
          secondsUntilUtcMidnight(now()),
        );
      }
      // No Retry-After: only the caller's own postcards finishing (or a cancel) frees a slot.
      return new TooManyRequestsError(
        'too_many_active_postcards',
        `${refused.held} of your postcards are in progress, the most you may have at once (${refused.max}); wait for one to finish, or cancel one.`,
      );
    },
  };
}

/** No limits at all: for unit tests of the service and the lifecycle. */
export const UNLIMITED: PostcardLimits = {
  forCreate: async () => undefined,
  forRetry: async () => ({ admission: undefined, giveBack: nothingToGiveBack }),
  refusal: (refused) => new TooManyRequestsError('limited', `refused: ${refused.limit}`),
};
