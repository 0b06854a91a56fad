/**
 * Cleanup that runs even when a scenario throws or the run is interrupted:
 * every resource the benchmark starts (servers, redis-server, the database,
 * child processes) registers how to undo itself, and a scope undoes them in
 * reverse order. Failures while undoing are reported, never hidden, and the
 * remaining steps still run.
 */
export class Scope {
  private readonly steps: Array<{ readonly name: string; readonly run: () => Promise<void> | void }> = [];
  private failures = 0;

  constructor(private readonly report: (message: string) => void) {}

  defer(name: string, run: () => Promise<void> | void): void {
    this.steps.push({ name, run });
  }

  /** A scope of its own whose cleanup also runs when this one closes (an interrupted run). */
  child(): Scope {
    const child = new Scope(this.report);
    this.defer('child scope', async () => {
      if (!(await child.close())) throw new Error('a nested cleanup step failed');
    });
    return child;
  }

  /** Undoes everything registered so far, newest first. Returns false when a step failed. */
  async close(): Promise<boolean> {
    for (let step = this.steps.pop(); step !== undefined; step = this.steps.pop()) {
      try {
        await withTimeout(Promise.resolve(step.run()), 30_000, `cleanup of ${step.name}`);
      } catch (error) {
        this.failures += 1;
        this.report(`cleanup of ${step.name} failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    return this.failures === 0;
  }
}

/** Runs `body` with a nested scope that is closed when it returns or throws. */
export async function scoped<T>(parent: Scope, body: (scope: Scope) => Promise<T>): Promise<T> {
  const scope = parent.child();
  try {
    return await body(scope);
  } finally {
    await scope.close();
  }
}

export async function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Polls `probe` every `intervalMs` until `done` accepts its value; throws after `timeoutMs`. */
export async function pollUntil<T>(probe: () => Promise<T>, done: (value: T) => boolean, options: { readonly timeoutMs: number; readonly intervalMs?: number; readonly what: string }): Promise<T> {
  const deadline = Date.now() + options.timeoutMs;
  for (;;) {
    const value = await probe();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${options.timeoutMs} ms waiting for ${options.what}; last: ${JSON.stringify(value)}`);
    await sleep(options.intervalMs ?? 100);
  }
}
