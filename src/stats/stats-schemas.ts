import { z } from 'zod';

const UNIT_SECONDS = { m: 60, h: 3600, d: 86_400 } as const satisfies Record<string, number>;
type DurationUnit = keyof typeof UNIT_SECONDS;

/** The longest window we answer for: older step_runs are not what a live monitor is about. */
export const MAX_WINDOW_SECONDS = 30 * UNIT_SECONDS.d;
export const DEFAULT_WINDOW = '24h';

// Bounded digits so that a huge number cannot lose precision before the max check.
const DURATION = /^([1-9][0-9]{0,5})([mhd])$/;
const DURATION_HINT = 'must be a duration such as 15m, 1h, 24h or 7d';

function isUnit(unit: string): unit is DurationUnit {
  return Object.hasOwn(UNIT_SECONDS, unit);
}

/** `15m`, `1h`, `7d` → seconds; undefined when the text is not such a duration. */
export function parseDuration(text: string): number | undefined {
  const match = DURATION.exec(text);
  const amount = match?.[1];
  const unit = match?.[2];
  if (amount === undefined || unit === undefined || !isUnit(unit)) return undefined;
  return Number(amount) * UNIT_SECONDS[unit];
}

/** Query of GET /api/v1/stats. `window` becomes a number of seconds. */
export const StatsQuerySchema = z.strictObject({
  window: z
    .string({ error: `${DURATION_HINT}, given once` })
    .default(DEFAULT_WINDOW)
    .transform((text, ctx) => {
      const seconds = parseDuration(text);
      if (seconds === undefined) {
        ctx.addIssue({ code: 'custom', message: DURATION_HINT });
        return z.NEVER;
      }
      if (seconds > MAX_WINDOW_SECONDS) {
        ctx.addIssue({ code: 'custom', message: 'must be at most 30d' });
        return z.NEVER;
      }
      return seconds;
    }),
});
