import type { Server } from 'node:http';
import type { Logger } from './logger.js';

export interface ShutdownStep {
  readonly name: string;
  run(): Promise<void>;
}

/** What closing queues and connections may take after the drain bounded by SHUTDOWN_TIMEOUT; the watchdog's allowance. */
export const CLOSE_MARGIN_MS = 5000;

export interface ShutdownOptions {
  /**
   * If the steps have not finished this long after the signal, the process
   * exits 1 naming the step it was stuck in: better than an orchestrator's
   * SIGKILL with no word of why.
   */
  readonly deadlineMs?: number;
  readonly exit?: (code: number) => void;
}

/**
 * Runs the steps in order on SIGTERM or SIGINT, once. A second signal exits at
 * once, for an operator who does not want to wait for the drain.
 */
export function installShutdown(logger: Logger, steps: readonly ShutdownStep[], options: ShutdownOptions = {}): void {
  const exit = options.exit ?? process.exit;
  let stopping = false;
  let current = '';
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn('second signal; exiting now', { signal });
      exit(1);
      return;
    }
    stopping = true;
    logger.info('shutting down', { signal });
    const { deadlineMs } = options;
    const watchdog =
      deadlineMs === undefined
        ? undefined
        : setTimeout(() => {
            logger.error('shutdown deadline passed; exiting', { component: current, deadline_ms: deadlineMs });
            exit(1);
          }, deadlineMs);
    watchdog?.unref();
    let code = 0;
    for (const step of steps) {
      current = step.name;
      try {
        await step.run();
        logger.info('closed', { component: step.name });
      } catch (error) {
        code = 1;
        logger.error('error while closing', { component: step.name, error });
      }
    }
    clearTimeout(watchdog);
    exit(code);
  };
  process.on('SIGTERM', (s) => void stop(s));
  process.on('SIGINT', (s) => void stop(s));
}

/**
 * Stops accepting connections, closes idle keep-alive ones at once and waits
 * for requests in flight; whatever is still open after `graceMs` is cut.
 * Streaming clients (SSE, WebSocket) must have been told to leave before,
 * or they hold this open until the grace runs out.
 */
export function closeHttpServer(server: Server, graceMs: number): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const force = setTimeout(() => server.closeAllConnections(), graceMs);
    server.close((error) => {
      clearTimeout(force);
      if (error === undefined) resolve();
      else reject(error);
    });
    server.closeIdleConnections();
  });
}
