import { randomUUID } from 'node:crypto';
import type { FlowJob } from 'bullmq';
import { ANONYMOUS } from '../../src/auth/principal';
import { STEP_NAMES, STEP_ORDER, type StepName } from '../../src/pipeline/catalog';
import { createFlowEnqueuer, type FlowProducerLike, type StepQueueLike, type StepQueuesLike } from '../../src/pipeline/flow';
import { reconcileOnce } from '../../src/pipeline/reconciler';
import { RedisUnavailableError } from '../../src/platform/bullmq-deadline';
import { loadConfig } from '../../src/platform/config';
import { isDependencyDown } from '../../src/http/error-kinds';
import { CreatePostcardBodySchema } from '../../src/postcards/postcard-schemas';
import { createMemoryLogger } from '../support/memory-logger';
import { unitPostcardService } from '../support/unit-postcard-service';
import { createMemoryPostcardStore } from '../support/memory-postcard-store';

/**
 * BullMQ waits, without a bound, for its connection's first `ready` before it
 * sends anything; a process that started while Redis refused every client
 * (protected mode's `-DENIED`) left each create hanging until Redis came back.
 */
const DEADLINE_MS = 100;
const pipeline = loadConfig({}).pipeline;

/** A gate the test opens: BullMQ's connection becoming ready, or an add's reply arriving. */
function gate() {
  let open: () => void = () => undefined;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

/** A FlowProducer whose readiness and replies the test controls; it records each add that reached Redis. */
function fakeProducer() {
  const ready = gate();
  const reply = gate();
  const added: FlowJob[] = [];
  const producer: FlowProducerLike = {
    waitUntilReady: () => ready.opened,
    async add(flow) {
      await reply.opened;
      added.push(flow);
    },
    async addBulk(flows) {
      await reply.opened;
      added.push(...flows);
    },
  };
  return { producer, added, ready: ready.open, reply: reply.open };
}

function neverReadyQueues(): StepQueuesLike {
  const queue: StepQueueLike = {
    waitUntilReady: () => new Promise(() => undefined),
    remove: async () => 1,
    getJobState: async () => 'waiting',
  };
  return Object.fromEntries(STEP_NAMES.map((step) => [step, queue])) as Record<StepName, StepQueueLike>;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 2 * DEADLINE_MS));

async function timed<T>(work: Promise<T>): Promise<{ readonly error: unknown; readonly ms: number }> {
  const started = Date.now();
  const error = await work.then(
    () => undefined,
    (e: unknown) => e,
  );
  return { error, ms: Date.now() - started };
}

describe('FlowEnqueuer deadline', () => {
  it('rejects an enqueue whose connection never becomes ready, and never sends it once it does', async () => {
    const fake = fakeProducer();
    const flows = createFlowEnqueuer(fake.producer, neverReadyQueues(), pipeline, DEADLINE_MS);
    const { error, ms } = await timed(flows.enqueue({ taskId: randomUUID(), run: 1 }));
    expect(error).toBeInstanceOf(RedisUnavailableError);
    expect(isDependencyDown(error)).toBe(true);
    expect(ms).toBeLessThan(DEADLINE_MS * 5);
    // Redis comes back after the caller was answered: nothing was handed to BullMQ, so nothing lands late.
    fake.ready();
    fake.reply();
    await settle();
    expect(fake.added).toEqual([]);
  });

  it('bounds an add that was sent but never answered', async () => {
    const fake = fakeProducer();
    fake.ready();
    const flows = createFlowEnqueuer(fake.producer, neverReadyQueues(), pipeline, DEADLINE_MS);
    await expect(flows.enqueue({ taskId: randomUUID(), run: 1 })).rejects.toBeInstanceOf(RedisUnavailableError);
  });

  it('bounds remove and states too (cancel, the reconciler)', async () => {
    const flows = createFlowEnqueuer(fakeProducer().producer, neverReadyQueues(), pipeline, DEADLINE_MS);
    await expect(flows.remove({ taskId: randomUUID(), run: 1 })).rejects.toBeInstanceOf(RedisUnavailableError);
    await expect(flows.states({ taskId: randomUUID(), run: 1 })).rejects.toBeInstanceOf(RedisUnavailableError);
  });
});

describe('a create while Redis refuses every client', () => {
  function world() {
    let clock = Date.parse('2026-12-01T10:00:00Z');
    const store = createMemoryPostcardStore(STEP_ORDER, () => new Date(clock));
    const fake = fakeProducer();
    const flows = createFlowEnqueuer(fake.producer, neverReadyQueues(), pipeline, DEADLINE_MS);
    const logger = createMemoryLogger().logger;
    const service = unitPostcardService(store, flows, logger);
    return { store, service, fake, logger, advance: (ms: number) => (clock += ms), now: () => clock };
  }
  const body = CreatePostcardBodySchema.parse({ prompt: 'Happy birthday, friend' });
  const everything = new Date(Date.parse('2030-01-01T00:00:00Z'));

  it('answers 503 within the deadline and writes nothing without a key, even when Redis returns later', async () => {
    const w = world();
    const { error, ms } = await timed(w.service.create(body, ANONYMOUS));
    expect(error).toMatchObject({ status: 503 });
    expect(ms).toBeLessThan(DEADLINE_MS * 5);
    expect(await w.store.activeQuietSince(everything, 10)).toEqual([]);
    w.fake.ready();
    w.fake.reply();
    await settle();
    // No late flow, and the discarded row stays gone.
    expect(w.fake.added).toEqual([]);
    expect(await w.store.activeQuietSince(everything, 10)).toEqual([]);
  });

  it('keeps a keyed postcard PENDING for the reconciler, whose enqueue is the only one', async () => {
    const w = world();
    await expect(w.service.create(body, ANONYMOUS, 'order-7')).rejects.toMatchObject({ status: 503 });
    const [kept] = await w.store.activeQuietSince(everything, 10);
    expect(kept?.status).toBe('PENDING');
    const taskId = kept?.taskId ?? '';
    // Redis is back: the abandoned request's enqueue does not run now, the reconciler's does.
    w.fake.ready();
    w.fake.reply();
    await settle();
    expect(w.fake.added).toEqual([]);
    w.advance(60_000);
    const queues = Object.fromEntries(
      STEP_NAMES.map((step): [StepName, StepQueueLike] => [step, { waitUntilReady: async () => undefined, remove: async () => 0, getJobState: async () => 'unknown' }]),
    ) as Record<StepName, StepQueueLike>;
    const report = await reconcileOnce({
      store: w.store,
      flows: createFlowEnqueuer(w.fake.producer, queues, pipeline, DEADLINE_MS),
      reporter: { postcardFailed: async () => undefined },
      exclusive: async (work) => work(),
      timeoutMs: 300_000,
      stuckAfterMs: 30_000,
      logger: w.logger,
      now: w.now,
    });
    expect(report).toMatchObject({ requeued: 1 });
    expect(w.fake.added.map((flow) => flow.opts?.jobId)).toEqual([`${taskId}.code.1`]);
  });

  it('takes back a keyless row whose add was sent but answered late; the late add cannot bring the row back', async () => {
    const w = world();
    w.fake.ready();
    await expect(w.service.create(body, ANONYMOUS)).rejects.toMatchObject({ status: 503 });
    // The reply arrives after the 503: the flow exists in Redis, for a postcard that does not.
    w.fake.reply();
    await settle();
    expect(w.fake.added).toHaveLength(1);
    expect(await w.store.activeQuietSince(everything, 10)).toEqual([]);
    const taskId = (w.fake.added[0]?.opts?.jobId ?? '').split('.')[0] ?? '';
    expect(taskId).toMatch(/^[0-9a-f-]{36}$/);
    // Its first step finds no postcard and fails for good (step-processor: UnrecoverableError); nothing recreates the row.
    expect(await w.store.get(taskId)).toBeNull();
  });
});
