import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import { ErrorBodySchema } from '../http/error-body.js';
import { CreatedResponseSchema, ListPageSchema, StatusResponseSchema, TimingsResponseSchema } from './postcard-responses.js';
import { CreatePostcardBodySchema, IdempotencyHeaderSchema, ListPostcardsQuerySchema, TaskIdParamsSchema } from './postcard-schemas.js';

/**
 * The postcards feature's part of the OpenAPI 3.1 description, generated from
 * the same zod schemas that validate requests and type the presenter's
 * responses, so the document cannot drift from the code. The whole document
 * (with the other features, security and auth errors) is put together in
 * src/runtime/api-openapi.ts.
 */
/** `?sig=<expiry>.<signature>`: what makes a preview or asset URL a capability link in AUTH_MODE=keys. */
export const SignedLinkQuerySchema = z.object({ sig: z.string().optional().meta({ description: 'the signature preview_url and image_url carry (AUTH_MODE=keys)' }) });

const json = <S extends z.ZodType>(schema: S, description: string) => ({ description, content: { 'application/json': { schema } } });
const errors = {
  400: json(ErrorBodySchema, 'Invalid request; `details` names each bad field'),
  404: json(ErrorBodySchema, 'Unknown task'),
  503: json(ErrorBodySchema, 'PostgreSQL or Redis unavailable; nothing was written'),
};
/** README, "Limits": each refusal names its limit in `code`, with Retry-After where waiting helps. */
const limited = (codes: string) => ({ 429: json(ErrorBodySchema, `A limit refused it, nothing was queued: ${codes}`) });

export function registerPostcardPaths(registry: OpenAPIRegistry): void {
  const params = TaskIdParamsSchema;
  for (const path of ['/api/v1/postcards/create', '/api/v1/postcards']) {
    registry.registerPath({
      method: 'post',
      path,
      summary: 'Create a postcard (answers at once; the work runs in the background)',
      request: {
        headers: IdempotencyHeaderSchema,
        // text/plain: what a browser's fetch sends for a JSON.stringify body without a Content-Type (the design document's client).
        body: { content: { 'application/json': { schema: CreatePostcardBodySchema }, 'text/plain': { schema: CreatePostcardBodySchema } } },
      },
      responses: {
        202: json(CreatedResponseSchema, 'Accepted'),
        ...errors,
        415: json(ErrorBodySchema, 'A body that is not JSON (a form, multipart), or an encoding or charset the server does not read'),
        422: json(ErrorBodySchema, 'Idempotency-Key reused with another body'),
        ...limited('rate_limited, daily_quota_exceeded, too_many_active_postcards, daily_budget_exhausted'),
      },
    });
  }
  for (const path of ['/api/v1/postcards/status/{task_id}', '/api/v1/postcards/{task_id}']) {
    registry.registerPath({ method: 'get', path, summary: 'Status, steps and results', request: { params }, responses: { 200: json(StatusResponseSchema, 'The postcard'), ...errors } });
  }
  registry.registerPath({
    method: 'get',
    path: '/api/v1/postcards/timings',
    summary: "Every postcard's recent step durations (median, p90, samples over 24 h), for a client's estimate of the time left; no user data",
    responses: { 200: json(TimingsResponseSchema, 'Per step, in pipeline order'), 503: errors[503] },
  });
  registry.registerPath({
    method: 'get',
    path: '/api/v1/postcards',
    summary: 'List postcards, newest first',
    request: { query: ListPostcardsQuerySchema },
    responses: { 200: json(ListPageSchema, 'A page'), ...errors },
  });
  registry.registerPath({
    method: 'post',
    path: '/api/v1/postcards/{task_id}/cancel',
    summary: 'Cancel a PENDING or PROCESSING postcard',
    request: { params },
    responses: { 200: json(StatusResponseSchema, 'Cancelled'), 409: json(ErrorBodySchema, 'Already finished'), ...errors, ...limited('rate_limited') },
  });
  registry.registerPath({
    method: 'post',
    path: '/api/v1/postcards/{task_id}/retry',
    summary: 'Run a FAILED postcard again from the step that failed',
    request: { params },
    responses: {
      202: json(StatusResponseSchema, 'Retrying'),
      409: json(ErrorBodySchema, 'Not failed'),
      ...errors,
      ...limited('rate_limited, daily_quota_exceeded, too_many_active_postcards, daily_budget_exhausted'),
    },
  });
  registry.registerPath({
    method: 'get',
    path: '/api/v1/postcards/{task_id}/events',
    summary: 'Server-Sent Events: status, step, progress, then result or error',
    request: { params },
    responses: { 200: { description: 'text/event-stream', content: { 'text/event-stream': { schema: z.string() } } }, ...errors },
  });
  registry.registerPath({
    method: 'get',
    path: '/preview/{task_id}',
    summary: 'The generated HTML postcard, sandboxed by CSP (AUTH_MODE=keys: a signed capability link, as preview_url gives it)',
    request: { params, query: SignedLinkQuerySchema },
    responses: { 200: { description: 'HTML', content: { 'text/html': { schema: z.string() } } }, 409: json(ErrorBodySchema, 'Not finished yet'), ...errors },
  });
}
