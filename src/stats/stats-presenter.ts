import type { CacheStats } from '../pipeline/cache-stats.js';
import type { StatsReport } from './stats-service.js';
import type { AttemptStats } from './step-stats-query.js';

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

/** Dollars to 6 decimals, the precision cost_usd is stored with: 4 would round most calls to 0. */
export function roundUsd(value: number | null): number | null {
  return value === null ? null : Math.round(value * 1_000_000) / 1_000_000;
}

/** The fields a step and each of its (provider, model) groups share. */
function presentAttempts(a: AttemptStats) {
  return {
    attempts: a.attempts,
    succeeded: a.succeeded,
    failed: a.failed,
    success_rate: roundRate(a.successRate),
    p50_ms: roundMs(a.p50Ms),
    p95_ms: roundMs(a.p95Ms),
    avg_ms: roundMs(a.avgMs),
    min_ms: a.minMs,
    max_ms: a.maxMs,
    avg_cost_usd: roundUsd(a.avgCostUsd),
    avg_quality: roundRate(a.avgQuality),
  };
}

/** The step cache: overall, then per layer; a lookup hits overall when either layer answers it. */
function presentCache(c: CacheStats) {
  return {
    hits: c.hits,
    misses: c.misses,
    hit_rate: roundRate(c.hitRate),
    layers: {
      memory: { hits: c.memory.hits, misses: c.memory.misses, hit_rate: roundRate(c.memory.hitRate), entries: c.memory.entries, bytes: c.memory.bytes },
      redis: { hits: c.redis.hits, misses: c.redis.misses, hit_rate: roundRate(c.redis.hitRate), entries: c.redis.entries },
    },
  };
}

/** The snake_case body of GET /api/v1/stats; the only place where numbers are rounded. */
export function presentStats(report: StatsReport) {
  const { window, postcards } = report;
  return {
    window: { from: window.from.toISOString(), to: window.to.toISOString(), seconds: window.seconds },
    steps: report.steps.map((s) => ({
      step: s.step,
      ...presentAttempts(s),
      avg_attempts: roundRate(s.avgAttempts),
      retried: s.retried,
      providers: s.providers.map((p) => ({ provider: p.provider, model: p.model, ...presentAttempts(p) })),
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
    health: {
      score: report.health.score,
      status: report.health.status,
      reasons: report.health.reasons,
      document_score: roundRate(report.health.documentScore),
    },
    recent_errors: report.recentErrors.map((e) => ({
      step: e.step,
      provider: e.provider,
      model: e.model,
      kind: e.kind,
      message: e.message,
      at: e.at.toISOString(),
    })),
    // Whole seconds, never negative: the wall clock may step back (NTP) after the start was taken.
    uptime_seconds: Math.max(0, Math.floor(report.uptimeSeconds)),
    ...(report.cache === undefined ? {} : { cache: presentCache(report.cache) }),
    ...(report.tuning === undefined
      ? {}
      : {
          tuning: report.tuning.map((t) => ({
            step: t.step,
            provider: t.provider,
            model: t.params.model ?? t.model,
            temperature: t.params.temperature ?? null,
            answer_tokens: t.params.answerTokens,
            thinking: t.params.thinking,
            adjustments: t.adjustments,
          })),
        }),
  };
}
