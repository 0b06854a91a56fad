import { claimShardLayout, ShardLayoutConflict, type ShardLayoutClaim } from '../pipeline/shard-layout.js';
import { reportShardPlacement } from '../pipeline/shard-placement.js';
import { guardBoot } from '../platform/boot-guard.js';
import { ConfigError, loadConfig, type Config } from '../platform/config.js';
import { createLogger, type Logger } from '../platform/logger.js';
import { secretValues } from '../platform/secrets.js';
import type { Services } from '../runtime/services.js';

export interface Booted {
  readonly config: Config;
  readonly logger: Logger;
  /** Called once the process serves: until then an unhandled rejection exits 1, afterwards it is logged (see guardBoot). */
  ready(): void;
}

/**
 * Parses the environment or stops the process with a message naming each bad
 * variable. The logger is built only after parsing because it needs the
 * parsed secret values to scrub them; config errors go to stderr directly.
 */
export function boot(service: string): Booted {
  let config: Config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
  const logger = createLogger({
    level: config.logLevel,
    json: config.env === 'production',
    service,
    promptMaxChars: config.logPromptMaxChars,
    secrets: secretValues(config),
  });
  const guard = guardBoot(process, logger);
  return { config, logger, ready: () => guard.ready() };
}

/**
 * Registers this process's QUEUE_SHARDS beside the other processes' (see
 * claimShardLayout), and reports where the shards sit on a cluster
 * (reportShardPlacement), or stops it (exit 78, as for a bad setting) before it
 * enqueues or takes anything when a live process runs with another count.
 */
export async function joinShardLayout(services: Services, role: string): Promise<ShardLayoutClaim> {
  const { config, logger } = services;
  try {
    const onLateConflict = (conflict: ShardLayoutConflict) => {
      // Started while Redis did not answer: leave before more work lands on shards the others do not share.
      logger.error(conflict.message);
      process.exit(78); // EX_CONFIG
    };
    const claim = await claimShardLayout(services.redis('request'), { prefix: config.queuePrefix, shards: config.queueShards.length, role, onLateConflict }, logger);
    void reportShardPlacement(services.redis('request'), config.queueShards, logger);
    return claim;
  } catch (error) {
    if (!(error instanceof ShardLayoutConflict)) throw error;
    logger.error(error.message);
    await services.close();
    process.exit(78); // EX_CONFIG
  }
}
