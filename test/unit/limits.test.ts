import { ANONYMOUS, type Principal } from '../../src/auth/principal';
import { ConfigError, loadConfig } from '../../src/platform/config';
import { PRODUCTION_LIMITS } from '../../src/platform/limit-settings';
import { trustFunction } from '../../src/platform/trust-proxy';
import { createDailyBudget } from '../../src/postcards/daily-budget';
import type { DailyCounter } from '../../src/postcards/daily-counter';
import { createPostcardLimits } from '../../src/postcards/postcard-limits';
import { secondsUntilUtcMidnight, startOfUtcDay, utcDay } from '../../src/postcards/utc-day';
import type { Spend } from '../../src/store/postcard-store';
import { createMemoryLogger } from '../support/memory-logger';

describe('limit settings', () => {
  const OFF = { ratePerMinute: { create: 0, retry: 0, cancel: 0 }, dailyPostcards: 0, dailyRetries: 0, maxActivePerUser: 0, dailyBudgetUsd: 0 };

  it('are off outside production unless set, so development and the tests run unlimited', () => {
    expect(loadConfig({}).limits).toMatchObject({ ...OFF, budgetCheckMs: 10_000, exemptAdmins: true });
    expect(loadConfig({ AUTH_MODE: 'keys' }).limits).toMatchObject(OFF);
  });

  it('take the production defaults with NODE_ENV=production, the per-user ones only with keys', () => {
    const rates = { create: PRODUCTION_LIMITS.RATE_LIMIT_CREATE_PER_MINUTE, retry: PRODUCTION_LIMITS.RATE_LIMIT_RETRY_PER_MINUTE, cancel: PRODUCTION_LIMITS.RATE_LIMIT_CANCEL_PER_MINUTE };
    expect(loadConfig({ NODE_ENV: 'production' }).limits).toMatchObject({
      ratePerMinute: rates,
      dailyPostcards: PRODUCTION_LIMITS.DAILY_POSTCARD_QUOTA,
      dailyRetries: PRODUCTION_LIMITS.DAILY_RETRY_QUOTA,
      maxActivePerUser: PRODUCTION_LIMITS.MAX_ACTIVE_POSTCARDS_PER_USER,
      dailyBudgetUsd: PRODUCTION_LIMITS.DAILY_BUDGET_USD,
    });
    // Open mode: everyone is `anonymous`, so a per-user limit would bind the whole service.
    expect(loadConfig({ NODE_ENV: 'production', AUTH_MODE: 'open' }).limits).toMatchObject({
      ratePerMinute: rates,
      dailyPostcards: 0,
      maxActivePerUser: 0,
      dailyBudgetUsd: PRODUCTION_LIMITS.DAILY_BUDGET_USD,
    });
  });

  it('take what is set, 0 turning a limit off', () => {
    const limits = loadConfig({ NODE_ENV: 'production', RATE_LIMIT_CREATE_PER_MINUTE: '0', MAX_ACTIVE_POSTCARDS_PER_USER: '2', DAILY_BUDGET_USD: '12.5', LIMITS_EXEMPT_ADMIN: 'false' }).limits;
    expect(limits).toMatchObject({ ratePerMinute: { create: 0 }, maxActivePerUser: 2, dailyBudgetUsd: 12.5, exemptAdmins: false });
  });

  it.each([['DAILY_BUDGET_USD', '-1'], ['MAX_ACTIVE_POSTCARDS_PER_USER', '1.5'], ['RATE_LIMIT_RETRY_PER_MINUTE', 'lots'], ['LIMITS_EXEMPT_ADMIN', 'perhaps']])(
    'rejects a bad %s',
    (name, value) => {
      expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(`${name}:`));
    },
  );
});

describe('TRUST_PROXY', () => {
  const trust = (value: string) => loadConfig({ TRUST_PROXY: value }).http.trustProxy;

  it('takes what Express\'s trust proxy takes: true, false, a hop count, subnets and keywords', () => {
    expect(loadConfig({}).http.trustProxy).toBe(false);
    expect([trust('true'), trust('FALSE'), trust('0'), trust('2')]).toEqual([true, false, 0, 2]);
    expect(trust(' loopback, 10.0.0.0/8 ,fd00::/8')).toEqual(['loopback', '10.0.0.0/8', 'fd00::/8']);
  });

  it.each(['maybe', '10.0.0.0/33', '10.0.0.1, not-an-address', '-1'])('refuses %s, naming the variable', (value) => {
    expect(() => trust(value)).toThrow(ConfigError);
    expect(() => trust(value)).toThrow(/TRUST_PROXY:/);
  });

  it('trusts as many hops as the count says, or the listed subnets', () => {
    const hops = trustFunction(1);
    expect([hops('203.0.113.1', 0), hops('203.0.113.1', 1)]).toEqual([true, false]);
    const subnets = trustFunction(['loopback', '10.0.0.0/8']);
    expect([subnets('127.0.0.1', 0), subnets('10.9.8.7', 3), subnets('203.0.113.1', 0)]).toEqual([true, true, false]);
    expect(trustFunction(false)('127.0.0.1', 0)).toBe(false);
  });
});

describe('UTC days', () => {
  it('start at midnight UTC, whatever the local zone', () => {
    const at = new Date('2026-12-01T23:59:30.250Z');
    expect(startOfUtcDay(at).toISOString()).toBe('2026-12-01T00:00:00.000Z');
    expect(utcDay(at)).toBe('2026-12-01');
    expect(secondsUntilUtcMidnight(at)).toBe(30);
    expect(secondsUntilUtcMidnight(new Date('2026-12-02T00:00:00.000Z'))).toBe(86_400);
  });
});

describe('the daily budget', () => {
  const spending = (spend: Spend) => {
    const reads: Date[] = [];
    return { reads, spentSince: async (since: Date) => (reads.push(since), spend) };
  };

  it('reads today\'s spend at most once per check period, and again on a new day', async () => {
    let clock = Date.parse('2026-12-01T10:00:00Z');
    const store = spending({ usd: 4, unpriced: 0 });
    const budget = createDailyBudget({ limitUsd: 5, checkMs: 10_000, spentSince: store.spentSince, logger: createMemoryLogger().logger, now: () => new Date(clock) });
    expect(await Promise.all([budget.exhausted(), budget.exhausted(), budget.exhausted()])).toEqual([false, false, false]);
    clock += 9_000;
    await budget.exhausted();
    expect(store.reads.map((d) => d.toISOString())).toEqual(['2026-12-01T00:00:00.000Z']);
    clock = Date.parse('2026-12-02T00:00:01Z');
    await budget.exhausted();
    expect(store.reads.map((d) => d.toISOString())).toEqual(['2026-12-01T00:00:00.000Z', '2026-12-02T00:00:00.000Z']);
  });

  it('is spent at the limit, warns once about it and about runs without a price, and is never spent when 0', async () => {
    const memory = createMemoryLogger();
    const store = spending({ usd: 5, unpriced: 2 });
    const budget = createDailyBudget({ limitUsd: 5, checkMs: 0, spentSince: store.spentSince, logger: memory.logger });
    expect([await budget.exhausted(), await budget.exhausted()]).toEqual([true, true]);
    const warnings = (await memory.lines()).map((line) => String((JSON.parse(line) as { message: unknown }).message));
    expect(warnings.filter((m) => m.includes('daily budget spent'))).toHaveLength(1);
    expect(warnings.filter((m) => m.includes('without a known price'))).toHaveLength(1);
    const off = createDailyBudget({ limitUsd: 0, checkMs: 0, spentSince: store.spentSince, logger: memory.logger });
    expect(await off.exhausted()).toBe(false);
  });
});

describe('postcard limits', () => {
  const at = new Date('2026-12-01T18:00:00Z');
  const user: Principal = { userId: 'u1', userName: 'alice', keyId: 'k1', scopes: new Set(['postcards:write']) };
  const admin: Principal = { ...user, scopes: new Set(['admin']) };
  const taken: string[] = [];
  const retries: DailyCounter = {
    take: async (userId, limit) => (taken.push(userId), limit > 1 ? { taken: true, giveBack: async () => undefined } : { taken: false, used: 1, retryAfterSeconds: 60 }),
  };
  const limits = (settings: { dailyPostcards: number; dailyRetries: number; maxActivePerUser: number; exemptAdmins: boolean }, spent = false) =>
    createPostcardLimits({ settings, budget: { exhausted: async () => spent }, retries, now: () => at });

  it('asks the store for the daily quota and the active cap, except of exempt admins', async () => {
    const all = limits({ dailyPostcards: 10, dailyRetries: 2, maxActivePerUser: 3, exemptAdmins: true });
    expect(await all.forCreate(user)).toEqual({ maxActive: 3, maxCreated: { limit: 10, since: new Date('2026-12-01T00:00:00Z') } });
    expect(await all.forCreate(admin)).toBeUndefined();
    expect(await limits({ dailyPostcards: 10, dailyRetries: 2, maxActivePerUser: 0, exemptAdmins: false }).forCreate(admin)).toEqual({
      maxCreated: { limit: 10, since: new Date('2026-12-01T00:00:00Z') },
    });
    expect(await limits({ dailyPostcards: 0, dailyRetries: 0, maxActivePerUser: 0, exemptAdmins: true }).forCreate(ANONYMOUS)).toBeUndefined();
  });

  it('refuses with 429s that name the limit, and Retry-After where waiting helps', async () => {
    const some = limits({ dailyPostcards: 10, dailyRetries: 1, maxActivePerUser: 3, exemptAdmins: true });
    // The counter knows when its day ends.
    await expect(some.forRetry(user)).rejects.toMatchObject({ status: 429, code: 'daily_quota_exceeded', retryAfterSeconds: 60 });
    expect(some.refusal({ kind: 'refused', limit: 'active', held: 3, max: 3 })).toMatchObject({ status: 429, code: 'too_many_active_postcards', retryAfterSeconds: undefined });
    expect(some.refusal({ kind: 'refused', limit: 'created', held: 10, max: 10 })).toMatchObject({ code: 'daily_quota_exceeded', retryAfterSeconds: 6 * 3600 });
    const spent = limits({ dailyPostcards: 0, dailyRetries: 0, maxActivePerUser: 0, exemptAdmins: true }, true);
    // The budget binds admins too.
    await expect(spent.forCreate(admin)).rejects.toMatchObject({ status: 429, code: 'daily_budget_exhausted', retryAfterSeconds: 6 * 3600 });
    await expect(spent.forRetry(admin)).rejects.toMatchObject({ code: 'daily_budget_exhausted' });
    expect(taken).toEqual(['u1']);
  });
});
