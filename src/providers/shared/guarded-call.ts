import { ProviderError } from '../provider-error.js';

/** How one SDK request is bounded and how its failures are named. */
export interface GuardOptions {
  readonly provider: string;
  /** The step's signal: its abort is the caller's decision and propagates untouched. */
  readonly signal: AbortSignal;
  /** This request's own deadline, independent of the step's. */
  readonly timeoutMs: number;
  /** Names any other failure (HTTP status, connection error…) as a ProviderError. */
  readonly toProviderError: (error: unknown) => ProviderError;
}

/**
 * Runs one SDK request under `ctx.signal` plus a per-request deadline.
 *
 * Both SDKs report "aborted" the same way whatever aborted them, so the
 * decision is made here from which signal fired: the caller's abort is
 * rethrown as its own reason (the pipeline decides what it means), our deadline
 * becomes a retryable `timeout`, and everything else goes through the
 * provider's own classifier. ProviderErrors thrown by `run` pass through.
 */
export async function guardedCall<T>(options: GuardOptions, run: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const { provider, signal, timeoutMs } = options;
  signal.throwIfAborted();
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(), timeoutMs);
  try {
    return await run(AbortSignal.any([signal, deadline.signal]));
  } catch (error) {
    if (signal.aborted) throw signal.reason;
    if (deadline.signal.aborted) {
      throw new ProviderError(provider, 'timeout', `${provider}: no complete answer within ${timeoutMs} ms`, { cause: error });
    }
    if (error instanceof ProviderError) throw error;
    throw options.toProviderError(error);
  } finally {
    clearTimeout(timer);
  }
}
