import { Router } from 'express';

/** A dependency readiness depends on. `check` rejects when it is down. */
export interface HealthCheck {
  readonly name: string;
  check(): Promise<void>;
}

const CHECK_TIMEOUT_MS = 2000;

async function timed(check: HealthCheck) {
  const started = performance.now();
  try {
    await Promise.race([
      check.check(),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS).unref()),
    ]);
    return { name: check.name, status: 'up' as const, latency_ms: Math.round(performance.now() - started) };
  } catch (error) {
    return {
      name: check.name,
      status: 'down' as const,
      latency_ms: Math.round(performance.now() - started),
      error: error instanceof Error ? error.message : String(error),
    };
  }
}

export function createHealthRouter(checks: readonly HealthCheck[]): Router {
  const router = Router();
  // Liveness: the process answers. No dependencies, so a Redis blip never gets us restarted.
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    const components = await Promise.all(checks.map(timed));
    const ready = components.every((c) => c.status === 'up');
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'unavailable', components });
  });
  return router;
}
