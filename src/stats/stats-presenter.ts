import type { StatsReport } from './stats-service.js';

/** Rates and averages to 4 decimals: enough to tell 99.99% from 100%, short enough to read. */
export function roundRate(value: number): number;
export function roundRate(value: number | null): number | null;
export function roundRate(value: number | null): number | null {
  return value === null ? null : Math.round(value * 10_000) / 10_000;
}

/** Milliseconds are whole: percentile_cont interpolates into fractions nobody needs. */
export function roundMs(value: number | null): number | null {
  return value === null ? null : Math.round(value);
}

/** The snake_case body of GET /api/v1/stats; the only place where numbers are rounded. */
export function presentStats(report: StatsReport) {
  const { window, postcards } = report;
  return {
    window: { from: window.from.toISOString(), to: window.to.toISOString(), seconds: window.seconds },
    steps: report.steps.map((s) => ({
      step: s.step,
      attempts: s.attempts,
      succeeded: s.succeeded,
      failed: s.failed,
      success_rate: roundRate(s.successRate),
      p50_ms: roundMs(s.p50Ms),
      p95_ms: roundMs(s.p95Ms),
      avg_attempts: roundRate(s.avgAttempts),
      retried: s.retried,
    })),
    postcards: {
      created: postcards.created,
      completed: postcards.completed,
      failed: postcards.failed,
      cancelled: postcards.cancelled,
      in_progress: postcards.inProgress,
      throughput_per_minute: roundRate(postcards.throughputPerMinute),
      p50_ms: roundMs(postcards.p50Ms),
      p95_ms: roundMs(postcards.p95Ms),
    },
    queues: Object.fromEntries(
      report.queues.map(({ step, counts }) => [
        step,
        { waiting: counts.waiting, active: counts.active, delayed: counts.delayed, failed: counts.failed, waiting_children: counts.waitingChildren },
      ]),
    ),
    backlog: report.backlog,
    health: { score: report.health.score, status: report.health.status, reasons: report.health.reasons },
  };
}
