import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { z } from 'zod';
import { REPO_ROOT } from './bench-database.js';
import type { Scope } from './scope.js';

/**
 * One HTTP load: POST `body` to `url`, where `[<id>]` in the body becomes a
 * fresh id per request.
 * - closed: autocannon with `connections` keeping one request each in flight,
 *   for `amount` requests or `durationSeconds` (saturation, "N at once").
 * - open: requests sent on an even schedule of `rate` per second whether or
 *   not earlier ones have answered, latency counted from the scheduled time.
 *   (autocannon's own overallRate sends each second's quota in a burst and
 *   adds synthetic samples for coordinated omission, which is not a fixed rate.)
 */
export const LoadSpecSchema = z.discriminatedUnion('mode', [
  z.object({
    mode: z.literal('closed'),
    url: z.url(),
    body: z.string(),
    connections: z.number().int().min(1),
    amount: z.number().int().min(1).optional(),
    durationSeconds: z.number().min(1).optional(),
  }),
  z.object({
    mode: z.literal('open'),
    url: z.url(),
    body: z.string(),
    rate: z.number().min(1),
    durationSeconds: z.number().min(0.1),
  }),
]);
export type LoadSpec = z.infer<typeof LoadSpecSchema>;

/** What either mode reports. Latencies in ms; `rate` is completed requests per second over the run. */
export const LoadResultSchema = z.object({
  latency: z.object({ mean: z.number(), p50: z.number(), p90: z.number(), p99: z.number(), max: z.number() }),
  rate: z.number(),
  sent: z.number(),
  ok: z.number(),
  failed: z.number(),
  durationSeconds: z.number(),
  /** The first failure's reason, when there was one. */
  firstError: z.string().optional(),
  /** The load generator's own worst event-loop delay (ms): when it is as large as the slowest requests, the generator stalled, not the server. */
  generatorLagMaxMs: z.number().optional(),
  /** Open loop only: the slowest requests, with when they were due (ms from the start), to tell one stall from a spread. */
  slowest: z.array(z.object({ dueMs: z.number(), latencyMs: z.number() })).optional(),
});
export type LoadResult = z.infer<typeof LoadResultSchema>;

/** A unique prompt per request, so that no step result is ever served from the step cache. */
export const CREATE_BODY = JSON.stringify({ prompt: 'Happy birthday, Lily! [<id>] Wishing you a year of adventures', style: 'watercolor' });

/** Runs the load in a child process (see load-runner.ts), so it does not share the event loop of the server it measures. */
export async function runLoad(scope: Scope, spec: LoadSpec): Promise<LoadResult> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'load-runner.ts'), JSON.stringify(LoadSpecSchema.parse(spec))], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const pid = child.pid;
  if (pid === undefined) throw new Error('could not start the load generator');
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  scope.defer(`load generator pid ${pid}`, async () => {
    if (child.exitCode === null && child.signalCode === null) process.kill(pid, 'SIGKILL');
    await exited;
  });
  const code = await exited;
  if (code !== 0) throw new Error(`the load generator exited with ${code}: ${stderr.trim()}`);
  return LoadResultSchema.parse(JSON.parse(stdout));
}
