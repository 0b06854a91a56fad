import { ThinkingLevel as GeminiThinkingLevel, type GenerateContentConfig, type ThinkingConfig } from '@google/genai';
import { THINKING_ALLOWANCE, findModel, mayUse, outputLimit } from '../../platform/models/registry.js';
import type { ModelEntry, ThinkingLevel } from '../../platform/models/model-types.js';
import type { CallParams, SentParams } from '../generation-params.js';

/** Sampling extras only Gemini has; sent only where the registry allows. */
export interface GeminiSampling {
  readonly topP?: number | undefined;
  readonly topK?: number | undefined;
}

const ORDER: readonly Exclude<ThinkingLevel, 'off'>[] = ['minimal', 'low', 'medium', 'high'];
const SDK_LEVEL = {
  minimal: GeminiThinkingLevel.MINIMAL,
  low: GeminiThinkingLevel.LOW,
  medium: GeminiThinkingLevel.MEDIUM,
  high: GeminiThinkingLevel.HIGH,
} as const satisfies Record<Exclude<ThinkingLevel, 'off'>, GeminiThinkingLevel>;

/** The supported level closest to the wish: the smallest at or above it, else the largest (3.8 Flash refuses "minimal"). */
export function nearestLevel(wanted: ThinkingLevel, supported: readonly Exclude<ThinkingLevel, 'off'>[]): Exclude<ThinkingLevel, 'off'> | undefined {
  const from = wanted === 'off' ? 0 : ORDER.indexOf(wanted);
  return ORDER.slice(from).find((l) => supported.includes(l)) ?? [...ORDER].reverse().find((l) => supported.includes(l));
}

/** `level`: the level the model will actually think at, when it differs from the wish (its allowance is what to reserve). */
function thinkingConfig(entry: ModelEntry | undefined, wanted: ThinkingLevel): { config?: ThinkingConfig; label?: string; level?: ThinkingLevel } {
  const control = entry?.thinking;
  // An unknown model gets no thinking config at all: the wrong kind is a 400.
  if (control === undefined || control.kind === 'none' || control.kind === 'claude_effort') return {};
  if (control.kind === 'gemini_level') {
    const level = nearestLevel(wanted, control.levels);
    return level === undefined ? {} : { config: { thinkingLevel: SDK_LEVEL[level] }, label: level, level };
  }
  if (wanted === 'off' && control.canDisable) return { config: { thinkingBudget: 0 }, label: 'budget 0' };
  const budget = Math.min(control.max, Math.max(control.min, THINKING_ALLOWANCE[wanted]));
  return { config: { thinkingBudget: budget }, label: `budget ${budget}` };
}

/**
 * The generation config for one request, from the registry's facts about
 * the model: the thinking control it takes, the output limit with room for
 * thought tokens (they count toward maxOutputTokens), and only the sampling
 * parameters it accepts. Also returns what was sent, to store with the attempt.
 */
export function geminiGenerationConfig(
  model: string,
  params: CallParams,
  sampling: GeminiSampling,
  expandBudget: boolean,
): { readonly config: GenerateContentConfig; readonly sent: SentParams } {
  const entry = findModel(model);
  const answerTokens = expandBudget ? params.answerTokens * 2 : params.answerTokens;
  const thinking = thinkingConfig(entry, params.thinking);
  // Reserve room for the level sent, not the one wished for: 3.8 Flash asked for "minimal" thinks at LOW.
  const maxOutputTokens = outputLimit(entry, answerTokens, thinking.level ?? params.thinking);
  const temperature = params.temperature !== undefined && mayUse(entry, 'temperature', params.explicitTemperature === true) ? params.temperature : undefined;
  // topP/topK are only ever set by an operator, so "explicit" is true: a model that merely advises against them still gets them.
  const topP = sampling.topP !== undefined && mayUse(entry, 'topP', true) ? sampling.topP : undefined;
  const topK = sampling.topK !== undefined && mayUse(entry, 'topK', true) ? sampling.topK : undefined;
  const config: GenerateContentConfig = {
    maxOutputTokens,
    ...(temperature === undefined ? {} : { temperature }),
    ...(topP === undefined ? {} : { topP }),
    ...(topK === undefined ? {} : { topK }),
    ...(thinking.config === undefined ? {} : { thinkingConfig: thinking.config }),
  };
  const sent: SentParams = {
    provider: 'gemini',
    model,
    max_output_tokens: maxOutputTokens,
    ...(temperature === undefined ? {} : { temperature }),
    ...(topP === undefined ? {} : { top_p: topP }),
    ...(topK === undefined ? {} : { top_k: topK }),
    ...(thinking.label === undefined ? {} : { thinking: thinking.label }),
    ...(expandBudget ? { expanded_after_truncation: true } : {}),
  };
  return { config, sent };
}
