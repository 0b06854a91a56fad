import { ANONYMOUS } from '../../src/auth/principal';
import { STEP_ORDER, type StepJobData } from '../../src/pipeline/catalog';
import type { FlowEnqueuer } from '../../src/pipeline/flow';
import { reconcileOnce } from '../../src/pipeline/reconciler';
import { CreatePostcardBodySchema } from '../../src/postcards/postcard-schemas';
import { createMemoryLogger } from '../support/memory-logger';
import { unitPostcardService } from '../support/unit-postcard-service';
import { memoryFlows } from '../support/memory-flows';
import { createMemoryPostcardStore } from '../support/memory-postcard-store';

/**
 * A create whose FlowProducer.add fails (Redis crashed under it). The chaos run
 * found a postcard answered 202 and then deleted: a duplicate send of the same
 * Idempotency-Key replayed the row while the first request's enqueue was
 * failing, and the first request then took the row back.
 */
function world() {
  let clock = Date.parse('2026-12-01T10:00:00Z');
  const store = createMemoryPostcardStore(STEP_ORDER, () => new Date(clock));
  const memory = memoryFlows();
  // The first enqueue waits until the test lets it fail, so a replay can land in between.
  let release: (() => void) | undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  let enqueues = 0;
  const flows: FlowEnqueuer = {
    ...memory.flows,
    async enqueue(data: StepJobData, fromStep) {
      enqueues += 1;
      if (enqueues === 1) {
        await held;
        throw new Error('Connection is closed.');
      }
      await memory.flows.enqueue(data, fromStep);
    },
  };
  const logger = createMemoryLogger().logger;
  const service = unitPostcardService(store, flows, logger);
  const reconcile = () =>
    reconcileOnce({
      store,
      flows,
      reporter: { postcardFailed: async () => undefined },
      exclusive: async (work) => work(),
      timeoutMs: 300_000,
      stuckAfterMs: 30_000,
      logger,
      now: () => clock,
    });
  return {
    store,
    service,
    memory,
    reconcile,
    fail: () => release?.(),
    started: async () => {
      while (enqueues === 0) await new Promise((r) => setImmediate(r));
    },
    advance: (ms: number) => {
      clock += ms;
    },
  };
}

const body = CreatePostcardBodySchema.parse({ prompt: 'Happy birthday, friend' });

describe('a create whose enqueue fails', () => {
  it('keeps a keyed postcard another request already answered for, and the reconciler queues it', async () => {
    const w = world();
    const first = w.service.create(body, ANONYMOUS, 'order-1');
    await w.started();
    // The duplicate send, while the first request's enqueue hangs on a dead Redis.
    const replay = await w.service.create(body, ANONYMOUS, 'order-1');
    expect(replay.replayed).toBe(true);
    w.fail();
    await expect(first).rejects.toMatchObject({ status: 503 });

    const taskId = replay.postcard.taskId;
    expect((await w.store.get(taskId))?.status).toBe('PENDING');
    // The client's retry gets the same postcard, not a second one.
    expect((await w.service.create(body, ANONYMOUS, 'order-1')).postcard.taskId).toBe(taskId);
    w.advance(60_000);
    expect(await w.reconcile()).toMatchObject({ requeued: 1 });
    expect(w.memory.enqueued).toEqual([{ taskId, run: 1, fromStep: 'concept' }]);
  });

  it('takes back a postcard made without a key, so a plain retry does not make two', async () => {
    const w = world();
    const first = w.service.create(body, ANONYMOUS);
    await w.started();
    w.fail();
    await expect(first).rejects.toMatchObject({ status: 503 });
    expect(await w.store.activeQuietSince(new Date(Date.parse('2027-01-01T00:00:00Z')), 10)).toEqual([]);
  });
});
