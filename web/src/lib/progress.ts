import { isActive, type PostcardView, type Step, type Timings } from '../api/types';

export interface Estimate {
  /** 0–100: time-weighted by the steps' recent medians when known for every step, else 25 per step. */
  readonly percent: number;
  /** Time left; null when unknown (a step without timings, or nothing active). */
  readonly remainingMs: number | null;
  /** Past every median (and p90) so far: say "almost there", not a number. */
  readonly overdue: boolean;
}

const FINISHED_STEP = new Set<Step['status']>(['SUCCEEDED', 'SKIPPED']);
/** A running step never shows as done before it is: at most this share of its weight. */
const RUNNING_CAP = 0.92;
/** Without timings, how a running step creeps forward: a half of its share after this long. */
const HALF_LIFE_MS = 6000;

const elapsedSince = (iso: string | null, now: number) => (iso === null ? 0 : Math.max(0, now - Date.parse(iso)));

/** When the attempt now running began: the step's started_at is its first attempt's in this run. */
export function attemptStartedAt(step: Step): string | null {
  return step.history.at(-1)?.started_at ?? step.started_at;
}

/** The share (0–1) of a running step already behind it. */
function runningShare(step: Step, median: number | null, now: number): number {
  if (step.status === 'RETRYING') return 0;
  const elapsed = elapsedSince(attemptStartedAt(step), now);
  if (median === null || median <= 0) return RUNNING_CAP * (1 - Math.pow(0.5, elapsed / HALF_LIFE_MS));
  return Math.min(RUNNING_CAP, elapsed / median);
}

/** How far a postcard is and how long it has left, from its status and the steps' recent timings. */
export function estimate(view: PostcardView, timings: Timings | null, now: number): Estimate {
  if (view.status === 'COMPLETED') return { percent: 100, remainingMs: 0, overdue: false };
  const medians = view.steps.map((step) => timings?.[step.name]?.medianMs ?? null);
  const weighted = medians.every((m) => m !== null && m > 0);
  const weights = medians.map((m) => (weighted && m !== null ? m : 1));
  const total = weights.reduce((a, b) => a + b, 0) || 1;

  let done = 0;
  let remaining: number | null = 0;
  let overdue = false;
  view.steps.forEach((step, i) => {
    const weight = weights[i] ?? 1;
    const median = medians[i] ?? null;
    const p90 = timings?.[step.name]?.p90Ms ?? median;
    if (FINISHED_STEP.has(step.status)) {
      done += weight;
      return;
    }
    if (step.status === 'RUNNING' || step.status === 'RETRYING') done += weight * runningShare(step, median, now);
    if (remaining === null || median === null) {
      remaining = null;
      return;
    }
    if (step.status === 'RUNNING') {
      const elapsed = elapsedSince(attemptStartedAt(step), now);
      const left = median - elapsed > 0 ? median - elapsed : Math.max(0, (p90 ?? median) - elapsed);
      if (left === 0) overdue = true;
      remaining += left;
    } else if (step.status === 'RETRYING') {
      const wait = step.next_attempt_at == null ? 0 : Math.max(0, Date.parse(step.next_attempt_at) - now);
      remaining += wait + median;
    } else remaining += median;
  });

  const percent = Math.max(0, Math.min(99, Math.floor((done / total) * 100)));
  if (!isActive(view.status)) return { percent: view.progress, remainingMs: null, overdue: false };
  return { percent, remainingMs: remaining, overdue };
}
