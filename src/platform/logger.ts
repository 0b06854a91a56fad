import winston from 'winston';

export type Logger = winston.Logger;

export interface LoggerOptions {
  readonly level: string;
  /** JSON lines for log shippers in production, readable text everywhere else. */
  readonly json: boolean;
  readonly service: string;
  readonly silent?: boolean;
}

export function createLogger(options: LoggerOptions): Logger {
  const format = options.json
    ? winston.format.combine(winston.format.errors({ stack: true }), winston.format.timestamp(), winston.format.json())
    : winston.format.combine(
        winston.format.errors({ stack: true }),
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
