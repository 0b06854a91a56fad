import { scriptedProviders } from '../support/scripted-providers';
import { createPostcard } from '../support/each-step-once';
import { startTestSystem, type TestSystem } from '../support/test-system';
import { createGate } from '../support/wait';

/**
 * A step worker that is still busy when the shutdown deadline passes (here a
 * provider call that ignores its abort signal) cannot be forced shut: BullMQ
 * keeps a worker's first close(). The workers' close then goes on without it
 * after a short grace and names it, rather than holding the shutdown for ever.
 */
describe('closing step workers past their deadline', () => {
  let system: TestSystem;
  const stuck = createGate();

  beforeAll(async () => {
    const hung = scriptedProviders({ before: { concept: () => stuck.wait() } });
    system = await startTestSystem({ providers: hung.providers });
  });
  afterAll(async () => {
    stuck.open();
    await system.close();
  });

  it('names the worker that did not close instead of waiting on it', async () => {
    await createPostcard(system, 'Happy birthday, Sam');
    await stuck.reached;
    const workers = system.workers;
    if (workers === null) throw new Error('the system runs no workers');
    await expect(workers.close(200)).rejects.toThrow(/1 step worker\(s\) did not close: .*:concept$/);
  });
});
