import { randomUUID } from 'node:crypto';
import { STEP_ORDER } from '../../src/pipeline/catalog';
import { createPostcardStore } from '../../src/store/pg-postcard-store';
import type { PostcardStore } from '../../src/store/postcard-store';
import { ANONYMOUS_USER_ID, type AttemptRecord, type NewPostcard, type StepKey } from '../../src/store/postcard-types';
import { createMemoryPostcardStore } from '../support/memory-postcard-store';
import { useSuiteDatabase } from '../support/suite-database';

/**
 * One contract, two stores: the PostgreSQL store the service runs on, and the
 * in-memory fake the unit tests use. Every transition's guard is exercised on
 * both, so the fake cannot drift from what production does.
 */
const T0 = Date.parse('2026-12-01T10:00:00.000Z');
let clock = T0;
const now = () => new Date(clock);

const record: AttemptRecord = {
  provider: 'local',
  model: 'local-1',
  cacheHit: false,
  inputTokens: 10,
  outputTokens: 20,
  images: 0,
  costUsd: 0.001,
  strategyReason: null,
  params: null,
  qualityScore: 1,
  errorKind: null,
};

const fresh = (overrides: Partial<NewPostcard> = {}): NewPostcard => {
  const taskId = randomUUID();
  return {
    taskId,
    userInput: 'Happy birthday, Sarah',
    style: null,
    theme: null,
    userId: ANONYMOUS_USER_ID,
    useCache: true,
    strategy: 'balanced',
    metadata: { source: 'test' },
    previewUrl: `/preview/${taskId}`,
    ...overrides,
  };
};

const db = useSuiteDatabase();
beforeEach(() => {
  clock += 60_000;
});

describe.each([
  ['PostgreSQL', (): PostcardStore => createPostcardStore(db, STEP_ORDER, now)],
  ['in-memory fake', (): PostcardStore => createMemoryPostcardStore(STEP_ORDER, now)],
])('the postcard store (%s)', (_name, make) => {
  let store: PostcardStore;
  beforeEach(() => {
    store = make();
  });
  const created = async (overrides: Partial<NewPostcard> = {}) => {
    const outcome = await store.create(fresh(overrides));
    if (outcome.kind === 'refused') throw new Error('refused without an admission');
    return outcome.postcard;
  };
  /** Users are the key store's; the postcard store only refers to them. */
  const newUser = async () => (await db.db.user.create({ data: { name: `user-${randomUUID()}` } })).id;
  const key = (taskId: string, step: StepKey['step'], attempt = 1, run = 1): StepKey => ({ taskId, run, step, attempt });
  const start = (k: StepKey) => store.startStep(k, { jobId: `job-${k.step}`, provider: 'local', strategyReason: null });
  const succeed = async (k: StepKey, columns = {}) => store.succeedStep(k, now(), columns, record);

  it('creates a PENDING postcard in run 1, and an idempotency key replays it or refuses another body', async () => {
    const postcard = await created();
    expect(postcard).toMatchObject({ status: 'PENDING', run: 1, progress: 0, retryCount: 0, metadata: { source: 'test' } });
    expect((await store.get(postcard.taskId))?.createdAt.getTime()).toBe(clock);
    // What create returns (a prepared INSERT … RETURNING on PostgreSQL) is the row as every read returns it.
    expect(await store.get(postcard.taskId)).toEqual(postcard);
    const bare = await created({ style: 'ink', theme: null, metadata: null });
    expect(await store.get(bare.taskId)).toEqual(bare);
    const claim = { key: `k-${randomUUID()}`, requestHash: 'h1', ttlMs: 60_000 };
    const first = await store.create(fresh(), claim);
    if (first.kind !== 'created') throw new Error(`not created: ${first.kind}`);
    expect(await store.create(fresh(), claim)).toMatchObject({ kind: 'replayed', postcard: { taskId: first.postcard.taskId } });
    expect(await store.create(fresh(), { ...claim, requestHash: 'h2' })).toMatchObject({ kind: 'mismatch' });
  });

  it('reads several postcards at once, leaving out unknown ids and repeats', async () => {
    const [a, b] = [await created(), await created()];
    await store.cancel(b.taskId, 'x');
    const found = await store.getMany([a.taskId, randomUUID(), b.taskId, a.taskId]);
    expect(found.map((p) => [p.taskId, p.status]).sort()).toEqual([[a.taskId, 'PENDING'], [b.taskId, 'CANCELLED']].sort());
    expect(await store.getMany([])).toEqual([]);
  });

  it('starts steps (first, then later ones), skips a step already done, and ignores another run', async () => {
    const { taskId } = await created();
    expect(await start(key(taskId, 'concept'))).toBe('first');
    expect(await store.get(taskId)).toMatchObject({ status: 'PROCESSING', currentStep: 'concept', startedAt: now() });
    expect(await succeed(key(taskId, 'concept'), { concept: { title: 't' } })).toBe(true);
    expect(await start(key(taskId, 'concept', 2))).toBe('done');
    // PostgreSQL tells the first start by its timestamp; steps never start in the same millisecond.
    clock += 1;
    expect(await start(key(taskId, 'content'))).toBe('started');
    expect(await start(key(taskId, 'content', 1, 2))).toBe('inactive');
    const runs = (await store.getWithSteps(taskId))?.stepRuns ?? [];
    expect(runs.map((r) => [r.step, r.attempt, r.status])).toEqual([
      ['concept', 1, 'SUCCEEDED'],
      ['content', 1, 'RUNNING'],
    ]);
    expect(runs[0]).toMatchObject({ costUsd: 0.001, inputTokens: 10, jobId: 'job-concept', provider: 'local' });
  });

  it('stores each result with its progress and completes the postcard at the last step', async () => {
    const { taskId } = await created();
    const columns = {
      concept: { title: 'c' },
      content: { headline: 'h' },
      image: { imageAssetId: 'a'.repeat(64), imageUrl: `/api/v1/assets/${'a'.repeat(64)}` },
      code: { frontendCode: '<html></html>', quality: { ok: true } },
    };
    const progress: number[] = [];
    for (const step of STEP_ORDER.steps) {
      await start(key(taskId, step));
      const value = columns[step];
      expect(await succeed(key(taskId, step), step === 'concept' || step === 'content' ? { [step]: value } : value)).toBe(true);
      progress.push((await store.get(taskId))?.progress ?? -1);
    }
    expect(progress).toEqual([25, 50, 75, 100]);
    expect(await store.get(taskId)).toMatchObject({ status: 'COMPLETED', currentStep: null, completedAt: now(), concept: { title: 'c' }, frontendCode: '<html></html>' });
    expect(await store.page(taskId)).toEqual({ status: 'COMPLETED', frontendCode: '<html></html>', imageUrl: columns.image.imageUrl });
  });

  it('discards a result that arrives after a cancel, and refuses an attempt it never started', async () => {
    const { taskId } = await created();
    await start(key(taskId, 'concept'));
    expect(await store.cancel(taskId, 'cancelled by the client')).toEqual({ run: 1, step: 'concept' });
    expect(await store.cancel(taskId, 'again')).toBeNull();
    expect(await succeed(key(taskId, 'concept'), { concept: { title: 'late' } })).toBe(false);
    expect(await store.get(taskId)).toMatchObject({ status: 'CANCELLED', concept: null, errorStep: 'concept', errorMessage: 'cancelled by the client' });
    expect((await store.getWithSteps(taskId))?.stepRuns[0]).toMatchObject({ status: 'FAILED', error: 'result discarded: the postcard was no longer active' });
    await expect(succeed(key(taskId, 'content'))).rejects.toThrow(/does not exist/);
  });

  it('records failed attempts, fails the postcard only on the final one, and never moves a finished postcard', async () => {
    const { taskId } = await created();
    await start(key(taskId, 'concept'));
    const failure = { message: 'rate limited', retryable: true, final: false };
    expect(await store.failAttempt(key(taskId, 'concept'), now(), failure, { ...record, errorKind: 'rate_limit' })).toBe(false);
    expect((await store.get(taskId))?.status).toBe('PROCESSING');
    // An attempt that failed before it started (its row does not exist yet) is recorded too.
    expect(await store.failAttempt(key(taskId, 'concept', 2), undefined, { ...failure, final: true }, record)).toBe(true);
    expect(await store.get(taskId)).toMatchObject({ status: 'FAILED', errorStep: 'concept', errorMessage: 'rate limited', currentStep: null });
    expect(await store.failAttempt(key(taskId, 'concept', 3), undefined, { ...failure, final: true }, record)).toBe(false);
    expect(await store.fail(taskId, 1, 'concept', 'again')).toBe(false);
    expect(await store.timeOut(taskId, 1, 'timeout')).toBeNull();
    expect(await store.markRequeued(taskId, 1)).toBe(false);
    expect(await store.lastFailure(taskId, 1)).toMatchObject({ step: 'concept', error: 'rate limited' });
    expect((await store.getWithSteps(taskId))?.stepRuns.map((r) => [r.attempt, r.status, r.retryable])).toEqual([
      [1, 'FAILED', true],
      [2, 'FAILED', true],
      [3, 'FAILED', true],
    ]);
  });

  it('times out and fails an active postcard naming its step, in its own run only', async () => {
    const a = await created();
    await start(key(a.taskId, 'concept'));
    await succeed(key(a.taskId, 'concept'), { concept: { title: 'c' } });
    await start(key(a.taskId, 'content'));
    expect(await store.timeOut(a.taskId, 2, 'timeout')).toBeNull();
    expect(await store.timeOut(a.taskId, 1, 'timeout: 300 s')).toEqual({ step: 'content' });
    expect(await store.get(a.taskId)).toMatchObject({ status: 'FAILED', errorStep: 'content', errorMessage: 'timeout: 300 s' });
    const b = await created();
    expect(await store.fail(b.taskId, 1, null, 'the flow failed')).toBe(true);
    expect(await store.get(b.taskId)).toMatchObject({ status: 'FAILED', errorStep: null });
  });

  it('starts a new run from the first missing result, refuses a stale read, and can be undone', async () => {
    const { taskId } = await created();
    await start(key(taskId, 'concept'));
    await succeed(key(taskId, 'concept'), { concept: { title: 'c' } });
    await start(key(taskId, 'content'));
    await succeed(key(taskId, 'content'), { content: { headline: 'h' } });
    await start(key(taskId, 'image'));
    await store.failAttempt(key(taskId, 'image'), now(), { message: 'down', retryable: false, final: true }, record);
    const failed = await store.get(taskId);
    if (failed === null) throw new Error('missing');
    expect(await store.newRun({ ...failed, status: 'PROCESSING' })).toBeNull();
    expect(await store.newRun(failed)).toEqual({ kind: 'started', run: 2, fromStep: 'image' });
    expect(await store.get(taskId)).toMatchObject({ status: 'PENDING', run: 2, retryCount: 1, progress: 50, errorStep: null, errorMessage: null });
    expect(await store.newRun(failed)).toBeNull();
    // A late job of run 1 changes nothing in run 2.
    expect(await start(key(taskId, 'image', 2, 1))).toBe('inactive');
    expect(await store.undoNewRun(failed)).toBe(true);
    expect(await store.get(taskId)).toMatchObject({ status: 'FAILED', run: 1, retryCount: 0, errorStep: 'image', errorMessage: 'down', progress: 50 });
    expect(await store.newRun(await created())).toBeNull();
  });

  it('discards only a postcard that never started, and finds candidates for the reconciler', async () => {
    const started = await created();
    await start(key(started.taskId, 'concept'));
    expect(await store.discard(started.taskId)).toBe(false);
    const unqueued = await created();
    expect(await store.discard(unqueued.taskId)).toBe(true);
    expect(await store.get(unqueued.taskId)).toBeNull();

    clock += 1000;
    const cutoff = now();
    clock += 1000;
    const later = await created();
    const overdue = (await store.activeCreatedBefore(cutoff, 1000)).map((p) => p.taskId);
    expect(overdue).toContain(started.taskId);
    expect(overdue).not.toContain(later.taskId);
    clock += 1000;
    expect(await store.markRequeued(started.taskId, 1)).toBe(true);
    const quiet = (await store.activeQuietSince(new Date(clock), 1000)).map((p) => p.taskId);
    expect(quiet).toContain(later.taskId);
    expect(quiet).not.toContain(started.taskId);
  });

  it('admits up to the owner\'s active cap, refusing without writing, and counts only that owner', async () => {
    const [user, other] = [await newUser(), await newUser()];
    const admission = { maxActive: 3 };
    // Concurrent creates: exactly the cap is admitted, whatever the interleaving.
    const outcomes = await Promise.all(Array.from({ length: 20 }, () => store.create(fresh({ userId: user }), undefined, admission)));
    expect(outcomes.filter((o) => o.kind === 'created')).toHaveLength(3);
    expect(outcomes.filter((o) => o.kind === 'refused')).toHaveLength(17);
    expect(outcomes.find((o) => o.kind === 'refused')).toEqual({ kind: 'refused', limit: 'active', held: 3, max: 3 });
    expect(await store.list({ userId: user, limit: 100 })).toHaveLength(3);
    expect((await store.create(fresh({ userId: other }), undefined, admission)).kind).toBe('created');
    // A finished postcard frees its slot.
    const [oldest] = (await store.list({ userId: user, limit: 100 })).reverse();
    await store.cancel(oldest?.taskId ?? '', 'x');
    expect((await store.create(fresh({ userId: user }), undefined, admission)).kind).toBe('created');
    expect((await store.create(fresh({ userId: user }), undefined, admission)).kind).toBe('refused');
  });

  it('admits up to the owner\'s daily count, and replays an idempotency key even past a limit', async () => {
    const user = await newUser();
    const since = now();
    await created({ userId: user });
    clock += 1000;
    const admission = { maxCreated: { limit: 2, since: now() } };
    const claim = { key: `k-${randomUUID()}`, requestHash: 'h', ttlMs: 60_000 };
    const made = await store.create(fresh({ userId: user }), claim, admission);
    expect(made.kind).toBe('created');
    expect((await store.create(fresh({ userId: user }), undefined, admission)).kind).toBe('created');
    expect(await store.create(fresh({ userId: user }), undefined, admission)).toEqual({ kind: 'refused', limit: 'created', held: 2, max: 2 });
    expect(await store.create(fresh({ userId: user }), claim, admission)).toMatchObject({ kind: 'replayed' });
    // The postcard made before the admission's `since` did not count above; counted from earlier, it does.
    expect(await store.create(fresh({ userId: user }), undefined, { maxCreated: { limit: 3, since } })).toEqual({ kind: 'refused', limit: 'created', held: 3, max: 3 });
  });

  it('refuses a new run that would pass the owner\'s active cap', async () => {
    const user = await newUser();
    const { taskId } = await created({ userId: user });
    await store.cancel(taskId, 'x');
    const cancelled = await store.get(taskId);
    if (cancelled === null) throw new Error('missing');
    const busy = await created({ userId: user });
    expect(await store.newRun(cancelled, { maxActive: 1 })).toEqual({ kind: 'refused', limit: 'active', held: 1, max: 1 });
    expect(await store.get(taskId)).toMatchObject({ status: 'CANCELLED', run: 1 });
    await store.cancel(busy.taskId, 'x');
    expect(await store.newRun(cancelled, { maxActive: 1 })).toMatchObject({ kind: 'started', run: 2 });
  });

  it('sums the cost of the step runs started since a moment, counting unpriced ones apart', async () => {
    const since = now();
    const { taskId } = await created();
    await start(key(taskId, 'concept'));
    await succeed(key(taskId, 'concept'));
    await start(key(taskId, 'content'));
    await store.failAttempt(key(taskId, 'content'), now(), { message: 'x', retryable: true, final: false }, { ...record, costUsd: null });
    // Still running: its cost is not known yet, and it is not "unpriced".
    await start(key(taskId, 'content', 2));
    const spend = await store.spentSince(since);
    expect(spend.usd).toBeCloseTo(0.001, 6);
    expect(spend.unpriced).toBe(1);
    clock += 1000;
    expect(await store.spentSince(now())).toEqual({ usd: 0, unpriced: 0 });
  });

  it('lists newest first with a stable keyset cursor, filtered by status and user', async () => {
    const user = await newUser();
    const ids: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      clock += 1000;
      ids.push((await created({ userId: user })).taskId);
    }
    await store.cancel(ids[1] ?? '', 'x');
    const first = await store.list({ userId: user, limit: 2 });
    expect(first.map((p) => p.taskId)).toEqual([ids[4], ids[3]]);
    const last = first.at(-1);
    if (last === undefined) throw new Error('empty page');
    const next = await store.list({ userId: user, limit: 10, after: { createdAt: last.createdAt, taskId: last.taskId } });
    expect(next.map((p) => p.taskId)).toEqual([ids[2], ids[1], ids[0]]);
    expect((await store.list({ userId: user, status: 'CANCELLED', limit: 10 })).map((p) => p.taskId)).toEqual([ids[1]]);
  });
});

describe('plain creates on PostgreSQL', () => {
  it('share one INSERT when they come in one turn, and a row PostgreSQL refuses fails alone', async () => {
    const statements: string[] = [];
    const counted = { db: db.db, sql: { query: ((name, text, values) => (statements.push(name), db.sql.query(name, text, values))) as typeof db.sql.query } };
    const store = createPostcardStore(counted, STEP_ORDER, now);
    const good = Array.from({ length: 5 }, () => fresh({ metadata: { quote: 'a "quoted", {braced} \\ value' } }));
    const orphan = fresh({ userId: randomUUID() }); // no such user: the foreign key refuses it
    const outcomes = await Promise.allSettled([...good, orphan].map((postcard) => store.create(postcard)));

    expect(outcomes.slice(0, 5).map((o) => (o.status === 'fulfilled' && o.value.kind === 'created' ? o.value.postcard.taskId : o.status))).toEqual(
      good.map((p) => p.taskId),
    );
    expect(outcomes[5]).toMatchObject({ status: 'rejected', reason: { code: '23503' } });
    // The batch of six, refused as a whole, then each alone.
    expect(statements).toEqual(Array(7).fill('postcards_insert'));
    for (const postcard of good) {
      expect(await store.get(postcard.taskId)).toMatchObject({ status: 'PENDING', run: 1, metadata: postcard.metadata, userInput: postcard.userInput });
    }
    expect(await store.get(orphan.taskId)).toBeNull();

    statements.length = 0;
    const more = Array.from({ length: 3 }, () => fresh({ metadata: null, style: 'watercolor' }));
    await Promise.all(more.map((postcard) => store.create(postcard)));
    expect(statements).toEqual(['postcards_insert']);
    expect((await store.getMany(more.map((p) => p.taskId))).map((p) => [p.style, p.metadata]).sort()).toEqual(more.map(() => ['watercolor', null]));
  });
});
