import type { Config } from '../../../src/platform/config.js';
import type { Logger } from '../../../src/platform/logger.js';
import type { BenchOptions } from '../options.js';
import type { BenchDatabase } from '../support/bench-database.js';
import type { BenchRedis } from '../support/bench-redis.js';
import type { StatementCounter } from '../support/pg-stats.js';
import type { Scope } from '../support/scope.js';

/** What every scenario gets from main.ts: the private Redis, the bench database, and the run's settings. */
export interface BenchContext {
  readonly options: BenchOptions;
  /** Our pipeline settings (defaults, with the run's concurrency); the bare baseline uses the same job options. */
  readonly pipeline: Config['pipeline'];
  /** Resources that live for the whole run; scenarios open nested scopes under it. */
  readonly scope: Scope;
  readonly redis: BenchRedis;
  readonly db: BenchDatabase;
  /** The service's logger, writing to the run's log file. */
  readonly logger: Logger;
  readonly logPath: string;
  readonly statements: StatementCounter;
  /** A progress line on the terminal. */
  progress(message: string): void;
  /** A queue prefix of its own for one system under test. */
  prefix(name: string): string;
  /** Empties the private Redis and the bench database's tables, so runs do not see each other's data. */
  reset(): Promise<void>;
  /** Connection and worker errors of the baseline, logged (ours log their own). */
  onError(error: Error): void;
}

/** How many requests or adds are in flight at once when N postcards are created "at once". */
export const BURST_CONNECTIONS = 100;
