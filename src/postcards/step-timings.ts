import { PIPELINE, STEP_NAMES } from '../pipeline/catalog.js';
import type { PostcardStore } from '../store/postcard-store.js';
import type { TimingsResponse } from './postcard-responses.js';

const WINDOW_HOURS = 24;
/** Long enough that polling clients cost one grouped query per process every half minute, short enough to follow a slow provider. */
const KEEP_MS = 30_000;

const rounded = (ms: number | null) => (ms === null ? null : Math.round(ms));

/**
 * The recent median and p90 of each step's SUCCEEDED attempts, every
 * postcard's, for a client's "time left". Read through the store and kept in
 * memory for KEEP_MS; concurrent callers share one read, and a failed read is
 * not kept, so the next caller asks again.
 */
export function createStepTimings(store: Pick<PostcardStore, 'stepTimings'>, now: () => number = Date.now): () => Promise<TimingsResponse> {
  let kept: { readonly at: number; readonly value: Promise<TimingsResponse> } | undefined;
  const read = async (at: number): Promise<TimingsResponse> => {
    const rows = await store.stepTimings(new Date(at - WINDOW_HOURS * 3_600_000));
    return {
      window_hours: WINDOW_HOURS,
      computed_at: new Date(at).toISOString(),
      steps: STEP_NAMES.map((name) => {
        const row = rows.find((r) => r.step === name);
        return {
          name,
          label: PIPELINE[name].label,
          samples: row?.samples ?? 0,
          median_ms: rounded(row?.medianMs ?? null),
          p90_ms: rounded(row?.p90Ms ?? null),
          cache_hit: { samples: row?.cacheHitSamples ?? 0, median_ms: rounded(row?.cacheHitMedianMs ?? null) },
        };
      }),
    };
  };
  return () => {
    const at = now();
    if (kept === undefined || at - kept.at >= KEEP_MS) {
      const value = read(at);
      kept = { at, value };
      value.catch(() => {
        if (kept?.value === value) kept = undefined;
      });
    }
    return kept.value;
  };
}
