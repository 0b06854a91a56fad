import { randomUUID } from 'node:crypto';
import { STEP_ORDER } from '../../src/pipeline/catalog';
import type { ControlMessage } from '../../src/pipeline/control-channel';
import type { PostcardEvent } from '../../src/pipeline/postcard-events';
import { reconcileOnce, type ReconcilerDeps } from '../../src/pipeline/reconciler';
import { createMetrics } from '../../src/platform/metrics';
import { createPostcardLifecycle } from '../../src/postcards/postcard-lifecycle';
import { UNLIMITED } from '../../src/postcards/postcard-limits';
import { ANONYMOUS_USER_ID, type StepKey } from '../../src/store/postcard-types';
import { createMemoryLogger } from '../support/memory-logger';
import { memoryFlows } from '../support/memory-flows';
import { createMemoryPostcardStore } from '../support/memory-postcard-store';

const record = {
  provider: 'local',
  model: null,
  cacheHit: false,
  inputTokens: 0,
  outputTokens: 0,
  images: 0,
  costUsd: 0,
  strategyReason: null,
  params: null,
  qualityScore: null,
  errorKind: null,
};

function world(start = Date.parse('2026-12-01T10:00:00Z')) {
  let clock = start;
  const store = createMemoryPostcardStore(STEP_ORDER, () => new Date(clock));
  const flows = memoryFlows();
  const control: ControlMessage[] = [];
  const events: PostcardEvent[] = [];
  const failed: Array<{ readonly taskId: string; readonly step: string | null; readonly message: string }> = [];
  const logger = createMemoryLogger().logger;
  const lifecycle = createPostcardLifecycle({
    store,
    flows: flows.flows,
    control: async (message) => void control.push(message),
    events: { publish: async (_taskId, ...published) => void events.push(...published) },
    metrics: createMetrics({ process: `unit-${randomUUID()}`, defaultMetrics: false }),
    limits: UNLIMITED,
    logger,
  });
  const reconcilerDeps: ReconcilerDeps = {
    store,
    flows: flows.flows,
    reporter: { postcardFailed: async (taskId, step, message) => void failed.push({ taskId, step, message }) },
    exclusive: async (work) => work(),
    timeoutMs: 300_000,
    stuckAfterMs: 30_000,
    logger,
    now: () => clock,
  };
  const create = async (prompt = 'Happy birthday') => {
    const taskId = randomUUID();
    await store.create({ taskId, userInput: prompt, style: null, theme: null, userId: ANONYMOUS_USER_ID, useCache: true, strategy: 'balanced', metadata: null, previewUrl: `/preview/${taskId}` });
    return taskId;
  };
  const key = (taskId: string, step: StepKey['step'], run = 1): StepKey => ({ taskId, run, step, attempt: 1 });
  const begin = (k: StepKey) => store.startStep(k, { jobId: undefined, provider: 'local', strategyReason: null });
  const advance = (ms: number) => {
    clock += ms;
  };
  return { store, flows, control, events, failed, lifecycle, reconcilerDeps, create, key, begin, advance, record };
}

describe('the postcard lifecycle', () => {
  it('cancels an active postcard: CANCELLED first, then the workers are told and its jobs removed', async () => {
    const w = world();
    const taskId = await w.create();
    await w.begin(w.key(taskId, 'concept'));
    const cancelled = await w.lifecycle.cancel(taskId);
    expect(cancelled).toMatchObject({ status: 'CANCELLED', errorStep: 'concept', errorMessage: 'cancelled by the client' });
    expect(w.control).toEqual([{ type: 'cancel', taskId, run: 1 }]);
    expect(w.flows.removed).toEqual([{ taskId, run: 1 }]);
    expect(w.events).toEqual([
      { type: 'status', data: { status: 'CANCELLED' } },
      { type: 'error', data: { step: 'concept', message: 'cancelled by the client' } },
    ]);
    await expect(w.lifecycle.cancel(taskId)).rejects.toMatchObject({ status: 409, code: 'not_cancellable' });
    await expect(w.lifecycle.cancel(randomUUID())).rejects.toMatchObject({ status: 404 });
  });

  it('retries a failed postcard from the step that failed, in a new run', async () => {
    const w = world();
    const taskId = await w.create();
    await w.begin(w.key(taskId, 'concept'));
    await w.store.succeedStep(w.key(taskId, 'concept'), new Date(), { concept: { title: 'c' } }, w.record);
    await w.begin(w.key(taskId, 'content'));
    await w.store.failAttempt(w.key(taskId, 'content'), undefined, { message: 'down', retryable: true, final: true }, w.record);
    await expect(w.lifecycle.retry(randomUUID())).rejects.toMatchObject({ status: 404 });
    const retried = await w.lifecycle.retry(taskId);
    expect(retried).toMatchObject({ status: 'PENDING', run: 2, retryCount: 1, progress: 25, concept: { title: 'c' } });
    expect(w.flows.enqueued).toEqual([{ taskId, run: 2, fromStep: 'content' }]);
    await expect(w.lifecycle.retry(taskId)).rejects.toMatchObject({ status: 409, code: 'not_retryable' });
  });

  it('puts a retried postcard back as it was when the queue is down', async () => {
    const w = world();
    const taskId = await w.create();
    await w.lifecycle.cancel(taskId);
    const before = await w.store.get(taskId);
    w.flows.failWith(new Error('Connection is closed.'));
    await expect(w.lifecycle.retry(taskId)).rejects.toMatchObject({ status: 503 });
    expect(await w.store.get(taskId)).toMatchObject({ status: 'CANCELLED', run: 1, retryCount: 0, errorMessage: before?.errorMessage });
  });
});

describe('the reconciler', () => {
  it('times out an overdue postcard naming its step, and removes its jobs', async () => {
    const w = world();
    const taskId = await w.create();
    await w.flows.flows.enqueue({ taskId, run: 1 });
    await w.begin(w.key(taskId, 'concept'));
    w.advance(300_001);
    expect(await reconcileOnce(w.reconcilerDeps)).toEqual({ timedOut: 1, requeued: 0, failed: 0 });
    expect(await w.store.get(taskId)).toMatchObject({ status: 'FAILED', errorStep: 'concept', errorMessage: expect.stringMatching(/^timeout/) });
    expect(w.flows.removed).toEqual([{ taskId, run: 1 }]);
    expect(w.failed).toEqual([{ taskId, step: 'concept', message: expect.stringMatching(/^timeout/) }]);
    expect(await reconcileOnce(w.reconcilerDeps)).toEqual({ timedOut: 0, requeued: 0, failed: 0 });
  });

  it('re-enqueues a quiet postcard whose jobs were lost, from its first missing result, once', async () => {
    const w = world();
    const taskId = await w.create();
    await w.begin(w.key(taskId, 'concept'));
    await w.store.succeedStep(w.key(taskId, 'concept'), new Date(), { concept: { title: 'c' } }, w.record);
    w.advance(30_001);
    expect(await reconcileOnce(w.reconcilerDeps)).toEqual({ timedOut: 0, requeued: 1, failed: 0 });
    expect(w.flows.enqueued).toEqual([{ taskId, run: 1, fromStep: 'content' }]);
    // Its jobs exist again and it was just touched: nothing more to do.
    expect(await reconcileOnce(w.reconcilerDeps)).toEqual({ timedOut: 0, requeued: 0, failed: 0 });
  });

  it('fails a quiet postcard whose flow already failed, with the recorded reason', async () => {
    const w = world();
    const taskId = await w.create();
    await w.begin(w.key(taskId, 'concept'));
    await w.store.failAttempt(w.key(taskId, 'concept'), undefined, { message: 'stalled', retryable: true, final: false }, w.record);
    w.flows.setStates({ taskId, run: 1 }, ['failed', 'unknown', 'unknown', 'failed']);
    w.advance(30_001);
    expect(await reconcileOnce(w.reconcilerDeps)).toEqual({ timedOut: 0, requeued: 0, failed: 1 });
    expect(await w.store.get(taskId)).toMatchObject({ status: 'FAILED', errorStep: 'concept', errorMessage: 'stalled' });
  });

  it('leaves a quiet postcard with live jobs alone, and does nothing without the lock', async () => {
    const w = world();
    const taskId = await w.create();
    await w.flows.flows.enqueue({ taskId, run: 1 });
    w.advance(30_001);
    expect(await reconcileOnce(w.reconcilerDeps)).toEqual({ timedOut: 0, requeued: 0, failed: 0 });
    w.advance(300_000);
    expect(await reconcileOnce({ ...w.reconcilerDeps, exclusive: async () => null })).toBeNull();
    expect((await w.store.get(taskId))?.status).toBe('PENDING');
  });
});
