import type { CreateBody, Created, ErrorBody, ListPage, PostcardStatus, PostcardView, Timings } from './types';
import { parseTimings } from './timings';

/** A refusal or failure of the API, or of the network (`status` 0). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** From Retry-After, when the API said how long to wait. */
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export interface KeyAccess {
  /** The stored API key, if any. */
  current(): string | null;
  /**
   * Asks the person for a key (the API answered 401): resolves with the new key,
   * or null when they dismiss the dialog. `rejected`: the key sent was refused.
   */
  ask(rejected: boolean): Promise<string | null>;
}

export interface ListQuery {
  readonly status?: PostcardStatus;
  readonly limit?: number;
  readonly cursor?: string;
}

/** The public API, nothing else: the studio is one more client of it. */
export interface ApiClient {
  create(body: CreateBody): Promise<Created>;
  status(taskId: string): Promise<PostcardView>;
  list(query: ListQuery): Promise<ListPage>;
  cancel(taskId: string): Promise<PostcardView>;
  retry(taskId: string): Promise<PostcardView>;
  /** Recent step durations; null when this API has no timings endpoint. */
  timings(): Promise<Timings | null>;
  /** A short-lived token for `?token=` on SSE and WebSocket; null when no key is in use (open mode needs none). */
  streamToken(): Promise<string | null>;
}

const isErrorBody = (value: unknown): value is ErrorBody =>
  typeof value === 'object' && value !== null && 'error' in value && typeof value.error === 'object' && value.error !== null && 'code' in value.error;

/** At most this many keys asked for in a row for one request, so a dismissed or wrong key never loops. */
const MAX_KEY_PROMPTS = 3;

export function createApiClient(keys: KeyAccess, fetchImpl: typeof fetch = (...args) => fetch(...args)): ApiClient {
  async function request<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
    for (let prompts = 0; ; prompts += 1) {
      const key = keys.current();
      const headers: Record<string, string> = { accept: 'application/json' };
      if (key !== null) headers.authorization = `Bearer ${key}`;
      if (body !== undefined) headers['content-type'] = 'application/json';
      let response: Response;
      try {
        response = await fetchImpl(path, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
      } catch (error) {
        throw new ApiError(0, 'network', error instanceof Error ? error.message : 'network error');
      }
      if (response.status === 401 && prompts < MAX_KEY_PROMPTS) {
        await response.body?.cancel();
        const next = await keys.ask(key !== null);
        if (next !== null) continue;
      }
      const text = await response.text();
      let parsed: unknown = null;
      if (text.length > 0) {
        try {
          parsed = JSON.parse(text);
        } catch {
          // A proxy's HTML error page: the status says enough, and the text goes into the message below.
          parsed = null;
        }
      }
      if (response.ok) return parsed as T;
      const retryAfter = Number(response.headers.get('retry-after'));
      const error = isErrorBody(parsed) ? parsed.error : { code: `http_${response.status}`, message: text.slice(0, 200) || response.statusText };
      throw new ApiError(response.status, error.code, error.message, Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null);
    }
  }

  const task = (id: string) => `/api/v1/postcards/${encodeURIComponent(id)}`;

  return {
    create: (body) => request<Created>('POST', '/api/v1/postcards/create', body),
    status: (id) => request<PostcardView>('GET', `/api/v1/postcards/status/${encodeURIComponent(id)}`),
    list: ({ status, limit, cursor }) => {
      const query = new URLSearchParams();
      if (status !== undefined) query.set('status', status);
      if (limit !== undefined) query.set('limit', String(limit));
      if (cursor !== undefined) query.set('cursor', cursor);
      const qs = query.toString();
      return request<ListPage>('GET', `/api/v1/postcards${qs === '' ? '' : `?${qs}`}`);
    },
    cancel: (id) => request<PostcardView>('POST', `${task(id)}/cancel`),
    retry: (id) => request<PostcardView>('POST', `${task(id)}/retry`),
    async timings() {
      try {
        return parseTimings(await request<unknown>('GET', '/api/v1/postcards/timings'));
      } catch (error) {
        // An API without the endpoint reads /timings as a task id (400) or answers 404: no estimate, nothing broken.
        if (error instanceof ApiError && (error.status === 400 || error.status === 404)) return null;
        throw error;
      }
    },
    async streamToken() {
      if (keys.current() === null) return null;
      const { token } = await request<{ token: string }>('POST', '/api/v1/stream-tokens');
      return token;
    },
  };
}
