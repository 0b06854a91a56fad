import { Writable } from 'node:stream';
import winston from 'winston';
import { createLogger, type Logger, type LoggerOptions } from '../../src/platform/logger';

export interface MemoryLogger {
  readonly logger: Logger;
  /** Every line written so far, as the production transport would have printed it. */
  lines(): Promise<string[]>;
}

/**
 * The service's real logger (same formats, same redaction) with its console
 * transport swapped for an in-memory stream, so tests read the exact text a
 * log shipper would receive.
 */
export function createMemoryLogger(options: Partial<LoggerOptions> = {}): MemoryLogger {
  const logger = createLogger({ level: 'debug', json: true, service: 'test', ...options });
  const written: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      written.push(String(chunk).trimEnd());
      done();
    },
  });
  logger.clear().add(new winston.transports.Stream({ stream }));
  return {
    logger,
    async lines() {
      // winston hands records to its transports through streams, which may defer delivery to a later tick.
      await new Promise<void>((resolve) => setImmediate(resolve));
      return [...written];
    },
  };
}
