import { parseArgs } from 'node:util';
import { join } from 'node:path';
import { z } from 'zod';
import type { StepName } from '../../src/pipeline/catalog.js';
import { REPO_ROOT } from './support/bench-database.js';

/** The simulated AI latency of one postcard's steps (32 s in all), as a real provider chain takes. */
export const REALISTIC_LATENCY_MS: { readonly [S in StepName]: number } = { concept: 2000, content: 2000, image: 8000, code: 20000 };

export interface Sizes {
  /** 1: postcards created at once, and a warm-up batch first. */
  readonly throughput: { readonly n: number; readonly warmup: number };
  /** 2: open-loop creation rates (the first is the target's) and how long each lasts; lower rates show the hand-off without queueing. */
  readonly handoff: { readonly rates: readonly number[]; readonly seconds: number };
  /** 3: fixed-rate and saturation runs of the create endpoint. */
  readonly create: { readonly rate: number; readonly seconds: number; readonly saturationConnections: number; readonly warmupRequests: number };
  /** 4: postcards at once on one worker process, latencies scaled by `latencyScale`. */
  readonly concurrency: { readonly n: number; readonly latencyScale: number; readonly workerConcurrency: number };
  /** 5: postcards whose shared-resource cost is counted. */
  readonly cost: { readonly n: number };
  /** 6: postcards at once through two API processes, for each count of worker processes. */
  readonly horizontal: { readonly n: number; readonly workerCounts: readonly number[] };
}

export const SIZES = {
  full: {
    throughput: { n: 2000, warmup: 100 },
    handoff: { rates: [200, 50, 20], seconds: 10 },
    create: { rate: 300, seconds: 10, saturationConnections: 50, warmupRequests: 300 },
    concurrency: { n: 1000, latencyScale: 1, workerConcurrency: 1000 },
    cost: { n: 1000 },
    horizontal: { n: 1000, workerCounts: [1, 2, 4] },
  },
  small: {
    throughput: { n: 300, warmup: 30 },
    handoff: { rates: [200, 20], seconds: 3 },
    create: { rate: 300, seconds: 3, saturationConnections: 50, warmupRequests: 100 },
    concurrency: { n: 200, latencyScale: 0.1, workerConcurrency: 1000 },
    cost: { n: 100 },
    horizontal: { n: 200, workerCounts: [1, 2] },
  },
} as const satisfies Record<string, Sizes>;

export type SizeName = keyof typeof SIZES;

export interface BenchOptions {
  readonly size: SizeName;
  readonly sizes: Sizes;
  readonly scenarios: readonly number[];
  readonly out: string;
  /** WORKER_CONCURRENCY of the in-process workers (scenarios 1, 2, 5) and of the bare baseline's. */
  readonly concurrency: number;
  /** DATABASE_POOL_SIZE of every process of ours. */
  readonly poolSize: number;
  /** WORKER_THREADS of every process of ours that runs workers; the config's default when unset. */
  readonly workerThreads: number | undefined;
  readonly pgUrl: string;
  readonly redisServer: string;
  /** When set, the child processes of scenarios 3 and 4 (APIs, workers) run with --cpu-prof and write their profiles here. */
  readonly cpuProfDir: string | undefined;
  /** Extra node flags for our scenario-4 worker (heap settings to try, --trace-gc …). */
  readonly workerNodeArgs: readonly string[];
  /** Extra node flags for our scenario-3 API. */
  readonly apiNodeArgs: readonly string[];
}

export const ALL_SCENARIOS = [1, 2, 3, 4, 5, 6] as const;

/** A space-separated list of node flags. */
const nodeArgs = z
  .string()
  .default('')
  .transform((v) => v.split(/\s+/).filter((arg) => arg !== ''))
  .pipe(z.array(z.string().startsWith('--')));

const ArgsSchema = z.object({
  size: z.enum(['small', 'full']).default('full'),
  n: z.coerce.number().int().min(1).optional(),
  scenarios: z
    .string()
    .default(ALL_SCENARIOS.join(','))
    .transform((v) => v.split(',').map((s) => Number(s.trim())))
    .pipe(z.array(z.number().int().min(1).max(ALL_SCENARIOS.length)).min(1)),
  out: z.string().optional(),
  concurrency: z.coerce.number().int().min(1).max(1000).default(50),
  'pool-size': z.coerce.number().int().min(1).max(100).default(20),
  'worker-threads': z.coerce.number().int().min(0).max(64).optional(),
  'pg-url': z.string().regex(/^postgres(ql)?:\/\//).default('postgresql://postgres@127.0.0.1:5432/postgres'),
  'redis-server': z.string().min(1).default('redis-server'),
  'cpu-prof-dir': z.string().optional(),
  'worker-node-args': nodeArgs,
  'api-node-args': nodeArgs,
});

export const USAGE = `npm run bench -- [--size small|full] [--n N] [--scenarios 1,2,3,4,5,6] [--out file.json]
                  [--concurrency 50] [--pool-size 20] [--worker-threads N] [--pg-url postgresql://…/postgres]
                  [--redis-server path] [--cpu-prof-dir dir] [--worker-node-args="--max-old-space-size=192 …"]
                  [--api-node-args="--max-semi-space-size=32 …"]`;

export function parseOptions(argv: readonly string[], now: Date): BenchOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      size: { type: 'string' },
      n: { type: 'string' },
      scenarios: { type: 'string' },
      out: { type: 'string' },
      concurrency: { type: 'string' },
      'pool-size': { type: 'string' },
      'worker-threads': { type: 'string' },
      'pg-url': { type: 'string' },
      'redis-server': { type: 'string' },
      'cpu-prof-dir': { type: 'string' },
      'worker-node-args': { type: 'string' },
      'api-node-args': { type: 'string' },
    },
    strict: true,
  });
  const args = ArgsSchema.parse(values);
  const preset = SIZES[args.size];
  const sizes: Sizes = args.n === undefined ? preset : { ...preset, throughput: { ...preset.throughput, n: args.n } };
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  return {
    size: args.size,
    sizes,
    scenarios: [...new Set(args.scenarios)].sort((a, b) => a - b),
    out: args.out ?? join(REPO_ROOT, 'bench-results', `bench-${args.size}-${stamp}.json`),
    concurrency: args.concurrency,
    poolSize: args['pool-size'],
    workerThreads: args['worker-threads'],
    pgUrl: args['pg-url'],
    redisServer: args['redis-server'],
    cpuProfDir: args['cpu-prof-dir'],
    workerNodeArgs: args['worker-node-args'],
    apiNodeArgs: args['api-node-args'],
  };
}
