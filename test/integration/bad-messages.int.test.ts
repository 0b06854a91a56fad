import { createProcessSystem, type ProcessSystem } from '../support/process-system';
import { readSse, type SseEvent } from '../support/sse-client';
import { postJson } from '../support/test-system';
import { waitFor } from '../support/wait';
import { startWorkerProcess, type ServiceProcess } from '../support/worker-process';

/**
 * Anyone who can PUBLISH on our Redis reaches every process's listeners. The
 * API (events channel) and a worker (control channel) run as OS processes, so
 * a throw in a listener would end them, as it would in production.
 */
describe('Redis listeners and bad messages', () => {
  let system: ProcessSystem;
  let api: ServiceProcess | undefined;
  let worker: ServiceProcess | undefined;

  beforeAll(async () => {
    system = await createProcessSystem();
    api = await system.startApi();
    worker = await startWorkerProcess({
      ...system.env,
      TEXT_PROVIDER: 'simulated',
      IMAGE_PROVIDER: 'simulated',
      CODE_PROVIDER: 'simulated',
      // The concept step runs until it is cancelled, so a control message has something to abort.
      SIMULATED_LATENCY_MS: 'concept=60000',
    });
  });
  afterAll(async () => {
    await worker?.stop('SIGKILL');
    await api?.stop('SIGKILL');
    await system.close();
  });

  it('logs and drops non-JSON and wrongly shaped messages on the events and control channels, and keeps serving valid ones', async () => {
    const created = await postJson(system.baseUrl, '/api/v1/postcards', { prompt: 'A card that survives stray messages' });
    expect(created.status).toBe(202);
    const id = String(created.body.task_id);
    const seen: SseEvent[] = [];
    const stream = readSse(`${system.baseUrl}/api/v1/postcards/${id}/events`, { onEvent: (e) => seen.push(e), timeoutMs: 30_000 });
    await waitFor(async () => seen, (s) => s.some((e) => e.event === 'step' && e.data.step === 'concept' && e.data.state === 'started'), {
      what: 'the concept step to start',
    });

    const events = `${system.prefix}:events`;
    const control = `${system.prefix}:control`;
    for (const [channel, message] of [
      [events, 'not json {'],
      [events, '[1, 2, 3]'],
      [events, JSON.stringify({ t: 42 })],
      // A well-formed envelope for a postcard with a live client, whose event is not JSON, then not an event.
      [events, JSON.stringify({ t: id, id: '9999999999999-0', e: '{broken' })],
      [events, JSON.stringify({ t: id, id: '9999999999999-1', e: JSON.stringify({ type: 'nonsense' }) })],
      [control, 'not json {'],
      [control, 'null'],
      [control, JSON.stringify({ type: 'cancel', taskId: 'not-a-uuid', run: 'one' })],
    ] as const) {
      await system.redis.publish(channel, message);
    }

    const count = (output: string, line: string) => output.split(line).length - 1;
    await waitFor(async () => api?.output() ?? '', (o) => count(o, 'dropping a malformed message on the events channel') === 3, { what: 'the API to drop 3 envelopes' });
    await waitFor(async () => api?.output() ?? '', (o) => count(o, 'dropping a malformed postcard event') === 2, { what: 'the API to drop 2 events' });
    await waitFor(async () => worker?.output() ?? '', (o) => count(o, 'dropping a malformed message on the control channel') === 3, { what: 'the worker to drop 3 messages' });
    expect(api?.child.exitCode).toBeNull();
    expect(worker?.child.exitCode).toBeNull();
    expect((await fetch(`${system.baseUrl}/healthz`)).status).toBe(200);

    // Valid messages still flow: the cancel reaches the worker over the control channel, and its events reach the client.
    const cancelled = await postJson(system.baseUrl, `/api/v1/postcards/${id}/cancel`, {});
    expect(cancelled.status).toBe(200);
    await waitFor(async () => worker?.output() ?? '', (o) => o.includes('aborted a running step of a cancelled postcard'), { what: 'the running step to be aborted' });
    const { events: delivered, closedByServer } = await stream;
    expect(closedByServer).toBe(true);
    expect(delivered.some((e) => e.event === 'status' && e.data.status === 'CANCELLED')).toBe(true);
    expect(delivered.map((e) => e.id)).not.toContain('9999999999999-0');
    expect(delivered.map((e) => e.id)).not.toContain('9999999999999-1');
  });
});
