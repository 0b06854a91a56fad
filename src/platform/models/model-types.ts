import type { ProviderRole } from '../provider-settings.js';

/** The remote families the registry describes; `local` and `simulated` are ours and free. */
export type ModelProvider = 'gemini' | 'claude';

/** Our own thinking scale, mapped onto each model's control by the registry. */
export const THINKING_LEVELS = ['off', 'minimal', 'low', 'medium', 'high'] as const;
export type ThinkingLevel = (typeof THINKING_LEVELS)[number];

/**
 * How a model's reasoning is controlled.
 * - `gemini_level`: `thinkingConfig.thinkingLevel` (Gemini 3 family); thought tokens count toward maxOutputTokens.
 * - `gemini_budget`: `thinkingConfig.thinkingBudget` in tokens (Gemini 2.5 family).
 * - `claude_effort`: `thinking: {type: 'adaptive'}` plus `output_config.effort`; thinking counts toward max_tokens.
 * - `none`: the model does not think (image models, older models).
 */
export type ThinkingControl =
  | { readonly kind: 'none' }
  | { readonly kind: 'gemini_level'; readonly levels: readonly Exclude<ThinkingLevel, 'off'>[]; readonly canDisable: boolean }
  | { readonly kind: 'gemini_budget'; readonly min: number; readonly max: number; readonly canDisable: boolean }
  | { readonly kind: 'claude_effort'; readonly levels: readonly ('low' | 'medium' | 'high' | 'xhigh' | 'max')[]; readonly thinksByDefault: boolean };

/** Generation parameters a model may reject (400) or advise against changing. */
export type GenerationParam = 'temperature' | 'topP' | 'topK' | 'imageSize' | 'thinking';

/** Where and when a fact was checked: the page or file, and the date. */
export interface Checked {
  readonly source: string;
  /** ISO date (YYYY-MM-DD). */
  readonly checked: string;
}

export interface ModelPrice extends Checked {
  readonly inputPerMtok: number;
  readonly outputPerMtok: number;
  readonly perImage: number;
  /** First day (ISO) this price applies; absent for the price in force now. */
  readonly from?: string;
}

export type ModelStatus = 'ga' | 'preview' | 'deprecated' | 'shut_down';

export interface ModelEntry {
  readonly provider: ModelProvider;
  readonly id: string;
  /** Other ids the API answers to (dated snapshots, aliases). */
  readonly aliases?: readonly string[];
  readonly roles: readonly ProviderRole[];
  readonly status: ModelStatus;
  /** Announced (or past) shutdown date, ISO; null when none is announced. */
  readonly shutdown: string | null;
  /** What the provider recommends instead, when it retires this model. */
  readonly replacement: string | null;
  /** List prices, oldest first (a scheduled change is a later entry with `from`); empty when no list price could be verified, so cost is "unknown". */
  readonly prices: readonly ModelPrice[];
  readonly maxOutputTokens: number;
  readonly thinking: ThinkingControl;
  /** Sending one of these is answered 400 by the API: never sent. */
  readonly rejects: readonly GenerationParam[];
  /** The provider documents that changing these degrades answers: sent only when set explicitly. */
  readonly advisesAgainst: readonly GenerationParam[];
  /** Higher is better, comparable within a role across providers; the `quality` strategy sorts on it. */
  readonly qualityRank: number;
  /** A quicker model of the same provider for the same roles, which adaptive tuning switches to after timeouts under the speed strategy. */
  readonly faster?: string;
  /** Image models: the `imageConfig.imageSize` presets and aspect ratios accepted. */
  readonly image?: { readonly sizes: readonly ImageSizePreset[]; readonly aspectRatios: readonly string[] };
  /** Where the entry as a whole (id, status, limits) was checked. */
  readonly facts: Checked;
}

export const IMAGE_SIZE_PRESETS = ['1K', '2K', '4K'] as const;
export type ImageSizePreset = (typeof IMAGE_SIZE_PRESETS)[number];
