import type { CodeProvider, ImageProvider, Providers, TextProvider } from '../contracts.js';
import { inProcessCpu, type CpuPool } from '../cpu/cpu-pool.js';

const NAME = 'local';

/**
 * The offline provider family and the default: deterministic, no network, no
 * keys. Its work is all CPU, so it runs on the process's CPU pool (worker
 * threads when WORKER_THREADS > 0; cpu-tasks.ts holds the calls themselves).
 */
export function createLocalProviders(cpu: CpuPool = inProcessCpu): Providers {
  const text: TextProvider = {
    name: NAME,
    async concept(input, { signal }) {
      signal.throwIfAborted();
      return cpu.run({ kind: 'concept', input }, signal);
    },
    async copy(input, { signal }) {
      signal.throwIfAborted();
      return cpu.run({ kind: 'copy', input }, signal);
    },
  };
  const image: ImageProvider = {
    name: NAME,
    async illustrate(input, { signal, recordPrompt }) {
      signal.throwIfAborted();
      const painted = await cpu.run({ kind: 'illustrate', input }, signal);
      // No model was prompted: what it drew, in words, stands where a prompt would be reported.
      recordPrompt?.(painted.description);
      return painted.image;
    },
  };
  const code: CodeProvider = {
    name: NAME,
    async render(input, { signal }) {
      signal.throwIfAborted();
      return cpu.run({ kind: 'render', input }, signal);
    },
  };
  return { text, image, code };
}
