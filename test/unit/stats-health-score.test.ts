import { STEP_NAMES, type StepName } from '../../src/pipeline/catalog';
import { scoreHealth, statusForScore, type HealthInput } from '../../src/stats/health-score';

type Steps = HealthInput['steps'];

/** Every step with `succeeded` successes and the given success rate (1 unless overridden). */
function steps(succeeded: number, rates: Partial<Record<StepName, number | null>> = {}): Steps {
  return STEP_NAMES.map((step) => ({ step, succeeded, successRate: rates[step] === undefined ? 1 : rates[step] }));
}

const base: HealthInput = { windowSeconds: 600, steps: steps(25), postcards: { completed: 25, failed: 0 }, backlog: 0 };

describe('scoreHealth', () => {
  it('scores a window without traffic or backlog as fully healthy', () => {
    const quiet: HealthInput = { windowSeconds: 900, steps: steps(0, { concept: null, content: null, image: null, code: null }), postcards: { completed: 0, failed: 0 }, backlog: 0 };
    expect(scoreHealth(quiet)).toEqual({ score: 100, status: 'healthy', reasons: [] });
  });

  it('scores a clean window as 100', () => {
    expect(scoreHealth(base)).toEqual({ score: 100, status: 'healthy', reasons: [] });
  });

  it('weighs a step failure rate linearly up to the whole weight at 50%', () => {
    expect(scoreHealth({ ...base, steps: steps(25, { image: 0.9 }) })).toEqual({
      score: 94,
      status: 'healthy',
      reasons: ['image: 90.0% of finished attempts succeeded (-6.0)'],
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
    });
  });

  it('lists deductions largest first, equal ones in catalog order, and clamps the score at 0', () => {
    const health = scoreHealth({ ...base, steps: steps(25, { concept: 0.5, content: 0.5, image: 0.5, code: 0.5 }), postcards: { completed: 0, failed: 2 } });
    expect(health.score).toBe(0);
    expect(health.status).toBe('unhealthy');
    expect(health.reasons.map((r) => r.split(':')[0])).toEqual(['postcards', 'image', 'code', 'concept', 'content']);
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
