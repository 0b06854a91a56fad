import { parseDuration, StatsQuerySchema } from '../../src/stats/stats-schemas';
import { roundMs, roundRate } from '../../src/stats/stats-presenter';
import { windowEndingAt } from '../../src/stats/stats-service';

describe('parseDuration', () => {
  it.each([
    ['1m', 60],
    ['15m', 900],
    ['1h', 3600],
    ['24h', 86_400],
    ['7d', 604_800],
    ['30d', 2_592_000],
  ])('%s is %i seconds', (text, seconds) => {
    expect(parseDuration(text)).toBe(seconds);
  });

  it.each(['', '0m', '01h', '1.5h', '-1h', '1w', '1 h', 'h', '1H', '10000000m'])('rejects %j', (text) => {
    expect(parseDuration(text)).toBeUndefined();
  });
});

describe('StatsQuerySchema', () => {
  it('defaults to 24h and caps at 30d', () => {
    expect(StatsQuerySchema.parse({})).toEqual({ window: 86_400 });
    expect(StatsQuerySchema.parse({ window: '720h' })).toEqual({ window: 2_592_000 });
    expect(StatsQuerySchema.safeParse({ window: '721h' }).success).toBe(false);
  });
});

describe('rounding and windows', () => {
  it('rounds rates to 4 decimals and milliseconds to integers', () => {
    expect(roundRate(2 / 3)).toBe(0.6667);
    expect(roundRate(null)).toBeNull();
    expect(roundMs(2850.85)).toBe(2851);
    expect(roundMs(null)).toBeNull();
  });

  it('ends the window at the given instant', () => {
    const window = windowEndingAt(new Date('2030-01-01T12:00:00.000Z'), 3600);
    expect(window.from.toISOString()).toBe('2030-01-01T11:00:00.000Z');
  });
});
