import { z } from 'zod';
import { STEP_NAMES } from '../../../src/pipeline/catalog.js';
import { startBareWorkers } from './bare-flow.js';
import { runChildMain } from './child-main.js';

/**
 * Child-process entry of scenario 4's baseline: the bare workers in an OS
 * process of their own, like src/bin/worker.ts is for ours, so that their
 * memory can be compared. Prints "workers started" when ready; SIGTERM stops it.
 */
const ArgsSchema = z.object({
  redisUrl: z.string(),
  prefix: z.string(),
  concurrency: z.number().int().min(1),
  latencyMs: z.partialRecord(z.enum(STEP_NAMES), z.number().min(0)),
});

runChildMain(
  (raw) => ArgsSchema.parse(raw),
  async (args) => {
    const workers = startBareWorkers(args.redisUrl, args.prefix, args.concurrency, args.latencyMs, (error) => process.stderr.write(`bare worker error: ${error.message}\n`));
    await Promise.all(workers.workers.map((w) => w.waitUntilReady()));
    return { ready: `workers started (concurrency ${args.concurrency})`, close: () => workers.close() };
  },
);
