import { z } from 'zod';
import type { AuthMode } from './auth-settings.js';

/**
 * The limits checked before any paid call (README, "Limits"). Parsed by
 * config.ts, the only reader of process.env.
 *
 * Unset, a limit takes its production default with NODE_ENV=production and is
 * off otherwise, so development and the test suite run unlimited. The per-user
 * limits stay off in open mode unless set: every open-mode request is the one
 * user `anonymous`, so a per-user limit there is a limit on the whole service.
 * 0 turns any limit off.
 */

const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

export const LimitEnvShape = {
  /** Requests per minute per API key (per user without one; per client address in open mode), shared by every API process. */
  RATE_LIMIT_CREATE_PER_MINUTE: int(0, 1_000_000).optional(),
  RATE_LIMIT_RETRY_PER_MINUTE: int(0, 1_000_000).optional(),
  RATE_LIMIT_CANCEL_PER_MINUTE: int(0, 1_000_000).optional(),
  /** Postcards and retries one user may start per UTC day. */
  DAILY_POSTCARD_QUOTA: int(0, 100_000_000).optional(),
  DAILY_RETRY_QUOTA: int(0, 100_000_000).optional(),
  /** PENDING or PROCESSING postcards one user may hold at once. */
  MAX_ACTIVE_POSTCARDS_PER_USER: int(0, 1_000_000).optional(),
  /** USD the whole service may spend on providers per UTC day; past it, creates and retries get 429. */
  DAILY_BUDGET_USD: z.coerce.number().min(0).max(1_000_000_000).optional(),
  /** How long an API process trusts its last reading of today's spend. */
  DAILY_BUDGET_CHECK_SECONDS: int(0, 3600).default(10),
  /** Whether keys with the admin scope skip the per-user limits (never the budget). */
  LIMITS_EXEMPT_ADMIN: z.stringbool().default(true),
};

type LimitEnv = z.output<z.ZodObject<typeof LimitEnvShape>> & { readonly NODE_ENV: string };

/** Every limit; 0 means off. */
export interface LimitSettings {
  readonly ratePerMinute: { readonly create: number; readonly retry: number; readonly cancel: number };
  readonly dailyPostcards: number;
  readonly dailyRetries: number;
  readonly maxActivePerUser: number;
  readonly dailyBudgetUsd: number;
  readonly budgetCheckMs: number;
  readonly exemptAdmins: boolean;
}

/** The production defaults: generous for a person or an app, tight enough that one leaked key cannot run up a bill. */
export const PRODUCTION_LIMITS = {
  RATE_LIMIT_CREATE_PER_MINUTE: 30,
  RATE_LIMIT_RETRY_PER_MINUTE: 10,
  RATE_LIMIT_CANCEL_PER_MINUTE: 60,
  DAILY_POSTCARD_QUOTA: 500,
  DAILY_RETRY_QUOTA: 100,
  MAX_ACTIVE_POSTCARDS_PER_USER: 10,
  DAILY_BUDGET_USD: 100,
} as const satisfies Partial<Record<keyof typeof LimitEnvShape, number>>;

export function limitSettings(e: LimitEnv, mode: AuthMode): LimitSettings {
  const production = e.NODE_ENV === 'production';
  const service = (name: keyof typeof PRODUCTION_LIMITS) => e[name] ?? (production ? PRODUCTION_LIMITS[name] : 0);
  const perUser = (name: keyof typeof PRODUCTION_LIMITS) => e[name] ?? (production && mode === 'keys' ? PRODUCTION_LIMITS[name] : 0);
  return {
    ratePerMinute: {
      create: service('RATE_LIMIT_CREATE_PER_MINUTE'),
      retry: service('RATE_LIMIT_RETRY_PER_MINUTE'),
      cancel: service('RATE_LIMIT_CANCEL_PER_MINUTE'),
    },
    dailyPostcards: perUser('DAILY_POSTCARD_QUOTA'),
    dailyRetries: perUser('DAILY_RETRY_QUOTA'),
    maxActivePerUser: perUser('MAX_ACTIVE_POSTCARDS_PER_USER'),
    dailyBudgetUsd: service('DAILY_BUDGET_USD'),
    budgetCheckMs: e.DAILY_BUDGET_CHECK_SECONDS * 1000,
    exemptAdmins: e.LIMITS_EXEMPT_ADMIN,
  };
}
