import { createWriteStream } from 'node:fs';
import winston from 'winston';
import { createLogger, type Logger } from '../../../src/platform/logger.js';
import type { Scope } from './scope.js';

/**
 * The service's own logger (production JSON format, level info, as deployed),
 * writing to a file instead of the terminal: formatting and writing every log
 * line is part of the cost being measured, printing thousands of them is not.
 * `secrets` are scrubbed as in production, which is also part of that cost.
 */
export function createBenchLogger(scope: Scope, path: string, level: string, secrets: readonly string[]): Logger {
  const logger = createLogger({ level, json: true, service: 'bench', secrets });
  const stream = createWriteStream(path, { flags: 'a' });
  logger.clear().add(new winston.transports.Stream({ stream }));
  scope.defer('log file', () => new Promise<void>((resolve) => stream.end(() => resolve())));
  return logger;
}
