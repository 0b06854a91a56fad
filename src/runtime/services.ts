import { STEP_ORDER } from '../pipeline/catalog.js';
import { createEventPublisher, type EventPublisher } from '../pipeline/postcard-events.js';
import type { Config } from '../platform/config.js';
import { createDatabase, type Db, type Sql } from '../platform/db.js';
import type { Logger } from '../platform/logger.js';
import { createMetrics, type Metrics } from '../platform/metrics.js';
import { createRedis, type RedisConnection, type RedisRole } from '../platform/redis.js';
import { createPostcardStore } from '../store/pg-postcard-store.js';
import type { PostcardStore } from '../store/postcard-store.js';

/** The connections and process-wide singletons a process owns. Built by an entry point, passed down, closed last. */
export interface Services {
  readonly config: Config;
  readonly logger: Logger;
  readonly db: Db;
  /** Prepared statements through `pg` on the same pool, for the workers' hot path (platform/db.ts). */
  readonly sql: Sql;
  /** Every read and write of postcards and step runs goes through it. */
  readonly store: PostcardStore;
  readonly metrics: Metrics;
  readonly events: EventPublisher;
  redis(role: RedisRole): RedisConnection;
  /** A connection of its own (Pub/Sub subscribers cannot share one), closed with the others. */
  dedicatedRedis(name: string): RedisConnection;
  close(): Promise<void>;
}

export function createServices(config: Config, logger: Logger, name: string): Services {
  const database = createDatabase({
    url: config.databaseUrl,
    poolSize: config.databasePoolSize,
    onIdleError: (error) => logger.warn('an idle PostgreSQL connection failed; the next query opens a new one', { error: error.message }),
  });
  const { db } = database;
  const shared = new Map<RedisRole, RedisConnection>();
  const dedicated: RedisConnection[] = [];
  const log = logger.child({ component: 'redis' });
  const open = (role: RedisRole, connectionName: string) => {
    const connection = createRedis({ url: config.redisUrl, clusterNodes: config.redisClusterNodes, natMap: config.redisClusterNatMap }, role, connectionName);
    // ioredis emits 'error' on every failed reconnect; log it instead of crashing on an unhandled event.
    connection.on('error', (error: Error) => log.warn('redis connection error', { connection: connectionName, error: error.message }));
    return connection;
  };
  const redis = (role: RedisRole) => {
    let connection = shared.get(role);
    if (connection === undefined) {
      connection = open(role, `${name}:${role}`);
      shared.set(role, connection);
    }
    return connection;
  };
  return {
    config,
    logger,
    db,
    sql: database.sql,
    store: createPostcardStore(database, STEP_ORDER),
    metrics: createMetrics({ process: name }),
    events: createEventPublisher(redis('request'), { prefixes: config.queueShards, ttlSeconds: config.events.ttlSeconds }, logger),
    redis,
    dedicatedRedis(connectionName) {
      const connection = open('blocking', `${name}:${connectionName}`);
      dedicated.push(connection);
      return connection;
    },
    async close() {
      await Promise.all([...shared.values(), ...dedicated].map((c) => c.quit().catch(() => c.disconnect())));
      await database.close();
    },
  };
}
