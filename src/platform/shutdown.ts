import type { Logger } from './logger.js';

export interface ShutdownStep {
  readonly name: string;
  run(): Promise<void>;
}

/**
 * Runs the steps in order on SIGTERM or SIGINT, once. A second signal exits at
 * once, for an operator who does not want to wait for the drain.
 */
export function installShutdown(logger: Logger, steps: readonly ShutdownStep[], exit: (code: number) => void = process.exit): void {
  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn('second signal; exiting now', { signal });
      exit(1);
      return;
    }
    stopping = true;
    logger.info('shutting down', { signal });
    let code = 0;
    for (const step of steps) {
      try {
        await step.run();
        logger.info('closed', { component: step.name });
      } catch (error) {
        code = 1;
        logger.error('error while closing', { component: step.name, error });
      }
    }
    exit(code);
  };
  process.on('SIGTERM', (s) => void stop(s));
  process.on('SIGINT', (s) => void stop(s));
}
