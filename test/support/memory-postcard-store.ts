import type { Admission, CreateOutcome, IdempotencyClaim, PostcardStore, Refused } from '../../src/store/postcard-store';
import { isActive, type Postcard, type StepKey, type StepName, type StepRun } from '../../src/store/postcard-types';
import type { StepOrder } from '../../src/store/step-order';
import { memoryStepReads } from './memory-step-reads';

type Row = { -readonly [K in keyof Postcard]: Postcard[K] };
type RunRow = { -readonly [K in keyof StepRun]: StepRun[K] } & { readonly seq: number };

/**
 * The postcard store in memory, for unit tests of the processor, the
 * lifecycle and the reconciler. It implements the same interface as the
 * PostgreSQL store, and test/integration/postcard-store.int.test.ts runs one
 * contract suite against both, so the two cannot drift apart.
 */
export function createMemoryPostcardStore(order: StepOrder, now: () => Date = () => new Date()): PostcardStore & {
  /** Every stored row, for assertions. */
  readonly rows: ReadonlyMap<string, Postcard>;
  runsOf(taskId: string): readonly StepRun[];
} {
  const rows = new Map<string, Row>();
  const runs = new Map<string, RunRow[]>();
  const claims = new Map<string, { requestHash: string; taskId: string; createdAt: Date }>();
  let seq = 0;

  const copy = (row: Row): Postcard => ({ ...row });
  const stepRunOf = ({ seq: _seq, ...run }: RunRow): StepRun => ({ ...run });
  const runsFor = (taskId: string) => {
    let list = runs.get(taskId);
    if (list === undefined) runs.set(taskId, (list = []));
    return list;
  };
  const attemptOf = (key: StepKey) => runsFor(key.taskId).find((r) => r.run === key.run && r.step === key.step && r.attempt === key.attempt);
  /** The guard of every transition: the postcard exists, is active, and is in the caller's run. */
  const activeIn = (taskId: string, run?: number) => {
    const row = rows.get(taskId);
    return row !== undefined && isActive(row.status) && (run === undefined || row.run === run) ? row : undefined;
  };
  const blankRun = (key: StepKey, at: Date): RunRow => ({
    seq: (seq += 1),
    run: key.run,
    step: key.step,
    attempt: key.attempt,
    status: 'RUNNING',
    provider: null,
    jobId: null,
    startedAt: at,
    finishedAt: null,
    durationMs: null,
    error: null,
    retryable: null,
    cacheHit: false,
    model: null,
    inputTokens: 0,
    outputTokens: 0,
    images: 0,
    costUsd: 0,
    strategyReason: null,
    params: null,
    qualityScore: null,
    errorKind: null,
  });
  const terminal = (row: Row, status: 'FAILED' | 'CANCELLED', step: StepName | null, message: string) => {
    Object.assign(row, { status, errorStep: step, errorMessage: message, currentStep: null, updatedAt: now() });
  };
  /** The PostgreSQL store's admission; nothing awaits between this count and the write, so it is atomic here too. */
  const refusal = (userId: string, { maxActive, maxCreated }: Admission): Refused | null => {
    const owned = [...rows.values()].filter((r) => r.userId === userId);
    const created = maxCreated === undefined ? 0 : owned.filter((r) => r.createdAt >= maxCreated.since).length;
    if (maxCreated !== undefined && created >= maxCreated.limit) return { kind: 'refused', limit: 'created', held: created, max: maxCreated.limit };
    const active = owned.filter((r) => isActive(r.status)).length;
    if (maxActive !== undefined && active >= maxActive) return { kind: 'refused', limit: 'active', held: active, max: maxActive };
    return null;
  };
  const byNewest = (a: Postcard, b: Postcard) => b.createdAt.getTime() - a.createdAt.getTime() || (a.taskId < b.taskId ? 1 : -1);

  return {
    rows,
    runsOf: (taskId) => runsFor(taskId).map(stepRunOf),

    get: async (taskId) => {
      const row = rows.get(taskId);
      return row === undefined ? null : copy(row);
    },
    getMany: async (taskIds) => [...new Set(taskIds)].flatMap((taskId) => {
      const row = rows.get(taskId);
      return row === undefined ? [] : [copy(row)];
    }),
    getWithSteps: async (taskId) => {
      const row = rows.get(taskId);
      if (row === undefined) return null;
      const sorted = [...runsFor(taskId)].sort((a, b) => a.run - b.run || a.attempt - b.attempt || a.seq - b.seq);
      return { ...copy(row), stepRuns: sorted.map(stepRunOf) };
    },
    page: async (taskId) => {
      const row = rows.get(taskId);
      return row === undefined ? null : { status: row.status, frontendCode: row.frontendCode, imageUrl: row.imageUrl };
    },
    list: async ({ status, userId, limit, after }) =>
      [...rows.values()]
        .filter((r) => (status === undefined || r.status === status) && (userId === undefined || r.userId === userId))
        .filter((r) => after === undefined || byNewest(r, { ...r, createdAt: after.createdAt, taskId: after.taskId }) > 0)
        .sort(byNewest)
        .slice(0, limit)
        .map(copy),
    activeCreatedBefore: async (at, limit) =>
      [...rows.values()]
        .filter((r) => isActive(r.status) && r.createdAt < at)
        .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())
        .slice(0, limit)
        .map(copy),
    activeQuietSince: async (at, limit) =>
      [...rows.values()]
        .filter((r) => isActive(r.status) && r.updatedAt < at)
        .sort((a, b) => a.updatedAt.getTime() - b.updatedAt.getTime())
        .slice(0, limit)
        .map(copy),
    spentSince: async (since) => {
      const started = [...runs.values()].flat().filter((r) => r.startedAt >= since);
      return {
        usd: started.reduce((sum, r) => sum + (r.costUsd ?? 0), 0),
        unpriced: started.filter((r) => r.costUsd === null && r.finishedAt !== null).length,
      };
    },
    ...memoryStepReads(runs),
    lastFailure: async (taskId, run) => {
      const failed = runsFor(taskId)
        .filter((r) => r.run === run && r.status === 'FAILED')
        .sort((a, b) => (b.finishedAt?.getTime() ?? 0) - (a.finishedAt?.getTime() ?? 0) || b.seq - a.seq);
      const last = failed[0];
      return last === undefined ? null : { step: last.step, error: last.error };
    },

    async create(postcard, claim?: IdempotencyClaim, admission?: Admission): Promise<CreateOutcome> {
      if (claim !== undefined) {
        const found = claims.get(claim.key);
        const owner = found === undefined ? undefined : rows.get(found.taskId);
        if (found !== undefined && owner !== undefined && found.createdAt.getTime() > now().getTime() - claim.ttlMs) {
          return { kind: found.requestHash === claim.requestHash ? 'replayed' : 'mismatch', postcard: copy(owner) };
        }
      }
      const refused = admission === undefined ? null : refusal(postcard.userId, admission);
      if (refused !== null) return refused;
      const at = now();
      const row: Row = {
        ...postcard,
        status: 'PENDING',
        run: 1,
        currentStep: null,
        progress: 0,
        concept: null,
        content: null,
        imageAssetId: null,
        imageUrl: null,
        frontendCode: null,
        quality: null,
        errorStep: null,
        errorMessage: null,
        retryCount: 0,
        createdAt: at,
        updatedAt: at,
        startedAt: null,
        completedAt: null,
      };
      rows.set(postcard.taskId, row);
      if (claim !== undefined) claims.set(claim.key, { requestHash: claim.requestHash, taskId: postcard.taskId, createdAt: at });
      return { kind: 'created', postcard: copy(row) };
    },

    async discard(taskId) {
      const row = rows.get(taskId);
      if (row === undefined || row.status !== 'PENDING' || row.run !== 1 || row.startedAt !== null) return false;
      rows.delete(taskId);
      runs.delete(taskId);
      return true;
    },

    async startStep(key, { jobId, provider, strategyReason }) {
      const at = now();
      const done = runsFor(key.taskId).some((r) => r.run === key.run && r.step === key.step && r.status === 'SUCCEEDED');
      if (done) return 'done';
      const row = activeIn(key.taskId, key.run);
      if (row === undefined) return 'inactive';
      const first = row.startedAt === null;
      Object.assign(row, { status: 'PROCESSING', currentStep: key.step, startedAt: row.startedAt ?? at, updatedAt: at });
      const attempt = attemptOf(key) ?? runsFor(key.taskId)[runsFor(key.taskId).push(blankRun(key, at)) - 1];
      if (attempt !== undefined) {
        Object.assign(attempt, { status: 'RUNNING', provider, jobId: jobId ?? null, startedAt: at, strategyReason });
        Object.assign(attempt, { finishedAt: null, durationMs: null, error: null, retryable: null });
      }
      return first ? 'first' : 'started';
    },

    async succeedStep(key, startedAt, columns, record) {
      const at = now();
      const attempt = attemptOf(key);
      if (attempt === undefined) throw new Error(`step run ${key.taskId}/${key.run}/${key.step}/${key.attempt} does not exist`);
      const row = activeIn(key.taskId, key.run);
      if (row !== undefined) {
        const last = order.isLast(key.step);
        const defined = Object.fromEntries(Object.entries(columns).filter(([, value]) => value !== undefined));
        Object.assign(row, defined, { progress: order.progressAfter(key.step), updatedAt: at });
        if (last) Object.assign(row, { status: 'COMPLETED', completedAt: at, currentStep: null });
      }
      const { errorKind: _errorKind, ...kept } = record;
      Object.assign(attempt, kept, {
        status: row === undefined ? 'FAILED' : 'SUCCEEDED',
        error: row === undefined ? 'result discarded: the postcard was no longer active' : null,
        retryable: row === undefined ? false : null,
        finishedAt: at,
        durationMs: at.getTime() - startedAt.getTime(),
      });
      return row !== undefined;
    },

    async failAttempt(key, startedAt, failure, record) {
      const at = now();
      const attempt = attemptOf(key) ?? runsFor(key.taskId)[runsFor(key.taskId).push(blankRun(key, startedAt ?? at)) - 1];
      if (attempt !== undefined) {
        Object.assign(attempt, record, {
          status: 'FAILED',
          finishedAt: at,
          durationMs: startedAt === undefined ? 0 : at.getTime() - startedAt.getTime(),
          error: failure.message,
          retryable: failure.retryable,
        });
      }
      const row = failure.final ? activeIn(key.taskId, key.run) : undefined;
      if (row === undefined) return false;
      terminal(row, 'FAILED', key.step, failure.message);
      return true;
    },

    async fail(taskId, run, step, message) {
      const row = activeIn(taskId, run);
      if (row === undefined) return false;
      terminal(row, 'FAILED', step, message);
      return true;
    },

    async timeOut(taskId, run, message) {
      const row = activeIn(taskId, run);
      if (row === undefined) return null;
      const step = row.currentStep;
      terminal(row, 'FAILED', step, message);
      return { step };
    },

    async cancel(taskId, message) {
      const row = activeIn(taskId);
      if (row === undefined) return null;
      const step = row.currentStep;
      terminal(row, 'CANCELLED', step, message);
      return { run: row.run, step };
    },

    async newRun(expected, admission) {
      const row = rows.get(expected.taskId);
      if (expected.status !== 'FAILED' && expected.status !== 'CANCELLED') return null;
      const refused = admission === undefined ? null : refusal(expected.userId, admission);
      if (refused !== null) return refused;
      if (row === undefined || row.run !== expected.run || row.status !== expected.status) return null;
      const fromStep = order.resumeStep(expected);
      const run = expected.run + 1;
      Object.assign(row, {
        run,
        status: 'PENDING',
        retryCount: row.retryCount + 1,
        errorStep: null,
        errorMessage: null,
        currentStep: null,
        completedAt: null,
        progress: order.progressBefore(fromStep),
        updatedAt: now(),
      });
      return { kind: 'started', run, fromStep };
    },

    async undoNewRun(before) {
      const row = rows.get(before.taskId);
      if (row === undefined || row.run !== before.run + 1 || row.status !== 'PENDING') return false;
      const { run, status, errorStep, errorMessage, retryCount, progress, completedAt } = before;
      Object.assign(row, { run, status, errorStep, errorMessage, retryCount, progress, completedAt, updatedAt: now() });
      return true;
    },

    async markRequeued(taskId, run) {
      const row = activeIn(taskId, run);
      if (row === undefined) return false;
      row.updatedAt = now();
      return true;
    },
  };
}
