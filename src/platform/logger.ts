import winston from 'winston';
import { createRedactor } from './redaction.js';

export type Logger = winston.Logger;

export interface LoggerOptions {
  readonly level: string;
  /** JSON lines for log shippers in production, readable text everywhere else. */
  readonly json: boolean;
  readonly service: string;
  readonly silent?: boolean;
  /** Longest prompt text a log line may carry. */
  readonly promptMaxChars?: number;
  /**
   * Configured secret values (see `secretValues`): any occurrence in any string
   * of a record, message and stacks included, becomes `[redacted]`. Values
   * shorter than 6 characters are ignored.
   */
  readonly secrets?: readonly string[];
}

/**
 * Runs before any output format, so neither JSON nor text mode ever sees an
 * unredacted field: secrets are caught by key name at any depth and by value
 * in any string, errors nested in metadata become plain objects (winston would
 * print `{}`), and prompts are cut to `promptMaxChars`.
 */
const hygiene = (options: LoggerOptions) => {
  const redact = createRedactor({ secrets: options.secrets ?? [], promptMaxChars: options.promptMaxChars ?? 200 });
  return winston.format((info) => {
    redact(info);
    return info;
  })();
};

/**
 * winston runs the logger's format on every record and lets the transport
 * drop those below the level afterwards: each `debug` and `http` line at
 * `LOG_LEVEL=info` (a request's access line, a step's start) was redacted,
 * stamped and serialised for nothing. This drops them first. It asks the
 * logger, so a level changed at run time still holds.
 */
const atLevel = (enabled: (level: string) => boolean) => winston.format((info) => (enabled(info.level) ? info : false))();

export function createLogger(options: LoggerOptions): Logger {
  // `cause: true` keeps the cause of an error logged on its own (`logger.error(err)`), where it is not enumerable.
  const errors = winston.format.errors({ stack: true, cause: true });
  const clean = hygiene(options);
  // Called only when a record is logged, by which time `logger` exists.
  const filter = atLevel((level) => logger.isLevelEnabled(level));
  const format = options.json
    ? winston.format.combine(filter, errors, clean, winston.format.timestamp(), winston.format.json())
    : winston.format.combine(
        filter,
        errors,
        clean,
        winston.format.timestamp({ format: 'HH:mm:ss.SSS' }),
        winston.format.colorize(),
        winston.format.printf(({ timestamp, level, message, stack, service, ...meta }) => {
          const context = Object.keys(meta).length > 0 ? ` ${JSON.stringify(meta)}` : '';
          const trace = typeof stack === 'string' ? `\n${stack}` : '';
          return `${String(timestamp)} ${level} [${String(service)}] ${String(message)}${context}${trace}`;
        }),
      );
  const logger: Logger = winston.createLogger({
    level: options.level,
    defaultMeta: { service: options.service },
    format,
    silent: options.silent ?? false,
    transports: [new winston.transports.Console()],
  });
  return logger;
}
