import { randomBytes } from 'node:crypto';
import { connect, type Socket } from 'node:net';
import WebSocket from 'ws';
import { createProcessSystem, type ProcessSystem } from '../support/process-system';
import { readSse } from '../support/sse-client';
import { wsText } from '../support/ws-text';
import { postJson } from '../support/test-system';
import type { ServiceProcess } from '../support/worker-process';

const SHUTDOWN_TIMEOUT_MS = 10_000;

/** A WebSocket client that completes the upgrade and then never answers anything, the close frame included. */
async function silentWebSocket(baseUrl: string): Promise<Socket> {
  const { hostname, port } = new URL(baseUrl);
  const socket = connect(Number(port), hostname);
  await new Promise<void>((resolve, reject) => {
    socket.once('error', reject);
    socket.once('connect', () => {
      socket.write(
        [
          'GET /ws HTTP/1.1',
          `Host: ${hostname}:${port}`,
          'Upgrade: websocket',
          'Connection: Upgrade',
          `Sec-WebSocket-Key: ${randomBytes(16).toString('base64')}`,
          'Sec-WebSocket-Version: 13',
          '',
          '',
        ].join('\r\n'),
      );
    });
    socket.once('data', (chunk) => (String(chunk).startsWith('HTTP/1.1 101') ? resolve() : reject(new Error(String(chunk)))));
  });
  return socket;
}

/** SIGTERM on the API (src/bin/api.ts as an OS process) while live clients are connected. */
describe('API shutdown with live clients', () => {
  let system: ProcessSystem;
  let api: ServiceProcess | undefined;

  beforeAll(async () => {
    system = await createProcessSystem();
  });
  afterAll(async () => {
    await api?.stop('SIGKILL');
    await system.close();
  });

  it('says goodbye to WebSocket and SSE clients, then exits 0 well within SHUTDOWN_TIMEOUT', async () => {
    // Heartbeats (WebSocket pings) far apart, so that only the shutdown cuts the silent client.
    api = await system.startApi({ SHUTDOWN_TIMEOUT: String(SHUTDOWN_TIMEOUT_MS / 1000), SSE_HEARTBEAT_SECONDS: '60' });
    // No worker runs, so the postcard stays PENDING and both streams stay open.
    const created = await postJson(system.baseUrl, '/api/v1/postcards', { prompt: 'A card to say goodbye gracefully' });
    expect(created.status).toBe(202);
    const id = String(created.body.task_id);

    let sseOpen: () => void = () => undefined;
    const sseOpened = new Promise<void>((resolve) => (sseOpen = resolve));
    const sse = readSse(`${system.baseUrl}/api/v1/postcards/${id}/events`, { onEvent: () => sseOpen(), timeoutMs: 30_000 });

    const ws = new WebSocket(`${system.baseUrl.replace('http', 'ws')}/ws?task_id=${id}`);
    const wsClosed = new Promise<{ code: number; reason: string }>((resolve) => ws.on('close', (code, reason) => resolve({ code, reason: String(reason) })));
    await new Promise<void>((resolve, reject) => {
      ws.on('message', (raw) => {
        if ((JSON.parse(wsText(raw)) as { type: string }).type === 'subscribed') resolve();
      });
      ws.on('error', reject);
    });
    const silent = await silentWebSocket(system.baseUrl);
    const silentClosed = new Promise<void>((resolve) => silent.on('close', () => resolve()));
    await sseOpened;

    const started = Date.now();
    const code = await api.stop('SIGTERM');
    const elapsed = Date.now() - started;

    expect(code).toBe(0);
    expect(elapsed).toBeLessThan(SHUTDOWN_TIMEOUT_MS / 2);
    expect(await wsClosed).toEqual({ code: 1001, reason: 'server shutting down' });
    await silentClosed; // cut after the close-frame grace, not after ws's own 30 s
    const stream = await sse;
    expect(stream.closedByServer).toBe(true);
    const last = stream.events.at(-1);
    expect(last?.event).toBe('reconnect');
    expect(last?.data).toMatchObject({ task_id: id, retry_ms: expect.any(Number) });
    // The replayed event came before the goodbye, with its id kept for the reconnect.
    expect(stream.events[0]?.event).toBe('status');
    expect(api.output()).toContain('cutting websocket clients that did not answer the close frame');
    expect(api.output()).not.toContain('shutdown deadline passed');
    expect(api.output()).not.toContain('error while closing');
  });
});
