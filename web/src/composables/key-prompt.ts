import { reactive, readonly, ref, type Ref } from 'vue';
import type { KeyAccess } from '../api/client';

const STORAGE_KEY = 'postcard-studio.api-key';

export interface KeyPrompt extends KeyAccess {
  /** What the dialog shows: open, and whether the last key was refused. */
  readonly state: { readonly open: boolean; readonly rejected: boolean };
  readonly hasKey: Readonly<Ref<boolean>>;
  submit(key: string): void;
  dismiss(): void;
  forget(): void;
}

/**
 * The API key of AUTH_MODE=keys, kept in localStorage. The client asks for one
 * when the API answers 401; requests that fail together share one dialog. In
 * open mode the API never answers 401, so nobody is ever asked.
 */
export function createKeyPrompt(storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>): KeyPrompt {
  const state = reactive({ open: false, rejected: false });
  const hasKey = ref(storage.getItem(STORAGE_KEY) !== null);
  let pending: { promise: Promise<string | null>; resolve: (key: string | null) => void } | null = null;

  const settle = (key: string | null) => {
    state.open = false;
    const waiting = pending;
    pending = null;
    waiting?.resolve(key);
  };

  return {
    state: readonly(state),
    hasKey: readonly(hasKey),
    current: () => storage.getItem(STORAGE_KEY),
    ask(rejected) {
      if (pending !== null) return pending.promise;
      if (rejected) {
        storage.removeItem(STORAGE_KEY);
        hasKey.value = false;
      }
      let resolve: (key: string | null) => void = () => undefined;
      const promise = new Promise<string | null>((r) => {
        resolve = r;
      });
      pending = { promise, resolve };
      state.rejected = rejected;
      state.open = true;
      return promise;
    },
    submit(key) {
      const trimmed = key.trim();
      if (trimmed === '') return;
      storage.setItem(STORAGE_KEY, trimmed);
      hasKey.value = true;
      settle(trimmed);
    },
    dismiss: () => settle(null),
    forget() {
      storage.removeItem(STORAGE_KEY);
      hasKey.value = false;
    },
  };
}
