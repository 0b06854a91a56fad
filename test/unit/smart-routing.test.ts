import { createCircuitBreaker } from '../../src/providers/circuit-breaker';
import type { MemberHistory } from '../../src/pipeline/routing/provider-history';
import { balancedScore, rankCandidates, type Candidate } from '../../src/pipeline/routing/strategy';
import { STRATEGIES } from '../../src/platform/generation-settings';

const history = (over: Partial<MemberHistory>): MemberHistory => ({
  step: 'code',
  provider: 'x',
  model: 'm',
  finished: 20,
  succeeded: 20,
  p50Ms: 10_000,
  avgMs: 10_000,
  avgCostUsd: 0.05,
  avgQuality: 0.9,
  truncatedRate: 0,
  repairedRate: 0,
  timeoutRate: 0,
  ...over,
});

const candidate = (name: string, over: Partial<Candidate>): Candidate => ({
  name,
  model: `${name}-model`,
  qualityRank: 50,
  listCostUsd: null,
  history: undefined,
  open: undefined,
  ...over,
});

/**
 * Three remote providers that differ in what they are good at, measured over
 * the window, and the local net:
 * - claude: best quality, dearest, slowest, reliable;
 * - gemini: cheapest per call but fails most of them, fast;
 * - simulated: fastest, a little cheaper than claude, low quality, reliable.
 */
const candidates: Candidate[] = [
  candidate('gemini', { qualityRank: 80, history: history({ provider: 'gemini', succeeded: 6, finished: 20, p50Ms: 9_000, avgCostUsd: 0.004 }) }),
  candidate('claude', { qualityRank: 92, history: history({ provider: 'claude', succeeded: 20, finished: 20, p50Ms: 12_000, avgCostUsd: 0.1 }) }),
  candidate('simulated', { qualityRank: 40, history: history({ provider: 'simulated', succeeded: 20, finished: 20, p50Ms: 2_000, avgCostUsd: 0.09 }) }),
  candidate('local', { qualityRank: 10, listCostUsd: 0 }),
];

describe('strategies', () => {
  it('each strategy picks a different order from the same measurements, with local last', () => {
    const orders = Object.fromEntries(STRATEGIES.map((s) => [s, rankCandidates(s, candidates).order.join('>')]));
    expect(orders).toEqual({
      // gemini is cheapest but fails 70% of its calls: the cheapest that works is simulated.
      cost: 'simulated>claude>gemini>local',
      quality: 'claude>gemini>simulated>local',
      speed: 'simulated>gemini>claude>local',
      // 0.686 (reliable, best quality) > 0.669 (fast but weak) > 0.619 (cheap but unreliable).
      balanced: 'claude>simulated>gemini>local',
    });
    expect(new Set(Object.values(orders)).size).toBe(4);
  });

  it('explains its choice with the numbers it compared', () => {
    const { reason } = rankCandidates('balanced', candidates);
    expect(reason).toBe(
      'balanced: claude score 0.69 (100% of 20 ok, p50 12.0 s, $0.1000/call, rank 92) > simulated score 0.67 (100% of 20 ok, p50 2.0 s, $0.0900/call, rank 40) > gemini score 0.62 (30% of 20 ok, p50 9.0 s, $0.0040/call, rank 80); local last',
    );
    expect(reason).toContain('local last');
  });

  it('cost: the cheapest that works, so a cheap provider failing most calls is not first', () => {
    const failing = candidate('gemini', { history: history({ succeeded: 4, finished: 20, avgCostUsd: 0.001 }) });
    const dear = candidate('claude', { history: history({ avgCostUsd: 0.2 }) });
    expect(rankCandidates('cost', [failing, dear]).order).toEqual(['claude', 'gemini']);
  });

  it('uses list prices before anything was measured, and puts unknown costs last', () => {
    const known = candidate('claude', { listCostUsd: 0.09 });
    const unknown = candidate('gemini', { listCostUsd: null });
    expect(rankCandidates('cost', [unknown, known]).order).toEqual(['claude', 'gemini']);
  });

  it('skips a member whose circuit is open, and says why', () => {
    const open = candidates.map((c) => (c.name === 'simulated' ? { ...c, open: '3 failures in a row (last: timeout)' } : c));
    const ranking = rankCandidates('speed', open);
    expect(ranking.order).toEqual(['gemini', 'claude', 'local']);
    expect(ranking.reason).toContain('skipped simulated: 3 failures in a row');
  });

  it('keeps every member when all are open and there is no local net, rather than failing untried', () => {
    const all = [candidate('gemini', { open: 'auth' }), candidate('claude', { open: 'auth', qualityRank: 90 })];
    expect(rankCandidates('quality', all).order).toEqual(['claude', 'gemini']);
  });

  it('balanced score weighs success 0.4 and quality, speed and cheapness 0.2 each', () => {
    const perfect = candidate('a', { qualityRank: 100, history: history({ succeeded: 998, finished: 998, p50Ms: 0, avgCostUsd: 0 }) });
    expect(balancedScore(perfect, 1)).toBeCloseTo(0.4 + 0.2 + 0.2 + 0.2, 2);
    const unmeasured = candidate('b', { qualityRank: 50 });
    // smoothed success 1/2, quality 0.5, speed and cost unknown: 0.5 each.
    expect(balancedScore(unmeasured, 1)).toBeCloseTo(0.4 * 0.5 + 0.2 * 0.5 + 0.2 * 0.5 + 0.2 * 0.5, 6);
  });
});

describe('circuit breaker', () => {
  let now = 0;
  const breaker = () => createCircuitBreaker({ failures: 3, cooldownMs: 60_000, now: () => now });

  beforeEach(() => {
    now = 1_000_000;
  });

  it('opens after N failures in a row, for the cool-down, and closes on its own', () => {
    const b = breaker();
    b.failure('gemini:m', 'server', '500');
    b.failure('gemini:m', 'timeout', 'slow');
    expect(b.openReason('gemini:m')).toBeUndefined();
    b.failure('gemini:m', 'overloaded', 'busy');
    expect(b.openReason('gemini:m')?.reason).toBe('3 failures in a row (last: overloaded: busy)');
    now += 60_001;
    expect(b.openReason('gemini:m')).toBeUndefined();
  });

  it('a success resets the count', () => {
    const b = breaker();
    b.failure('gemini:m', 'server', '500');
    b.failure('gemini:m', 'server', '500');
    b.success('gemini:m');
    b.failure('gemini:m', 'server', '500');
    expect(b.openReason('gemini:m')).toBeUndefined();
  });

  it('opens at once for failures that do not heal (auth, not found, quota) and on a failed health check', () => {
    const b = breaker();
    b.failure('claude:m', 'not_found', 'model: claude-sonnet-4-5');
    expect(b.openReason('claude:m')?.reason).toBe('not_found: model: claude-sonnet-4-5');
    b.trip('gemini:m', 'API key not valid');
    expect(b.snapshot().map((s) => s.member).sort()).toEqual(['claude:m', 'gemini:m']);
  });

  it('ignores content failures and never trips local', () => {
    const b = breaker();
    for (let i = 0; i < 5; i += 1) {
      b.failure('gemini:m', 'safety', 'blocked');
      b.failure('gemini:m', 'invalid_output', 'bad json');
      b.failure('local:local', 'server', 'bug');
    }
    b.trip('local:local', 'never');
    expect(b.snapshot()).toEqual([]);
  });
});
