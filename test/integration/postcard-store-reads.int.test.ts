import { randomUUID } from 'node:crypto';
import { STEP_ORDER } from '../../src/pipeline/catalog';
import { createPostcardStore } from '../../src/store/pg-postcard-store';
import type { PostcardStore } from '../../src/store/postcard-store';
import { ANONYMOUS_USER_ID, type AttemptRecord, type StepKey } from '../../src/store/postcard-types';
import { createMemoryPostcardStore } from '../support/memory-postcard-store';
import { useSuiteDatabase } from '../support/suite-database';

/**
 * The store's reads across step runs (where a cached result came from, how
 * long steps take), one contract on both stores as in postcard-store.int.test.ts.
 */
let clock = Date.parse('2026-12-01T10:00:00.000Z');
const now = () => new Date(clock);

const record = (overrides: Partial<AttemptRecord> = {}): AttemptRecord => ({
  provider: 'gemini',
  model: 'gemini-image-1',
  cacheHit: false,
  inputTokens: 0,
  outputTokens: 0,
  images: 1,
  costUsd: null,
  strategyReason: null,
  params: null,
  qualityScore: null,
  errorKind: null,
  ...overrides,
});

const db = useSuiteDatabase();
beforeEach(() => {
  clock += 3_600_000;
});

describe.each([
  ['PostgreSQL', (): PostcardStore => createPostcardStore(db, STEP_ORDER, now)],
  ['in-memory fake', (): PostcardStore => createMemoryPostcardStore(STEP_ORDER, now)],
])('the postcard store reads (%s)', (_name, make) => {
  let store: PostcardStore;
  beforeEach(() => {
    store = make();
  });
  const postcard = async () => {
    const taskId = randomUUID();
    const outcome = await store.create({
      taskId,
      userInput: 'Happy birthday',
      style: null,
      theme: null,
      userId: ANONYMOUS_USER_ID,
      useCache: true,
      strategy: 'balanced',
      metadata: null,
      previewUrl: `/preview/${taskId}`,
    });
    if (outcome.kind === 'refused') throw new Error('refused without an admission');
    return taskId;
  };
  /** One attempt of `step` that took `ms`, succeeded or failed. */
  const attempt = async (key: StepKey, ms: number, outcome: 'SUCCEEDED' | 'FAILED', details: Partial<AttemptRecord> = {}) => {
    await store.startStep(key, { jobId: undefined, provider: 'gemini', strategyReason: null });
    const startedAt = new Date(clock - ms);
    if (outcome === 'SUCCEEDED') await store.succeedStep(key, startedAt, {}, record(details));
    else await store.failAttempt(key, startedAt, { message: 'busy', retryable: true, final: false }, record({ ...details, errorKind: 'rate_limit' }));
  };

  it('names the attempt that produced a stored result: the last fresh success, never a cache hit', async () => {
    const taskId = await postcard();
    expect(await store.producedBy(taskId, 'concept')).toBeNull();
    await attempt({ taskId, run: 1, step: 'concept', attempt: 1 }, 10, 'FAILED');
    expect(await store.producedBy(taskId, 'concept')).toBeNull();
    await attempt({ taskId, run: 1, step: 'concept', attempt: 2 }, 10, 'SUCCEEDED', { params: { provider: 'gemini', model: 'gemini-image-1', prompt: 'A cake' } });
    expect(await store.producedBy(taskId, 'concept')).toEqual({ provider: 'gemini', model: 'gemini-image-1', params: { provider: 'gemini', model: 'gemini-image-1', prompt: 'A cake' } });

    const reuser = await postcard();
    await attempt({ taskId: reuser, run: 1, step: 'concept', attempt: 1 }, 1, 'SUCCEEDED', { provider: 'cache', model: null, cacheHit: true });
    expect(await store.producedBy(reuser, 'concept')).toBeNull();
  });

  it("gives each step's median, p90 and samples of fresh successes since a time, and cache hits apart", async () => {
    const since = now();
    for (const ms of [100, 200, 300]) {
      const taskId = await postcard();
      await attempt({ taskId, run: 1, step: 'concept', attempt: 1 }, 50_000, 'FAILED');
      await attempt({ taskId, run: 1, step: 'concept', attempt: 2 }, ms, 'SUCCEEDED');
    }
    const cached = await postcard();
    await attempt({ taskId: cached, run: 1, step: 'concept', attempt: 1 }, 4, 'SUCCEEDED', { provider: 'cache', model: null, cacheHit: true });
    await attempt({ taskId: cached, run: 1, step: 'content', attempt: 1 }, 40, 'SUCCEEDED');

    const timings = await store.stepTimings(since);
    expect([...timings].sort((a, b) => a.step.localeCompare(b.step))).toEqual([
      // percentile_cont: 0.9 of the way through [100, 200, 300] is 280.
      { step: 'concept', samples: 3, medianMs: 200, p90Ms: 280, cacheHitSamples: 1, cacheHitMedianMs: 4 },
      { step: 'content', samples: 1, medianMs: 40, p90Ms: 40, cacheHitSamples: 0, cacheHitMedianMs: null },
    ]);
    // Nothing started after a later time.
    clock += 60_000;
    expect(await store.stepTimings(now())).toEqual([]);
  });
});

describe('loading postcards on PostgreSQL (batched prepared SELECT)', () => {
  it('answers every load of one event-loop turn with one statement, the rows exactly as Prisma reads them', async () => {
    const store = createPostcardStore(db, STEP_ORDER, now);
    const made = [];
    for (let i = 0; i < 3; i += 1) {
      const outcome = await store.create({
        taskId: randomUUID(),
        userInput: `Happy birthday #${i}`,
        style: i === 0 ? null : 'ink',
        theme: null,
        userId: ANONYMOUS_USER_ID,
        useCache: i !== 1,
        strategy: 'balanced',
        metadata: i === 2 ? null : { source: 'test', n: i },
        previewUrl: `/preview/${i}`,
      });
      if (outcome.kind !== 'created') throw new Error(outcome.kind);
      made.push(outcome.postcard);
    }
    const [a, b, c] = made as [(typeof made)[number], (typeof made)[number], (typeof made)[number]];
    const step: StepKey = { taskId: a.taskId, run: 1, step: 'concept', attempt: 1 };
    await store.startStep(step, { jobId: 'j', provider: 'local', strategyReason: null });
    await store.succeedStep(step, now(), { concept: { title: 'Sea', palette: ['#fff'] } }, record());

    const pool = db.sql;
    const sent: string[] = [];
    const query = pool.query.bind(pool);
    pool.query = (name, text, values) => (sent.push(name), query(name, text, values));
    try {
      const loads = await Promise.all([
        store.get(a.taskId),
        store.get(b.taskId.toUpperCase()),
        store.get(c.taskId),
        store.get(a.taskId),
        store.get(randomUUID()),
        store.get('not-a-task-id'),
      ]);
      expect(sent).toEqual(['postcard_select']);
      const [loadedA, loadedB, loadedC, againA, unknown, malformed] = loads;
      expect(unknown).toBeNull();
      expect(malformed).toBeNull();
      expect(againA).toEqual(loadedA);
      // Prisma's own read of each row (getWithSteps) is the reference for types: Dates, JSON, nulls.
      for (const [loaded, id] of [[loadedA, a.taskId], [loadedB, b.taskId], [loadedC, c.taskId]] as const) {
        const { stepRuns: _steps, ...viaPrisma } = (await store.getWithSteps(id)) ?? { stepRuns: [] };
        expect(loaded).toEqual(viaPrisma);
      }
      expect(loadedA).toMatchObject({ status: 'PROCESSING', concept: { title: 'Sea', palette: ['#fff'] }, metadata: { source: 'test', n: 0 } });
      expect(loadedC?.metadata).toBeNull();
    } finally {
      pool.query = query;
    }
  });
});
