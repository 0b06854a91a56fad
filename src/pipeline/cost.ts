import { priceOf, type Price } from '../platform/models/registry.js';
import { OFFLINE_PROVIDERS } from '../platform/provider-settings.js';
import type { Usage } from '../providers/contracts.js';

export interface UsageTotals {
  readonly inputTokens: number;
  readonly outputTokens: number;
  readonly images: number;
  /** Null when any call used a model without a known price: "unknown", never a made-up 0. */
  readonly costUsd: number | null;
}

/** Prices a model's usage; told once per model that has no known price. */
export interface Pricer {
  price(model: string): Price | undefined;
}

/** Registry list prices, PRICE_TABLE_JSON first; `onUnknown` runs once per unpriced model (to log it once). */
export function createPricer(overrides: Readonly<Record<string, Price>>, onUnknown: (model: string) => void, today: () => Date = () => new Date()): Pricer {
  const warned = new Set<string>();
  return {
    price(model) {
      if (OFFLINE_PROVIDERS.has(model)) return { input_per_mtok: 0, output_per_mtok: 0, per_image: 0 };
      const found = priceOf(model, overrides, today());
      if (found === undefined && !warned.has(model)) {
        warned.add(model);
        onUnknown(model);
      }
      return found;
    },
  };
}

/** Adds up one attempt's provider calls and prices them. */
export function totalUsage(usages: readonly Usage[], pricer: Pricer): UsageTotals {
  let inputTokens = 0;
  let outputTokens = 0;
  let images = 0;
  let costUsd: number | null = 0;
  for (const u of usages) {
    inputTokens += u.inputTokens;
    outputTokens += u.outputTokens;
    images += u.images;
    const price = pricer.price(u.model);
    if (price === undefined) costUsd = null;
    else if (costUsd !== null) {
      costUsd += (u.inputTokens / 1e6) * price.input_per_mtok + (u.outputTokens / 1e6) * price.output_per_mtok + u.images * price.per_image;
    }
  }
  return { inputTokens, outputTokens, images, costUsd: costUsd === null ? null : Math.round(costUsd * 1e6) / 1e6 };
}
