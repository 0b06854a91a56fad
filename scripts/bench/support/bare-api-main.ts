import { z } from 'zod';
import { loadConfig } from '../../../src/platform/config.js';
import { Scope } from './scope.js';
import { startBareApi } from './bare-api.js';
import { runChildMain } from './child-main.js';

/**
 * Child-process entry of scenario 3's baseline: the bare create endpoint in
 * an OS process of its own, like `npm run api` is for ours, so neither shares
 * the benchmark's event loop or heap. Prints "listening <url>"; SIGTERM stops it.
 */
const ArgsSchema = z.object({ redisUrl: z.string(), prefix: z.string(), port: z.number().int().min(1) });

runChildMain(
  (raw) => ArgsSchema.parse(raw),
  async (args) => {
    const scope = new Scope((message) => process.stderr.write(`${message}\n`));
    const onError = (error: Error) => process.stderr.write(`bare API error: ${error.message}\n`);
    const { url } = await startBareApi(scope, args.redisUrl, args.prefix, loadConfig({}).pipeline, onError, args.port);
    return {
      ready: `listening ${url}`,
      async close() {
        if (!(await scope.close())) throw new Error('a cleanup step of the bare API failed');
      },
    };
  },
);
