/**
 * The one error type every provider throws. `retryable` decides whether BullMQ
 * spends another attempt on it; `retryAfterMs` carries a provider's own hint
 * (for example a 429's Retry-After).
 */
export type ProviderErrorKind =
  | 'bad_request'
  | 'auth'
  | 'not_found'
  | 'quota'
  | 'safety'
  | 'invalid_output'
  | 'rate_limit'
  | 'server'
  | 'overloaded'
  | 'network'
  | 'timeout';

const RETRYABLE: Record<ProviderErrorKind, boolean> = {
  bad_request: false,
  auth: false,
  not_found: false,
  quota: false,
  safety: false,
  invalid_output: true,
  rate_limit: true,
  server: true,
  overloaded: true,
  network: true,
  timeout: true,
};

export class ProviderError extends Error {
  readonly retryable: boolean;
  readonly retryAfterMs: number | undefined;

  constructor(
    readonly provider: string,
    readonly kind: ProviderErrorKind,
    message: string,
    options: { readonly cause?: unknown; readonly retryAfterMs?: number; readonly retryable?: boolean } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'ProviderError';
    this.retryable = options.retryable ?? RETRYABLE[kind];
    this.retryAfterMs = options.retryAfterMs;
  }
}
