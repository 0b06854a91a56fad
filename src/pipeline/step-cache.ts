import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { Logger } from '../platform/logger.js';
import type { Metrics } from '../platform/metrics.js';
import type { StepName } from './catalog.js';

/**
 * The step result cache. An entry maps a hash of (step, provider chain with
 * models, normalised input) to the task id of a postcard that stored that
 * result in PostgreSQL: Redis holds a pointer, never the result itself.
 */
export interface StepCache {
  key(step: StepName, identity: string, input: unknown): string;
  /** The task id whose stored result answers this key, or null. Never throws: a cache outage is a miss. */
  get(step: StepName, key: string): Promise<string | null>;
  set(key: string, taskId: string): Promise<void>;
}

/** Same meaning, same text: keys sorted, strings Unicode-normalised, trimmed and whitespace-collapsed. */
export function normalise(value: unknown): unknown {
  if (typeof value === 'string') return value.normalize('NFC').trim().replace(/\s+/g, ' ');
  if (Array.isArray(value)) return value.map(normalise);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, v]) => [k, normalise(v)]),
    );
  }
  return value;
}

export function createStepCache(redis: Redis, options: { readonly prefix: string; readonly ttlSeconds: number }, metrics: Metrics, logger: Logger): StepCache {
  return {
    key(step, identity, input) {
      const digest = createHash('sha256').update(JSON.stringify([step, identity, normalise(input)])).digest('hex');
      return `${options.prefix}:cache:${step}:${digest}`;
    },
    async get(step, key) {
      try {
        const source = await redis.get(key);
        metrics.cacheLookups.inc({ step, result: source === null ? 'miss' : 'hit' });
        return source;
      } catch (error) {
        metrics.cacheLookups.inc({ step, result: 'error' });
        logger.warn('step cache lookup failed; calling the provider', { step, error });
        return null;
      }
    },
    async set(key, taskId) {
      try {
        await redis.set(key, taskId, 'EX', options.ttlSeconds);
      } catch (error) {
        logger.warn('could not store a step cache entry', { task_id: taskId, error });
      }
    },
  };
}
