import { randomUUID } from 'node:crypto';
import type { Following } from '../../src/live/postcard-follower';
import { createSubscriptions, type SubscriptionDeps, type SubscriptionMessage } from '../../src/live/ws-subscriptions';
import type { Postcard } from '../../src/store/postcard-types';

/** The subscriptions of one WebSocket, on fakes built from their interface. */
function setUp(known: readonly string[], overrides: Partial<SubscriptionDeps> = {}) {
  const sent: SubscriptionMessage[] = [];
  const lookups: string[][] = [];
  const stopped: string[] = [];
  const existing = new Set(known);
  let release: () => void = () => undefined;
  let gate = Promise.resolve();
  const deps: SubscriptionDeps = {
    max: 5,
    async lookup(ids) {
      lookups.push([...ids]);
      await gate;
      // Only the fields the subscriptions read: the follow is faked too.
      return ids.filter((id) => existing.has(id)).map((taskId) => ({ taskId }) as Postcard);
    },
    follow: async (postcard): Promise<Following> => ({ stop: () => void stopped.push(postcard.taskId) }),
    send: (message) => void sent.push(message),
    failed: (taskId) => void sent.push({ type: 'error', task_id: taskId, code: 'unavailable', message: 'try again' }),
    ...overrides,
  };
  return {
    subscriptions: createSubscriptions(deps),
    sent,
    lookups,
    stopped,
    /** Holds every lookup until `open()`: the messages then overlap as on a busy socket. */
    hold() {
      gate = new Promise<void>((resolve) => (release = resolve));
    },
    open: () => release(),
    of: (type: SubscriptionMessage['type'], code?: string) => sent.filter((m) => m.type === type && (code === undefined || ('code' in m && m.code === code))).map((m) => m.task_id),
  };
}

const ids = (n: number) => Array.from({ length: n }, () => randomUUID());

describe('WebSocket subscriptions', () => {
  it('looks every id of a message up in one query, and names the unknown ones', async () => {
    const known = ids(3);
    const unknown = randomUUID();
    const t = setUp(known);
    await t.subscriptions.subscribe([...known, unknown, known[0] ?? ''], undefined);
    expect(t.lookups).toEqual([[...known, unknown]]);
    expect(t.of('subscribed')).toEqual(known);
    expect(t.of('error', 'not_found')).toEqual([unknown]);
    expect(t.subscriptions.size).toBe(3);
  });

  it('counts the cap atomically: messages that overlap cannot pass it together', async () => {
    const all = ids(8);
    const t = setUp(all);
    t.hold();
    const first = t.subscriptions.subscribe(all.slice(0, 4), undefined);
    const second = t.subscriptions.subscribe(all.slice(4), undefined);
    // Both were read before either lookup answered; the second saw the first's four slots taken.
    expect(t.subscriptions.size).toBe(5);
    t.open();
    await Promise.all([first, second]);
    expect(t.of('subscribed')).toHaveLength(5);
    expect(t.of('error', 'too_many_subscriptions')).toEqual(all.slice(5));
    // One query per message; the second looked all its ids up, to tell unknown ones from refused ones.
    expect(t.lookups).toEqual([all.slice(0, 4), all.slice(4)]);
  });

  it('frees a slot on unsubscribe, also for one still being looked up', async () => {
    const all = ids(6);
    const t = setUp(all);
    await t.subscriptions.subscribe(all.slice(0, 5), undefined);
    t.subscriptions.unsubscribe([all[0] ?? '']);
    expect(t.stopped).toEqual([all[0]]);
    t.hold();
    const late = t.subscriptions.subscribe([all[5] ?? ''], undefined);
    t.subscriptions.unsubscribe([all[5] ?? '']);
    t.open();
    await late;
    expect(t.of('subscribed')).not.toContain(all[5]);
    expect(t.subscriptions.size).toBe(4);
  });

  it('gives unknown ids no slot, and asks nothing more of the database once full', async () => {
    const all = ids(7);
    const t = setUp(all);
    const unknown = randomUUID();
    await t.subscriptions.subscribe([unknown, ...all.slice(0, 5)], undefined);
    expect(t.of('error', 'not_found')).toEqual([unknown]);
    expect(t.of('subscribed')).toEqual(all.slice(0, 5));
    await t.subscriptions.subscribe(all.slice(5), undefined);
    expect(t.of('error', 'too_many_subscriptions')).toEqual(all.slice(5));
    expect(t.lookups).toHaveLength(1);
  });

  it('gives the slots back and tells the client when the lookup fails', async () => {
    const all = ids(2);
    const t = setUp(all, { lookup: () => Promise.reject(new Error('database down')) });
    await t.subscriptions.subscribe(all, undefined);
    expect(t.of('error', 'unavailable')).toEqual(all);
    expect(t.subscriptions.size).toBe(0);
  });

  it('holds no slot for a postcard that ended during its replay, nor after the socket closed', async () => {
    const [done = '', open = ''] = ids(2);
    const t = setUp([done, open], {
      follow: async (postcard, _afterId, ended) => {
        if (postcard.taskId === done) ended();
        return { stop: () => undefined };
      },
    });
    await t.subscriptions.subscribe([done, open], undefined);
    expect(t.of('completed')).toEqual([done]);
    expect(t.subscriptions.size).toBe(1);
    t.subscriptions.close();
    expect(t.subscriptions.size).toBe(0);
    await t.subscriptions.subscribe(ids(1), undefined);
    expect(t.subscriptions.size).toBe(0);
  });
});
