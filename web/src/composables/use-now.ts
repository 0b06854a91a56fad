import { onBeforeUnmount, ref, watch, type Ref } from 'vue';

/** The time, ticking every second while `running` is true (for countdowns and the time left). */
export function useNow(running: Readonly<Ref<boolean>>): Readonly<Ref<number>> {
  const now = ref(Date.now());
  let timer: number | undefined;
  const stop = () => {
    window.clearInterval(timer);
    timer = undefined;
  };
  watch(
    running,
    (on) => {
      now.value = Date.now();
      if (on && timer === undefined) timer = window.setInterval(() => (now.value = Date.now()), 1000);
      if (!on) stop();
    },
    { immediate: true },
  );
  onBeforeUnmount(stop);
  return now;
}
