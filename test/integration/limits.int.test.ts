import { createKeyStore } from '../../src/auth/key-store';
import { secondsUntilUtcMidnight } from '../../src/postcards/utc-day';
import { errorOf, waitUntilFinished } from '../support/postcard-api';
import { scriptedProviders } from '../support/scripted-providers';
import { startTestSystem, type TestSystem } from '../support/test-system';
import { createGate } from '../support/wait';

/** A client of one system, calling with an API key (or none, in open mode). */
function client(system: TestSystem) {
  const call = async (path: string, key: string | undefined, init: RequestInit = {}) => {
    const response = await fetch(`${system.baseUrl}${path}`, {
      ...init,
      headers: { 'content-type': 'application/json', ...(key === undefined ? {} : { authorization: `Bearer ${key}` }), ...(init.headers ?? {}) },
    });
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: text === '' ? {} : (JSON.parse(text) as Record<string, unknown>) };
  };
  return {
    create: (key: string | undefined, prompt = 'Happy birthday, Sarah', headers: Record<string, string> = {}) =>
      call('/api/v1/postcards', key, { method: 'POST', body: JSON.stringify({ prompt }), headers }),
    cancel: (key: string | undefined, id: string) => call(`/api/v1/postcards/${id}/cancel`, key, { method: 'POST' }),
    retry: (key: string | undefined, id: string) => call(`/api/v1/postcards/${id}/retry`, key, { method: 'POST' }),
    makeKey: async (user: string, scopes: Array<'postcards:write' | 'postcards:read' | 'admin'> = ['postcards:write', 'postcards:read']) =>
      (await createKeyStore(system.services.db, () => undefined).createKey({ user, scopes, kind: 'test', expiresAt: null })).key,
  };
}

type Reply = Awaited<ReturnType<ReturnType<typeof client>['create']>>;
const codes = (replies: readonly Reply[]) => replies.map((r) => (r.status === 429 ? errorOf(r.body).code : String(r.status))).sort();
const idOf = (reply: Reply) => String(reply.body.task_id);
const times = <T>(n: number, make: () => Promise<T>) => Promise.all(Array.from({ length: n }, make));

/** Retry-After of a daily limit: the seconds left of the UTC day (a second or two may pass meanwhile). */
const expectUntilMidnight = (reply: Reply) => {
  const seconds = Number(reply.headers.get('retry-after'));
  expect(Math.abs(seconds - secondsUntilUtcMidnight(new Date()))).toBeLessThanOrEqual(3);
};

describe('per-user limits: the active cap and the daily quotas (AUTH_MODE=keys)', () => {
  let system: TestSystem;
  let api: ReturnType<typeof client>;
  beforeAll(async () => {
    // No workers: postcards stay PENDING, so they hold their slots.
    system = await startTestSystem({
      workers: false,
      env: { AUTH_MODE: 'keys', MAX_ACTIVE_POSTCARDS_PER_USER: '3', DAILY_POSTCARD_QUOTA: '5', DAILY_RETRY_QUOTA: '2' },
    });
    api = client(system);
  });
  afterAll(async () => {
    await system.close();
  });
  const owned = async (user: string) =>
    Number((await system.query<{ n: string }>('SELECT count(*) AS n FROM postcards p JOIN users u ON u.id = p.user_id WHERE u.name = $1', [user]))[0]?.n);

  it('admits exactly the active cap of 20 concurrent creates, refusing the rest without using up the daily quota', async () => {
    const alice = await api.makeKey('alice');
    const replies = await times(20, () => api.create(alice));
    expect(codes(replies)).toEqual([...Array<string>(3).fill('202'), ...Array<string>(17).fill('too_many_active_postcards')]);
    const refused = replies.find((r) => r.status === 429);
    expect(errorOf(refused?.body).message).toMatch(/3 of your postcards are in progress.*\(3\).*cancel one/);
    // Only a finished postcard frees a slot: no Retry-After to wait for.
    expect(refused?.headers.get('retry-after')).toBeNull();
    expect(await owned('alice')).toBe(3);

    // Another user is not held back by alice's postcards.
    expect((await api.create(await api.makeKey('bob'))).status).toBe(202);

    // Cancelling frees slots; the 17 refusals used none of the 5 a day.
    for (const reply of replies.filter((r) => r.status === 202)) expect((await api.cancel(alice, idOf(reply))).status).toBe(200);
    expect((await times(2, () => api.create(alice))).map((r) => r.status)).toEqual([202, 202]);
    const over = await api.create(alice);
    expect([over.status, errorOf(over.body).code]).toEqual([429, 'daily_quota_exceeded']);
    expect(errorOf(over.body).message).toMatch(/5 of 5 postcards today/);
    expectUntilMidnight(over);
    expect(await owned('alice')).toBe(5);
  });

  it('admits exactly what is left of the daily quota of 20 concurrent creates', async () => {
    const carol = await api.makeKey('carol');
    for (let i = 0; i < 3; i += 1) expect((await api.cancel(carol, idOf(await api.create(carol)))).status).toBe(200);
    const replies = await times(20, () => api.create(carol));
    expect(codes(replies)).toEqual([...Array<string>(2).fill('202'), ...Array<string>(18).fill('daily_quota_exceeded')]);
    expect(await owned('carol')).toBe(5);
  });

  it('lets admin keys past the per-user limits', async () => {
    const ops = await api.makeKey('ops', ['admin']);
    expect((await times(7, () => api.create(ops))).map((r) => r.status)).toEqual(Array<number>(7).fill(202));
  });

  it('counts daily retries atomically, and gives back those that did not happen', async () => {
    const dave = await api.makeKey('dave');
    const ids = [];
    for (let i = 0; i < 3; i += 1) ids.push(idOf(await api.create(dave, `retry me ${i}`)));
    for (const id of ids) await api.cancel(dave, id);
    const [first = '', second = '', third = ''] = ids;

    // Five at once on one postcard: one new run; the others lose the race (409) or, while
    // those still hold a retry, find none left (429). Every loser gives its retry back.
    const raced = await times(5, () => api.retry(dave, first));
    expect(raced.filter((r) => r.status === 202)).toHaveLength(1);
    expect(raced.every((r) => r.status === 202 || r.status === 409 || errorOf(r.body).code === 'daily_quota_exceeded')).toBe(true);
    // Refused before any quota is taken: not retryable.
    expect((await api.retry(dave, first)).status).toBe(409);

    expect((await api.retry(dave, second)).status).toBe(202);
    const over = await api.retry(dave, third);
    expect([over.status, errorOf(over.body).code]).toEqual([429, 'daily_quota_exceeded']);
    expect(errorOf(over.body).message).toMatch(/2 of 2 retries today/);
    expectUntilMidnight(over);
  });

  it('refuses a retry past the active cap, and that refusal uses up no retry', async () => {
    const erin = await api.makeKey('erin');
    const ids = [];
    for (let i = 0; i < 3; i += 1) ids.push(idOf(await api.create(erin, `erin ${i}`)));
    const [e1 = '', e2 = '', e3 = ''] = ids;
    await api.cancel(erin, e1);
    await api.cancel(erin, e2);
    const e4 = idOf(await api.create(erin, 'erin 3'));
    await api.create(erin, 'erin 4');
    for (const id of [e1, e2, e1]) {
      const refused = await api.retry(erin, id);
      expect([refused.status, errorOf(refused.body).code]).toEqual([429, 'too_many_active_postcards']);
    }
    await api.cancel(erin, e3);
    await api.cancel(erin, e4);
    expect((await api.retry(erin, e1)).status).toBe(202);
    expect((await api.retry(erin, e2)).status).toBe(202);
  });
});

describe('the daily budget (DAILY_BUDGET_USD)', () => {
  const held = createGate();
  let system: TestSystem;
  let api: ReturnType<typeof client>;
  beforeAll(async () => {
    const { providers } = scriptedProviders({ before: { concept: (_call, ctx, prompt) => (prompt === 'paid' ? undefined : held.wait(ctx.signal)) } });
    system = await startTestSystem({ providers, env: { DAILY_BUDGET_USD: '0.05', DAILY_BUDGET_CHECK_SECONDS: '0' } });
    api = client(system);
  });
  afterAll(async () => {
    held.open();
    await system.close();
  });

  it('refuses creates and retries once today\'s spend reaches it, and lets accepted work drain', async () => {
    const paid = idOf(await api.create(undefined, 'paid'));
    expect((await waitUntilFinished(system.baseUrl, paid)).status).toBe('COMPLETED');
    const inFlight = idOf(await api.create(undefined, 'held'));
    await held.reached;
    const cancelled = idOf(await api.create(undefined, 'cancelled'));
    await api.cancel(undefined, cancelled);

    // The cost accounting says the day's budget is spent.
    await system.query("UPDATE step_runs SET cost_usd = 0.06 WHERE task_id = $1::uuid AND step = 'concept'", [paid]);
    for (const refused of [await api.create(undefined, 'one more'), await api.retry(undefined, cancelled)]) {
      expect([refused.status, errorOf(refused.body).code]).toEqual([429, 'daily_budget_exhausted']);
      expect(errorOf(refused.body).message).toMatch(/daily budget.*midnight UTC.*already accepted/);
      expectUntilMidnight(refused);
    }

    held.open();
    expect((await waitUntilFinished(system.baseUrl, inFlight)).status).toBe('COMPLETED');
  });
});
