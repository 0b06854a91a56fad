import type { StepName } from '../pipeline/catalog.js';

export type HealthStatus = 'healthy' | 'degraded' | 'unhealthy';

export interface Health {
  /** 0–100, an integer. */
  readonly score: number;
  readonly status: HealthStatus;
  /** One sentence per deduction, largest first; empty when nothing was deducted. */
  readonly reasons: readonly string[];
  /** The design document's own score, 0..1 (see below), shown beside ours for comparison. */
  readonly documentScore: number;
}

export interface HealthInput {
  readonly windowSeconds: number;
  readonly steps: ReadonlyArray<{
    readonly step: StepName;
    readonly succeeded: number;
    readonly successRate: number | null;
    /** Mean duration of the step's finished attempts; null when none has finished. */
    readonly avgMs: number | null;
  }>;
  readonly postcards: { readonly completed: number; readonly failed: number };
  /** Step jobs not yet started, across all queues. */
  readonly backlog: number;
}

/*
 * The health formula. Start at 100 and subtract four kinds of penalty; the
 * score is 100 − their sum, rounded and clamped to 0..100.
 *
 * 1. Step reliability, per step: WEIGHT[step] × min(1, failureRate / 0.5),
 *    where failureRate = 1 − success_rate of the step's attempts. The whole
 *    weight is lost once half the attempts fail. Failed attempts cost latency
 *    and provider money even when BullMQ's retries rescue the postcard, and
 *    image and code are the slow, expensive steps, so they weigh more.
 * 2. Step response time, per step: WEIGHT[step] × 0.4 / 0.6 × (1 − timeScore),
 *    timeScore = clamp(1 − (avg_s − ideal) / (zero − ideal), 0, 1), avg_s being
 *    the mean duration in seconds of the step's finished attempts (failed ones
 *    included: a timeout is slowness too). The design document weighs response
 *    time 0.4 against 0.6 for success, so each step's time weight keeps that
 *    proportion to its reliability weight (concept and content 13.3, image and
 *    code 20). The document scores every operation from 5 s (ideal) to 35 s
 *    (zero); that fits text steps, but an illustration or a whole HTML page
 *    can never take 5 s, so each step has its own points (RESPONSE_TIME):
 *    concept and content 5 s → 35 s, the document's own; image 15 s → 75 s,
 *    image models typically take 10 to 20 s a picture; code 30 s → 150 s, a
 *    page of several thousand tokens typically streams for 30 to 60 s. Every zero point lies
 *    well inside the step's timeout (60 s, 120 s, 180 s), so an average that
 *    reaches it means many attempts ran close to being killed.
 * 3. Postcard failures: 60 × min(1, failureRate / 0.5), where failureRate =
 *    failed / (completed + failed) of postcards created in the window
 *    (cancellations are the user's choice and do not count). This is what
 *    users see, so half the postcards failing is enough to be unhealthy alone.
 * 4. Backlog against throughput: drain = backlog / jobs completed per minute,
 *    where jobs per minute = SUCCEEDED attempts of all steps in the window /
 *    window minutes. Both sides count step jobs, so a queued postcard (one
 *    waiting job plus three parents waiting for children) is compared with
 *    the rate at which jobs actually finish. Penalty: 30 × clamp((drain − 5) /
 *    25, 0, 1): nothing under 5 minutes of work, all of it at 30 minutes.
 *    A backlog while no job has finished in the window drains never: full
 *    penalty.
 *
 * Status: healthy ≥ 80, degraded ≥ 50, unhealthy below.
 *
 * The document's score (PerformanceMonitor.get_health_score), reported as
 * `documentScore`, 0..1: Σ (0.6 × success_rate + 0.4 × timeScore) / Σ weights
 * over the steps with finished attempts, timeScore = max(0, 1 − (avg_s − 5) /
 * 30) for every step alike, its 0.4 counted only where avg_s > 0; that is the
 * mean of the steps' 0.6 × success + 0.4 × time. 1 when no step has finished
 * an attempt, as in the document. One deviation:
 * the time score is also capped at 1 (the document's exceeds 1 below 5 s),
 * so that a fast step cannot buy back failures and the score stays in 0..1.
 * It ignores postcards and backlog, hence ours decides the status.
 */
export const STEP_WEIGHTS = { concept: 20, content: 20, image: 30, code: 30 } as const satisfies Record<StepName, number>;
export const POSTCARD_FAILURE_WEIGHT = 60;
export const BACKLOG_WEIGHT = 30;
/** The document's 0.4 (response time) against 0.6 (success), applied to each step's weight. */
export const RESPONSE_TIME_SHARE = 0.4 / 0.6;
/** Mean attempt duration (seconds) that costs nothing, and the one that costs the whole time weight. */
export interface TimeScale {
  readonly idealS: number;
  readonly zeroS: number;
}
export const RESPONSE_TIME = {
  concept: { idealS: 5, zeroS: 35 },
  content: { idealS: 5, zeroS: 35 },
  image: { idealS: 15, zeroS: 75 },
  code: { idealS: 30, zeroS: 150 },
} as const satisfies Record<StepName, TimeScale>;
/** The document's single scale for every operation. */
const DOCUMENT_TIME: TimeScale = { idealS: 5, zeroS: 35 };
const DOCUMENT_SUCCESS_WEIGHT = 0.6;
const DOCUMENT_TIME_WEIGHT = 0.4;
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

/** 1 up to the ideal, 0 from the zero point, linear between. */
function timeScore(avgMs: number, { idealS, zeroS }: TimeScale): number {
  return clamp01(1 - (avgMs / 1000 - idealS) / (zeroS - idealS));
}

function responseTimeDeductions(steps: HealthInput['steps']): Deduction[] {
  return steps.flatMap(({ step, avgMs }) => {
    if (avgMs === null) return [];
    const scale = RESPONSE_TIME[step];
    const points = STEP_WEIGHTS[step] * RESPONSE_TIME_SHARE * (1 - timeScore(avgMs, scale));
    const seconds = (avgMs / 1000).toFixed(1);
    return [{ points, reason: `${step}: finished attempts took ${seconds} s on average (ideal ${scale.idealS} s, worst ${scale.zeroS} s)` }];
  });
}

/** PerformanceMonitor.get_health_score of the design document, documented above. */
export function documentScore(steps: HealthInput['steps']): number {
  let total = 0;
  let weights = 0;
  for (const { successRate, avgMs } of steps) {
    if (successRate === null) continue;
    total += DOCUMENT_SUCCESS_WEIGHT * successRate;
    weights += DOCUMENT_SUCCESS_WEIGHT;
    if (avgMs !== null && avgMs > 0) {
      total += DOCUMENT_TIME_WEIGHT * timeScore(avgMs, DOCUMENT_TIME);
      weights += DOCUMENT_TIME_WEIGHT;
    }
  }
  return weights === 0 ? 1 : total / weights;
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
  const deductions = [
    ...stepDeductions(input.steps),
    ...responseTimeDeductions(input.steps),
    ...postcardDeduction(input.postcards),
    ...backlogDeduction(input),
  ]
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
    documentScore: documentScore(input.steps),
  };
}
