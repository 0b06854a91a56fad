import { randomBytes, randomUUID } from 'node:crypto';
import { request } from 'node:http';
import { imageSources } from '../../src/providers/shared/page-quality';
import { ListPageSchema } from '../../src/postcards/postcard-responses';
import { errorOf, getStatus } from '../support/postcard-api';
import { readSse } from '../support/sse-client';
import { CONCEPT, COPY } from '../fakes/provider-fixtures';
import { getJson, startTestSystem, type TestSystem } from '../support/test-system';

/**
 * PREVIEW_BASE_URL puts previews on a host of their own: the service answers
 * only previews there, and sends previews asked for on the API's host there.
 * One test system listens on 127.0.0.1; the Host header says which of the two
 * hostnames a request was meant for, as a proxy or DNS would deliver it.
 */

const PREVIEW_HOST = 'preview.postcards.test';
const PREVIEW_BASE_URL = `http://${PREVIEW_HOST}`;
const ASSET_ID = 'a1'.repeat(32);
const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"></svg>';
const page = (imageSrc: string) => `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Hi</title></head>
<body><main><img src="${imageSrc}" alt=""><h1>Hi</h1></main><script>document.body.className = 'ready';</script></body></html>`;

interface Answer {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: string;
}

/** A request to the test system with the Host header given (fetch does not let a caller set Host). */
function onHost(system: TestSystem, host: string, path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Answer> {
  const { hostname, port } = new URL(system.baseUrl);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method: options.method ?? 'GET', headers: { ...options.headers, host } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

/** Opens /ws with the Host given: the upgrade's 101, or the status the server answered instead. */
function upgradeOn(system: TestSystem, host: string): Promise<number> {
  const { hostname, port } = new URL(system.baseUrl);
  return new Promise((resolve, reject) => {
    const headers = { host, connection: 'Upgrade', upgrade: 'websocket', 'sec-websocket-version': '13', 'sec-websocket-key': randomBytes(16).toString('base64') };
    const req = request({ hostname, port, path: '/ws', headers });
    req.on('upgrade', (res, socket) => {
      socket.destroy();
      resolve(res.statusCode ?? 0);
    });
    req.on('response', (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('previews on their own origin (PREVIEW_BASE_URL)', () => {
  let system: TestSystem;
  let apiHost: string;
  const taskId = randomUUID();
  const imagePath = `/api/v1/assets/${ASSET_ID}`;

  beforeAll(async () => {
    system = await startTestSystem({ workers: false, env: { PREVIEW_BASE_URL } });
    apiHost = new URL(system.baseUrl).host;
    await system.query(`INSERT INTO assets (id, content_type, byte_size, bytes) VALUES ($1, 'image/svg+xml', $2, $3)`, [ASSET_ID, Buffer.byteLength(SVG), Buffer.from(SVG)]);
    await system.query(
      `INSERT INTO postcards (task_id, status, user_input, concept, content, image_asset_id, image_url, frontend_code, preview_url, progress, updated_at, completed_at)
       VALUES ($1, 'COMPLETED', 'a card', $2, $3, $4, $5, $6, $7, 100, now(), now())`,
      [taskId, JSON.stringify(CONCEPT), JSON.stringify(COPY), ASSET_ID, imagePath, page(imagePath), `/preview/${taskId}`],
    );
  });
  afterAll(async () => {
    await system?.close();
  });

  it('links the preview on the preview origin and everything else on the API origin', async () => {
    const status = await getStatus(system.baseUrl, taskId);
    expect(status.preview_url).toBe(`${PREVIEW_BASE_URL}/preview/${taskId}`);
    expect(status.status_url).toBe(`${system.baseUrl}/api/v1/postcards/status/${taskId}`);
    expect(status.data).toMatchObject({ preview_url: `${PREVIEW_BASE_URL}/preview/${taskId}`, image_url: `${system.baseUrl}${imagePath}` });

    const listed = ListPageSchema.parse((await getJson(system.baseUrl, '/api/v1/postcards')).body);
    expect(listed.items.find((p) => p.task_id === taskId)?.preview_url).toBe(`${PREVIEW_BASE_URL}/preview/${taskId}`);

    const stream = await readSse(`${system.baseUrl}/api/v1/postcards/${taskId}/events`, { timeoutMs: 5000 });
    expect(stream.events.at(-1)).toMatchObject({ event: 'result', data: { preview_url: `${PREVIEW_BASE_URL}/preview/${taskId}` } });
  });

  it('serves the preview on the preview host, still sandboxed, its image loading from the API host', async () => {
    for (const host of [PREVIEW_HOST, `${PREVIEW_HOST.toUpperCase()}:80`]) {
      const preview = await onHost(system, host, `/preview/${taskId}`);
      expect(preview.status).toBe(200);
      expect(preview.headers['content-type']).toBe('text/html; charset=utf-8');
      const csp = String(preview.headers['content-security-policy']);
      expect(csp).toContain('sandbox allow-scripts');
      expect(csp).toContain(`img-src ${system.baseUrl}${imagePath} data: blob:`);
      expect(imageSources(preview.body)).toEqual([`${system.baseUrl}${imagePath}`]);
    }
    // The image is an API asset, fetched cross-origin by the preview.
    const image = await fetch(`${system.baseUrl}${imagePath}`);
    expect(image.status).toBe(200);
    expect(image.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    expect(await image.text()).toBe(SVG);
  });

  it('redirects a preview asked for on the API host to the preview origin', async () => {
    const answer = await onHost(system, apiHost, `/preview/${taskId}`);
    expect(answer.status).toBe(307);
    expect(answer.headers.location).toBe(`${PREVIEW_BASE_URL}/preview/${taskId}`);
    expect(answer.headers['content-security-policy']).toBeUndefined();
    // Only a task id is ever redirected.
    expect((await onHost(system, apiHost, '/preview/not-a-task')).status).toBe(400);
  });

  it.each([
    ['GET', `/api/v1/postcards/status/{id}`],
    ['GET', '/api/v1/postcards'],
    ['POST', '/api/v1/postcards/create'],
    ['POST', `/api/v1/postcards/{id}/cancel`],
    ['GET', `/api/v1/postcards/{id}/events`],
    ['GET', `/api/v1/assets/${ASSET_ID}`],
    ['GET', '/api/v1/stats'],
    ['GET', '/api/v1/openapi.json'],
    ['GET', '/metrics'],
    ['GET', '/admin/queues'],
  ])('answers %s %s with 404 on the preview host', async (method, template) => {
    const path = template.replace('{id}', taskId);
    const body = method === 'POST' ? JSON.stringify({ prompt: 'a card from the preview origin' }) : undefined;
    const answer = await onHost(system, PREVIEW_HOST, path, { method, ...(body === undefined ? {} : { body, headers: { 'content-type': 'application/json' } }) });
    expect(answer.status).toBe(404);
    expect(errorOf(JSON.parse(answer.body))).toMatchObject({ code: 'not_found', message: expect.stringContaining('previews only') });
    expect(answer.headers['set-cookie']).toBeUndefined();
    // The same request on the API host still reaches the API.
    if (path === '/api/v1/postcards') expect((await onHost(system, apiHost, path)).status).toBe(200);
  });

  it('answers the health probes on either host', async () => {
    for (const host of [PREVIEW_HOST, apiHost]) expect((await onHost(system, host, '/healthz')).status).toBe(200);
  });

  it('refuses the WebSocket endpoint on the preview host', async () => {
    expect(await upgradeOn(system, PREVIEW_HOST)).toBe(404);
    expect(await upgradeOn(system, apiHost)).toBe(101);
  });

  it('ignores X-Forwarded-Host naming the preview host without TRUST_PROXY', async () => {
    const forwarded = await onHost(system, apiHost, `/api/v1/postcards/status/${taskId}`, { headers: { 'x-forwarded-host': PREVIEW_HOST } });
    expect(forwarded.status).toBe(200);
  });
});
