import { randomUUID } from 'node:crypto';
import WebSocket from 'ws';
import { readSse } from '../support/sse-client';
import { postJson, startTestSystem, type TestSystem } from '../support/test-system';
import { waitFor } from '../support/wait';
import { wsText } from '../support/ws-text';

/**
 * Limits of the live streams: connections per client address and in total
 * (SSE and WebSocket counted together), the per-socket subscription cap, and
 * idle streams closed. The API runs without workers, so postcards stay
 * PENDING and their streams stay open.
 */
async function createPostcards(system: TestSystem, n: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < n; i += 20) {
    const batch = Array.from({ length: Math.min(20, n - i) }, (_, j) => postJson(system.baseUrl, '/api/v1/postcards', { prompt: `Card ${i + j}` }));
    for (const res of await Promise.all(batch)) ids.push(String(res.body.task_id));
  }
  return ids;
}

interface Socket {
  readonly socket: WebSocket;
  readonly messages: Array<Record<string, unknown>>;
  /** Resolves when the handshake completed (the server may still close at once). */
  readonly opened: Promise<void>;
  readonly closed: Promise<{ code: number; reason: string }>;
}

function connect(baseUrl: string, client: string): Socket {
  const socket = new WebSocket(`${baseUrl.replace('http', 'ws')}/ws`, { headers: { 'x-forwarded-for': client } });
  const messages: Array<Record<string, unknown>> = [];
  socket.on('message', (raw) => messages.push(JSON.parse(wsText(raw)) as Record<string, unknown>));
  const opened = new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  // A refused socket may never open; whoever awaits `opened` still sees the error.
  opened.catch(() => undefined);
  const closed = new Promise<{ code: number; reason: string }>((resolve) => socket.once('close', (code, reason) => resolve({ code, reason: reason.toString() })));
  return { socket, messages, opened, closed };
}

describe('connections per client address and in total', () => {
  let system: TestSystem;
  let taskId: string;
  const streams: AbortController[] = [];
  const sockets: WebSocket[] = [];

  beforeAll(async () => {
    system = await startTestSystem({
      workers: false,
      env: { TRUST_PROXY: 'true', STREAM_MAX_CONNECTIONS: '3', STREAM_MAX_CONNECTIONS_PER_CLIENT: '2' },
    });
    [taskId = ''] = await createPostcards(system, 1);
  });
  afterAll(async () => {
    for (const controller of streams) controller.abort();
    for (const socket of sockets) socket.terminate();
    await system.close();
  });

  /** Opens an SSE stream as `client`; a refused one answers with its JSON body. */
  async function sse(client: string, id = taskId) {
    const controller = new AbortController();
    const response = await fetch(`${system.baseUrl}/api/v1/postcards/${id}/events`, { headers: { 'x-forwarded-for': client }, signal: controller.signal });
    if (response.ok) streams.push(controller);
    const body = response.ok ? undefined : ((await response.json()) as { error: { code: string; message: string } });
    return { status: response.status, retryAfter: response.headers.get('retry-after'), error: body?.error, close: () => controller.abort() };
  }
  function ws(client: string): Socket {
    const opened = connect(system.baseUrl, client);
    sockets.push(opened.socket);
    return opened;
  }

  it('refuses SSE with 429 and WebSocket with 1008 (this address) or 1013 (the process is full), and frees slots as streams end', async () => {
    const first = await sse('203.0.113.1');
    expect(first.status).toBe(200);
    const socket = ws('203.0.113.1');
    await socket.opened;
    // The address holds its two streams, one of each kind.
    const third = await sse('203.0.113.1');
    expect([third.status, third.error?.code, third.retryAfter]).toEqual([429, 'too_many_streams', '5']);
    expect(third.error?.message).toContain('per client address');
    expect(await connect(system.baseUrl, '203.0.113.1').closed).toEqual({ code: 1008, reason: 'at most 2 open streams per client address' });

    expect((await sse('203.0.113.2')).status).toBe(200);
    const full = await sse('203.0.113.3');
    expect([full.status, full.error?.code]).toEqual([429, 'too_many_streams']);
    expect((await connect(system.baseUrl, '203.0.113.3').closed).code).toBe(1013);

    // A client that goes away gives its slot back.
    first.close();
    await waitFor(() => sse('203.0.113.3'), (r) => r.status === 200, { what: 'a slot to come free' });
    socket.socket.close();
    await socket.closed;
    await waitFor(() => sse('203.0.113.4'), (r) => r.status === 200, { what: 'the socket to give its slot back' });
  });

  it('holds no slot for a stream refused before it opened (an unknown postcard)', async () => {
    for (const controller of streams.splice(0)) controller.abort();
    await waitFor(() => sse('203.0.113.5'), (r) => r.status === 200, { what: 'the earlier streams to end' });
    for (let i = 0; i < 4; i += 1) expect((await sse('203.0.113.6', randomUUID())).status).toBe(404);
    expect((await sse('203.0.113.6')).status).toBe(200);
  });
});

describe('subscriptions of one WebSocket', () => {
  let system: TestSystem;
  let ids: string[];
  beforeAll(async () => {
    system = await startTestSystem({ workers: false });
    ids = await createPostcards(system, 121);
  });
  afterAll(() => system.close());

  it('never passes 100, even for messages sent together, and reports unknown ids', async () => {
    const { socket, messages, opened } = connect(system.baseUrl, 'ignored');
    await opened;
    const replies = () => messages.filter((m) => m.type === 'subscribed' || m.type === 'error');
    socket.send(JSON.stringify({ type: 'subscribe', task_ids: ids.slice(0, 60) }));
    socket.send(JSON.stringify({ type: 'subscribe', task_ids: ids.slice(60, 120) }));
    await waitFor(async () => replies().length, (n) => n >= 120, { what: '120 replies' });
    expect(messages.filter((m) => m.type === 'subscribed')).toHaveLength(100);
    expect(messages.filter((m) => m.type === 'error' && m.code === 'too_many_subscriptions').map((m) => m.task_id)).toEqual(ids.slice(100, 120));

    const unknown = randomUUID();
    socket.send(JSON.stringify({ type: 'unsubscribe', task_id: ids[0] }));
    socket.send(JSON.stringify({ type: 'subscribe', task_ids: [unknown, ids[120]] }));
    await waitFor(async () => replies().length, (n) => n >= 122, { what: 'the last two replies' });
    expect(messages.find((m) => m.type === 'error' && m.task_id === unknown)?.code).toBe('not_found');
    expect(messages.find((m) => m.type === 'subscribed' && m.task_id === ids[120])).toBeDefined();
    socket.close();
  });
});

describe('idle streams', () => {
  let system: TestSystem;
  let taskId: string;
  beforeAll(async () => {
    system = await startTestSystem({ workers: false, env: { STREAM_IDLE_TIMEOUT_SECONDS: '2', SSE_HEARTBEAT_SECONDS: '1' } });
    [taskId = ''] = await createPostcards(system, 1);
  });
  afterAll(() => system.close());

  it('ends an SSE stream that sent no event for the timeout, heartbeats notwithstanding, with a reconnect event', async () => {
    const started = Date.now();
    const comments: string[] = [];
    const stream = await readSse(`${system.baseUrl}/api/v1/postcards/${taskId}/events`, { timeoutMs: 10_000, onComment: (c) => comments.push(c) });
    expect(stream.closedByServer).toBe(true);
    expect(stream.events.map((e) => e.event)).toEqual(['status', 'reconnect']);
    expect(stream.events[1]?.data).toMatchObject({ task_id: taskId, reason: 'idle' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(1900);
    expect(comments.some((c) => c.startsWith('heartbeat'))).toBe(true);
  });

  it('closes a WebSocket with 1000 once its client stops talking', async () => {
    const { socket, opened, closed } = connect(system.baseUrl, 'ignored');
    await opened;
    let open = true;
    void closed.then(() => (open = false));
    // Messages from the client keep it open past the timeout...
    for (let i = 0; i < 6; i += 1) {
      socket.send(JSON.stringify({ type: 'ping' }));
      await new Promise((r) => setTimeout(r, 500));
    }
    expect(open).toBe(true);
    // ...and silence closes it.
    expect(await closed).toEqual({ code: 1000, reason: 'idle' });
  });
});
