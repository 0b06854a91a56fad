import { describe, expect, it } from '@jest/globals';
import { stepSignal } from '../../src/pipeline/step-signal.js';

const aborted = (signal: AbortSignal) => new Promise<unknown>((resolve) => signal.addEventListener('abort', () => resolve(signal.reason), { once: true }));

describe('stepSignal', () => {
  it('aborts at its deadline with the TimeoutError that AbortSignal.timeout gives', async () => {
    const { signal, dispose } = stepSignal(5, undefined);
    const reason = await aborted(signal);
    expect(reason).toBeInstanceOf(DOMException);
    expect((reason as DOMException).name).toBe('TimeoutError');
    dispose();
  });

  it("passes on the job's abort and its reason", async () => {
    const job = new AbortController();
    const { signal, dispose } = stepSignal(60_000, job.signal);
    const reason = aborted(signal);
    job.abort('cancelled');
    await expect(reason).resolves.toBe('cancelled');
    dispose();
  });

  it('starts aborted when the job already is', () => {
    const job = new AbortController();
    job.abort('cancelled');
    const { signal, dispose } = stepSignal(60_000, job.signal);
    expect(signal.aborted).toBe(true);
    expect(signal.reason).toBe('cancelled');
    dispose();
  });

  it('once disposed, neither the deadline nor the job aborts it, and it leaves no listener on the job', async () => {
    const job = new AbortController();
    let listeners = 0;
    const add = job.signal.addEventListener.bind(job.signal);
    const remove = job.signal.removeEventListener.bind(job.signal);
    job.signal.addEventListener = (...args: Parameters<typeof add>) => ((listeners += 1), add(...args));
    job.signal.removeEventListener = (...args: Parameters<typeof remove>) => ((listeners -= 1), remove(...args));
    const { signal, dispose } = stepSignal(5, job.signal);
    expect(listeners).toBe(1);
    dispose();
    expect(listeners).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 30));
    job.abort('cancelled');
    expect(signal.aborted).toBe(false);
  });
});
