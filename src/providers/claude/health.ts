import { guardedCall } from '../shared/guarded-call.js';
import { createClaudeClient, type ClaudeConnection } from './client.js';
import { CLAUDE, claudeProviderError } from './errors.js';

export interface ClaudeHealthOptions extends ClaudeConnection {
  readonly model: string;
  /** Lets a readiness probe give up early; defaults to never. */
  readonly signal?: AbortSignal;
}

/**
 * A cheap reachability and credentials check: `GET /v1/models/{model}` costs
 * no tokens. Resolves, or rejects with a ProviderError (auth, not_found, network…).
 */
export async function checkClaudeHealth(options: ClaudeHealthOptions): Promise<void> {
  const client = createClaudeClient(options);
  const signal = options.signal ?? new AbortController().signal;
  await guardedCall({ provider: CLAUDE, signal, timeoutMs: options.timeoutMs, toProviderError: (error) => claudeProviderError(error, options.model) }, (s) =>
    client.models.retrieve(options.model, {}, { signal: s }),
  );
}
