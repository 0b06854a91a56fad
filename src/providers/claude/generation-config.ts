import type { OutputConfig, ThinkingConfigParam } from '@anthropic-ai/sdk/resources/messages';
import { findModel, outputLimit } from '../../platform/models/registry.js';
import type { ThinkingLevel } from '../../platform/models/model-types.js';
import type { CallParams, SentParams } from '../generation-params.js';

type Effort = NonNullable<OutputConfig['effort']>;

/** Our scale onto Claude's effort levels; "off" and "minimal" become the lowest effort the model takes. */
const EFFORT: Record<ThinkingLevel, Effort> = { off: 'low', minimal: 'low', low: 'low', medium: 'medium', high: 'high' };
/** The thinking allowance to reserve for an effort actually sent (Claude thinks even at "off": it becomes low effort). */
const EFFORT_ALLOWANCE: Record<Effort, ThinkingLevel> = { low: 'low', medium: 'medium', high: 'high', xhigh: 'high', max: 'high' };

export interface ClaudeGeneration {
  readonly max_tokens: number;
  readonly thinking?: ThinkingConfigParam;
  readonly output_config?: OutputConfig;
}

/**
 * The request parameters for one call. Current Claude models think by
 * default and their thinking counts toward max_tokens, so the effort is set
 * explicitly (adaptive thinking, never the retired `enabled` type, which
 * Claude 4.7 and later refuse) and max_tokens leaves room for it. No
 * temperature, top_p or top_k: API version 2026-10-21 removed them.
 */
export function claudeGeneration(model: string, params: CallParams, expandBudget: boolean): { readonly request: ClaudeGeneration; readonly sent: SentParams } {
  const entry = findModel(model);
  const answerTokens = expandBudget ? params.answerTokens * 2 : params.answerTokens;
  const control = entry?.thinking;
  const wanted = EFFORT[params.thinking];
  const effort = control?.kind === 'claude_effort' ? (control.levels.includes(wanted) ? wanted : control.levels[0]) : undefined;
  const maxTokens = outputLimit(entry, answerTokens, effort === undefined ? params.thinking : EFFORT_ALLOWANCE[effort]);
  const request: ClaudeGeneration = {
    max_tokens: maxTokens,
    ...(effort === undefined ? {} : { thinking: { type: 'adaptive' }, output_config: { effort } }),
  };
  const sent: SentParams = {
    provider: 'claude',
    model,
    max_output_tokens: maxTokens,
    ...(effort === undefined ? {} : { thinking: `adaptive, effort ${effort}` }),
    ...(expandBudget ? { expanded_after_truncation: true } : {}),
  };
  return { request, sent };
}
