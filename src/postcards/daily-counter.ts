import type { RedisConnection } from '../platform/redis.js';
import { secondsUntilUtcMidnight, utcDay } from './utc-day.js';

/**
 * KEYS[1]  the counter of one user and one UTC day
 * ARGV[1]  the limit
 * ARGV[2]  when the counter expires (Unix seconds): the day's end, plus an hour for clocks that disagree
 * Returns  { 1, count } when one was taken; { 0, count } when the count had
 *          reached the limit, and the count is left as it was.
 * The check and the increment are one script, so two concurrent requests can
 * never both take the last one.
 */
const TAKE_SCRIPT = `
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('EXPIREAT', KEYS[1], ARGV[2]) end
if count > tonumber(ARGV[1]) then
  redis.call('DECR', KEYS[1])
  return { 0, count - 1 }
end
return { 1, count }`;

/**
 * KEYS[1]  a counter TAKE_SCRIPT incremented
 * Gives one back, unless the counter is gone (expired with its day): a DECR
 * there would leave a counter of -1 with no expiry.
 */
const GIVE_BACK_SCRIPT = `
if redis.call('EXISTS', KEYS[1]) == 1 then return redis.call('DECR', KEYS[1]) end
return 0`;

export type Taken =
  | { readonly taken: true; /** For a request that then did not happen: it must not use up the quota. */ giveBack(): Promise<void> }
  | { readonly taken: false; readonly used: number; readonly retryAfterSeconds: number };

/** A per-user count of something per UTC day, kept in Redis so that every API process shares it. */
export interface DailyCounter {
  take(userId: string, limit: number, now?: Date): Promise<Taken>;
}

function parseTake(reply: unknown): { readonly taken: boolean; readonly count: number } {
  if (Array.isArray(reply) && reply.length === 2 && typeof reply[0] === 'number' && typeof reply[1] === 'number') {
    return { taken: reply[0] === 1, count: reply[1] };
  }
  throw new Error(`unexpected reply from the daily counter: ${JSON.stringify(reply)}`);
}

export function createDailyCounter(redis: RedisConnection, keyPrefix: string): DailyCounter {
  return {
    async take(userId, limit, now = new Date()) {
      const key = `${keyPrefix}:${utcDay(now)}:${userId}`;
      const expireAt = Math.ceil(now.getTime() / 1000) + secondsUntilUtcMidnight(now) + 3600;
      const { taken, count } = parseTake(await redis.eval(TAKE_SCRIPT, 1, key, limit, expireAt));
      if (!taken) return { taken: false, used: count, retryAfterSeconds: secondsUntilUtcMidnight(now) };
      return {
        taken: true,
        giveBack: async () => void (await redis.eval(GIVE_BACK_SCRIPT, 1, key)),
      };
    },
  };
}
