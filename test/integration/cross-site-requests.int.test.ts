import { startTestSystem, type TestSystem } from '../support/test-system';

/**
 * State-changing requests from another site's pages are refused; those of
 * this service's own origin, of CORS_ORIGINS, and of clients that are not
 * browsers (no Origin, no Sec-Fetch-Site) pass.
 */
describe('cross-site request refusal', () => {
  const APP = 'https://app.example.com';
  const EVIL = 'https://evil.example';
  let system: TestSystem;
  beforeAll(async () => {
    system = await startTestSystem({ workers: false, env: { CORS_ORIGINS: `${APP}, http://localhost:5173`, ADMIN_TOKEN: 'operator-token-0123456789' } });
  });
  afterAll(() => system.close());

  async function send(method: string, path: string, headers: Record<string, string>, body?: string) {
    const response = await fetch(`${system.baseUrl}${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...headers },
      ...(body === undefined ? {} : { body }),
    });
    const text = await response.text();
    const json = response.headers.get('content-type')?.startsWith('application/json') === true ? (JSON.parse(text) as Record<string, unknown>) : {};
    return { status: response.status, json, error: json.error as { code: string; message: string } | undefined };
  }
  const create = (headers: Record<string, string>) => send('POST', '/api/v1/postcards', headers, JSON.stringify({ prompt: 'Happy birthday, Sam' }));
  const count = async () => Number((await system.query<{ n: string }>('SELECT count(*) AS n FROM postcards'))[0]?.n);

  it('refuses a create from another site with 403 JSON naming the reason, and writes nothing', async () => {
    const before = await count();
    const foreign = await create({ origin: EVIL });
    expect([foreign.status, foreign.error?.code]).toEqual([403, 'cross_site_request']);
    expect(foreign.error?.message).toContain(`Origin ${EVIL}`);
    const marked = await create({ 'sec-fetch-site': 'cross-site' });
    expect([marked.status, marked.error?.message]).toEqual([403, expect.stringContaining('cross-site and sent no Origin')]);
    // Sandboxed frames (the preview page among them) send Origin: null.
    expect((await create({ origin: 'null' })).status).toBe(403);
    // A sibling subdomain is another origin too.
    expect((await create({ origin: APP.replace('app.', 'other.'), 'sec-fetch-site': 'same-site' })).status).toBe(403);
    expect(await count()).toBe(before);
  });

  it('lets through its own origin, CORS_ORIGINS, and clients that are not browsers', async () => {
    expect((await create({ origin: system.baseUrl, 'sec-fetch-site': 'same-origin' })).status).toBe(202);
    expect((await create({ origin: APP, 'sec-fetch-site': 'cross-site' })).status).toBe(202);
    expect((await create({ origin: 'http://localhost:5173' })).status).toBe(202);
    expect((await create({})).status).toBe(202);
  });

  it("accepts the design document's same-origin text/plain create, and refuses the same from another site", async () => {
    // fetch(url, { method: 'POST', body: JSON.stringify(...) }) sends text/plain;charset=UTF-8, with no preflight.
    const res = await send('POST', '/api/v1/postcards/create', { 'content-type': 'text/plain;charset=UTF-8', origin: system.baseUrl, 'sec-fetch-site': 'same-origin' }, JSON.stringify({ prompt: 'Hi' }));
    expect([res.status, res.json.status]).toEqual([202, 'PENDING']);
    // The same request from another site is exactly what this check exists for.
    const foreign = await send('POST', '/api/v1/postcards/create', { 'content-type': 'text/plain;charset=UTF-8', origin: EVIL, 'sec-fetch-site': 'cross-site' }, JSON.stringify({ prompt: 'Hi' }));
    expect([foreign.status, foreign.error?.code]).toEqual([403, 'cross_site_request']);
  });

  it('guards cancel, retry and every other unsafe method, but not reads', async () => {
    const created = await create({});
    const id = String(created.json.task_id);
    expect((await send('POST', `/api/v1/postcards/${id}/cancel`, { origin: EVIL })).status).toBe(403);
    expect((await send('GET', `/api/v1/postcards/${id}`, { origin: EVIL, 'sec-fetch-site': 'cross-site' })).json.status).toBe('PENDING');
    for (const method of ['PUT', 'PATCH', 'DELETE']) expect([method, (await send(method, `/api/v1/postcards/${id}`, { origin: EVIL })).status]).toEqual([method, 403]);
    expect((await send('POST', `/api/v1/postcards/${id}/cancel`, { origin: system.baseUrl })).json.status).toBe('CANCELLED');
  });

  it("refuses another site's page pressing Bull Board's buttons with the admin's credentials", async () => {
    const res = await send('PUT', '/admin/queues/api/queues/concept/pause', { origin: EVIL, authorization: 'Bearer operator-token-0123456789' });
    expect([res.status, res.error?.code]).toEqual([403, 'cross_site_request']);
    expect(await system.queues.concept.isPaused()).toBe(false);
  });
});
