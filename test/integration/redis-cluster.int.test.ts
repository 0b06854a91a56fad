import { randomUUID } from 'node:crypto';
import { Cluster } from 'ioredis';
import { STEP_NAMES, PIPELINE } from '../../src/pipeline/catalog';
import { createPostcard, expectCompletedEachStepOnce } from '../support/each-step-once';
import { FAILOVER_REPAIR, onPrivateCluster } from '../support/cluster-system';
import { readSse } from '../support/sse-client';
import { waitFor } from '../support/wait';
import { openSocket } from '../support/ws-text';

/**
 * The real API and workers on a Redis Cluster of the suite's own (3 masters,
 * 3 replicas): every connection is a cluster client, the queue prefix's hash
 * tag keeps BullMQ's four queues in one slot, and a master may crash.
 */
describe('on a Redis Cluster', () => {
  const prefix = `{test-${randomUUID()}}`;
  const suite = onPrivateCluster({ QUEUE_PREFIX: prefix, ...FAILOVER_REPAIR });

  const create = (prompt: string) => createPostcard(suite.system, prompt);

  it('uses cluster clients and runs the four-queue flow in the prefix\'s one slot', async () => {
    const { cluster, system } = suite;
    expect(system.services.redis('request')).toBeInstanceOf(Cluster);
    expect(system.services.redis('blocking')).toBeInstanceOf(Cluster);
    const id = await create('Happy birthday to the best sister');
    await expectCompletedEachStepOnce(system, [id]);

    // Every key the service wrote carries the prefix, so all of it sits on the one master that owns the tag's slot.
    const master = await cluster.masterOf(prefix);
    const keys = (await cluster.cli(master, '--scan', '--pattern', `${prefix}:*`)).split('\n').filter((k) => k !== '');
    for (const step of STEP_NAMES) expect(keys.some((k) => k.startsWith(`${prefix}:${PIPELINE[step].queue}:`))).toBe(true);
    expect(keys).toContain(`${prefix}:events:${id}`);
    const slots = new Set(await Promise.all(keys.slice(0, 20).map(async (k) => (await cluster.cli(master, 'cluster', 'keyslot', k)).trim())));
    expect(slots.size).toBe(1);
  });

  it('delivers live events over SSE and the WebSocket', async () => {
    const { system } = suite;
    const { socket, messages } = await openSocket(system.baseUrl);
    const id = await create('Have a wonderful trip to Japan, Alex');
    socket.send(JSON.stringify({ type: 'subscribe', task_id: id }));
    const stream = await readSse(`${system.baseUrl}/api/v1/postcards/${id}/events`, { timeoutMs: 60_000 });
    await waitFor(async () => messages, (m) => m.some((x) => x.type === 'completed' && x.task_id === id), { timeoutMs: 30_000 });
    socket.close();

    expect(stream.closedByServer).toBe(true);
    const sse = stream.events.map((e) => (e.event === 'status' ? `status:${String(e.data.status)}` : e.event));
    expect(sse[0]).toBe('status:PENDING');
    expect(sse.slice(-2)).toEqual(['status:COMPLETED', 'result']);
    expect(stream.events.filter((e) => e.event === 'step' && e.data.state === 'completed')).toHaveLength(STEP_NAMES.length);
    const ws = messages.filter((m) => m.type === 'event' && m.task_id === id);
    expect(ws.map((m) => m.id)).toEqual(stream.events.map((e) => e.id));
  });

  it('finishes every postcard across a master failover, each step stored once', async () => {
    const { cluster, system } = suite;
    const before = await Promise.all(['Congratulations on the new job', 'Get well soon, Grandpa', 'Thank you for everything'].map(create));
    const master = await cluster.masterOf(prefix);
    await cluster.crash(master);
    expect(await cluster.masterOf(prefix)).not.toBe(master);
    const after = await Promise.all(['Happy anniversary, you two', 'Welcome to the world, little one', 'Merry Christmas to the team'].map(create));
    // Followed live at once: the API's subscriber must have found its way back, whichever node it was on.
    const live = await readSse(`${system.baseUrl}/api/v1/postcards/${after[0]}/events`, { timeoutMs: 60_000 });
    expect(live.closedByServer).toBe(true);
    expect(live.events.at(-1)?.event).toBe('result');

    await expectCompletedEachStepOnce(system, [...before, ...after]);
  }, 180_000);
});
