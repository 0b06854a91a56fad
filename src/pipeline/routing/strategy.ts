import type { Strategy } from '../../platform/generation-settings.js';
import type { MemberHistory } from './provider-history.js';

/** One chain member as the strategies compare it. */
export interface Candidate {
  readonly name: string;
  readonly model: string;
  /** The registry's quality rank; 50 for a model it does not know. */
  readonly qualityRank: number;
  /** Expected USD per call from list prices, when no cost has been measured; null when unknown. */
  readonly listCostUsd: number | null;
  readonly history: MemberHistory | undefined;
  /** Why the circuit breaker skips it now; undefined when it may be called. */
  readonly open: string | undefined;
}

export interface Ranking {
  /** Names in the order to try. */
  readonly order: readonly string[];
  /** One sentence: which strategy, what it compared, what it skipped. */
  readonly reason: string;
}

/** Below this many finished attempts a measurement is a guess; the prior carries more weight. */
const MIN_SAMPLES = 3;
/** Latency at which the balanced score's speed term reaches 0. */
const SLOW_MS = 30_000;

/** Success rate with one success and one failure of prior belief, so two lucky calls do not outrank a hundred good ones. */
export function smoothedSuccess(h: MemberHistory | undefined): number {
  return ((h?.succeeded ?? 0) + 1) / ((h?.finished ?? 0) + 2);
}

function measuredCost(c: Candidate): number | null {
  const h = c.history;
  return h !== undefined && h.finished >= MIN_SAMPLES && h.avgCostUsd !== null ? h.avgCostUsd : c.listCostUsd;
}

function measuredLatency(c: Candidate): number | null {
  const h = c.history;
  return h !== undefined && h.succeeded >= MIN_SAMPLES ? h.p50Ms : null;
}

/** "Works": no evidence that most calls fail. The cost strategy picks the cheapest of these. */
function works(c: Candidate): boolean {
  const h = c.history;
  return h === undefined || h.finished < 5 || h.succeeded / h.finished >= 0.5;
}

const unknownLast = (v: number | null) => (v === null ? Number.POSITIVE_INFINITY : v);

/**
 * The balanced score, 0..1: 0.4 × smoothed success rate + 0.2 × quality rank
 * / 100 + 0.2 × speed (1 at 0 s, 0 at 30 s p50; 0.5 when unmeasured) + 0.2 ×
 * cheapness (1 for the cheapest candidate, 0 for the dearest; 0.5 when
 * unknown). Success weighs most because a failed call costs a retry's latency
 * and money on top; the rest split evenly.
 */
export function balancedScore(c: Candidate, maxCost: number): number {
  const latency = measuredLatency(c);
  const cost = measuredCost(c);
  const speed = latency === null ? 0.5 : 1 - Math.min(1, latency / SLOW_MS);
  const cheap = cost === null ? 0.5 : maxCost <= 0 ? 1 : 1 - Math.min(1, cost / maxCost);
  return 0.4 * smoothedSuccess(c.history) + 0.2 * (c.qualityRank / 100) + 0.2 * speed + 0.2 * cheap;
}

function describe(c: Candidate, strategy: Strategy, maxCost: number): string {
  const h = c.history;
  const cost = measuredCost(c);
  const latency = measuredLatency(c);
  const parts = [
    h === undefined || h.finished === 0 ? 'no calls yet' : `${Math.round((h.succeeded / h.finished) * 100)}% of ${h.finished} ok`,
    latency === null ? null : `p50 ${(latency / 1000).toFixed(1)} s`,
    cost === null ? 'cost unknown' : `$${cost.toFixed(4)}/call`,
    `rank ${c.qualityRank}`,
  ].filter((p) => p !== null);
  const score = strategy === 'balanced' ? ` score ${balancedScore(c, maxCost).toFixed(2)}` : '';
  return `${c.name}${score} (${parts.join(', ')})`;
}

/**
 * Orders a step's chain for one postcard. `local` is the safety net and stays
 * last whatever the strategy (it is free and fast, so cost and speed would
 * otherwise always pick it over the AI the operator configured). Members
 * whose circuit is open are skipped while another member can serve; if all
 * are open, the configured order is kept rather than failing untried.
 * Ties keep the configured order (the sort is stable).
 */
export function rankCandidates(strategy: Strategy, candidates: readonly Candidate[]): Ranking {
  const net = candidates.filter((c) => c.name === 'local');
  const remote = candidates.filter((c) => c.name !== 'local');
  const closed = remote.filter((c) => c.open === undefined);
  const skipped = remote.filter((c) => c.open !== undefined);
  const usable = closed.length > 0 || net.length > 0 ? closed : remote;
  const maxCost = Math.max(0, ...usable.map((c) => measuredCost(c) ?? 0));
  // Balanced weighs what was measured. Until two members have been measured there
  // is nothing to balance, and the configured order (the auto chain's intent:
  // Claude for the page, Gemini for text and images) stands.
  const measuredEnough = usable.filter((c) => (c.history?.finished ?? 0) >= MIN_SAMPLES).length >= 2;
  if (strategy === 'balanced' && !measuredEnough && usable.length > 1) {
    const order = [...usable, ...net].map((c) => c.name);
    const skips = usable === remote ? [] : skipped.map((c) => `skipped ${c.name}: ${c.open ?? ''}`);
    return { order, reason: ['balanced: too few measurements yet, configured order', ...(net.length > 0 ? ['local last'] : []), ...skips].join('; ').slice(0, 1000) };
  }
  const sorted = [...usable].sort((a, b) => {
    switch (strategy) {
      case 'cost':
        return Number(works(b)) - Number(works(a)) || unknownLast(measuredCost(a)) - unknownLast(measuredCost(b));
      case 'speed':
        return unknownLast(measuredLatency(a)) - unknownLast(measuredLatency(b));
      case 'quality':
        return b.qualityRank - a.qualityRank;
      case 'balanced':
        return balancedScore(b, maxCost) - balancedScore(a, maxCost);
    }
  });
  const order = [...sorted, ...net].map((c) => c.name);
  const compared = sorted.length <= 1 ? (sorted[0] === undefined ? 'no remote provider' : `only ${describe(sorted[0], strategy, maxCost)}`) : sorted.map((c) => describe(c, strategy, maxCost)).join(' > ');
  const skips = usable === remote ? [] : skipped.map((c) => `skipped ${c.name}: ${c.open ?? ''}`);
  const reason = [`${strategy}: ${compared}`, ...(net.length > 0 ? ['local last'] : []), ...skips].join('; ');
  return { order, reason: reason.slice(0, 1000) };
}
