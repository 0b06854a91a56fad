/**
 * Who may call each route, in AUTH_MODE=keys (SECURITY.md). One table, read by
 * the OpenAPI document (each operation's `security`) and by a test that lists
 * every route the app mounts and fails when one is missing here or from the
 * document, then calls each without credentials and checks it refuses as
 * declared: no route ships unprotected by accident.
 *
 * - public: anyone (health, the API description, the studio's pages and assets).
 * - postcards:read / postcards:write: an API key with that scope (or admin);
 *   the caller's own postcards only. Streams also take a stream token.
 * - capability: a signed link (`?sig=`) for one postcard's page or picture.
 * - admin: admin credentials (ADMIN_USER/ADMIN_PASSWORD, ADMIN_TOKEN) or an
 *   admin-scoped key; open without them only in open mode on loopback.
 */
export const ACCESS_LEVELS = ['public', 'postcards:read', 'postcards:write', 'capability', 'admin'] as const;
export type Access = (typeof ACCESS_LEVELS)[number];

/** `METHOD path`, with path parameters as in OpenAPI (`{task_id}`). */
export const ROUTE_ACCESS: Readonly<Record<string, Access>> = {
  'GET /healthz': 'public',
  'GET /readyz': 'public',
  'GET /api/v1/openapi.json': 'public',
  'POST /api/v1/postcards': 'postcards:write',
  'POST /api/v1/postcards/create': 'postcards:write',
  'GET /api/v1/postcards': 'postcards:read',
  'GET /api/v1/postcards/timings': 'postcards:read',
  'GET /api/v1/postcards/status/{task_id}': 'postcards:read',
  'GET /api/v1/postcards/{task_id}': 'postcards:read',
  'POST /api/v1/postcards/{task_id}/cancel': 'postcards:write',
  'POST /api/v1/postcards/{task_id}/retry': 'postcards:write',
  'GET /api/v1/postcards/{task_id}/events': 'postcards:read',
  'POST /api/v1/stream-tokens': 'postcards:read',
  'GET /preview/{task_id}': 'capability',
  'GET /api/v1/assets/{id}': 'capability',
  'GET /api/v1/stats': 'admin',
  'GET /metrics': 'admin',
  'GET /api/v1/admin/keys': 'admin',
  'POST /api/v1/admin/keys': 'admin',
  'DELETE /api/v1/admin/keys/{id}': 'admin',
  // The web studio's pages (src/studio): the app itself is public; every API call it makes needs a key as above.
  'GET /': 'public',
  'GET /gallery': 'public',
  'GET /p/{task_id}': 'public',
};

/** Mounted UIs whose inner routes belong to a library (Bull Board): every path under the prefix. */
export const MOUNTED_UI_ACCESS: Readonly<Record<string, Access>> = {
  '/admin/queues': 'admin',
};
