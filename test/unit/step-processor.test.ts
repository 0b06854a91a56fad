import { UnrecoverableError } from 'bullmq';
import { STEP_NAMES } from '../../src/pipeline/catalog';
import { CANCELLED } from '../../src/pipeline/step-processor';
import { ProviderError } from '../../src/providers/provider-error';
import { scriptedProviders } from '../support/scripted-providers';
import { unitPipeline } from '../support/unit-pipeline';

/** The processor's bookkeeping against the in-memory postcard store (the same contract as PostgreSQL's). */
describe('the step processor', () => {
  it('runs the four steps, storing each result, and completes the postcard with its events', async () => {
    const { providers } = scriptedProviders();
    const unit = unitPipeline(providers);
    const { taskId } = await unit.createPostcard('Happy birthday, Sarah');
    for (const step of STEP_NAMES) expect(await unit.run(step, taskId)).toEqual({ taskId, step });
    const done = await unit.store.getWithSteps(taskId);
    expect(done).toMatchObject({ status: 'COMPLETED', progress: 100, currentStep: null });
    expect(done?.frontendCode).toContain('Sarah');
    expect(unit.assets.has(done?.imageAssetId ?? '')).toBe(true);
    expect(done?.stepRuns.map((r) => [r.step, r.status, r.provider])).toEqual(STEP_NAMES.map((s) => [s, 'SUCCEEDED', 'scripted-local']));
    const types = unit.events.map((e) => e.event.type);
    expect(types[0]).toBe('status');
    expect(types.slice(-2)).toEqual(['status', 'result']);
    expect(unit.events.filter((e) => e.event.type === 'progress').map((e) => e.event.data)).toEqual([25, 50, 75, 100].map((progress) => ({ progress })));
  });

  it('does not repeat a step that already succeeded in this run (a redelivered job)', async () => {
    const scripted = scriptedProviders();
    const unit = unitPipeline(scripted.providers);
    const { taskId } = await unit.createPostcard('Thank you, team');
    await unit.run('concept', taskId);
    expect(await unit.run('concept', taskId, { attemptsMade: 1 })).toEqual({ taskId, step: 'concept', skipped: true });
    expect(scripted.calls.concept).toBe(1);
    expect(unit.store.runsOf(taskId)).toHaveLength(1);
  });

  it('records a retryable failure and lets BullMQ retry, then fails the postcard on the last attempt', async () => {
    const down = new ProviderError('gemini', 'overloaded', 'the model is overloaded');
    const unit = unitPipeline(scriptedProviders({ before: { concept: () => Promise.reject(down) } }).providers, { attempts: 2 });
    const { taskId } = await unit.createPostcard('Get well soon');
    await expect(unit.run('concept', taskId)).rejects.toBe(down);
    expect((await unit.store.get(taskId))?.status).toBe('PROCESSING');
    await expect(unit.run('concept', taskId, { attemptsMade: 1 })).rejects.toBe(down);
    expect(await unit.store.get(taskId)).toMatchObject({ status: 'FAILED', errorStep: 'concept' });
    expect(unit.store.runsOf(taskId).map((r) => [r.attempt, r.status, r.retryable, r.errorKind])).toEqual([
      [1, 'FAILED', true, 'overloaded'],
      [2, 'FAILED', true, 'overloaded'],
    ]);
    expect(unit.events.at(-1)?.event).toEqual({ type: 'error', data: { step: 'concept', message: expect.stringContaining('overloaded') } });
  });

  it('fails the postcard at once on a non-retryable error, telling BullMQ not to retry', async () => {
    const refused = new ProviderError('claude', 'auth', 'invalid x-api-key');
    const unit = unitPipeline(scriptedProviders({ before: { concept: () => Promise.reject(refused) } }).providers, { attempts: 3 });
    const { taskId } = await unit.createPostcard('Congratulations');
    await expect(unit.run('concept', taskId)).rejects.toBeInstanceOf(UnrecoverableError);
    expect((await unit.store.get(taskId))?.status).toBe('FAILED');
  });

  it('skips a job of a cancelled postcard or of an older run without calling a provider', async () => {
    const scripted = scriptedProviders();
    const unit = unitPipeline(scripted.providers);
    const cancelled = await unit.createPostcard('Merry Christmas');
    await unit.store.cancel(cancelled.taskId, 'cancelled by the client');
    expect(await unit.run('concept', cancelled.taskId)).toMatchObject({ skipped: true });
    const old = await unit.createPostcard('Happy new year');
    expect(await unit.run('concept', old.taskId, { run: 7 })).toMatchObject({ skipped: true });
    expect(scripted.calls.concept).toBe(0);
    await expect(unit.run('concept', 'not-a-uuid')).rejects.toThrow(/invalid job data/);
  });

  it('discards a result that finishes after the postcard was cancelled', async () => {
    let cancelNow: () => Promise<void> = async () => undefined;
    // The client cancels while the provider is still working on the concept.
    const unit = unitPipeline(scriptedProviders({ before: { concept: () => cancelNow() } }).providers);
    const { taskId } = await unit.createPostcard('Bon voyage');
    cancelNow = async () => void (await unit.store.cancel(taskId, 'cancelled by the client'));
    expect(await unit.run('concept', taskId)).toMatchObject({ skipped: true });
    expect(await unit.store.get(taskId)).toMatchObject({ status: 'CANCELLED', concept: null });
    expect(unit.store.runsOf(taskId)[0]).toMatchObject({ status: 'FAILED', error: 'result discarded: the postcard was no longer active' });
  });

  it('stops at once when the job is aborted by a cancel, closing the attempt it was making', async () => {
    const controller = new AbortController();
    const { providers } = scriptedProviders({ before: { concept: () => controller.abort(CANCELLED) } });
    const unit = unitPipeline(providers);
    const { taskId } = await unit.createPostcard('Happy anniversary');
    await expect(unit.run('concept', taskId, { signal: controller.signal })).rejects.toThrow(new UnrecoverableError('cancelled'));
    expect(unit.store.runsOf(taskId)).toMatchObject([{ status: 'FAILED', error: 'cancelled while it ran', retryable: false }]);
  });

  it('fails a postcard past its deadline without calling the provider', async () => {
    let clock = Date.parse('2026-12-01T10:00:00Z');
    const scripted = scriptedProviders();
    const unit = unitPipeline(scripted.providers, { now: () => clock });
    const { taskId } = await unit.createPostcard('Happy birthday');
    clock += unit.deps.pipeline.timeoutMs + 1;
    await expect(unit.run('concept', taskId)).rejects.toBeInstanceOf(UnrecoverableError);
    expect(await unit.store.get(taskId)).toMatchObject({ status: 'FAILED', errorStep: 'concept' });
    expect(scripted.calls.concept).toBe(0);
  });
});
