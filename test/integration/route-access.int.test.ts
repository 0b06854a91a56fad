import type { Express } from 'express';
import { MOUNTED_UI_ACCESS, ROUTE_ACCESS, type Access } from '../../src/http/route-access';
import { startTestSystem, type TestSystem } from '../support/test-system';

/**
 * No route ships unprotected by accident: every route the app mounts must have
 * a row in ROUTE_ACCESS and an operation in the OpenAPI document, and called
 * without credentials in AUTH_MODE=keys it must refuse as its row says.
 */

/** What a router's layers look like from outside (Express 5's `router` package). */
interface LayerLike {
  readonly rawPath?: unknown;
  readonly route?: { readonly path: unknown; readonly methods: Record<string, boolean> };
  readonly handle?: unknown;
}

const stackOf = (value: unknown): readonly LayerLike[] | undefined => {
  if (typeof value !== 'function' && (typeof value !== 'object' || value === null)) return undefined;
  const stack: unknown = Reflect.get(value, 'stack');
  return Array.isArray(stack) ? (stack as LayerLike[]) : undefined;
};
const paths = (raw: unknown): string[] => (Array.isArray(raw) ? raw.flat(Infinity).map(String) : typeof raw === 'string' ? [raw] : []);
const openApiPath = (path: string) => path.replace(/:(\w+)/g, '{$1}').replace(/(.)\/$/, '$1');

/** Every `METHOD path` the app serves, mounted routers included. */
function mountedRoutes(app: Express): Set<string> {
  const found = new Set<string>();
  const walk = (stack: readonly LayerLike[], prefix: string) => {
    for (const layer of stack) {
      if (layer.route !== undefined) {
        for (const path of paths(layer.route.path)) {
          for (const method of Object.keys(layer.route.methods)) found.add(`${method.toUpperCase()} ${openApiPath(`${prefix}${path}`)}`);
        }
        continue;
      }
      const inner = stackOf(layer.handle);
      if (inner === undefined) continue;
      for (const mount of paths(layer.rawPath).length > 0 ? paths(layer.rawPath) : ['/']) walk(inner, mount === '/' ? prefix : `${prefix}${mount}`);
    }
  };
  walk(stackOf(Reflect.get(app, 'router')) ?? [], '');
  return found;
}

const isUi = (route: string) => Object.keys(MOUNTED_UI_ACCESS).some((prefix) => route.split(' ')[1]?.startsWith(prefix));

describe('the route access table', () => {
  let system: TestSystem;
  beforeAll(async () => {
    system = await startTestSystem({ env: { AUTH_MODE: 'keys' }, workers: false });
  });
  afterAll(async () => {
    await system.close();
  });

  it('names every mounted route, and the OpenAPI document describes each', async () => {
    const mounted = [...mountedRoutes(system.app)].filter((route) => !isUi(route)).sort();
    expect(mounted).toEqual(Object.keys(ROUTE_ACCESS).sort());
    const doc = (await (await fetch(`${system.baseUrl}/api/v1/openapi.json`)).json()) as { paths: Record<string, Record<string, { security?: unknown[] }>> };
    for (const route of mounted) {
      const [method = '', path = ''] = route.split(' ');
      expect([route, doc.paths[path]?.[method.toLowerCase()] !== undefined]).toEqual([route, true]);
    }
    expect(doc.paths['/api/v1/postcards']?.['post']?.security).toEqual([{ apiKey: ['postcards:write'] }]);
  });

  it('refuses each route without credentials as its row says', async () => {
    const expected: Record<Access, (status: number) => boolean> = {
      public: (status) => status === 200 || status === 503,
      'postcards:read': (status) => status === 401,
      'postcards:write': (status) => status === 401,
      capability: (status) => status === 404,
      admin: (status) => status === 401,
    };
    const sample = { task_id: '6f1c1c1e-3b8a-4d53-9d0e-7a1b2c3d4e5f', id: 'key_0123456789abcdef' };
    const asset = 'a'.repeat(64);
    for (const [route, access] of [...Object.entries(ROUTE_ACCESS), ...Object.entries(MOUNTED_UI_ACCESS).map(([prefix, a]) => [`GET ${prefix}`, a] as const)]) {
      const [method = '', template = ''] = route.split(' ');
      const path = template.replace('{task_id}', sample.task_id).replace('{id}', template.includes('assets') ? asset : sample.id);
      const response = await fetch(`${system.baseUrl}${path}`, { method, ...(method === 'GET' ? {} : { headers: { 'content-type': 'application/json' }, body: '{}' }) });
      await response.arrayBuffer();
      expect([route, response.status, expected[access](response.status)]).toEqual([route, response.status, true]);
    }
  });
});
