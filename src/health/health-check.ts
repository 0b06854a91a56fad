// Apart from the routes, so that a worker (which serves no health routes) does not load express for it.

/** A dependency readiness depends on. `check` rejects when it is down. */
export interface HealthCheck {
  readonly name: string;
  /** When false the component is reported but does not make the process unready (a provider with a fallback). */
  readonly required?: boolean;
  check(): Promise<void>;
}

/**
 * Remembers a check's outcome for `ttlMs`, so that readiness probes every few
 * seconds do not turn into a stream of paid or rate-limited provider calls.
 */
export function cachedCheck(check: HealthCheck, ttlMs: number, now: () => number = Date.now): HealthCheck {
  let last: { at: number; outcome: Promise<void> } | undefined;
  return {
    ...check,
    check() {
      if (last === undefined || now() - last.at > ttlMs) last = { at: now(), outcome: check.check() };
      return last.outcome;
    },
  };
}
