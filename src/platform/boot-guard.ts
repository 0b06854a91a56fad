import type { Logger } from './logger.js';

/** The part of `process` the guard listens on; a plain EventEmitter in tests. */
export interface RejectionSource {
  on(event: 'unhandledRejection', listener: (reason: unknown) => void): unknown;
}

/**
 * Until `ready()`, an unhandled rejection stops the process (exit 1): a
 * half-built process (no shutdown handler, no metrics, workers perhaps taking
 * jobs) must not look alive. Once it serves, a rejection is logged and the
 * process goes on: it comes from one request or one background check, and
 * exiting would abandon every request and job in flight for it; the health
 * endpoints and the orchestrator decide when a running process is unwell.
 */
export function guardBoot(source: RejectionSource, logger: Logger, exit: (code: number) => void = process.exit): { ready(): void } {
  let booting = true;
  source.on('unhandledRejection', (reason) => {
    if (booting) {
      logger.error('unhandled rejection during boot; exiting', { error: reason });
      exit(1);
      return;
    }
    logger.error('unhandled rejection', { error: reason });
  });
  return {
    ready() {
      booting = false;
    },
  };
}
