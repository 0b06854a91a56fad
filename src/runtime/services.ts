import type { Redis } from 'ioredis';
import type { Config } from '../platform/config.js';
import { createDb, type Db } from '../platform/db.js';
import type { Logger } from '../platform/logger.js';
import { createRedis, type RedisRole } from '../platform/redis.js';

/** The connections a process owns. Built by an entry point, passed down, closed last. */
export interface Services {
  readonly config: Config;
  readonly logger: Logger;
  readonly db: Db;
  redis(role: RedisRole): Redis;
  close(): Promise<void>;
}

export function createServices(config: Config, logger: Logger, name: string): Services {
  const db = createDb({ url: config.databaseUrl, poolSize: config.databasePoolSize });
  const connections = new Map<RedisRole, Redis>();
  const log = logger.child({ component: 'redis' });
  return {
    config,
    logger,
    db,
    redis(role) {
      let connection = connections.get(role);
      if (connection === undefined) {
        connection = createRedis(config.redisUrl, role, `${name}:${role}`);
        // ioredis emits 'error' on every failed reconnect; log it instead of crashing on an unhandled event.
        connection.on('error', (error: Error) => log.warn('redis connection error', { role, error: error.message }));
        connections.set(role, connection);
      }
      return connection;
    },
    async close() {
      await Promise.all([...connections.values()].map((c) => c.quit().catch(() => c.disconnect())));
      await db.$disconnect();
    },
  };
}
