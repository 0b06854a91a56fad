import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import fc from 'fast-check';
import type { z } from 'zod';
import { NewKeyBodySchema } from '../../src/auth/key-requests';
import { BULL_BOARD_PATH } from '../../src/admin/bull-board';
import { ROUTE_ACCESS } from '../../src/http/route-access';
import { STRATEGIES } from '../../src/platform/generation-settings';
import { SignedLinkQuerySchema } from '../../src/postcards/postcard-openapi';
import { CreatePostcardBodySchema, ListPostcardsQuerySchema } from '../../src/postcards/postcard-schemas';
import { StatsQuerySchema } from '../../src/stats/stats-schemas';
import { arbitraryOf, fieldsOf, hostileUrlText, hostileValue, percentEncode, poisonedText } from './fuzz-values';
import type { RawRequest } from './raw-request';

/**
 * Requests for the input fuzz: every route of ROUTE_ACCESS (so a new route is
 * fuzzed as soon as it is declared) and a few the app does not own, each with
 * valid-ish inputs from its schemas and hostile mutations of them. A request
 * is generated as a plan, pure data fast-check can shrink; ids that must
 * exist (a postcard, a key, a list cursor) are picked from pools only when it
 * is sent, since the fuzz itself creates them.
 */

export type PoolName = 'task' | 'key' | 'cursor';
type Text = string | { readonly pool: PoolName; readonly index: number };
export type Pools = Readonly<Record<PoolName, readonly string[]>>;

const ENCODINGS = ['gzip', 'gzip-raw', 'deflate', 'deflate-raw', 'br', 'br-raw', 'zstd-raw', 'identity', 'bogus', 'gzip, gzip'] as const;
type Encoding = (typeof ENCODINGS)[number];

export interface RequestPlan {
  /** The ROUTE_ACCESS key (or the extra route) it was made for, to report by. */
  readonly route: string;
  readonly method: string;
  readonly path: readonly Text[];
  /** Already URL-encoded pairs, or a raw query string. */
  readonly query: ReadonlyArray<readonly [string, Text]> | string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: { readonly text: string | Uint8Array; readonly encoding?: Encoding };
}

const known = (pool: PoolName) => fc.nat().map((index): Text => ({ pool, index }));
const hex = (n: number) => fc.stringMatching(new RegExp(`^[0-9a-f]{${n}}$`));

/** Strings JSON Schema cannot describe (a transform's input), by field name. */
const HINTS = {
  strategy: fc.constantFrom(...STRATEGIES, 'quality_first', ' Cost ', 'cheapest'),
  expires: fc.constantFrom('30d', '12h', '45m', '0d', '99999d', '2999-01-01', '2000-01-01', 'tomorrow'),
  window: fc.constantFrom('15m', '1h', '24h', '7d', '30d', '31d', '0h', '1000000d', '1.5h'),
  cursor: fc.constantFrom('zzz', Buffer.from(`2026-01-01T00:00:00.000Z|${'-'.repeat(36)}`).toString('base64url'), ''),
  status: fc.constantFrom('PENDING', 'COMPLETED', 'done', 'pending'),
};

/** A body from `schema`: valid-ish, a field made hostile, a field dropped or added, or nothing like it. */
function bodyOf(schema: z.ZodType): fc.Arbitrary<unknown> {
  const valid = arbitraryOf(schema, HINTS);
  const fields = [...fieldsOf(schema), 'colour', '__proto__', 'constructor'];
  const asObject = valid.map((v) => (typeof v === 'object' && v !== null && !Array.isArray(v) ? { ...v } : {}));
  return fc.oneof(
    { weight: 3, arbitrary: valid },
    { weight: 4, arbitrary: fc.tuple(asObject, fc.constantFrom(...fields), hostileValue).map(([o, key, v]) => Object.defineProperty(o, key, { value: v, enumerable: true })) },
    { weight: 1, arbitrary: fc.tuple(asObject, fc.constantFrom(...fields)).map(([o, key]) => Object.fromEntries(Object.entries(o).filter(([k]) => k !== key))) },
    { weight: 1, arbitrary: hostileValue },
  );
}

/** JSON.stringify, except that a nested array too deep for it (fuzz-values' deepArray) is written by hand. */
function toJson(value: unknown): string {
  let depth = 0;
  for (let at: unknown = value; Array.isArray(at) && at.length <= 1; at = (at as unknown[])[0]) depth += 1;
  if (depth > 100) return `${'['.repeat(depth)}${']'.repeat(depth)}`;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return JSON.stringify(value) ?? '';
  return `{${Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}:${toJson(v)}`).join(',')}}`;
}

/** The bytes of a body: its JSON, cut short, other bytes entirely, or JSON that parsers disagree on. */
function bytesOf(body: fc.Arbitrary<unknown>): fc.Arbitrary<string | Uint8Array> {
  return fc.oneof(
    { weight: 8, arbitrary: body.map(toJson) },
    { weight: 1, arbitrary: fc.tuple(body.map(toJson), fc.nat()).map(([text, n]) => text.slice(0, n % (text.length + 1))) },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 64 }) },
    {
      weight: 1,
      arbitrary: fc.constantFrom('', '{', 'null', '{"prompt":"a"}{"prompt":"b"}', '{"prompt":"\\ud800"}', '{"prompt":"\\u0000"}', '{"__proto__":{"x":1},"prompt":"p"}', '{"prompt":"p","prompt":"q"}'),
    },
  );
}

const latin1 = fc.string({ unit: fc.integer({ min: 0x20, max: 0xff }).filter((c) => c !== 0x7f).map((c) => String.fromCharCode(c)), maxLength: 40 });

/** Up to two headers beyond content-type, each one that some route reads or a guard checks: most requests get past the guards. */
const HEADERS: ReadonlyArray<readonly [string, fc.Arbitrary<string>]> = [
  ['content-type', fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', 'application/json; charset=utf-16', 'application/json; charset=bogus', 'application/merge-patch+json')],
  ['idempotency-key', fc.oneof(fc.constantFrom('k1', 'k2', 'k3'), fc.stringMatching(/^[\x21-\x7e]{1,200}$/), fc.constant('k'.repeat(300)), latin1)],
  ['authorization', fc.oneof(fc.constantFrom('Bearer pk_live_nope', 'Basic Og==', 'Basic !!!', 'Bearer', 'Digest x'), latin1)],
  ['last-event-id', fc.oneof(fc.stringMatching(/^\d{1,20}-\d{1,20}$/), latin1)],
  ['if-none-match', fc.oneof(hex(64).map((h) => `"${h}"`), latin1)],
  ['origin', fc.constantFrom('https://evil.example', 'null')],
  ['x-forwarded-for', latin1],
  ['accept', fc.constantFrom('text/event-stream', 'application/json', '*/*', 'text/html')],
];
const extraHeaders = fc
  .array(fc.oneof(...HEADERS.map(([name, value]) => value.map((v): [string, string] => [name, v]))), { maxLength: 2 })
  .map((pairs): Record<string, string> => Object.fromEntries(pairs));

/** The query of a route: pairs from its schema (arrays repeat the key), then perhaps hostile extras, or a raw string. */
function queryOf(schema: fc.Arbitrary<unknown> | undefined, extra: ReadonlyArray<readonly [string, fc.Arbitrary<Text>]> = []): fc.Arbitrary<RequestPlan['query']> {
  const fromSchema = (schema ?? fc.constant({})).map((value) =>
    Object.entries(typeof value === 'object' && value !== null ? value : {}).flatMap(([k, v]) => (Array.isArray(v) ? v : [v]).map((item): [string, Text] => [k, percentEncode(String(item))])),
  );
  const extras = fc.array(fc.oneof(...extra.map(([k, arb]) => arb.map((v): [string, Text] => [k, v])), fc.tuple(fc.constantFrom('token', 'sig', 'x', 'a[b]', '__proto__'), hostileUrlText)), { maxLength: 2 });
  return fc.oneof(
    { weight: 6, arbitrary: fc.tuple(fromSchema, extras).map(([a, b]) => [...a, ...b]) },
    { weight: 1, arbitrary: fc.oneof(hostileUrlText, fc.constantFrom('&&&', '=', '==&=', 'limit', 'limit=1&limit=2', '%', 'cursor=%E0%A4%A')) },
  );
}

interface RouteInputs {
  readonly body?: fc.Arbitrary<unknown>;
  readonly query?: fc.Arbitrary<RequestPlan['query']>;
}

const createInputs: RouteInputs = { body: bodyOf(CreatePostcardBodySchema) };
const signed: RouteInputs = { query: queryOf(arbitraryOf(SignedLinkQuerySchema)) };
const INPUTS: Readonly<Record<string, RouteInputs>> = {
  'POST /api/v1/postcards': createInputs,
  'POST /api/v1/postcards/create': createInputs,
  'GET /api/v1/postcards': { query: queryOf(arbitraryOf(ListPostcardsQuerySchema, HINTS), [['cursor', known('cursor')], ['user_id', poisonedText.map(percentEncode)]]) },
  'GET /api/v1/postcards/{task_id}/events': { query: queryOf(undefined, [['last_event_id', fc.oneof(fc.stringMatching(/^\d{1,20}-\d{1,20}$/), hostileUrlText)]]) },
  'GET /api/v1/stats': { query: queryOf(arbitraryOf(StatsQuerySchema, HINTS)) },
  'GET /api/v1/admin/keys': { query: queryOf(fc.record({ user: fc.oneof(fc.constantFrom('anonymous', 'fuzzer'), poisonedText) }, { requiredKeys: [] })) },
  'POST /api/v1/admin/keys': { body: bodyOf(NewKeyBodySchema) },
  'GET /preview/{task_id}': signed,
  'GET /api/v1/assets/{id}': signed,
};

/** A path parameter: one that exists, a well-formed one that does not, or a hostile one. */
function paramOf(route: string, name: string): fc.Arbitrary<Text> {
  const wellFormed = route.includes('/assets/') ? hex(64) : route.includes('/admin/keys/') ? hex(16).map((h) => `key_${h}`) : fc.uuid();
  const pool: PoolName | undefined = name === 'task_id' ? 'task' : route.includes('/admin/keys/') ? 'key' : undefined;
  return fc.oneof(...(pool === undefined ? [] : [{ weight: 3, arbitrary: known(pool) }]), { weight: 2, arbitrary: wellFormed }, { weight: 3, arbitrary: hostileUrlText });
}

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD'] as const;

function routeRequest(key: string): fc.Arbitrary<RequestPlan> {
  const [method = 'GET', template = '/'] = key.split(' ');
  const inputs = INPUTS[key] ?? {};
  const segments = template.split(/(\{[a-z_]+\})/).filter((s) => s !== '');
  const path = fc.tuple(...segments.map((s) => (s.startsWith('{') ? paramOf(template, s.slice(1, -1)) : fc.constant<Text>(s))));
  const body = inputs.body === undefined ? fc.option(bytesOf(hostileValue), { freq: 4, nil: undefined }) : bytesOf(inputs.body).map((b): string | Uint8Array | undefined => b);
  return fc
    .record({
      method: fc.oneof({ weight: 8, arbitrary: fc.constant(method) }, { weight: 1, arbitrary: fc.constantFrom(...METHODS) }),
      path,
      query: inputs.query ?? queryOf(undefined),
      headers: extraHeaders,
      body,
      encoding: fc.oneof({ weight: 6, arbitrary: fc.constant(undefined) }, { weight: 2, arbitrary: fc.constantFrom(...ENCODINGS) }),
    })
    .map(({ method: m, path: p, query, headers, body: text, encoding }) => ({
      route: key,
      method: m,
      path: p,
      query,
      headers: { 'content-type': 'application/json', ...headers },
      ...(text === undefined || m === 'GET' || m === 'HEAD' ? {} : { body: encoding === undefined ? { text } : { text, encoding } }),
    }));
}

/** Paths the app does not route itself: the WebSocket endpoint, Bull Board, and anything at all. */
const otherRequest: fc.Arbitrary<RequestPlan> = fc
  .record({
    route: fc.constantFrom('GET /ws (upgrade)', 'GET /ws', `GET ${BULL_BOARD_PATH}/*`, 'ANY /*', 'ANY /* (upgrade)'),
    tail: fc.oneof(hostileUrlText, fc.webPath(), fc.constantFrom('api/queues', 'api/queues/concept', 'api/redis/stats', '', '//', 'static/x.js', 'api/v1/postcards', 'ws', 'ws/', 'healthz')),
    query: queryOf(undefined, [['task_id', fc.oneof(known('task'), fc.uuid(), hostileUrlText)], ['token', hostileUrlText]]),
    method: fc.constantFrom(...METHODS),
    key: fc.uint8Array({ minLength: 16, maxLength: 16 }).map((b) => Buffer.from(b).toString('base64')),
    protocol: fc.constantFrom('websocket', 'h2c'),
  })
  .map(({ route, tail, query, method, key, protocol }): RequestPlan => {
    if (route.startsWith('GET /ws')) {
      const upgrade = route.endsWith('(upgrade)') ? { connection: 'Upgrade', upgrade: 'websocket', 'sec-websocket-version': '13', 'sec-websocket-key': key } : {};
      return { route, method: 'GET', path: ['/ws'], query, headers: upgrade };
    }
    const prefix = route.startsWith('ANY') ? '/' : `${BULL_BOARD_PATH}/`;
    // An Upgrade elsewhere than /ws (a WebSocket, or h2c as curl --http2 sends it) must still be answered.
    const headers = route.endsWith('(upgrade)') ? { connection: 'Upgrade', upgrade: protocol, 'sec-websocket-key': key } : {};
    return { route, method, path: [`${prefix}${tail.replace(/^\/+/, '')}`], query, headers };
  });

/** A request to any route, weighted toward the postcards API where the writes are. */
export const requestPlan: fc.Arbitrary<RequestPlan> = fc.oneof(
  ...Object.keys(ROUTE_ACCESS).map((key) => ({ weight: key.includes('/postcards') || key.includes('/admin/keys') ? 4 : 1, arbitrary: routeRequest(key) })),
  { weight: 3, arbitrary: otherRequest },
);

function resolve(text: Text, pools: Pools): string {
  if (typeof text === 'string') return text;
  const pool = pools[text.pool];
  return pool.length === 0 ? 'none-yet' : (pool[text.index % pool.length] ?? 'none-yet');
}

function encode(text: string | Uint8Array, encoding: Encoding): string | Uint8Array {
  switch (encoding) {
    case 'gzip':
      return gzipSync(text);
    case 'deflate':
      return deflateSync(text);
    case 'br':
      return brotliCompressSync(text);
    default:
      // The -raw encodings claim a compression the bytes do not have; the rest are not compressions.
      return text;
  }
}

/** The request to send for `plan`, its ids picked from `pools` now. */
export function materialize(plan: RequestPlan, pools: Pools): RawRequest {
  const query = typeof plan.query === 'string' ? plan.query : plan.query.map(([k, v]) => `${k}=${resolve(v, pools)}`).join('&');
  const path = `${plan.path.map((t) => resolve(t, pools)).join('')}${query === '' ? '' : `?${query}`}`;
  if (plan.body === undefined) return { method: plan.method, path, headers: plan.headers };
  const { text, encoding } = plan.body;
  const headers = encoding === undefined ? plan.headers : { ...plan.headers, 'content-encoding': encoding.replace(/-raw$/, '') };
  return { method: plan.method, path, headers, body: encoding === undefined ? text : encode(text, encoding) };
}
