import { createGeminiClient, geminiCall, type GeminiConnection, type VertexTarget } from './client.js';

export interface GeminiHealthOptions extends GeminiConnection {
  readonly model: string;
  readonly vertex?: VertexTarget;
  /** Lets a readiness probe give up early; defaults to never. */
  readonly signal?: AbortSignal;
}

/**
 * A cheap reachability and credentials check: `GET models/{model}` costs no
 * tokens. Resolves, or rejects with a ProviderError (auth, not_found, network…).
 */
export async function checkGeminiHealth(options: GeminiHealthOptions): Promise<void> {
  const client = createGeminiClient(options, options.vertex);
  const signal = options.signal ?? new AbortController().signal;
  await geminiCall(options.model, options.timeoutMs, { signal }, (s) => client.models.get({ model: options.model, config: { abortSignal: s } }));
}
