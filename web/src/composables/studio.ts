import { inject, type InjectionKey } from 'vue';
import type { ApiClient } from '../api/client';
import type { Timings } from '../api/types';
import type { I18n } from '../i18n';
import type { KeyPrompt } from './key-prompt';

/** What every view needs, built once in main.ts (the studio's composition root) and provided to the app. */
export interface Studio {
  readonly api: ApiClient;
  readonly i18n: I18n;
  readonly keys: KeyPrompt;
  /** Recent step timings, fetched at most once a minute; null when the API has none. */
  timings(): Promise<Timings | null>;
}

export const STUDIO: InjectionKey<Studio> = Symbol('studio');

export function useStudio(): Studio {
  const studio = inject(STUDIO);
  if (studio === undefined) throw new Error('useStudio() outside the studio app: main.ts provides it');
  return studio;
}

const TIMINGS_TTL_MS = 60_000;

/** Timings shared by every view, read again once they are a minute old. A failed read is retried on the next ask. */
export function cachedTimings(api: ApiClient): () => Promise<Timings | null> {
  let cached: { at: number; value: Promise<Timings | null> } | null = null;
  return () => {
    const now = Date.now();
    if (cached === null || now - cached.at > TIMINGS_TTL_MS) {
      const value = api.timings();
      cached = { at: now, value };
      value.catch(() => {
        cached = null;
      });
    }
    return cached.value;
  };
}
