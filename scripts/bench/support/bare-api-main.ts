import { z } from 'zod';
import { loadConfig } from '../../../src/platform/config.js';
import { Scope } from './scope.js';
import { startBareApi } from './bare-api.js';

/**
 * Child-process entry of scenario 3's baseline: the bare create endpoint in
 * an OS process of its own, like `npm run api` is for ours, so neither shares
 * the benchmark's event loop or heap. Prints "listening <url>"; SIGTERM stops it.
 */
const ArgsSchema = z.object({ redisUrl: z.string(), prefix: z.string(), port: z.number().int().min(1) });

async function main(): Promise<void> {
  const args = ArgsSchema.parse(JSON.parse(process.argv[2] ?? '{}'));
  const scope = new Scope((message) => process.stderr.write(`${message}\n`));
  const onError = (error: Error) => process.stderr.write(`bare API error: ${error.message}\n`);
  const { url } = await startBareApi(scope, args.redisUrl, args.prefix, loadConfig({}).pipeline, onError, args.port);
  process.stdout.write(`listening ${url}\n`);
  process.once('SIGTERM', () => {
    scope.close().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`could not stop the bare API: ${String(error)}\n`);
        process.exit(1);
      },
    );
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
