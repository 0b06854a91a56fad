import { ref, shallowRef, watch, type Ref } from 'vue';
import { ApiError } from '../api/client';
import type { PostcardStatus, Summary } from '../api/types';
import { useStudio } from './studio';

const PAGE_SIZE = 24;

/** The caller's postcards, newest first, a page at a time through the list API's cursor. */
export function useGallery(status: Readonly<Ref<PostcardStatus | null>>) {
  const { api } = useStudio();
  const items = shallowRef<readonly Summary[]>([]);
  const cursor = ref<string | null>(null);
  const done = ref(false);
  const loading = ref(false);
  const error = shallowRef<ApiError | null>(null);
  /** Bumped on every filter change, so that a page of the old filter arriving late is dropped. */
  let generation = 0;

  const loadMore = async () => {
    if (loading.value || done.value) return;
    const mine = generation;
    loading.value = true;
    error.value = null;
    try {
      const page = await api.list({ limit: PAGE_SIZE, ...(status.value === null ? {} : { status: status.value }), ...(cursor.value === null ? {} : { cursor: cursor.value }) });
      if (mine !== generation) return;
      const seen = new Set(items.value.map((i) => i.task_id));
      items.value = [...items.value, ...page.items.filter((i) => !seen.has(i.task_id))];
      cursor.value = page.next_cursor;
      done.value = page.next_cursor === null;
    } catch (e) {
      if (mine === generation) error.value = e instanceof ApiError ? e : new ApiError(0, 'unknown', String(e));
    } finally {
      if (mine === generation) loading.value = false;
    }
  };

  const reset = () => {
    generation += 1;
    items.value = [];
    cursor.value = null;
    done.value = false;
    loading.value = false;
    error.value = null;
    void loadMore();
  };
  watch(status, reset, { immediate: true });

  return { items, done, loading, error, loadMore, reset };
}
