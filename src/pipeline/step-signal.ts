/**
 * The signal one step attempt runs under: aborted by its deadline (with the
 * same `TimeoutError` DOMException as AbortSignal.timeout, which
 * classifyFailure recognises) or by the job's own signal (a cancel).
 *
 * Not AbortSignal.any([AbortSignal.timeout(ms), job]): Node keeps a timeout
 * signal that has listeners, and its timer, alive until the timer fires (up
 * to the step's whole timeout, minutes after the step ended), through weak
 * references and a finalization registry. With 1000 steps in flight that was
 * ≈ 5 MB of the worker's live heap and 1000 idle timers (BENCHMARKS.md,
 * "Worker memory"). Here `dispose` frees both as soon as the attempt ends.
 */
export interface StepSignal {
  readonly signal: AbortSignal;
  dispose(): void;
}

export function stepSignal(timeoutMs: number, jobSignal: AbortSignal | undefined): StepSignal {
  const controller = new AbortController();
  const onJobAbort = () => controller.abort(jobSignal?.reason);
  const timer = setTimeout(() => controller.abort(new DOMException('The operation was aborted due to timeout', 'TimeoutError')), timeoutMs);
  if (jobSignal?.aborted === true) onJobAbort();
  else jobSignal?.addEventListener('abort', onJobAbort, { once: true });
  return {
    signal: controller.signal,
    dispose() {
      clearTimeout(timer);
      jobSignal?.removeEventListener('abort', onJobAbort);
    },
  };
}
