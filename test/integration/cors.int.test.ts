import { startTestSystem, type TestSystem } from '../support/test-system';

/**
 * CORS_ORIGINS lets pages on other origins call the public API (issue 14,
 * part 3): listed origins by name, or any origin with `*`. Never with
 * credentials, never on an operator surface, and with `*` a cross-site
 * request still never rides what the browser attaches by itself.
 */
const APP = 'https://studio.example.com';
const EVIL = 'https://evil.example';
const BASIC = `Basic ${Buffer.from('ops:correct horse battery').toString('base64')}`;

async function send(baseUrl: string, method: string, path: string, headers: Record<string, string>, body?: string) {
  const response = await fetch(`${baseUrl}${path}`, { method, headers, ...(body === undefined ? {} : { body }) });
  const text = await response.text();
  const json = response.headers.get('content-type')?.startsWith('application/json') === true ? (JSON.parse(text) as Record<string, unknown>) : {};
  return { status: response.status, headers: response.headers, json, code: (json.error as { code?: string } | undefined)?.code };
}

/** The Access-Control-* headers of a response (and Vary), by name. */
function corsHeaders(headers: Headers): Record<string, string> {
  return Object.fromEntries([...headers].filter(([name]) => name.startsWith('access-control-') || name === 'vary'));
}

const preflight = (origin: string, method = 'POST', requested = 'content-type,authorization,idempotency-key') => ({
  origin,
  'access-control-request-method': method,
  'access-control-request-headers': requested,
});
const prompt = JSON.stringify({ prompt: 'Happy birthday, Sam' });

describe('CORS for listed origins', () => {
  let system: TestSystem;
  beforeAll(async () => {
    system = await startTestSystem({ workers: false, env: { CORS_ORIGINS: APP } });
  });
  afterAll(() => system.close());

  it('answers a preflight from a listed origin with its origin, our methods and headers, a max-age, and no credentials', async () => {
    const res = await send(system.baseUrl, 'OPTIONS', '/api/v1/postcards/create', preflight(APP));
    expect(res.status).toBe(204);
    const cors = corsHeaders(res.headers);
    expect(cors['access-control-allow-origin']).toBe(APP);
    expect(cors['vary']).toContain('Origin');
    expect(cors['access-control-allow-methods']?.split(',')).toEqual(expect.arrayContaining(['GET', 'POST']));
    expect(cors['access-control-allow-headers']?.toLowerCase().split(',')).toEqual(
      expect.arrayContaining(['content-type', 'authorization', 'idempotency-key', 'last-event-id']),
    );
    expect(Number(cors['access-control-max-age'])).toBeGreaterThan(0);
    expect(cors['access-control-allow-credentials']).toBeUndefined();
  });

  it('lets a listed origin read a create, a status and an error', async () => {
    const created = await send(system.baseUrl, 'POST', '/api/v1/postcards/create', { origin: APP, 'content-type': 'application/json' }, prompt);
    expect(created.status).toBe(202);
    expect(corsHeaders(created.headers)).toMatchObject({ 'access-control-allow-origin': APP });
    expect(created.headers.get('access-control-expose-headers')).toContain('Location');
    const status = await send(system.baseUrl, 'GET', `/api/v1/postcards/status/${String(created.json.task_id)}`, { origin: APP });
    expect([status.status, status.headers.get('access-control-allow-origin')]).toEqual([200, APP]);
    const missing = await send(system.baseUrl, 'GET', '/api/v1/postcards/status/8d3c3f5e-0d7b-4a53-9a43-2f6f3c0f1a11', { origin: APP });
    expect([missing.status, missing.headers.get('access-control-allow-origin')]).toEqual([404, APP]);
  });

  it('gives an origin not listed no CORS headers at all, and its preflight nothing to go on', async () => {
    const answer = await send(system.baseUrl, 'OPTIONS', '/api/v1/postcards/create', preflight(EVIL));
    expect(answer.status).toBe(204);
    expect(Object.keys(corsHeaders(answer.headers))).toEqual(['vary']);
    const read = await send(system.baseUrl, 'GET', '/api/v1/postcards', { origin: EVIL });
    expect([read.status, read.headers.get('access-control-allow-origin')]).toEqual([200, null]);
    expect(read.headers.get('vary')).toContain('Origin');
    // And the cross-site guard still refuses its writes.
    const write = await send(system.baseUrl, 'POST', '/api/v1/postcards/create', { origin: EVIL, 'content-type': 'application/json' }, prompt);
    expect([write.status, write.code]).toEqual([403, 'cross_site_request']);
  });

  it('keeps operator surfaces out of CORS, even for a listed origin', async () => {
    for (const path of ['/api/v1/stats', '/api/v1/admin/keys', '/metrics', '/admin/queues/api/queues']) {
      const res = await send(system.baseUrl, 'OPTIONS', path, preflight(APP, 'GET'));
      expect([path, res.headers.get('access-control-allow-origin')]).toEqual([path, null]);
    }
  });
});

describe('CORS_ORIGINS=*', () => {
  let system: TestSystem;
  beforeAll(async () => {
    system = await startTestSystem({ workers: false, env: { CORS_ORIGINS: '*', ADMIN_USER: 'ops', ADMIN_PASSWORD: 'correct horse battery' } });
  });
  afterAll(() => system.close());
  const count = async () => Number((await system.query<{ n: string }>('SELECT count(*) AS n FROM postcards'))[0]?.n);

  it('answers every origin with *, never with credentials', async () => {
    const answer = await send(system.baseUrl, 'OPTIONS', '/api/v1/postcards/create', preflight(EVIL));
    expect(answer.status).toBe(204);
    expect(corsHeaders(answer.headers)).toMatchObject({ 'access-control-allow-origin': '*' });
    expect(answer.headers.get('access-control-allow-credentials')).toBeNull();
    const read = await send(system.baseUrl, 'GET', '/api/v1/postcards', { origin: EVIL });
    expect([read.status, read.headers.get('access-control-allow-origin'), read.headers.get('access-control-allow-credentials')]).toEqual([200, '*', null]);
  });

  it("lets another site's page create with a JSON body (a request the browser had to preflight)", async () => {
    const created = await send(system.baseUrl, 'POST', '/api/v1/postcards/create', { origin: EVIL, 'sec-fetch-site': 'cross-site', 'content-type': 'application/json' }, prompt);
    expect([created.status, created.headers.get('access-control-allow-origin')]).toEqual([202, '*']);
  });

  it('refuses what a page can send without a preflight: a text/plain or form POST may carry cached credentials', async () => {
    const before = await count();
    for (const type of ['text/plain;charset=UTF-8', 'application/x-www-form-urlencoded']) {
      const res = await send(system.baseUrl, 'POST', '/api/v1/postcards/create', { origin: EVIL, 'content-type': type }, prompt);
      expect([type, res.status, res.code]).toEqual([type, 403, 'cross_site_request']);
    }
    const cancel = await send(system.baseUrl, 'POST', '/api/v1/postcards/8d3c3f5e-0d7b-4a53-9a43-2f6f3c0f1a11/cancel', { origin: EVIL });
    expect([cancel.status, cancel.code]).toEqual([403, 'cross_site_request']);
    expect(await count()).toBe(before);
  });

  it('refuses a cross-site request carrying a cookie or Basic credentials, whatever its type', async () => {
    const before = await count();
    for (const extra of [{ authorization: BASIC }, { cookie: 'session=1' }]) {
      const res = await send(system.baseUrl, 'POST', '/api/v1/postcards/create', { origin: EVIL, 'content-type': 'application/json', ...extra }, prompt);
      expect([Object.keys(extra)[0], res.status, res.code]).toEqual([Object.keys(extra)[0], 403, 'cross_site_request']);
    }
    expect(await count()).toBe(before);
  });

  it("never lets another site reach an operator surface with the admin's cached Basic login", async () => {
    // No preflight to them succeeds, so a browser sends nothing but simple requests there; those the guard refuses.
    expect((await send(system.baseUrl, 'OPTIONS', '/api/v1/admin/keys', preflight(EVIL))).headers.get('access-control-allow-origin')).toBeNull();
    const key = await send(system.baseUrl, 'POST', '/api/v1/admin/keys', { origin: EVIL, 'content-type': 'text/plain', authorization: BASIC }, JSON.stringify({ user: 'mallory', scopes: ['admin'] }));
    expect([key.status, key.code]).toEqual([403, 'cross_site_request']);
    // Even a request that looks preflighted is refused off the public API's paths.
    const json = await send(system.baseUrl, 'POST', '/api/v1/admin/keys', { origin: EVIL, 'content-type': 'application/json' }, JSON.stringify({ user: 'mallory', scopes: ['admin'] }));
    expect([json.status, json.code]).toEqual([403, 'cross_site_request']);
    const pause = await send(system.baseUrl, 'PUT', '/admin/queues/api/queues/concept/pause', { origin: EVIL, authorization: BASIC });
    expect([pause.status, pause.code]).toEqual([403, 'cross_site_request']);
    expect(await system.queues.concept.isPaused()).toBe(false);
    expect(await system.query('SELECT 1 FROM users WHERE name = $1', ['mallory'])).toEqual([]);
  });

  it('still lets same-origin pages and non-browser clients through as before', async () => {
    const own = await send(system.baseUrl, 'POST', '/api/v1/postcards/create', { origin: system.baseUrl, 'content-type': 'text/plain;charset=UTF-8' }, prompt);
    expect(own.status).toBe(202);
    expect((await send(system.baseUrl, 'POST', '/api/v1/postcards/create', { 'content-type': 'text/plain' }, prompt)).status).toBe(202);
  });
});
