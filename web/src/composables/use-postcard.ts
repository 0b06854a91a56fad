import { computed, onBeforeUnmount, ref, shallowRef, watch, type Ref } from 'vue';
import { ApiError } from '../api/client';
import { followLive, type Live, type Transport } from '../api/live';
import { isActive, type PostcardView, type Timings } from '../api/types';
import { useStudio } from './studio';

/** Status reads a burst of events may cause: at most one in flight and one queued. */
function serialised(read: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | null = null;
  let again = false;
  const run = async (): Promise<void> => {
    if (running !== null) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        await read();
      } while (again);
    })();
    try {
      await running;
    } finally {
      running = null;
    }
  };
  return run;
}

/**
 * One postcard, kept current: its status read once, then followed live
 * (WebSocket, SSE or polling) while it is being made; each event re-reads the
 * status, which has the steps' providers, models, costs and errors.
 */
export function usePostcard(taskId: Readonly<Ref<string | null>>) {
  const { api, timings: loadTimings } = useStudio();
  const view = shallowRef<PostcardView | null>(null);
  const loadError = shallowRef<ApiError | null>(null);
  const actionError = shallowRef<ApiError | null>(null);
  const transport = ref<Transport | null>(null);
  const timings = shallowRef<Timings | null>(null);
  const pending = ref<'cancel' | 'retry' | null>(null);
  let live: Live | null = null;

  const stopLive = () => {
    live?.stop();
    live = null;
  };

  const read = serialised(async () => {
    const id = taskId.value;
    if (id === null) return;
    try {
      const next = await api.status(id);
      if (taskId.value !== id) return;
      view.value = next;
      loadError.value = null;
    } catch (error) {
      if (taskId.value !== id) return;
      loadError.value = error instanceof ApiError ? error : new ApiError(0, 'unknown', String(error));
    }
  });

  const follow = () => {
    stopLive();
    const id = taskId.value;
    if (id === null || view.value === null || !isActive(view.value.status)) return;
    live = followLive({
      taskId: id,
      token: () => api.streamToken(),
      poll: async () => {
        await read();
        return view.value === null || isActive(view.value.status);
      },
      onEvent: () => void read(),
      onTransport: (t) => {
        transport.value = t;
      },
      onEnd: () => {
        live = null;
        void read();
      },
    });
  };

  const start = async () => {
    stopLive();
    view.value = null;
    loadError.value = null;
    actionError.value = null;
    transport.value = null;
    if (taskId.value === null) return;
    void loadTimings()
      .then((t) => {
        timings.value = t;
      })
      // Without timings there is no time left to show; everything else works.
      .catch(() => undefined);
    await read();
    follow();
  };

  watch(taskId, () => void start(), { immediate: true });
  onBeforeUnmount(stopLive);

  const act = async (kind: 'cancel' | 'retry') => {
    const id = taskId.value;
    if (id === null || pending.value !== null) return;
    pending.value = kind;
    actionError.value = null;
    try {
      view.value = kind === 'cancel' ? await api.cancel(id) : await api.retry(id);
      if (kind === 'retry') follow();
      else stopLive();
    } catch (error) {
      actionError.value = error instanceof ApiError ? error : new ApiError(0, 'unknown', String(error));
      // A 409 means the postcard moved on meanwhile (it finished, or another tab acted): show where it is now.
      await read();
    } finally {
      pending.value = null;
    }
  };

  return {
    view,
    loadError,
    actionError,
    transport,
    timings,
    pending,
    active: computed(() => view.value !== null && isActive(view.value.status)),
    cancel: () => act('cancel'),
    retry: () => act('retry'),
  };
}
