import WebSocket from 'ws';
import { createKeyStore, type KeyStore } from '../../src/auth/key-store';
import { ConfigError, loadConfig } from '../../src/platform/config';
import { StatusResponseSchema } from '../../src/postcards/postcard-responses';
import { errorOf, waitUntilFinished } from '../support/postcard-api';
import { readSse } from '../support/sse-client';
import { startTestSystem, type TestSystem } from '../support/test-system';

/** AUTH_MODE=keys: two users, each blind to the other's postcards. */
describe('API keys and owner scoping (AUTH_MODE=keys)', () => {
  let system: TestSystem;
  let keys: KeyStore;
  let alice: string;
  let aliceReader: string;
  let bob: string;
  let admin: string;

  const call = async (path: string, key: string | undefined, init: RequestInit = {}) => {
    const response = await fetch(`${system.baseUrl}${path}`, {
      ...init,
      headers: { 'content-type': 'application/json', ...(key === undefined ? {} : { authorization: `Bearer ${key}` }), ...(init.headers ?? {}) },
    });
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: text === '' ? {} : (JSON.parse(text) as Record<string, unknown>) };
  };
  const create = (key: string | undefined, body: Record<string, unknown> = { prompt: 'Happy birthday, Sarah' }, headers: Record<string, string> = {}) =>
    call('/api/v1/postcards', key, { method: 'POST', body: JSON.stringify(body), headers });
  const make = async (user: string, scopes: Array<'postcards:write' | 'postcards:read' | 'admin'>) =>
    (await keys.createKey({ user, scopes, kind: 'test', expiresAt: null })).key;

  beforeAll(async () => {
    system = await startTestSystem({ env: { AUTH_MODE: 'keys' } });
    keys = createKeyStore(system.services.db, () => undefined);
    alice = await make('alice', ['postcards:write', 'postcards:read']);
    aliceReader = await make('alice', ['postcards:read']);
    bob = await make('bob', ['postcards:write', 'postcards:read']);
    admin = await make('ops', ['admin']);
  });
  afterAll(async () => {
    await system.close();
  });

  it('refuses every postcard route without a valid key, before doing anything', async () => {
    for (const [path, method] of [
      ['/api/v1/postcards', 'POST'],
      ['/api/v1/postcards', 'GET'],
      ['/api/v1/postcards/status/6f1c1c1e-3b8a-4d53-9d0e-7a1b2c3d4e5f', 'GET'],
      ['/api/v1/postcards/6f1c1c1e-3b8a-4d53-9d0e-7a1b2c3d4e5f/cancel', 'POST'],
      ['/api/v1/postcards/6f1c1c1e-3b8a-4d53-9d0e-7a1b2c3d4e5f/retry', 'POST'],
      ['/api/v1/postcards/6f1c1c1e-3b8a-4d53-9d0e-7a1b2c3d4e5f/events', 'GET'],
    ] as const) {
      for (const key of [undefined, 'pk_live_not-a-real-key', `pk_test_${'A'.repeat(43)}`]) {
        const res = await call(path, key, { method, ...(method === 'POST' ? { body: '{"prompt":"x"}' } : {}) });
        expect([path, method, res.status, errorOf(res.body).code]).toEqual([path, method, 401, 'unauthorized']);
        expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
      }
    }
    expect((await system.query<{ n: string }>('SELECT count(*) AS n FROM postcards'))[0]?.n).toBe('0');
  });

  it('lets a user make and follow their own postcard, and shows it to no one else', async () => {
    const made = await create(alice);
    expect(made.status).toBe(202);
    const id = String(made.body.task_id);
    const done = await waitUntilFinished(system.baseUrl, id, { timeoutMs: 60_000, headers: { authorization: `Bearer ${alice}` } });
    expect(done.status).toBe('COMPLETED');

    // Bob: 404 everywhere, as if it did not exist.
    expect((await call(`/api/v1/postcards/status/${id}`, bob)).status).toBe(404);
    expect((await call(`/api/v1/postcards/${id}/cancel`, bob, { method: 'POST' })).status).toBe(404);
    expect((await call(`/api/v1/postcards/${id}/retry`, bob, { method: 'POST' })).status).toBe(404);
    expect((await readSse(`${system.baseUrl}/api/v1/postcards/${id}/events`, { headers: { authorization: `Bearer ${bob}` }, timeoutMs: 5000 })).status).toBe(404);
    expect((await call('/api/v1/postcards', bob)).body.items).toEqual([]);
    expect((await call('/api/v1/postcards?user_id=alice', bob)).status).toBe(403);

    // Alice's read-only key reads but cannot write; the admin sees every user's and can filter by name.
    expect((await call(`/api/v1/postcards/status/${id}`, aliceReader)).status).toBe(200);
    expect(errorOf((await create(aliceReader)).body).code).toBe('insufficient_scope');
    const listed = await call('/api/v1/postcards?user_id=alice', admin);
    expect((listed.body.items as Array<{ task_id: string }>).map((p) => p.task_id)).toEqual([id]);

    // The preview is a capability link: the bare path is 404, the signed one from the status works, for anyone.
    const status = StatusResponseSchema.parse((await call(`/api/v1/postcards/status/${id}`, alice)).body);
    expect(status.preview_url).toMatch(/\?sig=\d+\.[\w-]+$/);
    expect((await fetch(`${system.baseUrl}/preview/${id}`)).status).toBe(404);
    const page = await fetch(status.preview_url);
    expect(page.status).toBe(200);
    const image = status.data?.image_url ?? '';
    expect(image).toMatch(/\?sig=\d+\.[\w-]+$/);
    expect((await fetch(image)).status).toBe(200);
    expect((await fetch(image.replace(/\?.*$/, ''))).status).toBe(404);
    expect((await fetch(`${status.preview_url.replace(/sig=[^&]+/, 'sig=0.AAAA')}`)).status).toBe(404);
  });

  it('keeps idempotency keys per user, and the owner is the key\'s user whatever the body says', async () => {
    const first = await create(alice, { prompt: 'Thank you' }, { 'Idempotency-Key': 'order-1' });
    const other = await create(bob, { prompt: 'Thank you' }, { 'Idempotency-Key': 'order-1' });
    expect(other.status).toBe(202);
    expect(other.body.task_id).not.toBe(first.body.task_id);
    expect(other.headers.get('idempotent-replayed')).toBeNull();
    const spoofed = await create(bob, { prompt: 'Hi', user_id: 'alice' });
    expect(spoofed.status).toBe(400);
    expect(errorOf(spoofed.body).details?.[0]?.field).toBe('user_id');
  });

  it('streams events with a short-lived stream token instead of the key in the URL', async () => {
    const id = String((await create(alice, { prompt: 'Bon voyage' })).body.task_id);
    const issued = await call('/api/v1/stream-tokens', alice, { method: 'POST' });
    expect(issued.status).toBe(201);
    const token = String(issued.body.token);
    const stream = await readSse(`${system.baseUrl}/api/v1/postcards/${id}/events?token=${encodeURIComponent(token)}`, { timeoutMs: 60_000 });
    expect(stream.status).toBe(200);
    const result = stream.events.find((e) => e.event === 'result');
    // The worker published paths; the API delivering the event signs them.
    expect(result?.data).toMatchObject({ preview_url: expect.stringMatching(/\/preview\/[\w-]+\?sig=\d+\.[\w-]+$/), image_url: expect.stringMatching(/\?sig=/) });
    expect((await fetch(String(result?.data.preview_url))).status).toBe(200);
    const bobs = String((await call('/api/v1/stream-tokens', bob, { method: 'POST' })).body.token);
    expect((await readSse(`${system.baseUrl}/api/v1/postcards/${id}/events?token=${encodeURIComponent(bobs)}`, { timeoutMs: 5000 })).status).toBe(404);
    expect((await readSse(`${system.baseUrl}/api/v1/postcards/${id}/events?token=forged.0.AAAA`, { timeoutMs: 5000 })).status).toBe(401);

    // WebSocket: no credentials, no socket; with a token, only the user's own postcards are followed.
    const refused = await new Promise<number>((resolve) => {
      const socket = new WebSocket(`${system.baseUrl.replace('http', 'ws')}/ws`);
      socket.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
      socket.on('open', () => resolve(101));
    });
    expect(refused).toBe(401);
  });

  it('manages keys through the admin API: create, list, revoke, and a revoked key stops at once', async () => {
    expect((await call('/api/v1/admin/keys', alice)).status).toBe(401);
    const made = await call('/api/v1/admin/keys', admin, { method: 'POST', body: JSON.stringify({ user: 'carol', scopes: ['postcards:read'], expires: '30d' }) });
    expect(made.status).toBe(201);
    expect(String(made.body.key)).toMatch(/^pk_live_[A-Za-z0-9_-]{43}$/);
    const carol = String(made.body.key);
    expect((await call('/api/v1/postcards', carol)).status).toBe(200);
    const listed = await call('/api/v1/admin/keys?user=carol', admin);
    expect(listed.body.items).toEqual([expect.objectContaining({ id: made.body.id, user: 'carol', scopes: ['postcards:read'], revoked_at: null })]);
    expect(JSON.stringify(listed.body)).not.toContain(carol);
    expect((await call(`/api/v1/admin/keys/${String(made.body.id)}`, admin, { method: 'DELETE' })).status).toBe(200);
    expect((await call('/api/v1/postcards', carol)).status).toBe(401);
    const stored = await system.query<{ hash: string }>('SELECT hash FROM api_keys');
    expect(stored.map((r) => r.hash).join()).not.toContain(carol);
  });

  it('refuses an expired key', async () => {
    const expired = await keys.createKey({ user: 'dave', scopes: ['postcards:read'], kind: 'live', expiresAt: new Date(Date.now() + 50) });
    await system.query(`UPDATE api_keys SET expires_at = now() - interval '1 second' WHERE id = $1`, [expired.id]);
    expect((await call('/api/v1/postcards', expired.key)).status).toBe(401);
  });
});

describe('choosing the auth mode', () => {
  const base = { DATABASE_URL: 'postgresql://x@127.0.0.1/x' };
  it('defaults to keys in production and open elsewhere, on loopback', () => {
    expect(loadConfig({ ...base, NODE_ENV: 'production' }).auth.mode).toBe('keys');
    const dev = loadConfig(base);
    expect([dev.auth.mode, dev.http.host]).toEqual(['open', '127.0.0.1']);
  });
  it('refuses an open API on a public address unless AUTH_MODE=open is written out', () => {
    expect(() => loadConfig({ ...base, HOST: '0.0.0.0' })).toThrow(ConfigError);
    expect(() => loadConfig({ ...base, HOST: '0.0.0.0' })).toThrow(/AUTH_MODE/);
    expect(loadConfig({ ...base, HOST: '0.0.0.0', AUTH_MODE: 'open' }).auth.mode).toBe('open');
    expect(loadConfig({ ...base, HOST: '0.0.0.0', NODE_ENV: 'production' }).auth.mode).toBe('keys');
  });
});
