import type { ProviderRole } from '../provider-settings.js';
import { DEFAULT_MODELS, MODELS } from './model-registry.js';
import type { GenerationParam, ModelEntry, ModelProvider, ThinkingLevel } from './model-types.js';

/**
 * Lookups over the model registry (model-registry.ts). Defaults, prices,
 * capability checks and replacements all come from here, so a model change
 * is one edit to the data module.
 */

const BY_ID = new Map<string, ModelEntry>();
for (const entry of MODELS) {
  for (const id of [entry.id, ...(entry.aliases ?? [])]) BY_ID.set(id, entry);
}

/** The API names models `models/<id>` or `publishers/google/models/<id>`; both mean `<id>`. */
export function bareModelId(id: string): string {
  return id.replace(/^(.*\/)?models\//, '');
}

export function findModel(id: string): ModelEntry | undefined {
  return BY_ID.get(bareModelId(id));
}

export function defaultModelId(provider: ModelProvider, role: ProviderRole): string {
  const id = DEFAULT_MODELS[provider][role];
  if (id === undefined) throw new Error(`the registry has no default ${provider} model for ${role}`);
  return id;
}

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** True once the model's shutdown date has come (or the registry marks it shut down). */
export function isShutDown(entry: ModelEntry, today: Date): boolean {
  return entry.status === 'shut_down' || (entry.shutdown !== null && entry.shutdown <= isoDay(today));
}

/** Days until the announced shutdown; null when none is announced. Negative once past. */
export function daysUntilShutdown(entry: ModelEntry, today: Date): number | null {
  if (entry.shutdown === null) return null;
  return Math.floor((Date.parse(`${entry.shutdown}T00:00:00Z`) - Date.parse(`${isoDay(today)}T00:00:00Z`)) / 86_400_000);
}

/** "gemini-2.5-flash was shut down on 2026-06-17; use gemini-3-flash instead", or undefined when the model is usable. */
export function retiredModelProblem(id: string, today: Date): string | undefined {
  const entry = findModel(id);
  if (entry === undefined || !isShutDown(entry, today)) return undefined;
  return describeRetirement(entry);
}

export function describeRetirement(entry: ModelEntry): string {
  const when = entry.shutdown === null ? 'has been shut down' : `was shut down on ${entry.shutdown}`;
  const instead = entry.replacement === null ? '' : `; use ${entry.replacement} instead`;
  return `${entry.id} ${when} by ${entry.provider === 'gemini' ? 'Google' : 'Anthropic'}${instead}`;
}

/**
 * What a 404 about `id` should add to the error message. The registry's
 * shutdown date and replacement only when the registry says the model is shut
 * down: a model it lists as served was not found for another reason (a
 * mistyped id, another API version, a project without access), and "has been
 * shut down" would send the operator the wrong way.
 */
export function notFoundHint(id: string, today: Date = new Date()): string {
  const entry = findModel(id);
  if (entry === undefined) return `${bareModelId(id)} is not a model this API serves (it is not in our model registry either)`;
  if (isShutDown(entry, today)) return describeRetirement(entry);
  const until = entry.shutdown === null ? '' : ` until ${entry.shutdown}`;
  return `our model registry lists ${entry.id} as served${until}; check the model id, the API version and the project's access`;
}

/** USD list price per million tokens and per image, as PRICE_TABLE_JSON writes it. */
export interface Price {
  readonly input_per_mtok: number;
  readonly output_per_mtok: number;
  readonly per_image: number;
}

/** The price of a model on a day: an operator's override first, then the registry's list price in force; undefined when unknown. */
export function priceOf(model: string, overrides: Readonly<Record<string, Price>>, today: Date = new Date()): Price | undefined {
  const bare = bareModelId(model);
  const override = overrides[bare] ?? overrides[model];
  if (override !== undefined) return override;
  const day = isoDay(today);
  const price = findModel(bare)?.prices.filter((p) => p.from === undefined || p.from <= day).at(-1);
  if (price === undefined) return undefined;
  return { input_per_mtok: price.inputPerMtok, output_per_mtok: price.outputPerMtok, per_image: price.perImage };
}

/** Whether a parameter may be sent: never when the model rejects it; when it advises against it, only if set explicitly. */
export function mayUse(entry: ModelEntry | undefined, param: GenerationParam, explicit: boolean): boolean {
  if (entry === undefined) return true;
  if (entry.rejects.includes(param)) return false;
  return explicit || !entry.advisesAgainst.includes(param);
}

/**
 * Tokens to reserve for thinking on top of the answer, per level. Both
 * providers count thought tokens toward the output limit, so a budget that
 * forgets them cuts the page off mid-document.
 */
export const THINKING_ALLOWANCE: Record<ThinkingLevel, number> = { off: 0, minimal: 512, low: 2048, medium: 8192, high: 24_576 };

/** The output limit to send: the answer's budget plus the thinking allowance, within the model's maximum. */
export function outputLimit(entry: ModelEntry | undefined, answerTokens: number, thinking: ThinkingLevel): number {
  const thinks = entry === undefined || entry.thinking.kind !== 'none';
  const wanted = answerTokens + (thinks ? THINKING_ALLOWANCE[thinking] : 0);
  return entry === undefined ? wanted : Math.min(wanted, entry.maxOutputTokens);
}

export { MODELS, DEFAULT_MODELS };
