import { STEP_NAMES } from '../../src/pipeline/catalog';
import { CreatedResponseSchema, ListPageSchema } from '../../src/postcards/postcard-responses';
import { errorOf, getStatus } from '../support/postcard-api';
import { getJson, postJson, startTestSystem, type TestSystem } from '../support/test-system';

describe('HTTP API input handling', () => {
  let system: TestSystem;
  beforeAll(async () => {
    system = await startTestSystem({ workers: false });
  });
  afterAll(async () => {
    await system.close();
  });

  async function nothingWritten(): Promise<void> {
    const rows = await system.query<{ n: string }>('SELECT count(*) AS n FROM postcards');
    expect(Number(rows[0]?.n)).toBe(0);
    for (const step of STEP_NAMES) {
      const counts = await system.queues[step].getJobCounts();
      expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(0);
    }
  }

  const cases: Array<[string, unknown, number, string]> = [
    ['a missing prompt', { style: 'ink' }, 400, 'prompt'],
    ['an empty prompt', { prompt: '   ' }, 400, 'prompt'],
    ['a prompt that is not a string', { prompt: 42 }, 400, 'prompt'],
    ['an oversize prompt', { prompt: 'x'.repeat(2001) }, 400, 'prompt'],
    ['an oversize style', { prompt: 'hi', style: 's'.repeat(101) }, 400, 'style'],
    ['an oversize theme', { prompt: 'hi', theme: 't'.repeat(101) }, 400, 'theme'],
    ['a style of the wrong type', { prompt: 'hi', style: ['a'] }, 400, 'style'],
    ['metadata that is not an object', { prompt: 'hi', metadata: 'x' }, 400, 'metadata'],
    ['metadata over 4 KB', { prompt: 'hi', metadata: { blob: 'm'.repeat(4200) } }, 400, 'metadata'],
    ['an unknown field', { prompt: 'hi', colour: 'red' }, 400, 'colour'],
    ['a body that is an array', [{ prompt: 'hi' }], 400, 'body'],
    ['a body that is a string', '"hello"', 400, 'body'],
    ['invalid JSON', '{"prompt": "hi",', 400, 'body'],
  ];

  // text/plain: what the design document's fetch without a Content-Type sends. It is parsed as strictly as JSON.
  const JSON_TYPES = ['application/json', 'text/plain;charset=UTF-8'];

  it.each(cases)('rejects %s with a JSON error naming the field, and writes nothing', async (_name, body, code, field) => {
    for (const path of ['/api/v1/postcards/create', '/api/v1/postcards']) {
      const answers = [];
      for (const type of JSON_TYPES) {
        const res = await postJson(system.baseUrl, path, body, { 'content-type': type });
        expect([type, res.status]).toEqual([type, code]);
        expect(errorOf(res.body).details?.map((d) => d.field)).toContain(field);
        answers.push(errorOf(res.body));
      }
      // The same answer whichever of the two types carried the body.
      expect(answers[1]).toEqual(answers[0]);
    }
    await nothingWritten();
  });

  it.each([
    ['a form', 'application/x-www-form-urlencoded', 'prompt=hi'],
    ['multipart', 'multipart/form-data; boundary=x', '--x\r\nContent-Disposition: form-data; name="prompt"\r\n\r\nhi\r\n--x--\r\n'],
    ['XML', 'application/xml', '<prompt>hi</prompt>'],
  ])('refuses %s body with 415, and writes nothing', async (_name, type, body) => {
    for (const path of ['/api/v1/postcards/create', '/api/v1/postcards']) {
      const res = await postJson(system.baseUrl, path, body, { 'content-type': type });
      expect([type, res.status, errorOf(res.body).code]).toEqual([type, 415, 'unsupported_media_type']);
    }
    await nothingWritten();
  });

  it('rejects a body over the size limit with 413', async () => {
    const res = await postJson(system.baseUrl, '/api/v1/postcards/create', { prompt: 'p'.repeat(40_000) });
    expect(res.status).toBe(413);
    await nothingWritten();
  });

  it('rejects a body that is not JSON with the same 400, as text/plain or as JSON', async () => {
    for (const type of [...JSON_TYPES, 'text/plain']) {
      const res = await postJson(system.baseUrl, '/api/v1/postcards/create', 'prompt=hi', { 'content-type': type });
      expect([type, res.status, errorOf(res.body)]).toEqual([type, 400, expect.objectContaining({ code: 'invalid_json', details: [{ field: 'body', message: expect.any(String) }] })]);
    }
    await nothingWritten();
  });

  it('accepts a text/plain body like a JSON one', async () => {
    const res = await postJson(system.baseUrl, '/api/v1/postcards/create', { prompt: 'plain text' }, { 'content-type': 'text/plain;charset=UTF-8' });
    expect(res.status).toBe(202);
    const status = await getStatus(system.baseUrl, CreatedResponseSchema.parse(res.body).task_id);
    expect(status).toMatchObject({ status: 'PENDING', prompt: 'plain text' });
    await system.query('DELETE FROM postcards');
    for (const step of STEP_NAMES) await system.queues[step].obliterate({ force: true });
  });

  it('answers 404 for an unknown task, and 400 for a malformed id', async () => {
    const unknown = await getJson(system.baseUrl, '/api/v1/postcards/status/8d3c3f5e-0d7b-4a53-9a43-2f6f3c0f1a11');
    expect(unknown.status).toBe(404);
    expect(errorOf(unknown.body).code).toBe('not_found');
    expect((await getJson(system.baseUrl, '/api/v1/postcards/8d3c3f5e-0d7b-4a53-9a43-2f6f3c0f1a11')).status).toBe(404);
    const bad = await getJson(system.baseUrl, '/api/v1/postcards/status/not-a-uuid');
    expect(bad.status).toBe(400);
    expect(errorOf(bad.body).details?.[0]?.field).toBe('task_id');
    expect((await fetch(`${system.baseUrl}/preview/8d3c3f5e-0d7b-4a53-9a43-2f6f3c0f1a11`)).status).toBe(404);
    expect((await fetch(`${system.baseUrl}/api/v1/assets/${'a'.repeat(64)}`)).status).toBe(404);
    expect((await fetch(`${system.baseUrl}/api/v1/assets/nope`)).status).toBe(400);
    expect((await getJson(system.baseUrl, '/api/v1/nothing-here')).status).toBe(404);
  });

  it('rejects bad list queries', async () => {
    expect((await getJson(system.baseUrl, '/api/v1/postcards?limit=0')).status).toBe(400);
    expect((await getJson(system.baseUrl, '/api/v1/postcards?status=DONE')).status).toBe(400);
    expect((await getJson(system.baseUrl, '/api/v1/postcards?cursor=zzz')).status).toBe(400);
    expect((await getJson(system.baseUrl, '/api/v1/postcards?sort=asc')).status).toBe(400);
  });

  it('accepts a valid request at once with 202, a Location header and PENDING status, before any work runs', async () => {
    const res = await postJson(system.baseUrl, '/api/v1/postcards/create', {
      prompt: '  新年快乐  ',
      style: 'ink wash',
      metadata: { channel: 'wechat' },
    });
    expect(res.status).toBe(202);
    const created = CreatedResponseSchema.parse(res.body);
    const taskId = created.task_id;
    expect(created).toEqual({
      task_id: taskId,
      status: 'PENDING',
      status_url: `${system.baseUrl}/api/v1/postcards/status/${taskId}`,
      preview_url: `${system.baseUrl}/preview/${taskId}`,
    });
    expect(res.headers.get('location')).toBe(created.status_url);
    expect(res.headers.get('x-request-id')).toBeTruthy();

    const status = await getStatus(system.baseUrl, taskId);
    expect(status).toMatchObject({ status: 'PENDING', progress: 0, prompt: '新年快乐', style: 'ink wash', theme: null, data: null, error: null });
    expect(status.metadata).toEqual({ channel: 'wechat' });
    expect(status.steps.map((s) => [s.name, s.status])).toEqual(STEP_NAMES.map((s) => [s, 'PENDING']));
    const page = ListPageSchema.parse((await getJson(system.baseUrl, '/api/v1/postcards')).body);
    expect(page.items.map((p) => p.task_id)).toEqual([taskId]);
    expect((await fetch(`${system.baseUrl}/preview/${taskId}`)).status).toBe(409);

    expect((await system.queues.concept.getJobCounts('wait')).wait).toBe(1);
    expect((await system.queues.code.getJobCounts('waiting-children'))['waiting-children']).toBe(1);
    expect((await system.queues.content.getJobCounts('waiting-children'))['waiting-children']).toBe(1);
  });
});
