import type { Strategy } from '../../platform/generation-settings.js';
import type { ModelEntry, ThinkingLevel } from '../../platform/models/model-types.js';
import { findModel } from '../../platform/models/registry.js';
import type { ProviderRole } from '../../platform/provider-settings.js';
import type { CallParams } from '../../providers/generation-params.js';
import type { MemberHistory } from './provider-history.js';

/**
 * Adaptive parameter tuning, per provider + model + step, from what the
 * routing window measured. The design document's two rules come first:
 * - average quality below 0.7: raise creativity (temperature +0.1, 25% more tokens);
 * - average response time over 30 s: trade length for speed (20% fewer tokens, temperature −0.1).
 * Ours on top:
 * - answers cut by the token limit (≥ 10% of attempts): 50% more tokens, which wins over shrinking;
 * - repair rounds (≥ 20%): temperature −0.2, for steadier JSON;
 * - timeouts (≥ 10%) under the speed strategy: the registry's faster model of the
 *   same provider for this role (3.8 Flash → 3.5 Flash-Lite, Sonnet → Haiku), or
 *   one thinking level lower when there is none.
 * Every change is bounded: temperature within ±0.3 of the configured value
 * and 0..2, tokens within half to double the configured budget and the
 * model's maximum output (thinking allowance included). Nothing is tuned from
 * fewer than MIN_ATTEMPTS finished attempts.
 */
export const MIN_ATTEMPTS = 5;

export interface Tuned {
  readonly params: CallParams;
  /** One phrase per rule applied, empty when the configured values stand. */
  readonly adjustments: readonly string[];
}

const LOWER: Record<ThinkingLevel, ThinkingLevel> = { off: 'off', minimal: 'off', low: 'minimal', medium: 'low', high: 'medium' };
const round2 = (x: number) => Math.round(x * 100) / 100;

export function tune(base: CallParams, history: MemberHistory | undefined, strategy: Strategy, model: ModelEntry | undefined, role: ProviderRole = 'text'): Tuned {
  if (history === undefined || history.finished < MIN_ATTEMPTS) return { params: base, adjustments: [] };
  const adjustments: string[] = [];
  let temperatureDelta = 0;
  let tokenFactor = 1;
  let thinking = base.thinking;
  let faster: string | undefined;

  if (history.avgQuality !== null && history.avgQuality < 0.7) {
    temperatureDelta += 0.1;
    tokenFactor *= 1.25;
    adjustments.push(`quality ${history.avgQuality.toFixed(2)} < 0.7: more creativity (temperature +0.1, tokens ×1.25)`);
  } else if (history.avgMs !== null && history.avgMs > 30_000) {
    temperatureDelta -= 0.1;
    tokenFactor *= 0.8;
    adjustments.push(`average ${(history.avgMs / 1000).toFixed(1)} s > 30 s: shorter answers (tokens ×0.8, temperature −0.1)`);
  }
  if (history.truncatedRate >= 0.1) {
    tokenFactor = Math.max(tokenFactor, 1) * 1.5;
    adjustments.push(`${Math.round(history.truncatedRate * 100)}% cut at the token limit: tokens ×1.5`);
  }
  if (history.repairedRate >= 0.2) {
    temperatureDelta -= 0.2;
    adjustments.push(`${Math.round(history.repairedRate * 100)}% needed a repair: temperature −0.2`);
  }
  if (strategy === 'speed' && history.timeoutRate >= 0.1) {
    const alternative = model?.faster === undefined ? undefined : findModel(model.faster);
    if (alternative !== undefined && alternative.roles.includes(role)) {
      faster = alternative.id;
      adjustments.push(`${Math.round(history.timeoutRate * 100)}% timed out: the faster ${alternative.id}`);
    } else if (base.thinking !== 'off') {
      thinking = LOWER[base.thinking];
      adjustments.push(`${Math.round(history.timeoutRate * 100)}% timed out: thinking ${base.thinking} → ${thinking}`);
    }
  }

  const maxAnswer = model === undefined ? base.answerTokens * 2 : Math.min(base.answerTokens * 2, model.maxOutputTokens);
  const answerTokens = Math.round(Math.min(maxAnswer, Math.max(base.answerTokens / 2, base.answerTokens * tokenFactor)));
  const temperature =
    base.temperature === undefined ? undefined : round2(Math.min(2, Math.max(0, base.temperature + Math.max(-0.3, Math.min(0.3, temperatureDelta)))));
  return { params: { ...base, answerTokens, thinking, ...(temperature === undefined ? {} : { temperature }), ...(faster === undefined ? {} : { model: faster }) }, adjustments };
}
