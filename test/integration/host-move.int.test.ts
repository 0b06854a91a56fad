import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { imageSources } from '../../src/providers/shared/page-quality';
import { createTestDatabase, queryDatabase, type TestDatabase } from '../support/postgres';
import { readSse } from '../support/sse-client';
import { ListPageSchema } from '../../src/postcards/postcard-responses';
import { getStatus, waitUntilFinished } from '../support/postcard-api';
import { getJson, postJson, startTestSystem, type TestSystem } from '../support/test-system';

/**
 * Stored pages name no host: a postcard made under one PUBLIC_BASE_URL stays
 * whole when the service moves to another, and rows stored with absolute URLs
 * before that are rewritten by the host_free_pages migration.
 */

const MIGRATION = join(__dirname, '..', '..', 'prisma', 'migrations', '20261205120000_host_free_pages', 'migration.sql');
const ASSET_PATH = /^\/api\/v1\/assets\/[0-9a-f]{64}$/;

function imgSrcPolicy(response: Response): string {
  const csp = response.headers.get('content-security-policy') ?? '';
  return csp.split(';').map((d) => d.trim()).find((d) => d.startsWith('img-src')) ?? '';
}

/** Checks what the API on `system` serves for a finished postcard: every URL on its own host, and the image loads. */
async function expectServedFrom(system: TestSystem, taskId: string, imagePath: string): Promise<void> {
  const imageUrl = `${system.baseUrl}${imagePath}`;
  const status = await getStatus(system.baseUrl, taskId);
  expect(status.status).toBe('COMPLETED');
  expect(status.preview_url).toBe(`${system.baseUrl}/preview/${taskId}`);
  expect(status.data).toMatchObject({ image_url: imageUrl, preview_url: `${system.baseUrl}/preview/${taskId}` });

  const listed = ListPageSchema.parse((await getJson(system.baseUrl, '/api/v1/postcards')).body);
  expect(listed.items.find((p) => p.task_id === taskId)?.image_url).toBe(imageUrl);

  const preview = await fetch(`${system.baseUrl}/preview/${taskId}`);
  expect(preview.status).toBe(200);
  // The CSP still allows exactly one image URL: the one on this host.
  expect(imgSrcPolicy(preview)).toBe(`img-src ${imageUrl} data: blob:`);
  const html = await preview.text();
  expect(imageSources(html).length).toBeGreaterThan(0);
  expect(new Set(imageSources(html))).toEqual(new Set([imageUrl]));

  const image = await fetch(imageUrl);
  expect(image.status).toBe(200);
  expect(image.headers.get('content-type')).toBe('image/svg+xml');
  expect(await image.text()).toMatch(/<svg[\s\S]*<\/svg>\s*$/);
}

describe('a postcard after the service moves to another host', () => {
  let database: TestDatabase;
  let moved: TestSystem;
  let taskId: string;
  let oldBaseUrl: string;

  beforeAll(async () => {
    // Owned here, so that closing the first system does not drop it.
    database = await createTestDatabase();
    const original = await startTestSystem({ databaseUrl: database.url });
    oldBaseUrl = original.baseUrl;
    try {
      const created = await postJson(original.baseUrl, '/api/v1/postcards/create', { prompt: 'Happy birthday, Lily! Wishing you a year full of adventures' });
      expect(created.status).toBe(202);
      taskId = String(created.body.task_id);
      const done = await waitUntilFinished(original.baseUrl, taskId);
      expect(done.status).toBe('COMPLETED');
      expect(done.data?.image_url?.startsWith(`${original.baseUrl}/api/v1/assets/`)).toBe(true);
    } finally {
      // The old host is gone: nothing below can reach it.
      await original.close();
    }
    moved = await startTestSystem({ databaseUrl: database.url, workers: false });
  });
  afterAll(async () => {
    await moved?.close();
    await database?.drop();
  });

  it('stores the page, the image and the preview without a host', async () => {
    const [row] = await queryDatabase<{ image_url: string; preview_url: string; frontend_code: string }>(
      database.url,
      'SELECT image_url, preview_url, frontend_code FROM postcards WHERE task_id = $1',
      [taskId],
    );
    expect(row?.image_url).toMatch(ASSET_PATH);
    expect(row?.preview_url).toBe(`/preview/${taskId}`);
    expect(imageSources(row?.frontend_code ?? '')).toEqual([row?.image_url]);
    expect(row?.frontend_code).not.toContain('127.0.0.1');
  });

  it('serves the status, the list, the preview page and the image on the new host', async () => {
    expect(moved.baseUrl).not.toBe(oldBaseUrl);
    const [row] = await queryDatabase<{ image_url: string }>(database.url, 'SELECT image_url FROM postcards WHERE task_id = $1', [taskId]);
    await expectServedFrom(moved, taskId, row?.image_url ?? '');
    // The new host's event log is empty, so the result is rebuilt from PostgreSQL, with its URLs.
    const stream = await readSse(`${moved.baseUrl}/api/v1/postcards/${taskId}/events`, { timeoutMs: 5000 });
    expect(stream.events.at(-1)).toMatchObject({
      event: 'result',
      data: { image_url: `${moved.baseUrl}${row?.image_url ?? ''}`, preview_url: `${moved.baseUrl}/preview/${taskId}` },
    });
  });
});

describe('the host_free_pages migration', () => {
  const hash = 'c0ffee'.repeat(10) + 'c0de';
  const other = 'ab'.repeat(32);
  // `base` as PUBLIC_BASE_URL was; one image written on another host (an older PUBLIC_BASE_URL) at `earlier`.
  const legacyPage = (base: string, earlier: string) => `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Hi</title>
<style>.card{background:url(${base}/api/v1/assets/${hash}) center/cover}.b{background:url('${base}/api/v1/assets/${other}')}</style></head>
<body><main class="card"><img src="${base}/api/v1/assets/${hash}" srcset="${base}/api/v1/assets/${hash} 1x, ${base}/api/v1/assets/${hash} 2x" alt="">
<p>Made at <a href="https://example.com/about">example.com</a>, see https://example.com/docs/api/v1/assets/ for nothing.</p>
<img src='${earlier}/api/v1/assets/${hash}' alt=""></main></body></html>`;

  let system: TestSystem;
  beforeAll(async () => {
    system = await startTestSystem({ workers: false });
  });
  afterAll(async () => {
    await system.close();
  });

  async function insertLegacy(taskId: string, base: string, svg: string): Promise<void> {
    await system.query(
      `INSERT INTO assets (id, content_type, byte_size, bytes) VALUES ($1, 'image/svg+xml', $2, $3) ON CONFLICT (id) DO NOTHING`,
      [hash, Buffer.byteLength(svg), Buffer.from(svg)],
    );
    await system.query(
      `INSERT INTO postcards (task_id, status, user_input, image_asset_id, image_url, frontend_code, preview_url, updated_at, completed_at)
       VALUES ($1, 'COMPLETED', 'a card', $2, $3, $4, $5, now(), now())`,
      [taskId, hash, `${base}/api/v1/assets/${hash}`, legacyPage(base, 'http://10.0.0.7:8001'), `${base}/preview/${taskId}`],
    );
  }

  it('rewrites absolute asset URLs in stored pages to host-free paths, and nothing else', async () => {
    const taskId = randomUUID();
    const base = 'https://cards.example.com/postcards';
    await insertLegacy(taskId, base, '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"></svg>');
    const before = await system.query<{ updated_at: Date }>('SELECT updated_at FROM postcards WHERE task_id = $1', [taskId]);

    const sql = await readFile(MIGRATION, 'utf8');
    await system.query(sql);
    const [row] = await system.query<{ image_url: string; preview_url: string; frontend_code: string; updated_at: Date }>(
      'SELECT image_url, preview_url, frontend_code, updated_at FROM postcards WHERE task_id = $1',
      [taskId],
    );
    expect(row?.frontend_code).toBe(legacyPage('', ''));
    expect(row?.image_url).toBe(`/api/v1/assets/${hash}`);
    expect(row?.preview_url).toBe(`/preview/${taskId}`);
    expect(row?.updated_at).toEqual(before[0]?.updated_at);

    // Running it again changes nothing.
    await system.query(sql);
    const [again] = await system.query<{ frontend_code: string }>('SELECT frontend_code FROM postcards WHERE task_id = $1', [taskId]);
    expect(again?.frontend_code).toBe(legacyPage('', ''));

    // The migrated postcard is served whole from the current host.
    await expectServedFrom(system, taskId, `/api/v1/assets/${hash}`);
  });
});
