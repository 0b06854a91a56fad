import { STEP_NAMES, type StepName, type StepTiming, type Timings } from './types';

/**
 * GET /api/v1/postcards/timings, read defensively: per step a recent median
 * and p90 in milliseconds and how many samples they come from, either keyed by
 * step (`{ steps: { concept: {…} } }`) or as a list (`{ steps: [{ step, … }] }`).
 * Steps without samples or numbers are left out: the studio then has no
 * estimate for them rather than a wrong one.
 */
export function parseTimings(body: unknown): Timings {
  const record = (value: unknown): Record<string, unknown> | null => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null);
  const number = (...values: unknown[]): number | null => {
    for (const v of values) if (typeof v === 'number' && Number.isFinite(v) && v >= 0) return v;
    return null;
  };
  const isStep = (name: unknown): name is StepName => typeof name === 'string' && (STEP_NAMES as readonly string[]).includes(name);

  const timing = (raw: unknown): StepTiming | null => {
    const r = record(raw);
    if (r === null) return null;
    const median = number(r.median_ms, r.p50_ms, r.median);
    const samples = number(r.samples, r.sample_count, r.count, r.n) ?? 1;
    if (median === null || samples === 0) return null;
    return { medianMs: median, p90Ms: number(r.p90_ms, r.p90) ?? median, samples };
  };

  const root = record(body);
  const steps = root === null ? null : (root.steps ?? root);
  const found: Partial<Record<StepName, StepTiming>> = {};
  if (Array.isArray(steps)) {
    for (const item of steps) {
      const r = record(item);
      const name = r?.step ?? r?.name;
      const t = timing(item);
      if (isStep(name) && t !== null) found[name] = t;
    }
  } else {
    const r = record(steps);
    for (const name of STEP_NAMES) {
      const t = timing(r?.[name]);
      if (t !== null) found[name] = t;
    }
  }
  return found;
}
