import { runInNewContext } from 'node:vm';
import { gunzipSync } from 'node:zlib';
import { foreignErrorResponse, isDependencyDown } from '../../src/http/error-kinds';
import { jsonDepth, unsafeTextIssues } from '../../src/http/json-input';

/** An array nested `depth` levels, built without recursion (as JSON.parse would). */
function deepArray(depth: number): unknown {
  let value: unknown = [];
  for (let i = 1; i < depth; i += 1) value = [value];
  return value;
}

/** What http-errors' createError(400, error) does to a library's error: it keeps it and adds the status. */
function withStatus<E extends object>(error: E, status: number): E & { status: number } {
  return Object.assign(error, { status });
}

/** What `run` throws; an object, not necessarily an Error of this realm (jest runs tests in a VM context; Node's zlib does not). */
function thrownBy(run: () => unknown): object {
  try {
    run();
  } catch (error) {
    if (typeof error === 'object' && error !== null) return error;
  }
  throw new Error('expected a throw of an object');
}

describe('jsonDepth', () => {
  it('counts levels of objects and arrays', () => {
    expect([jsonDepth('x'), jsonDepth(null), jsonDepth({}), jsonDepth({ a: [1, { b: [] }] })]).toEqual([0, 0, 1, 4]);
  });

  it('walks 100,000 levels without overflowing the stack, which JSON.stringify cannot', () => {
    const deep = deepArray(100_000);
    expect(() => JSON.stringify(deep)).toThrow(RangeError);
    expect(jsonDepth(deep)).toBe(100_000);
  });

  it('stops once past the limit', () => {
    expect(jsonDepth(deepArray(100_000), 10)).toBe(11);
  });
});

describe('unsafeTextIssues', () => {
  it('finds NUL and unpaired surrogates in values and keys, named as parseRequest names fields, in document order', () => {
    const value = { ok: 'fine 👍', prompt: 'a\u0000', metadata: { list: ['x', '\ud800'], ['k\udc00']: 1 } };
    expect(unsafeTextIssues(value, 'body')).toEqual([
      { field: 'prompt', message: 'must not contain the NUL character (\\u0000)' },
      { field: 'metadata.k\udc00', message: 'is not a usable field name: must be valid Unicode (it has an unpaired surrogate)' },
      { field: 'metadata.list.1', message: 'must be valid Unicode (it has an unpaired surrogate)' },
    ]);
  });

  it('names the part for a bare string, and passes clean input', () => {
    expect(unsafeTextIssues('\u0000', 'body').map((i) => i.field)).toEqual(['body']);
    expect(unsafeTextIssues({ a: ['b', { c: 'd\ud83d\udc4d' }], n: 1, z: null }, 'body')).toEqual([]);
  });

  it('reports a bounded number of issues, and copes with depth', () => {
    expect(unsafeTextIssues(Array.from({ length: 1000 }, () => '\u0000'), 'body')).toHaveLength(10);
    let deep: unknown = ['\u0000'];
    for (let i = 0; i < 50_000; i += 1) deep = [deep];
    expect(unsafeTextIssues(deep, 'body')[0]?.field).toMatch(/^(0\.){50000}0$/);
  });
});

describe('what errors from outside our code mean for the client', () => {
  it('a path parameter with a malformed percent-escape (the router\'s URIError) is a 400', () => {
    const error = withStatus(thrownBy(() => decodeURIComponent('%E0%A4%A')), 400);
    expect(foreignErrorResponse(error)).toMatchObject({ status: 400, body: { code: 'invalid_path' } });
  });

  it('a body its decompressor refuses is a 400 naming the body', () => {
    const error = withStatus(thrownBy(() => gunzipSync(Buffer.from('{"prompt":"not gzip"}'))), 400);
    expect(foreignErrorResponse(error)).toMatchObject({ status: 400, body: { code: 'invalid_encoding', details: [{ field: 'body' }] } });
  });

  it('body-parser\'s typed errors keep their meaning', () => {
    expect(foreignErrorResponse(Object.assign(new Error('x'), { status: 400, type: 'entity.parse.failed' }))?.body.code).toBe('invalid_json');
    expect(foreignErrorResponse(Object.assign(new Error('x'), { status: 415, type: 'encoding.unsupported' }))?.status).toBe(415);
  });

  it('input PostgreSQL refused is a 400, and never an outage', () => {
    for (const error of [
      Object.assign(new Error('invalid input syntax for type uuid'), { code: 'P2007' }),
      Object.assign(new Error('db error'), { code: 'P2039', meta: { driverAdapterError: { cause: { originalCode: '22021' } } } }),
      Object.assign(new Error('raw pg'), { code: '22P02' }),
    ]) {
      expect(isDependencyDown(error)).toBe(false);
      expect(foreignErrorResponse(error)).toMatchObject({ status: 400, body: { code: 'invalid_input' } });
    }
  });

  it('an outage is still a 503, and anything else a bug of ours (null: a 500)', () => {
    expect(foreignErrorResponse(Object.assign(new Error("Can't reach database server"), { code: 'P1001' }))?.status).toBe(503);
    expect(foreignErrorResponse(Object.assign(new Error('connect'), { code: 'ECONNREFUSED' }))?.status).toBe(503);
    // pg-pool, every connection busy past its connect timeout (a burst on a small DATABASE_POOL_SIZE).
    expect(foreignErrorResponse(new Error('timeout exceeded when trying to connect'))?.status).toBe(503);
    // pg unwrapped (the store's prepared statements): a database host that is gone, a dropped or timed-out connection.
    for (const code of ['ENOTFOUND', 'EAI_AGAIN', 'ECONNRESET', 'ETIMEDOUT']) {
      expect(foreignErrorResponse(Object.assign(new Error(`getaddrinfo ${code} postgres`), { code }))?.status).toBe(503);
    }
    expect(foreignErrorResponse(new Error('Connection terminated unexpectedly'))?.status).toBe(503);
    // A Redis Cluster in a failover window, after ioredis's retries.
    expect(foreignErrorResponse(new Error('Too many Cluster redirections. Last error: ReplyError: CLUSTERDOWN The cluster is down'))?.status).toBe(503);
    // An error made in another realm (Node's core, seen from jest's vm context) is still an error.
    const foreign: unknown = runInNewContext('Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" })');
    expect(foreign instanceof Error).toBe(false);
    expect(foreignErrorResponse(foreign)?.status).toBe(503);
    expect(foreignErrorResponse(new Error('Connection terminated due to connection timeout'))?.status).toBe(503);
    // Prisma, no connection free to start a transaction on (the chaos suite's burst of keyed creates).
    const noTransaction = 'Transaction API error: Unable to start a transaction in the given time.';
    expect(foreignErrorResponse(Object.assign(new Error(noTransaction), { code: 'P2028' }))?.status).toBe(503);
    expect(foreignErrorResponse(Object.assign(new Error('Transaction API error: Transaction already closed'), { code: 'P2028' }))).toBeNull();
    expect(foreignErrorResponse(Object.assign(new Error('unique'), { code: 'P2002' }))).toBeNull();
    expect(foreignErrorResponse(new TypeError('x is undefined'))).toBeNull();
  });
});
