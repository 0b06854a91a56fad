import { STEP_NAMES, type StepName } from '../../src/pipeline/catalog';
import { documentScore, scoreHealth, statusForScore, type HealthInput } from '../../src/stats/health-score';

type Steps = HealthInput['steps'];

/**
 * Every step with `succeeded` successes, the given success rate (1 unless
 * overridden) and mean duration (1 s, fast for every step, unless overridden;
 * null where the rate is null, as no attempt finished).
 */
function steps(succeeded: number, rates: Partial<Record<StepName, number | null>> = {}, avgMs: Partial<Record<StepName, number>> = {}): Steps {
  return STEP_NAMES.map((step) => {
    const successRate = rates[step] === undefined ? 1 : rates[step];
    return { step, succeeded, successRate, avgMs: successRate === null ? null : (avgMs[step] ?? 1000) };
  });
}

const base: HealthInput = { windowSeconds: 600, steps: steps(25), postcards: { completed: 25, failed: 0 }, backlog: 0 };

describe('scoreHealth', () => {
  it('scores a window without traffic or backlog as fully healthy', () => {
    const quiet: HealthInput = { windowSeconds: 900, steps: steps(0, { concept: null, content: null, image: null, code: null }), postcards: { completed: 0, failed: 0 }, backlog: 0 };
    expect(scoreHealth(quiet)).toEqual({ score: 100, status: 'healthy', reasons: [], documentScore: 1 });
  });

  it('scores a clean window as 100', () => {
    expect(scoreHealth(base)).toEqual({ score: 100, status: 'healthy', reasons: [], documentScore: 1 });
  });

  it('weighs a step failure rate linearly up to the whole weight at 50%', () => {
    expect(scoreHealth({ ...base, steps: steps(25, { image: 0.9 }) })).toEqual({
      score: 94,
      status: 'healthy',
      reasons: ['image: 90.0% of finished attempts succeeded (-6.0)'],
      // three steps at 0.6 + 0.4, image at 0.6 × 0.9 + 0.4: (3 + 0.94) / 4
      documentScore: expect.closeTo(0.985, 10),
    });
    expect(scoreHealth({ ...base, steps: steps(25, { concept: 0.9 }) }).score).toBe(96);
    expect(scoreHealth({ ...base, steps: steps(25, { code: 0.5 }) }).score).toBe(70);
    expect(scoreHealth({ ...base, steps: steps(25, { code: 0.1 }) }).score).toBe(70);
  });

  it('weighs postcard failures, finished postcards only', () => {
    expect(scoreHealth({ ...base, postcards: { completed: 3, failed: 1 } })).toEqual({
      score: 70,
      status: 'degraded',
      reasons: ['postcards: 25.0% of finished postcards failed (-30.0)'],
      documentScore: 1,
    });
    expect(scoreHealth({ ...base, postcards: { completed: 1, failed: 1 } }).status).toBe('unhealthy');
  });

  // 100 succeeded attempts in 10 minutes: 10 jobs/min.
  it.each([
    [40, 100], // 4 min of work: within the grace
    [50, 100], // 5 min: still nothing
    [175, 85], // 17.5 min: half of the 30 points
    [300, 70], // 30 min: all of them
    [3000, 70], // capped
  ])('penalises a backlog of %i jobs against throughput: score %i', (backlog, score) => {
    expect(scoreHealth({ ...base, backlog }).score).toBe(score);
  });

  it('penalises any backlog fully when no step job finished in the window', () => {
    expect(scoreHealth({ ...base, steps: steps(0), backlog: 1 })).toEqual({
      score: 70,
      status: 'degraded',
      reasons: ['backlog: 1 jobs queued and no step job finished in the window (-30.0)'],
      documentScore: 1,
    });
  });

  it('deducts response time with the step\'s own scale, weighed 0.4 / 0.6 of its reliability weight', () => {
    // image: 45 s is halfway from 15 s to 75 s, so half of 30 × 0.4 / 0.6 = 20.
    expect(scoreHealth({ ...base, steps: steps(25, {}, { image: 45_000 }) })).toEqual({
      score: 90,
      status: 'healthy',
      reasons: ['image: finished attempts took 45.0 s on average (ideal 15 s, worst 75 s) (-10.0)'],
      // The document's single 5 s → 35 s scale gives image a time score of 0: (3 + 0.6) / 4.
      documentScore: expect.closeTo(0.9, 10),
    });
  });

  it.each([
    ['concept', 5_000, 100], // at the ideal: nothing
    ['concept', 20_000, 93], // halfway to 35 s: 6.7 of 13.3
    ['content', 35_000, 87], // at the zero point: all 13.3
    ['content', 120_000, 87], // capped
    ['image', 15_000, 100],
    ['image', 75_000, 80], // all 20
    ['code', 30_000, 100], // a whole page in 30 s is ideal for code, not for text
    ['code', 90_000, 90], // halfway to 150 s
    ['code', 150_000, 80],
  ] as const)('scores %s averaging %i ms as %i', (step, avgMs, score) => {
    expect(scoreHealth({ ...base, steps: steps(25, {}, { [step]: avgMs }) }).score).toBe(score);
  });

  it('adds the response time penalty to the reliability penalty of the same step', () => {
    const health = scoreHealth({ ...base, steps: steps(25, { concept: 0.9 }, { concept: 35_000 }) });
    // reliability 20 × 0.1 / 0.5 = 4, response time 13.3
    expect(health.score).toBe(83);
    expect(health.reasons).toEqual([
      'concept: finished attempts took 35.0 s on average (ideal 5 s, worst 35 s) (-13.3)',
      'concept: 90.0% of finished attempts succeeded (-4.0)',
    ]);
  });

  it('lists deductions largest first, equal ones in catalog order, and clamps the score at 0', () => {
    const health = scoreHealth({ ...base, steps: steps(25, { concept: 0.5, content: 0.5, image: 0.5, code: 0.5 }), postcards: { completed: 0, failed: 2 } });
    expect(health.score).toBe(0);
    expect(health.status).toBe('unhealthy');
    expect(health.reasons.map((r) => r.split(':')[0])).toEqual(['postcards', 'image', 'code', 'concept', 'content']);
  });
});

describe('documentScore (the design document\'s PerformanceMonitor.get_health_score)', () => {
  it('averages 0.6 × success rate + 0.4 × time score over the steps with finished attempts', () => {
    // concept: 0.6 × 0.5 + 0.4 × (1 − (20 − 5) / 30) = 0.5; the other three score 1.
    expect(documentScore(steps(25, { concept: 0.5 }, { concept: 20_000 }))).toBeCloseTo(0.875, 10);
    // Steps without finished attempts do not count: concept alone.
    expect(documentScore(steps(5, { concept: 0.5, content: null, image: null, code: null }, { concept: 20_000 }))).toBeCloseTo(0.5, 10);
  });

  it('scores time 0 from 35 s on, for every step alike', () => {
    expect(documentScore(steps(25, {}, { concept: 35_000, content: 35_000, image: 60_000, code: 200_000 }))).toBeCloseTo(0.6, 10);
  });

  it('caps the time score at 1 (the document\'s exceeds it below 5 s), so fast steps cannot hide failures', () => {
    // Uncapped, 1 s would score 1 + 4/30 and lift this to 0.6 × 0.5 + 0.4 × 1.133.
    expect(documentScore(steps(25, { concept: 0.5, content: 0.5, image: 0.5, code: 0.5 }))).toBeCloseTo(0.7, 10);
  });

  it('weighs success alone where no finished attempt took any time, and is 1 without data', () => {
    expect(documentScore(steps(5, { concept: 0.5, content: null, image: null, code: null }, { concept: 0 }))).toBeCloseTo(0.5, 10);
    expect(documentScore(steps(0, { concept: null, content: null, image: null, code: null }))).toBe(1);
  });
});

describe('statusForScore', () => {
  it.each([
    [100, 'healthy'],
    [80, 'healthy'],
    [79, 'degraded'],
    [50, 'degraded'],
    [49, 'unhealthy'],
    [0, 'unhealthy'],
  ])('%i is %s', (score, status) => {
    expect(statusForScore(score)).toBe(status);
  });
});
