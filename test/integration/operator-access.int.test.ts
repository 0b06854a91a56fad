import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { isAdminRequest, requireAdmin, type AdminAuthDeps } from '../../src/admin/admin-auth';
import { createLoginThrottle } from '../../src/admin/login-throttle';
import { createFakeGemini, GEMINI_KEY } from '../fakes/fake-gemini';
import { exposeUndiciDispatcherToJest } from '../fakes/jest-undici-shim';
import { startTestSystem, type TestSystem } from '../support/test-system';
import { startWorkerProcess, type WorkerProcess } from '../support/worker-process';
import { createKeyStore } from '../../src/auth/key-store';

exposeUndiciDispatcherToJest();

/**
 * Operator surfaces (Bull Board, /metrics, /api/v1/stats, readiness details)
 * are closed unless admin credentials open them; only a development service
 * on loopback without credentials leaves them open.
 */
const TOKEN = 'operator-token-0123456789';
const basic = (user: string, password: string) => ({ authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}` });
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
// A model the fake does not serve: /readyz reports it down, with the provider's error text.
const DEAD_MODEL = { GEMINI_API_KEY: GEMINI_KEY, GEMINI_TEXT_MODEL: 'gemini-3.9-flash' };

interface Component {
  readonly name: string;
  readonly status: string;
  readonly error?: string;
}

async function call(url: string, init: RequestInit = {}) {
  const response = await fetch(url, init);
  const text = await response.text();
  const json = response.headers.get('content-type')?.startsWith('application/json') === true ? (JSON.parse(text) as Record<string, unknown>) : undefined;
  return { status: response.status, headers: response.headers, text, json };
}
const codeOf = (json: Record<string, unknown> | undefined) => (json?.error as { code?: string } | undefined)?.code;
const deadModel = async (baseUrl: string, headers: Record<string, string> = {}) =>
  ((await call(`${baseUrl}/readyz`, { headers })).json?.components as Component[]).find((c) => c.name === 'model:gemini:gemini-3.9-flash');

const gemini = createFakeGemini();
beforeAll(() => gemini.start());
afterAll(() => gemini.stop());

describe('operator surfaces without credentials, outside development on loopback', () => {
  let system: TestSystem;
  beforeAll(async () => {
    system = await startTestSystem({ workers: false, env: { NODE_ENV: 'production', ...DEAD_MODEL, GEMINI_BASE_URL: gemini.url } });
  });
  afterAll(() => system.close());

  it('answers 401 JSON on Bull Board, /metrics and /api/v1/stats, and keeps liveness open', async () => {
    for (const path of ['/admin/queues', '/admin/queues/api/queues', '/metrics', '/api/v1/stats?window=1h']) {
      const res = await call(`${system.baseUrl}${path}`);
      expect([path, res.status, codeOf(res.json)]).toEqual([path, 401, 'unauthorized']);
    }
    expect((await call(`${system.baseUrl}/healthz`)).status).toBe(200);
  });

  it('gives anonymous readiness callers component states without error texts', async () => {
    const ready = await call(`${system.baseUrl}/readyz`);
    expect(ready.status).toBe(200);
    expect(ready.headers.get('cache-control')).toBe('no-store');
    expect(await deadModel(system.baseUrl)).toEqual({ name: 'model:gemini:gemini-3.9-flash', required: false, status: 'down', latency_ms: expect.any(Number) });
    expect(ready.text).not.toContain('not a model this API serves');
  });
});

describe('operator surfaces with admin credentials', () => {
  let system: TestSystem;
  beforeAll(async () => {
    system = await startTestSystem({
      workers: false,
      env: { ADMIN_USER: 'ops', ADMIN_PASSWORD: 'correct horse battery', ADMIN_TOKEN: TOKEN, ADMIN_LOGIN_MAX_FAILURES: '3', TRUST_PROXY: 'true', ...DEAD_MODEL, GEMINI_BASE_URL: gemini.url },
    });
  });
  afterAll(() => system.close());

  it('lets Basic and bearer admins read /metrics and /api/v1/stats, and nobody else', async () => {
    expect((await call(`${system.baseUrl}/metrics`)).status).toBe(401);
    expect((await call(`${system.baseUrl}/metrics`, { headers: bearer(TOKEN) })).text).toContain('postcards_created_total');
    expect((await call(`${system.baseUrl}/api/v1/stats?window=1h`)).status).toBe(401);
    const stats = await call(`${system.baseUrl}/api/v1/stats?window=1h`, { headers: basic('ops', 'correct horse battery') });
    expect(stats.status).toBe(200);
    expect(stats.json).toHaveProperty('health');
  });

  it('serves Bull Board behind helmet, read-only by default', async () => {
    const page = await call(`${system.baseUrl}/admin/queues`, { headers: bearer(TOKEN) });
    expect(page.status).toBe(200);
    expect(page.text).toContain('<html');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    // Plain HTTP: upgrading Bull Board's own scripts to https would leave a blank page.
    expect(page.headers.get('content-security-policy')).not.toContain('upgrade-insecure-requests');
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    const pause = await call(`${system.baseUrl}/admin/queues/api/queues/concept/pause`, { method: 'PUT', headers: bearer(TOKEN) });
    expect(pause.status).toBe(405);
    expect(await system.queues.concept.isPaused()).toBe(false);
  });

  it('shows admins why a component is down, and anonymous callers only that it is', async () => {
    expect((await deadModel(system.baseUrl))?.error).toBeUndefined();
    expect((await deadModel(system.baseUrl, bearer(TOKEN)))?.error).toContain('gemini-3.9-flash is not a model this API serves');
  });

  it('throttles wrong credentials per address: 429 with Retry-After, even for the right ones, other addresses unaffected', async () => {
    const from = (address: string, headers: Record<string, string>) => ({ headers: { ...headers, 'x-forwarded-for': address } });
    // No credentials at all is a browser asking for the login prompt, not a guess.
    for (let i = 0; i < 5; i += 1) expect((await call(`${system.baseUrl}/metrics`, from('203.0.113.7', {}))).status).toBe(401);
    for (let i = 0; i < 3; i += 1) expect((await call(`${system.baseUrl}/metrics`, from('203.0.113.7', bearer('a-wrong-guess-0000')))).status).toBe(401);
    const blocked = await call(`${system.baseUrl}/admin/queues`, from('203.0.113.7', basic('ops', 'correct horse battery')));
    expect([blocked.status, codeOf(blocked.json)]).toEqual([429, 'too_many_login_failures']);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(Number(blocked.headers.get('retry-after'))).toBeLessThanOrEqual(60);
    // A blocked address gets the anonymous readiness view; its probe still works.
    expect((await call(`${system.baseUrl}/readyz`, from('203.0.113.7', bearer(TOKEN)))).status).toBe(200);
    expect((await call(`${system.baseUrl}/metrics`, from('198.51.100.9', bearer(TOKEN)))).status).toBe(200);
  });
});

describe('operator surfaces open in development on loopback', () => {
  let system: TestSystem;
  beforeAll(async () => {
    // HOST defaults to loopback; BULL_BOARD_READONLY=false cannot unlock a board nobody logs in to.
    system = await startTestSystem({ workers: false, env: { HOST: '127.0.0.1', BULL_BOARD_READONLY: 'false', ...DEAD_MODEL, GEMINI_BASE_URL: gemini.url } });
  });
  afterAll(() => system.close());

  it('answers everyone, with readiness details, and keeps Bull Board read-only', async () => {
    for (const path of ['/admin/queues', '/metrics', '/api/v1/stats?window=1h']) expect([path, (await call(`${system.baseUrl}${path}`)).status]).toEqual([path, 200]);
    expect((await deadModel(system.baseUrl))?.error).toContain('gemini-3.9-flash is not a model this API serves');
    expect((await call(`${system.baseUrl}/admin/queues/api/queues/concept/pause`, { method: 'PUT' })).status).toBe(405);
  });
});

describe('a writable Bull Board', () => {
  let system: TestSystem;
  beforeAll(async () => {
    system = await startTestSystem({ workers: false, env: { ADMIN_TOKEN: TOKEN, BULL_BOARD_READONLY: 'false' } });
  });
  afterAll(() => system.close());

  it('changes jobs only with BULL_BOARD_READONLY=false and credentials', async () => {
    expect((await call(`${system.baseUrl}/admin/queues/api/queues/concept/pause`, { method: 'PUT' })).status).toBe(401);
    expect((await call(`${system.baseUrl}/admin/queues/api/queues/concept/pause`, { method: 'PUT', headers: bearer(TOKEN) })).status).toBe(200);
    expect(await system.queues.concept.isPaused()).toBe(true);
    expect((await call(`${system.baseUrl}/admin/queues/api/queues/concept/resume`, { method: 'PUT', headers: bearer(TOKEN) })).status).toBe(200);
  });
});

describe("a worker's metrics port", () => {
  let system: TestSystem;
  let worker: WorkerProcess | undefined;
  beforeAll(async () => {
    system = await startTestSystem({ workers: false });
  });
  afterAll(async () => {
    await worker?.stop();
    await system.close();
  });

  it('needs the same admin credentials for /metrics, and none for /healthz', async () => {
    worker = await startWorkerProcess({
      DATABASE_URL: system.config.databaseUrl,
      REDIS_URL: system.config.redisUrl,
      QUEUE_PREFIX: system.config.queuePrefix,
      PUBLIC_BASE_URL: system.baseUrl,
      HOST: '127.0.0.1',
      ADMIN_TOKEN: TOKEN,
    });
    const port = Number(/workers started.*"metrics_port":(\d+)/.exec(worker.output())?.[1]);
    const url = `http://127.0.0.1:${port}`;
    const anonymous = await call(`${url}/metrics`);
    expect([anonymous.status, codeOf(anonymous.json)]).toEqual([401, 'unauthorized']);
    expect((await call(`${url}/metrics`, { headers: bearer('not-the-token-000000') })).status).toBe(401);
    expect((await call(`${url}/metrics`, { headers: bearer(TOKEN) })).text).toContain('process_resident_memory_bytes');
    expect((await call(`${url}/healthz`)).status).toBe(200);
    // An admin-scoped API key opens it too, and a postcards key does not.
    const keys = createKeyStore(system.services.db, () => undefined);
    const admin = await keys.createKey({ user: 'ops', scopes: ['admin'], kind: 'test', expiresAt: null });
    const reader = await keys.createKey({ user: 'app', scopes: ['postcards:read'], kind: 'test', expiresAt: null });
    expect((await call(`${url}/metrics`, { headers: bearer(admin.key) })).status).toBe(200);
    expect((await call(`${url}/metrics`, { headers: bearer(reader.key) })).status).toBe(401);
  });
});

describe('an admin-scoped API key', () => {
  let server: Server;
  let baseUrl: string;
  const failures: unknown[] = [];
  beforeAll(async () => {
    const app = express();
    const deps: AdminAuthDeps = {
      credentials: { user: undefined, password: undefined, token: undefined },
      operatorOpen: false,
      adminKey: async (key) => {
        if (key === 'pk_while_db_down') throw new Error('database down');
        return key === 'pk_admin_key';
      },
      throttle: createLoginThrottle({ maxFailures: 10, windowMs: 60_000 }),
    };
    app.get('/guarded', requireAdmin(deps), (_req, res) => {
      res.json({ ok: true });
    });
    const isAdmin = isAdminRequest(deps, (error) => failures.push(error));
    app.get('/details', async (req, res) => {
      res.json({ admin: await isAdmin(req) });
    });
    server = createServer(app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('opens the operator surfaces as a bearer, where a key without the scope does not', async () => {
    expect((await call(`${baseUrl}/guarded`, { headers: bearer('pk_admin_key') })).status).toBe(200);
    const refused = await call(`${baseUrl}/guarded`, { headers: bearer('pk_user_key') });
    expect([refused.status, refused.headers.get('www-authenticate')]).toEqual([401, 'Bearer realm="postcard admin"']);
  });

  it('gives readiness the anonymous view, and reports why, when a key cannot be checked', async () => {
    expect((await call(`${baseUrl}/details`, { headers: bearer('pk_admin_key') })).json).toEqual({ admin: true });
    expect((await call(`${baseUrl}/details`, { headers: bearer('pk_while_db_down') })).json).toEqual({ admin: false });
    expect(failures).toEqual([new Error('database down')]);
  });
});
