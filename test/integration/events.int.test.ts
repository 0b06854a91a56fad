import { readSse, type SseEvent } from '../support/sse-client';
import { getJson, postJson, startTestSystem, type TestSystem } from '../support/test-system';
import { startWorkerProcess, type WorkerProcess } from '../support/worker-process';
import { waitFor } from '../support/wait';
import { openSocket } from '../support/ws-text';

/** The API runs here; the workers run in another OS process, so events must cross Redis. */
describe('live postcard events (SSE and WebSocket)', () => {
  let system: TestSystem;
  let worker: WorkerProcess;

  beforeAll(async () => {
    system = await startTestSystem({ workers: false, env: { SSE_HEARTBEAT_SECONDS: '1' } });
    worker = await startWorkerProcess({
      DATABASE_URL: system.config.databaseUrl,
      REDIS_URL: system.config.redisUrl,
      QUEUE_PREFIX: system.config.queuePrefix,
      PUBLIC_BASE_URL: system.baseUrl,
    });
  });
  afterAll(async () => {
    await worker?.stop();
    await system?.close();
  });

  const summary = (events: readonly SseEvent[]) =>
    events.map((e) => {
      if (e.event === 'status') return `status:${String(e.data.status)}`;
      if (e.event === 'step') return `step:${String(e.data.step)}:${String(e.data.state)}`;
      if (e.event === 'progress') return `progress:${String(e.data.progress)}`;
      return e.event;
    });

  const FULL = [
    'status:PENDING',
    'status:PROCESSING',
    'step:concept:started',
    'step:concept:completed',
    'progress:25',
    'step:content:started',
    'step:content:completed',
    'progress:50',
    'step:image:started',
    'step:image:completed',
    'progress:75',
    'step:code:started',
    'step:code:completed',
    'progress:100',
    'status:COMPLETED',
    'result',
  ];

  async function create(prompt: string): Promise<string> {
    const res = await postJson(system.baseUrl, '/api/v1/postcards', { prompt });
    expect(res.status).toBe(202);
    return String(res.body.task_id);
  }

  it('streams the full event sequence of a real postcard, in order, then closes', async () => {
    const id = await create('Happy birthday to the best sister');
    const comments: string[] = [];
    const stream = await readSse(`${system.baseUrl}/api/v1/postcards/${id}/events`, { onComment: (c) => comments.push(c) });
    expect(stream.status).toBe(200);
    expect(stream.contentType).toMatch(/^text\/event-stream/);
    expect(stream.closedByServer).toBe(true);
    expect(summary(stream.events)).toEqual(FULL);
    expect(stream.events.every((e) => e.data.task_id === id && e.id !== undefined)).toBe(true);
    const result = stream.events.at(-1)?.data as { preview_url: string; image_url: string; content: { title: string } };
    expect(result.preview_url).toBe(`${system.baseUrl}/preview/${id}`);
    expect(result.image_url).toMatch(/\/api\/v1\/assets\/[0-9a-f]{64}$/);
    expect(result.content.title.length).toBeGreaterThan(0);
    const completed = stream.events.filter((e) => e.event === 'step' && e.data.state === 'completed');
    expect(completed.every((e) => e.data.provider === 'local' && typeof e.data.duration_ms === 'number' && e.data.attempt === 1)).toBe(true);
  });

  it('puts PENDING first in every postcard\'s replay log, though a create no longer waits for it before enqueueing', async () => {
    // A burst, so that creates share batches and the worker takes jobs while later creates are still being answered.
    const ids = await Promise.all(Array.from({ length: 16 }, (_, i) => create(`Happy birthday, friend number ${i}!`)));
    const redis = system.services.redis('request');
    for (const id of ids) {
      const log = `${system.config.queuePrefix}:events:${id}`;
      const entries = await waitFor(() => redis.xrange(log, '-', '+'), (e) => e.length === FULL.length, { what: `the whole replay log of ${id}` });
      const types = entries.map(([, fields]) => JSON.parse(fields[1] ?? '{}') as { type: string; data: { status?: string } });
      expect(types[0]).toEqual({ type: 'status', data: { status: 'PENDING' } });
    }
  });

  it('misses nothing when a client reconnects with Last-Event-ID', async () => {
    const id = await create('谢谢你一直以来的照顾');
    const first = await readSse(`${system.baseUrl}/api/v1/postcards/${id}/events`, { stopAfter: 5 });
    expect(first.events).toHaveLength(5);
    // Reconnect once the postcard has moved past what the first client saw, so that the second must replay it.
    const log = `${system.config.queuePrefix}:events:${id}`;
    await waitFor(() => system.services.redis('request').xlen(log), (n) => n > 5, { what: 'an event published after the first client left' });
    const rest = await readSse(`${system.baseUrl}/api/v1/postcards/${id}/events`, { lastEventId: first.events[4]?.id });
    expect(rest.closedByServer).toBe(true);
    expect(summary([...first.events, ...rest.events])).toEqual(FULL);
    const ids = [...first.events, ...rest.events].map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives a client that subscribes after completion the final state at once', async () => {
    const id = await create('Congratulations on the new job!');
    await waitFor(() => getJson(system.baseUrl, `/api/v1/postcards/status/${id}`), (r) => r.body.status === 'COMPLETED');
    const late = await readSse(`${system.baseUrl}/api/v1/postcards/${id}/events`, { timeoutMs: 5000 });
    expect(late.closedByServer).toBe(true);
    expect(summary(late.events).slice(-2)).toEqual(['status:COMPLETED', 'result']);

    // Even once the replay log is gone, the final state comes from PostgreSQL.
    await system.services.redis('request').del(`${system.config.queuePrefix}:events:${id}`);
    const later = await readSse(`${system.baseUrl}/api/v1/postcards/${id}/events`, { timeoutMs: 5000 });
    expect(summary(later.events)).toEqual(['status:COMPLETED', 'result']);
    expect(later.events.every((e) => e.id === undefined)).toBe(true);
  });

  it('replays only the run going on after a retry: the earlier run\'s end does not close a new client\'s stream', async () => {
    let id = '';
    // Cancelled before the worker finishes it; a local postcard takes a moment, so this rarely needs a second go.
    for (let tries = 0; id === '' && tries < 5; tries++) {
      const candidate = await create('Thank you for the lovely dinner');
      if ((await postJson(system.baseUrl, `/api/v1/postcards/${candidate}/cancel`, {})).status === 200) id = candidate;
    }
    expect(id).not.toBe('');
    expect((await postJson(system.baseUrl, `/api/v1/postcards/${id}/retry`, {})).status).toBe(202);
    await waitFor(() => getJson(system.baseUrl, `/api/v1/postcards/status/${id}`), (r) => r.body.status === 'COMPLETED');
    const fresh = await readSse(`${system.baseUrl}/api/v1/postcards/${id}/events`, { timeoutMs: 5000 });
    expect(fresh.closedByServer).toBe(true);
    expect(summary(fresh.events).filter((e) => e === 'error')).toEqual([]);
    expect(summary(fresh.events).slice(-2)).toEqual(['status:COMPLETED', 'result']);
  });

  it('sends heartbeats while a stream is idle, and 404s an unknown postcard', async () => {
    const missing = await fetch(`${system.baseUrl}/api/v1/postcards/3f0c1c1e-3b8a-4d53-9d0e-7a1b2c3d4e5f/events`);
    expect(missing.status).toBe(404);
    // A postcard whose flow no worker will run (its queue prefix has no workers) stays idle.
    const idle = await startTestSystem({ workers: false, env: { SSE_HEARTBEAT_SECONDS: '1' } });
    try {
      const res = await postJson(idle.baseUrl, '/api/v1/postcards', { prompt: 'waiting' });
      const comments: string[] = [];
      const stream = await readSse(`${idle.baseUrl}/api/v1/postcards/${String(res.body.task_id)}/events`, {
        timeoutMs: 3500,
        onComment: (c) => comments.push(c),
      });
      expect(summary(stream.events)).toEqual(['status:PENDING']);
      expect(comments.filter((c) => c.startsWith('heartbeat')).length).toBeGreaterThanOrEqual(2);
    } finally {
      await idle.close();
    }
  });

  it('delivers the same events over the WebSocket at /ws', async () => {
    const { socket, messages } = await openSocket(system.baseUrl);
    socket.send(JSON.stringify({ type: 'subscribe', task_ids: ['00000000-0000-4000-8000-000000000000'] }));
    socket.send('not json');
    const id = await create('Have a wonderful trip to Japan, Alex');
    socket.send(JSON.stringify({ type: 'subscribe', task_id: id }));
    await waitFor(async () => messages, (m) => m.some((x) => x.type === 'completed' && x.task_id === id), { timeoutMs: 30_000 });
    socket.close();

    const events = messages.filter((m) => m.type === 'event' && m.task_id === id);
    expect(summary(events.map((m) => ({ id: String(m.id), event: String(m.event), data: m.data as Record<string, unknown> })))).toEqual(FULL);
    expect(messages.find((m) => m.type === 'error' && m.code === 'not_found')).toBeDefined();
    expect(messages.find((m) => m.type === 'error' && m.task_id === undefined)).toBeDefined();
  });
});
