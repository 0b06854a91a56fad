import { OpenAPIRegistry, OpenApiGeneratorV31 } from '@asteasolutions/zod-to-openapi';
import { Router } from 'express';
import { z } from 'zod';
import { KeyIdParamsSchema, NewKeyBodySchema } from '../auth/key-requests.js';
import { ErrorBodySchema } from '../http/error-body.js';
import { ROUTE_ACCESS, type Access } from '../http/route-access.js';
import { registerPostcardPaths, SignedLinkQuerySchema } from '../postcards/postcard-openapi.js';
import { StatsQuerySchema } from '../stats/stats-schemas.js';
import { registerStudioPaths } from '../studio/studio-openapi.js';

/**
 * The whole OpenAPI 3.1 document, served at GET /api/v1/openapi.json: the
 * postcards feature's paths, the other features', and for every operation the
 * security its row of ROUTE_ACCESS declares, with the refusals that go with it.
 */
const json = <S extends z.ZodType>(schema: S, description: string) => ({ description, content: { 'application/json': { schema } } });
const anyJson = z.record(z.string(), z.unknown());

const KeySchema = z.object({
  id: z.string(),
  user: z.string(),
  user_id: z.uuid(),
  hint: z.string().meta({ description: 'the key type and first characters; the key itself is shown once, at creation' }),
  scopes: z.array(z.string()),
  created_at: z.iso.datetime(),
  expires_at: z.iso.datetime().nullable(),
  last_used_at: z.iso.datetime().nullable(),
  revoked_at: z.iso.datetime().nullable(),
});

function registerOtherPaths(registry: OpenAPIRegistry): void {
  const health = { 200: json(anyJson, 'Healthy'), 503: json(anyJson, 'A required component is down') };
  registry.registerPath({ method: 'get', path: '/healthz', summary: 'Liveness', responses: { 200: json(anyJson, 'Alive') } });
  registry.registerPath({ method: 'get', path: '/readyz', summary: 'Readiness of PostgreSQL, Redis and each provider', responses: health });
  registry.registerPath({ method: 'get', path: '/api/v1/openapi.json', summary: 'This document', responses: { 200: json(anyJson, 'OpenAPI 3.1') } });
  registry.registerPath({
    method: 'post',
    path: '/api/v1/stream-tokens',
    summary: "A short-lived token opening the caller's own event streams (`?token=` on SSE and WebSocket)",
    responses: { 201: json(z.object({ token: z.string(), expires_at: z.iso.datetime() }), 'Issued') },
  });
  registry.registerPath({
    method: 'get',
    path: '/api/v1/assets/{id}',
    summary: 'An illustration, by its content address (AUTH_MODE=keys: through its signed link)',
    request: { params: z.object({ id: z.string().regex(/^[0-9a-f]{64}$/) }), query: SignedLinkQuerySchema },
    responses: { 200: { description: 'The image bytes', content: { 'image/png': { schema: z.string() } } }, 404: json(ErrorBodySchema, 'Unknown asset') },
  });
  registry.registerPath({ method: 'get', path: '/api/v1/stats', summary: 'Pipeline performance over a recent window', request: { query: StatsQuerySchema }, responses: { 200: json(anyJson, 'Statistics') } });
  registry.registerPath({
    method: 'get',
    path: '/metrics',
    summary: 'Prometheus metrics',
    responses: { 200: { description: 'Prometheus text format', content: { 'text/plain': { schema: z.string() } } } },
  });
  registry.registerPath({
    method: 'post',
    path: '/api/v1/admin/keys',
    summary: "Make an API key (its user is made if new); the response is the only time the key is shown",
    request: { body: { content: { 'application/json': { schema: NewKeyBodySchema } } } },
    responses: { 201: json(KeySchema.extend({ key: z.string() }), 'Made'), 400: json(ErrorBodySchema, 'Invalid request') },
  });
  registry.registerPath({ method: 'get', path: '/api/v1/admin/keys', summary: 'List keys', request: { query: z.object({ user: z.string().optional() }) }, responses: { 200: json(z.object({ items: z.array(KeySchema) }), 'Keys') } });
  registry.registerPath({
    method: 'delete',
    path: '/api/v1/admin/keys/{id}',
    summary: 'Revoke a key at once',
    request: { params: KeyIdParamsSchema },
    responses: { 200: json(z.object({ id: z.string(), revoked: z.literal(true) }), 'Revoked'), 404: json(ErrorBodySchema, 'Unknown key') },
  });
}

type Document = ReturnType<OpenApiGeneratorV31['generateDocument']>;
type Operation = { security?: Array<Record<string, string[]>>; responses?: Record<string, unknown> };
const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

/** Each operation's security and refusals, from its access level. */
function secure(document: Document): void {
  const error = (description: string) => ({ description, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } });
  const byAccess: Record<Access, Pick<Operation, 'security'> & { refusals: Record<string, unknown> }> = {
    public: { security: [], refusals: {} },
    capability: { security: [], refusals: { 404: error('AUTH_MODE=keys: no valid signature in `sig`') } },
    'postcards:read': { security: [{ apiKey: ['postcards:read'] }, { streamToken: [] }], refusals: { 401: error('No valid API key'), 403: error('The key lacks the scope') } },
    'postcards:write': { security: [{ apiKey: ['postcards:write'] }], refusals: { 401: error('No valid API key'), 403: error('The key lacks the scope, or a cross-site request') } },
    admin: { security: [{ adminBasic: [] }, { apiKey: ['admin'] }], refusals: { 401: error('Admin credentials required'), 429: error('Too many wrong credentials') } },
  };
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const method of METHODS) {
      const operation: Operation | undefined = item[method];
      const access = ROUTE_ACCESS[`${method.toUpperCase()} ${path}`];
      if (operation === undefined || access === undefined) continue;
      const { security, refusals } = byAccess[access];
      if (security !== undefined && security.length > 0) operation.security = security;
      operation.responses = { ...refusals, ...operation.responses };
    }
  }
}

export function buildApiDocument(publicBaseUrl: string): object {
  const registry = new OpenAPIRegistry();
  registry.registerComponent('securitySchemes', 'apiKey', { type: 'http', scheme: 'bearer', description: 'An API key, pk_live_… or pk_test_… (AUTH_MODE=keys)' });
  registry.registerComponent('securitySchemes', 'streamToken', { type: 'apiKey', in: 'query', name: 'token', description: 'From POST /api/v1/stream-tokens, for SSE and WebSocket' });
  registry.registerComponent('securitySchemes', 'adminBasic', { type: 'http', scheme: 'basic', description: 'ADMIN_USER / ADMIN_PASSWORD (or ADMIN_TOKEN as a bearer token)' });
  registerPostcardPaths(registry);
  registerOtherPaths(registry);
  registerStudioPaths(registry);
  const document = new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: { title: 'Postcards API', version: '1.0.0', description: 'Asynchronous AI postcard generation. Who may call what: SECURITY.md.' },
    servers: [{ url: publicBaseUrl }],
  });
  secure(document);
  return document;
}

export function createOpenApiRouter(publicBaseUrl: string): Router {
  const document = buildApiDocument(publicBaseUrl);
  const router = Router();
  router.get('/api/v1/openapi.json', (_req, res) => {
    res.json(document);
  });
  return router;
}
