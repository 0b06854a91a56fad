import type { StepName } from '../pipeline/catalog.js';

export type HealthStatus = 'healthy' | 'degraded' | 'unhealthy';

export interface Health {
  /** 0–100, an integer. */
  readonly score: number;
  readonly status: HealthStatus;
  /** One sentence per deduction, largest first; empty when nothing was deducted. */
  readonly reasons: readonly string[];
}

export interface HealthInput {
  readonly windowSeconds: number;
  readonly steps: ReadonlyArray<{ readonly step: StepName; readonly succeeded: number; readonly successRate: number | null }>;
  readonly postcards: { readonly completed: number; readonly failed: number };
  /** Step jobs not yet started, across all queues. */
  readonly backlog: number;
}

/*
 * The health formula. Start at 100 and subtract three kinds of penalty; the
 * score is 100 − their sum, rounded and clamped to 0..100.
 *
 * 1. Step reliability, per step: WEIGHT[step] × min(1, failureRate / 0.5),
 *    where failureRate = 1 − success_rate of the step's attempts. The whole
 *    weight is lost once half the attempts fail. Failed attempts cost latency
 *    and provider money even when BullMQ's retries rescue the postcard, and
 *    image and code are the slow, expensive steps, so they weigh more.
 * 2. Postcard failures: 60 × min(1, failureRate / 0.5), where failureRate =
 *    failed / (completed + failed) of postcards created in the window
 *    (cancellations are the user's choice and do not count). This is what
 *    users see, so half the postcards failing is enough to be unhealthy alone.
 * 3. Backlog against throughput: drain = backlog / jobs completed per minute,
 *    where jobs per minute = SUCCEEDED attempts of all steps in the window /
 *    window minutes. Both sides count step jobs, so a queued postcard (one
 *    waiting job plus three parents waiting for children) is compared with
 *    the rate at which jobs actually finish. Penalty: 30 × clamp((drain − 5) /
 *    25, 0, 1): nothing under 5 minutes of work, all of it at 30 minutes.
 *    A backlog while no job has finished in the window drains never: full
 *    penalty.
 *
 * Status: healthy ≥ 80, degraded ≥ 50, unhealthy below.
 */
export const STEP_WEIGHTS = { concept: 20, content: 20, image: 30, code: 30 } as const satisfies Record<StepName, number>;
export const POSTCARD_FAILURE_WEIGHT = 60;
export const BACKLOG_WEIGHT = 30;
/** A failure rate at which a penalty reaches its whole weight. */
const FULL_PENALTY_FAILURE_RATE = 0.5;
const BACKLOG_GRACE_MINUTES = 5;
const BACKLOG_FULL_MINUTES = 30;
export const HEALTHY_FROM = 80;
export const DEGRADED_FROM = 50;

interface Deduction {
  readonly points: number;
  readonly reason: string;
}

const percent = (rate: number) => `${(rate * 100).toFixed(1)}%`;
const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

function failurePenalty(weight: number, failureRate: number): number {
  return weight * clamp01(failureRate / FULL_PENALTY_FAILURE_RATE);
}

function stepDeductions(steps: HealthInput['steps']): Deduction[] {
  return steps.flatMap(({ step, successRate }) => {
    if (successRate === null) return [];
    const points = failurePenalty(STEP_WEIGHTS[step], 1 - successRate);
    return [{ points, reason: `${step}: ${percent(successRate)} of finished attempts succeeded` }];
  });
}

function postcardDeduction({ completed, failed }: HealthInput['postcards']): Deduction[] {
  const finished = completed + failed;
  if (finished === 0) return [];
  const rate = failed / finished;
  return [{ points: failurePenalty(POSTCARD_FAILURE_WEIGHT, rate), reason: `postcards: ${percent(rate)} of finished postcards failed` }];
}

function backlogDeduction(input: HealthInput): Deduction[] {
  if (input.backlog === 0) return [];
  const succeeded = input.steps.reduce((sum, s) => sum + s.succeeded, 0);
  const jobsPerMinute = succeeded / (input.windowSeconds / 60);
  if (jobsPerMinute === 0) {
    return [{ points: BACKLOG_WEIGHT, reason: `backlog: ${input.backlog} jobs queued and no step job finished in the window` }];
  }
  const drainMinutes = input.backlog / jobsPerMinute;
  const points = BACKLOG_WEIGHT * clamp01((drainMinutes - BACKLOG_GRACE_MINUTES) / (BACKLOG_FULL_MINUTES - BACKLOG_GRACE_MINUTES));
  return [{ points, reason: `backlog: ${input.backlog} jobs queued, about ${drainMinutes.toFixed(1)} min of work at ${jobsPerMinute.toFixed(2)} jobs/min` }];
}

export function statusForScore(score: number): HealthStatus {
  if (score >= HEALTHY_FROM) return 'healthy';
  if (score >= DEGRADED_FROM) return 'degraded';
  return 'unhealthy';
}

/** Scores the pipeline from the window's statistics. Pure: the formula is documented above. */
export function scoreHealth(input: HealthInput): Health {
  const deductions = [...stepDeductions(input.steps), ...postcardDeduction(input.postcards), ...backlogDeduction(input)]
    .filter((d) => d.points > 0)
    // Compare as displayed (0.1 point), so that equal-looking deductions keep catalog order
    // instead of being reordered by floating-point noise such as 20.000000000000004.
    .sort((a, b) => Math.round(b.points * 10) - Math.round(a.points * 10));
  const total = deductions.reduce((sum, d) => sum + d.points, 0);
  const score = Math.min(100, Math.max(0, Math.round(100 - total)));
  return {
    score,
    status: statusForScore(score),
    reasons: deductions.map((d) => `${d.reason} (-${d.points.toFixed(1)})`),
  };
}
