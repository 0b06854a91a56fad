import { brotliCompressSync, gzipSync } from 'node:zlib';
import { foreignErrorResponse, isDependencyDown } from '../../src/http/error-kinds';
import { CreatedResponseSchema, ListPageSchema } from '../../src/postcards/postcard-responses';
import { errorOf } from '../support/postcard-api';
import { jsonOf, sendRaw, type RawRequest, type RawResponse } from '../support/raw-request';
import { startTestSystem, type TestSystem } from '../support/test-system';

/** Every table a request could write. */
const TABLES = ['postcards', 'step_runs', 'idempotency_keys', 'api_keys', 'users'] as const;

const json = (body: unknown, headers: Record<string, string> = {}) => ({ headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
const post = (path: string, init: { headers: Record<string, string>; body: string | Uint8Array }): RawRequest => ({ method: 'POST', path, ...init });
const get = (path: string): RawRequest => ({ method: 'GET', path });
const cursor = (text: string) => Buffer.from(text).toString('base64url');

/**
 * Issue 13, item 5: a probe of 1,000 malformed requests got 62 answers of 5xx.
 * Each kind it found is here; test/integration/input-fuzz.int.test.ts looks for more.
 */
describe('every bad input is a 4xx and writes nothing', () => {
  let system: TestSystem;
  let taskIds: string[];
  beforeAll(async () => {
    system = await startTestSystem({ workers: false });
    taskIds = [];
    for (const prompt of ['first', 'second']) {
      const created = await sendRaw(system.baseUrl, post('/api/v1/postcards', json({ prompt })));
      taskIds.push(CreatedResponseSchema.parse(jsonOf(created)).task_id);
    }
    // The counting below sees the rows there are, so that "unchanged" means something.
    expect(await rows()).toMatchObject({ postcards: 2, queued: 2 });
  });
  afterAll(async () => {
    await system.close();
  });

  async function rows(): Promise<Record<string, number>> {
    const [counts = {}] = await system.query<Record<string, string>>(`SELECT ${TABLES.map((t) => `(SELECT count(*) FROM ${t}) AS ${t}`).join(', ')}`);
    const queued = (await system.queues.concept.getJobCounts('wait')).wait ?? 0;
    return { ...Object.fromEntries(Object.entries(counts).map(([table, n]) => [table, Number(n)])), queued };
  }

  /** Sends `req`, expects the status and error code (and the field named, if given), and no row or job written. */
  async function expectRejected(req: RawRequest, status: number, code: string, field?: string): Promise<RawResponse> {
    const before = await rows();
    const res = await sendRaw(system.baseUrl, req);
    expect({ request: `${req.method} ${req.path}`, status: res.status }).toEqual({ request: `${req.method} ${req.path}`, status });
    const error = errorOf(jsonOf(res));
    expect(error.code).toBe(code);
    if (field !== undefined) expect(error.details?.map((d) => d.field)).toContain(field);
    expect(await rows()).toEqual(before);
    return res;
  }

  describe('a malformed percent-escape in a route parameter is a 400', () => {
    const routes = (p: string): RawRequest[] => [
      get(`/api/v1/postcards/status/${p}`),
      get(`/api/v1/postcards/${p}`),
      { method: 'POST', path: `/api/v1/postcards/${p}/cancel` },
      { method: 'POST', path: `/api/v1/postcards/${p}/retry` },
      get(`/api/v1/postcards/${p}/events`),
      get(`/preview/${p}`),
      get(`/api/v1/assets/${p}`),
      { method: 'DELETE', path: `/api/v1/admin/keys/${p}` },
    ];
    // A truncated sequence, a bare %, not hex, an overlong encoding, an encoded surrogate half.
    it.each(['%E0%A4%A', '%', '%ZZ', '%C0%AF', '%ED%A0%80'])('%s', async (escape) => {
      for (const req of routes(escape)) await expectRejected(req, 400, 'invalid_path', 'path');
    });
    it('and a NUL decoded from one is refused by name', async () => {
      await expectRejected(get('/api/v1/postcards/status/%00'), 400, 'validation_error', 'task_id');
    });
  });

  describe('a body that does not match its Content-Encoding', () => {
    const prompt = JSON.stringify({ prompt: 'compressed' });
    it.each([
      ['gzip', 'plain JSON', Buffer.from(prompt)],
      ['gzip', 'a truncated stream', gzipSync(prompt).subarray(0, 12)],
      ['deflate', 'garbage', Buffer.from('xxxxxxxx')],
      ['br', 'plain JSON', Buffer.from(prompt)],
      ['br', 'a truncated stream', brotliCompressSync(prompt).subarray(0, 4)],
    ])('%s with %s is a 400', async (encoding, _what, body) => {
      await expectRejected(post('/api/v1/postcards', { headers: { 'content-type': 'application/json', 'content-encoding': encoding }, body }), 400, 'invalid_encoding', 'body');
    });
    it.each(['compress', 'bogus', 'gzip, gzip'])('an encoding we do not take (%s) is a 415', async (encoding) => {
      await expectRejected(post('/api/v1/postcards', { headers: { 'content-type': 'application/json', 'content-encoding': encoding }, body: prompt }), 415, 'unsupported_encoding', 'body');
    });
    it('while a real gzip body is accepted', async () => {
      const res = await sendRaw(system.baseUrl, post('/api/v1/postcards', { headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' }, body: gzipSync(prompt) }));
      expect(res.status).toBe(202);
    });
  });

  describe('metadata nests at most 10 levels', () => {
    const nested = (depth: number) => `${'['.repeat(depth - 1)}${']'.repeat(depth - 1)}`;
    // 16,000 levels fit in the 32 KB body limit; JSON.stringify overflowed the stack at a few thousand.
    it.each([11, 100, 10_000, 16_000])('%d levels are a 400 naming metadata', async (depth) => {
      const body = `{"prompt":"deep","metadata":{"a":${nested(depth)}}}`;
      await expectRejected(post('/api/v1/postcards', { headers: { 'content-type': 'application/json' }, body }), 400, 'validation_error', 'metadata');
    });
    it('objects as deep as arrays', async () => {
      const body = `{"prompt":"deep","metadata":${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}}`;
      await expectRejected(post('/api/v1/postcards', { headers: { 'content-type': 'application/json' }, body }), 400, 'validation_error', 'metadata');
    });
    it('while 10 are accepted', async () => {
      const res = await sendRaw(system.baseUrl, post('/api/v1/postcards', { headers: { 'content-type': 'application/json' }, body: `{"prompt":"deep","metadata":{"a":${nested(10)}}}` }));
      expect(res.status).toBe(202);
    });
  });

  describe('a list cursor must be exactly one this API returned', () => {
    const id = '8d3c3f5e-0d7b-4a53-9a43-2f6f3c0f1a11';
    it.each([
      ['a task id of dashes', `2026-01-01T00:00:00.000Z|${'-'.repeat(36)}`],
      ['a task id of the right length that is no UUID', '2026-01-01T00:00:00.000Z|8d3c3f5e0d7b-4a53-9a43-2f6f3c0f1a11-'],
      ['year 0', `0000-01-01T00:00:00.000Z|${id}`],
      ['the earliest JS date', `-271821-04-20T00:00:00.000Z|${id}`],
      ['a six-digit year', `+275760-09-13T00:00:00.000Z|${id}`],
      ['a date that is only a number', `1|${id}`],
      ['February 30th', `2026-02-30T00:00:00.000Z|${id}`],
      ['hour 24', `2026-01-01T24:00:00.000Z|${id}`],
      ['a third part', `2026-01-01T00:00:00.000Z|${id}|x`],
      ['an upper-case task id', `2026-01-01T00:00:00.000Z|${id.toUpperCase()}`],
    ])('%s is a 400', async (_what, text) => {
      await expectRejected(get(`/api/v1/postcards?cursor=${cursor(text)}`), 400, 'validation_error', 'cursor');
    });
    it('while a real one pages on', async () => {
      const first = ListPageSchema.parse(jsonOf(await sendRaw(system.baseUrl, get('/api/v1/postcards?limit=1'))));
      expect(first.next_cursor).not.toBeNull();
      const next = await sendRaw(system.baseUrl, get(`/api/v1/postcards?limit=1&cursor=${first.next_cursor ?? ''}`));
      expect(next.status).toBe(200);
      expect(ListPageSchema.parse(jsonOf(next)).items[0]?.task_id).not.toBe(first.items[0]?.task_id);
    });
  });

  describe('NUL or a lone surrogate in any string is a 400 naming the field', () => {
    const bad = [
      ['NUL', 'a\u0000b'],
      ['a lone high surrogate', 'a\ud800b'],
      ['a lone low surrogate', '\udc00'],
    ] as const;
    const bodies = (text: string): Array<[string, Record<string, unknown>, string]> => [
      ['/api/v1/postcards', { prompt: text }, 'prompt'],
      ['/api/v1/postcards/create', { prompt: 'ok', style: text }, 'style'],
      ['/api/v1/postcards', { prompt: 'ok', theme: text }, 'theme'],
      ['/api/v1/postcards', { prompt: 'ok', user_id: text }, 'user_id'],
      ['/api/v1/postcards', { prompt: 'ok', strategy: text }, 'strategy'],
      ['/api/v1/postcards', { prompt: 'ok', metadata: { note: text } }, 'metadata.note'],
      ['/api/v1/postcards', { prompt: 'ok', metadata: { list: ['fine', text] } }, 'metadata.list.1'],
      ['/api/v1/postcards', { prompt: 'ok', metadata: { [`k${text}`]: 1 } }, `metadata.k${text}`],
      ['/api/v1/admin/keys', { user: text }, 'user'],
      ['/api/v1/admin/keys', { user: 'someone', expires: `2999-01-01${text}` }, 'expires'],
    ];
    it.each(bad)('%s in a body', async (_what, text) => {
      for (const [path, body, field] of bodies(text)) await expectRejected(post(path, json(body)), 400, 'validation_error', field);
    });
    it.each([
      ['/api/v1/postcards?user_id=%00', 'user_id'],
      ['/api/v1/postcards?cursor=%00', 'cursor'],
      ['/api/v1/admin/keys?user=a%00', 'user'],
      ['/api/v1/stats?window=1h%00', 'window'],
    ])('NUL in the query %s', async (path, field) => {
      await expectRejected(get(path), 400, 'validation_error', field);
    });
    it('NUL in the last_event_id of a stream that exists', async () => {
      await expectRejected(get(`/api/v1/postcards/${taskIds[0] ?? ''}/events?last_event_id=1-0%00`), 400, 'validation_error', 'last_event_id');
    });
  });

  describe('an Upgrade header on any path but /ws, or with any method but GET', () => {
    // Node hands such a request to the WebSocket server's 'upgrade' listener, never to Express; it used to get no answer at all.
    it.each([
      ['/api/v1/postcards', 'websocket'],
      ['/api/v1/postcards', 'h2c'],
      ['/ws/', 'websocket'],
      ['/healthz', 'websocket'],
    ])('%s (%s) is a 400, not a socket held open', async (path, protocol) => {
      const headers = { connection: 'Upgrade', upgrade: protocol, 'sec-websocket-version': '13', 'sec-websocket-key': 'dGhlIHNhbXBsZSBub25jZQ==' };
      await expectRejected({ method: 'GET', path, headers }, 400, 'upgrade_not_supported');
    });
    it.each(['POST', 'PUT'])('%s /ws is a 405', async (method) => {
      const headers = { connection: 'Upgrade', upgrade: 'websocket', 'sec-websocket-version': '13', 'sec-websocket-key': 'dGhlIHNhbXBsZSBub25jZQ==' };
      await expectRejected({ method, path: '/ws', headers }, 405, 'method_not_allowed');
    });
    it('HEAD is answered without a body, which the client could not parse', async () => {
      const headers = { connection: 'Upgrade', upgrade: 'websocket', 'sec-websocket-version': '13', 'sec-websocket-key': 'dGhlIHNhbXBsZSBub25jZQ==' };
      expect((await sendRaw(system.baseUrl, { method: 'HEAD', path: '/ws', headers })).status).toBe(405);
      expect((await sendRaw(system.baseUrl, { method: 'HEAD', path: '/healthz', headers })).status).toBe(400);
    });
  });

  it('a HEAD of an event stream is answered at once, not left waiting with a stream slot', async () => {
    const res = await sendRaw(system.baseUrl, { method: 'HEAD', path: `/api/v1/postcards/${taskIds[0] ?? ''}/events` }, 3000);
    expect([res.status, res.headers['content-type']]).toEqual([200, 'text/event-stream; charset=utf-8']);
  });

  describe('a value PostgreSQL refuses is the request\'s fault, never an outage', () => {
    // What validation now stops, sent to the database directly: the errors it really raises.
    const refused = async (query: () => Promise<unknown>) => {
      const error = await query().then(() => new Error('the database accepted it'), (e: unknown) => e);
      expect(isDependencyDown(error)).toBe(false);
      expect(foreignErrorResponse(error)).toMatchObject({ status: 400, body: { code: 'invalid_input' } });
    };
    it('NUL in text', async () => {
      await refused(() => system.services.db.user.findFirst({ where: { name: 'a\u0000b' } }));
    });
    it('a UUID column given something else', async () => {
      await refused(() => system.services.db.postcard.findMany({ where: { taskId: { lt: '-'.repeat(36) } } }));
    });
    it('a date out of range', async () => {
      await refused(() => system.services.db.postcard.findMany({ where: { createdAt: { lt: new Date('0000-01-01T00:00:00.000Z') } } }));
    });
  });

  it('a PostgreSQL that cannot serve (its backend shut down under us) is an outage: 503, so clients retry', async () => {
    // The backend ends itself, as an operator or a failover would: a real 57P01 through Prisma's adapter.
    const error = await system.services.db.$queryRawUnsafe('SELECT pg_terminate_backend(pg_backend_pid())').then(
      () => new Error('the backend survived'),
      (e: unknown) => e,
    );
    expect(foreignErrorResponse(error)).toMatchObject({ status: 503, body: { code: 'service_unavailable' } });
  });
});
