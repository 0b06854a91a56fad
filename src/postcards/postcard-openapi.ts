import { OpenAPIRegistry, OpenApiGeneratorV31 } from '@asteasolutions/zod-to-openapi';
import { Router } from 'express';
import { z } from 'zod';
import { STEP_NAMES } from '../pipeline/catalog.js';
import { ConceptSchema, CopySchema } from '../providers/contracts.js';
import { PageQualitySchema } from '../providers/shared/page-quality/index.js';
import { CreatePostcardBodySchema, ListPostcardsQuerySchema, POSTCARD_STATUSES, TaskIdParamsSchema } from './postcard-schemas.js';

/**
 * The OpenAPI 3.1 description of the API, generated from the same zod schemas
 * that validate requests, so the document cannot drift from the code.
 * Served at GET /api/v1/openapi.json.
 */
const ErrorSchema = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      details: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
    }),
  })
  .meta({ id: 'Error' });

const CreatedSchema = z
  .object({ task_id: z.uuid(), status: z.literal('PENDING'), status_url: z.url(), preview_url: z.url() })
  .meta({ id: 'Created' });

const UsageSchema = z.object({
  input_tokens: z.number(),
  output_tokens: z.number(),
  images: z.number(),
  cost_usd: z.number().nullable().meta({ description: 'null when a model without a known price was called' }),
});

const StepSchema = z.object({
  name: z.enum(STEP_NAMES),
  label: z.string(),
  status: z.enum(['PENDING', 'RUNNING', 'RETRYING', 'SUCCEEDED', 'FAILED', 'SKIPPED']),
  attempts: z.number().int(),
  reused_from_run: z.number().int().nullable(),
  provider: z.string().nullable(),
  model: z.string().nullable(),
  cache_hit: z.boolean(),
  strategy_reason: z.string().nullable().meta({ description: "why the postcard's strategy tried the providers in this order" }),
  started_at: z.iso.datetime().nullable(),
  finished_at: z.iso.datetime().nullable(),
  duration_ms: z.number().nullable(),
  error: z.string().nullable(),
  usage: UsageSchema,
  history: z.array(z.record(z.string(), z.unknown())),
});

const StatusSchema = z
  .object({
    task_id: z.uuid(),
    status: z.enum(POSTCARD_STATUSES),
    current_step: z.enum(STEP_NAMES).nullable(),
    progress: z.number().int().min(0).max(100),
    steps: z.array(StepSchema),
    data: z.object({ concept: ConceptSchema, content: CopySchema, image_url: z.url(), preview_url: z.url() }).nullable(),
    error: z.object({ step: z.enum(STEP_NAMES).nullable(), message: z.string() }).nullable(),
    usage: UsageSchema,
    quality: PageQualitySchema.nullable().meta({ description: "the quality gate's findings on the stored page; null until one is stored" }),
    strategy: z.enum(['cost', 'quality', 'speed', 'balanced']),
    retry_count: z.number().int(),
    created_at: z.iso.datetime(),
    updated_at: z.iso.datetime(),
    completed_at: z.iso.datetime().nullable(),
  })
  .meta({ id: 'PostcardStatus' });

const json = <S extends z.ZodType>(schema: S, description: string) => ({ description, content: { 'application/json': { schema } } });
const errors = {
  400: json(ErrorSchema, 'Invalid request; `details` names each bad field'),
  404: json(ErrorSchema, 'Unknown task'),
  503: json(ErrorSchema, 'PostgreSQL or Redis unavailable; nothing was written'),
};

export function buildOpenApiDocument(publicBaseUrl: string): object {
  const registry = new OpenAPIRegistry();
  const params = TaskIdParamsSchema;
  for (const path of ['/api/v1/postcards/create', '/api/v1/postcards']) {
    registry.registerPath({
      method: 'post',
      path,
      summary: 'Create a postcard (answers at once; the work runs in the background)',
      request: {
        headers: z.object({ 'Idempotency-Key': z.string().max(200).optional() }),
        body: { content: { 'application/json': { schema: CreatePostcardBodySchema } } },
      },
      responses: { 202: json(CreatedSchema, 'Accepted'), ...errors, 422: json(ErrorSchema, 'Idempotency-Key reused with another body') },
    });
  }
  for (const path of ['/api/v1/postcards/status/{task_id}', '/api/v1/postcards/{task_id}']) {
    registry.registerPath({ method: 'get', path, summary: 'Status, steps and results', request: { params }, responses: { 200: json(StatusSchema, 'The postcard'), ...errors } });
  }
  registry.registerPath({
    method: 'get',
    path: '/api/v1/postcards',
    summary: 'List postcards, newest first',
    request: { query: ListPostcardsQuerySchema },
    responses: { 200: json(z.object({ items: z.array(z.record(z.string(), z.unknown())), next_cursor: z.string().nullable() }), 'A page'), ...errors },
  });
  registry.registerPath({
    method: 'post',
    path: '/api/v1/postcards/{task_id}/cancel',
    summary: 'Cancel a PENDING or PROCESSING postcard',
    request: { params },
    responses: { 200: json(StatusSchema, 'Cancelled'), 409: json(ErrorSchema, 'Already finished'), ...errors },
  });
  registry.registerPath({
    method: 'post',
    path: '/api/v1/postcards/{task_id}/retry',
    summary: 'Run a FAILED postcard again from the step that failed',
    request: { params },
    responses: { 202: json(StatusSchema, 'Retrying'), 409: json(ErrorSchema, 'Not failed'), ...errors },
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
    summary: 'The generated HTML postcard, sandboxed by CSP',
    request: { params },
    responses: { 200: { description: 'HTML', content: { 'text/html': { schema: z.string() } } }, 409: json(ErrorSchema, 'Not finished yet'), ...errors },
  });
  const generator = new OpenApiGeneratorV31(registry.definitions);
  return generator.generateDocument({
    openapi: '3.1.0',
    info: { title: 'Postcards API', version: '1.0.0', description: 'Asynchronous AI postcard generation' },
    servers: [{ url: publicBaseUrl }],
  });
}

export function createOpenApiRouter(publicBaseUrl: string): Router {
  const document = buildOpenApiDocument(publicBaseUrl);
  const router = Router();
  router.get('/api/v1/openapi.json', (_req, res) => {
    res.json(document);
  });
  return router;
}
