import { Router, type Request } from 'express';
import type { HealthCheck } from './health-check.js';

const CHECK_TIMEOUT_MS = 2000;

async function timed(check: HealthCheck) {
  const started = performance.now();
  try {
    await Promise.race([
      check.check(),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS).unref()),
    ]);
    return { name: check.name, required: check.required ?? true, status: 'up' as const, latency_ms: Math.round(performance.now() - started) };
  } catch (error) {
    return {
      name: check.name,
      required: check.required ?? true,
      status: 'down' as const,
      latency_ms: Math.round(performance.now() - started),
      error: error instanceof Error ? error.message : String(error),
    };
  }
}

/**
 * `isAdmin` decides who sees why a component is down: an error text can name
 * hosts, models or a provider's account state, which is the operator's
 * business; anonymous probes (load balancers) need only the states.
 */
export function createHealthRouter(checks: readonly HealthCheck[], isAdmin: (req: Request) => Promise<boolean>): Router {
  const router = Router();
  // Liveness: the process answers. No dependencies, so a Redis blip never gets us restarted.
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (req, res) => {
    const [components, admin] = await Promise.all([Promise.all(checks.map(timed)), isAdmin(req)]);
    const ready = components.every((c) => c.status === 'up' || !c.required);
    const shown = admin ? components : components.map(({ name, required, status, latency_ms }) => ({ name, required, status, latency_ms }));
    // Who asked changes the body: no shared cache may hand an admin's details to anyone else.
    res
      .status(ready ? 200 : 503)
      .set('Cache-Control', 'no-store')
      .json({ status: ready ? 'ready' : 'unavailable', components: shown });
  });
  return router;
}
