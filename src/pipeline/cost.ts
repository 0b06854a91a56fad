import type { Price } from '../platform/provider-settings.js';
import type { Usage } from '../providers/contracts.js';

export interface UsageTotals {
  readonly inputTokens: number;
  readonly outputTokens: number;
  readonly images: number;
  readonly costUsd: number;
}

/** Adds up one attempt's provider calls and prices them; a model missing from the table costs 0. */
export function totalUsage(usages: readonly Usage[], prices: Readonly<Record<string, Price>>): UsageTotals {
  let inputTokens = 0;
  let outputTokens = 0;
  let images = 0;
  let costUsd = 0;
  for (const u of usages) {
    inputTokens += u.inputTokens;
    outputTokens += u.outputTokens;
    images += u.images;
    const price = prices[u.model];
    if (price !== undefined) {
      costUsd += (u.inputTokens / 1e6) * price.input_per_mtok + (u.outputTokens / 1e6) * price.output_per_mtok + u.images * price.per_image;
    }
  }
  return { inputTokens, outputTokens, images, costUsd: Math.round(costUsd * 1e6) / 1e6 };
}
