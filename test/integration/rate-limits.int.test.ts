import { createKeyStore } from '../../src/auth/key-store';
import { errorOf } from '../support/postcard-api';
import { startTestSystem, type TestSystem } from '../support/test-system';

/** POST to one system, with an API key or none (open mode) and any extra headers. */
async function post(system: TestSystem, path: string, key: string | undefined, headers: Record<string, string> = {}) {
  const response = await fetch(`${system.baseUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key === undefined ? {} : { authorization: `Bearer ${key}` }), ...headers },
    body: JSON.stringify({ prompt: 'Happy birthday, Sarah' }),
  });
  const body = (await response.json()) as Record<string, unknown>;
  return { status: response.status, headers: response.headers, body };
}
type Reply = Awaited<ReturnType<typeof post>>;
const statuses = (replies: readonly Reply[]) => replies.map((r) => r.status).sort();

describe('rate limits shared by two API processes through Redis (AUTH_MODE=keys)', () => {
  const LIMITS = { AUTH_MODE: 'keys', RATE_LIMIT_CREATE_PER_MINUTE: '5', RATE_LIMIT_CANCEL_PER_MINUTE: '2', RATE_LIMIT_RETRY_PER_MINUTE: '2' };
  let one: TestSystem;
  let two: TestSystem;
  const key = async (user: string, scopes: Array<'postcards:write' | 'postcards:read' | 'admin'> = ['postcards:write', 'postcards:read']) =>
    (await createKeyStore(one.services.db, () => undefined).createKey({ user, scopes, kind: 'test', expiresAt: null })).key;

  beforeAll(async () => {
    one = await startTestSystem({ workers: false, env: LIMITS });
    // A second API process of the same deployment: the same database, Redis and QUEUE_PREFIX.
    two = await startTestSystem({ workers: false, databaseUrl: one.database.url, env: { ...LIMITS, QUEUE_PREFIX: one.config.queuePrefix } });
  });
  afterAll(async () => {
    await two.close();
    await one.close();
  });

  it('counts a key\'s creates across both processes, with draft-8 headers and Retry-After', async () => {
    const alice = await key('alice');
    const first = await post(one, '/api/v1/postcards', alice);
    expect(first.status).toBe(202);
    expect(first.headers.get('ratelimit')).toBe('"create"; r=4; t=60');
    expect(first.headers.get('ratelimit-policy')).toMatch(/^"create"; q=5; w=60; pk=:[A-Za-z0-9+/=]+:$/);
    for (const system of [two, one, two]) expect((await post(system, '/api/v1/postcards/create', alice)).status).toBe(202);
    expect((await post(two, '/api/v1/postcards', alice)).headers.get('ratelimit')).toMatch(/^"create"; r=0; t=\d+$/);

    const refused = await post(one, '/api/v1/postcards', alice);
    expect([refused.status, errorOf(refused.body).code]).toEqual([429, 'rate_limited']);
    expect(errorOf(refused.body).message).toMatch(/at most 5 a minute per API key/);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(Number((await one.query<{ n: string }>('SELECT count(*) AS n FROM postcards'))[0]?.n)).toBe(5);

    // Another key, even of the same user, has a count of its own.
    expect((await post(two, '/api/v1/postcards', await key('alice'))).status).toBe(202);
  });

  it('holds under concurrent requests spread over both processes', async () => {
    const bob = await key('bob');
    const replies = await Promise.all(Array.from({ length: 20 }, (_, i) => post(i % 2 === 0 ? one : two, '/api/v1/postcards', bob)));
    expect(statuses(replies)).toEqual([...Array<number>(5).fill(202), ...Array<number>(15).fill(429)]);
  });

  it('limits cancel and retry on counts of their own, whatever they answer', async () => {
    const carol = await key('carol');
    const id = String((await post(one, '/api/v1/postcards', carol)).body.task_id);
    const cancels = [await post(one, `/api/v1/postcards/${id}/cancel`, carol), await post(two, `/api/v1/postcards/${id}/cancel`, carol)];
    expect(cancels.map((r) => r.status)).toEqual([200, 409]);
    const third = await post(one, `/api/v1/postcards/${id}/cancel`, carol);
    expect([third.status, errorOf(third.body).code]).toEqual([429, 'rate_limited']);
    expect(third.headers.get('ratelimit')).toMatch(/^"cancel"; r=0; t=\d+$/);
    expect(errorOf(third.body).message).toMatch(/Too many cancel requests/);

    expect((await post(two, `/api/v1/postcards/${id}/retry`, carol)).status).toBe(202);
    expect((await post(one, `/api/v1/postcards/${id}/retry`, carol)).status).toBe(409);
    expect(errorOf((await post(two, `/api/v1/postcards/${id}/retry`, carol)).body).code).toBe('rate_limited');
  });

  it('lets admin keys past (LIMITS_EXEMPT_ADMIN), without rate limit headers', async () => {
    const ops = await key('ops', ['admin']);
    const replies = await Promise.all(Array.from({ length: 8 }, () => post(one, '/api/v1/postcards', ops)));
    expect(statuses(replies)).toEqual(Array<number>(8).fill(202));
    expect(replies[0]?.headers.get('ratelimit')).toBeNull();
  });
});

describe('TRUST_PROXY decides which address open mode counts, so X-Forwarded-For cannot dodge a limit', () => {
  const systems: TestSystem[] = [];
  const start = async (trustProxy: string) => {
    const system = await startTestSystem({ workers: false, env: { AUTH_MODE: 'open', RATE_LIMIT_CREATE_PER_MINUTE: '2', TRUST_PROXY: trustProxy } });
    systems.push(system);
    return (forwardedFor?: string) => post(system, '/api/v1/postcards', undefined, forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor });
  };
  afterAll(async () => {
    for (const system of systems) await system.close();
  });

  it('with a hop count, counts the address our one proxy saw, whatever the client wrote before it', async () => {
    const create = await start('1');
    expect((await create('203.0.113.7')).status).toBe(202);
    expect((await create('198.51.100.1, 203.0.113.7')).status).toBe(202);
    // A forged entry to the left changes nothing: the proxy appended the real address last.
    expect((await create('192.0.2.99, 203.0.113.7')).status).toBe(429);
    expect((await create('203.0.113.8')).status).toBe(202);
  });

  it('with trusted subnets, counts the first address outside them', async () => {
    const create = await start('loopback, 10.0.0.0/8');
    expect((await create('203.0.113.7, 10.1.2.3')).status).toBe(202);
    expect((await create('192.0.2.1, 203.0.113.7, 10.9.9.9')).status).toBe(202);
    expect((await create('192.0.2.2, 203.0.113.7, 10.1.2.3')).status).toBe(429);
  });

  it('with false, ignores X-Forwarded-For altogether', async () => {
    const create = await start('false');
    expect((await create('203.0.113.1')).status).toBe(202);
    expect((await create('203.0.113.2')).status).toBe(202);
    expect((await create('203.0.113.3')).status).toBe(429);
  });
});
