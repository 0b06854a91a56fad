import { ErrorBodySchema, type ErrorBody } from '../../src/http/error-body';
import { StatusResponseSchema, type StatusResponse } from '../../src/postcards/postcard-responses';
import { FINISHED_STATUSES } from '../../src/store/postcard-types';
import { waitFor } from './wait';

/**
 * Reads the postcard API the way a client does: every body is parsed with the
 * API's own response schema (src/postcards/postcard-responses.ts), so a test
 * fails on a response of the wrong shape, and no test declares the shape again.
 */

/** GET /api/v1/postcards/status/{task_id}, which must answer 200; `headers` for a caller's credentials. */
export async function getStatus(baseUrl: string, taskId: string, headers: Readonly<Record<string, string>> = {}): Promise<StatusResponse> {
  const response = await fetch(`${baseUrl}/api/v1/postcards/status/${taskId}`, { headers });
  const body: unknown = await response.json();
  if (response.status !== 200) throw new Error(`status of ${taskId}: HTTP ${response.status} ${JSON.stringify(body)}`);
  return StatusResponseSchema.parse(body);
}

/** The `error` of an error response. */
export function errorOf(body: unknown): ErrorBody['error'] {
  return ErrorBodySchema.parse(body).error;
}

/** Polls the status until the postcard has finished (COMPLETED, FAILED or CANCELLED). */
export function waitUntilFinished(
  baseUrl: string,
  taskId: string,
  { timeoutMs, headers = {} }: { readonly timeoutMs?: number; readonly headers?: Readonly<Record<string, string>> } = {},
): Promise<StatusResponse> {
  const finished: readonly string[] = FINISHED_STATUSES;
  return waitFor(() => getStatus(baseUrl, taskId, headers), (s) => finished.includes(s.status), {
    ...(timeoutMs === undefined ? {} : { timeoutMs }),
    what: `postcard ${taskId} to finish`,
  });
}
