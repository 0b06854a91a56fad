import winston from 'winston';

export type Logger = winston.Logger;

export interface LoggerOptions {
  readonly level: string;
  /** JSON lines for log shippers in production, readable text everywhere else. */
  readonly json: boolean;
  readonly service: string;
  readonly silent?: boolean;
  /** Longest prompt text a log line may carry. */
  readonly promptMaxChars?: number;
}

const SECRET_KEY = /(authorization|password|secret|token|api[_-]?key|cookie)/i;

function plain(value: unknown, depth = 0): unknown {
  if (value instanceof Error) {
    const cause = value.cause === undefined || depth > 2 ? {} : { cause: plain(value.cause, depth + 1) };
    const code = 'code' in value && value.code !== undefined ? { code: value.code } : {};
    return { name: value.name, message: value.message, ...code, stack: value.stack, ...cause };
  }
  return value;
}

/**
 * Errors nested in metadata become plain objects (winston would print `{}`),
 * secrets never reach the log, and prompts are cut to `promptMaxChars`.
 */
const hygiene = (promptMaxChars: number) =>
  winston.format((info) => {
    for (const key of Object.keys(info)) {
      const value = info[key];
      if (SECRET_KEY.test(key)) info[key] = '[redacted]';
      else if (key === 'prompt' && typeof value === 'string' && value.length > promptMaxChars) {
        info[key] = `${value.slice(0, promptMaxChars)}… (${value.length} chars)`;
      } else info[key] = plain(value);
    }
    return info;
  })();

export function createLogger(options: LoggerOptions): Logger {
  const clean = hygiene(options.promptMaxChars ?? 200);
  const format = options.json
    ? winston.format.combine(winston.format.errors({ stack: true }), clean, winston.format.timestamp(), winston.format.json())
    : winston.format.combine(
        winston.format.errors({ stack: true }),
        clean,
        winston.format.timestamp({ format: 'HH:mm:ss.SSS' }),
        winston.format.colorize(),
        winston.format.printf(({ timestamp, level, message, stack, service, ...meta }) => {
          const context = Object.keys(meta).length > 0 ? ` ${JSON.stringify(meta)}` : '';
          const trace = typeof stack === 'string' ? `\n${stack}` : '';
          return `${String(timestamp)} ${level} [${String(service)}] ${String(message)}${context}${trace}`;
        }),
      );
  return winston.createLogger({
    level: options.level,
    defaultMeta: { service: options.service },
    format,
    silent: options.silent ?? false,
    transports: [new winston.transports.Console()],
  });
}
