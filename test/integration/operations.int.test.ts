import { StatusResponseSchema } from '../../src/postcards/postcard-responses';
import { getStatus } from '../support/postcard-api';
import { startPrivateRedis, type PrivateRedis } from '../support/private-redis';
import { getJson, postJson, startTestSystem, type TestSystem } from '../support/test-system';
import { waitFor } from '../support/wait';

/** Parses the Prometheus text exposition format strictly enough to catch malformed output. */
function parsePrometheus(text: string): Map<string, number> {
  const samples = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('# HELP ') || line.startsWith('# TYPE ')) continue;
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{(?:[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\]|\\.)*",?)*\})? (-?[0-9.e+-]+|NaN|\+Inf|-Inf)$/.exec(line);
    if (match === null) throw new Error(`not a Prometheus sample line: ${line}`);
    samples.set(`${match[1] ?? ''}${match[2] ?? ''}`, Number(match[3]));
  }
  return samples;
}

function sum(samples: Map<string, number>, name: string, labels: Record<string, string> = {}): number {
  let total = 0;
  for (const [key, value] of samples) {
    if (!(key === name || key.startsWith(`${name}{`))) continue;
    if (Object.entries(labels).every(([k, v]) => key.includes(`${k}="${v}"`))) total += value;
  }
  return total;
}

describe('operations endpoints', () => {
  let system: TestSystem;
  beforeAll(async () => {
    system = await startTestSystem({ env: { ADMIN_USER: 'ops', ADMIN_PASSWORD: 'correct horse battery' } });
  });
  afterAll(async () => {
    await system.close();
  });

  it('protects Bull Board: 401 without credentials, 200 with Basic credentials', async () => {
    const anonymous = await fetch(`${system.baseUrl}/admin/queues`);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('www-authenticate')).toMatch(/^Basic/);
    const wrong = await fetch(`${system.baseUrl}/admin/queues`, { headers: { authorization: `Basic ${Buffer.from('ops:nope').toString('base64')}` } });
    expect(wrong.status).toBe(401);
    const auth = { authorization: `Basic ${Buffer.from('ops:correct horse battery').toString('base64')}` };
    const page = await fetch(`${system.baseUrl}/admin/queues`, { headers: auth });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<html');
    const api = await fetch(`${system.baseUrl}/admin/queues/api/queues?activeQueue=concept`, { headers: auth });
    expect(api.status).toBe(200);
    const body = (await api.json()) as { queues: Array<{ name: string }> };
    expect(body.queues.map((q) => q.name).sort()).toEqual(['code', 'concept', 'content', 'image']);
  });

  it('serves Prometheus metrics whose counters move as postcards run', async () => {
    // With admin credentials configured, /metrics is an operator surface like Bull Board.
    const auth = { headers: { authorization: `Basic ${Buffer.from('ops:correct horse battery').toString('base64')}` } };
    const before = parsePrometheus(await (await fetch(`${system.baseUrl}/metrics`, auth)).text());
    const ids = await Promise.all(
      ['Happy new year!', '新年快乐'].map(async (prompt) => String((await postJson(system.baseUrl, '/api/v1/postcards', { prompt })).body.task_id)),
    );
    for (const id of ids) {
      await waitFor(() => getStatus(system.baseUrl, id), (s) => s.status === 'COMPLETED');
    }
    const response = await fetch(`${system.baseUrl}/metrics`, auth);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await response.text();
    const after = parsePrometheus(text);
    expect(sum(after, 'postcards_created_total') - sum(before, 'postcards_created_total')).toBe(2);
    expect(sum(after, 'postcards_completed_total') - sum(before, 'postcards_completed_total')).toBe(2);
    expect(sum(after, 'postcard_step_attempts_total', { step: 'image', outcome: 'succeeded' })).toBeGreaterThanOrEqual(2);
    expect(sum(after, 'postcard_step_duration_seconds_count', { step: 'code', provider: 'local', outcome: 'succeeded' })).toBeGreaterThanOrEqual(2);
    expect(sum(after, 'postcard_duration_seconds_count', { status: 'completed' })).toBeGreaterThanOrEqual(2);
    expect(sum(after, 'provider_call_duration_seconds_count', { provider: 'local', operation: 'concept', outcome: 'success' })).toBeGreaterThanOrEqual(2);
    expect(after.has('postcard_queue_jobs{queue="concept",state="waiting",process="test"}')).toBe(true);
    expect(sum(after, 'postcard_queue_oldest_waiting_seconds')).toBeGreaterThanOrEqual(0);
    expect(sum(after, 'process_resident_memory_bytes')).toBeGreaterThan(0);
    expect(sum(after, 'nodejs_eventloop_lag_seconds')).toBeGreaterThanOrEqual(0);
    // Low cardinality: no task id ever becomes a label.
    for (const id of ids) expect(text).not.toContain(id);
  });

  it('describes itself in OpenAPI 3.1, generated from the validation schemas', async () => {
    const doc = (await getJson(system.baseUrl, '/api/v1/openapi.json')).body as {
      openapi: string;
      paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: { properties: Record<string, { maxLength?: number }> } }> } }>>;
      components: { schemas: Record<string, { properties?: Record<string, unknown> }> };
    };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/v1/postcards/create', '/api/v1/postcards/status/{task_id}', '/api/v1/postcards/{task_id}/cancel']));
    const body = doc.paths['/api/v1/postcards/create']?.post?.requestBody?.content['application/json']?.schema;
    expect(body?.properties.prompt?.maxLength).toBe(2000);
    // The responses are described by the schemas the presenter is typed from, every field of them.
    expect(Object.keys(doc.components.schemas)).toEqual(expect.arrayContaining(['Created', 'Error', 'PostcardStatus', 'PostcardStep', 'PostcardPage']));
    expect(Object.keys(doc.components.schemas.PostcardStatus?.properties ?? {}).sort()).toEqual(Object.keys(StatusResponseSchema.shape).sort());
  });

  it('answers liveness without dependencies and readiness with each component', async () => {
    expect((await getJson(system.baseUrl, '/healthz')).body).toEqual({ status: 'ok' });
    const ready = await getJson(system.baseUrl, '/readyz');
    expect(ready.status).toBe(200);
    const components = ready.body.components as Array<{ name: string; status: string; latency_ms: number }>;
    // With no keys, every step's auto chain is local: no model to look up, and each chain is usable.
    expect(components.map((c) => [c.name, c.status])).toEqual([
      ['postgres', 'up'],
      ['redis', 'up'],
      ['chain:text', 'up'],
      ['chain:image', 'up'],
      ['chain:code', 'up'],
    ]);
  });
});

describe('readiness when Redis goes away', () => {
  let redis: PrivateRedis;
  let system: TestSystem;

  beforeAll(async () => {
    redis = await startPrivateRedis();
    system = await startTestSystem({ workers: false, env: { REDIS_URL: redis.url } });
  });
  afterAll(async () => {
    // Bring Redis back so the system can clean its queues up, then remove it for good.
    await redis.start();
    await system.close();
    await redis.destroy();
  });

  it('turns /readyz to 503 naming Redis, and create to a fast 503 that writes nothing, then recovers', async () => {
    expect((await getJson(system.baseUrl, '/readyz')).status).toBe(200);
    await redis.stop();
    const down = await waitFor(() => getJson(system.baseUrl, '/readyz'), (r) => r.status === 503, { timeoutMs: 10_000 });
    const components = down.body.components as Array<{ name: string; status: string }>;
    expect(components.find((c) => c.name === 'redis')?.status).toBe('down');
    expect(components.find((c) => c.name === 'postgres')?.status).toBe('up');

    const started = Date.now();
    const created = await postJson(system.baseUrl, '/api/v1/postcards', { prompt: 'while redis is down' });
    expect(created.status).toBe(503);
    expect(Date.now() - started).toBeLessThan(10_000);
    const rows = await system.query<{ n: string }>('SELECT count(*) AS n FROM postcards');
    expect(Number(rows[0]?.n)).toBe(0);

    await redis.start();
    await waitFor(() => getJson(system.baseUrl, '/readyz'), (r) => r.status === 200, { timeoutMs: 15_000, what: 'readiness to recover' });
  });
});
