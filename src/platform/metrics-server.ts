import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { Registry } from 'prom-client';

/** An explicitly configured METRICS_PORT that another process holds (or may not be bound). */
export class MetricsPortError extends Error {
  constructor(
    readonly port: number,
    options: { readonly cause: unknown },
  ) {
    super(`cannot listen on METRICS_PORT ${port}`, options);
    this.name = 'MetricsPortError';
  }
}

/**
 * Decides whether a request may read /metrics: null lets it through, a
 * refusal is sent as is. The composition root builds it from the admin
 * settings, which live above this layer.
 */
export type MetricsGuard = (req: IncomingMessage) => Promise<{ readonly status: number; readonly headers: Readonly<Record<string, string>>; readonly body: string } | null>;

/** Lets every request through (a deployment whose operator surfaces are open). */
export const OPEN_METRICS: MetricsGuard = async () => null;

export interface MetricsServer {
  readonly server: Server;
  /** The port actually bound (differs from the requested one for 0 or after a fallback). */
  readonly port: number;
  /** The requested port was taken and a free one was bound instead. */
  readonly fellBack: boolean;
}

/**
 * A worker process's own /metrics (behind `guard`) and /healthz endpoint. Workers have no
 * API server, and each one's counters are its own, so Prometheus scrapes
 * every worker on METRICS_PORT and sums across instances. With `fallback`,
 * a port in use is traded for a free one (several workers on one host);
 * otherwise any failure to bind is a MetricsPortError.
 */
export async function startMetricsServer(registry: Registry, host: string, port: number, fallback: boolean, guard: MetricsGuard): Promise<MetricsServer> {
  const server = createServer((req, res) => {
    if (req.url === '/metrics') {
      guard(req)
        .then(async (refusal) => {
          if (refusal !== null) {
            res.writeHead(refusal.status, refusal.headers).end(refusal.body);
            return;
          }
          const body = await registry.metrics();
          res.writeHead(200, { 'Content-Type': registry.contentType }).end(body);
        })
        .catch((error: unknown) => res.writeHead(500).end(String(error)));
    } else if (req.url === '/healthz') {
      res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"status":"ok"}');
    } else {
      res.writeHead(404).end();
    }
  });
  try {
    await listen(server, port, host);
    return { server, port: boundPort(server), fellBack: false };
  } catch (error) {
    if (!(fallback && isAddressInUse(error))) throw new MetricsPortError(port, { cause: error });
  }
  await listen(server, 0, host);
  return { server, port: boundPort(server), fellBack: true };
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const onError = (error: Error) => reject(error);
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve();
    });
  });
}

function boundPort(server: Server): number {
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the metrics server is not bound to a TCP port');
  return address.port;
}

function isAddressInUse(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 'EADDRINUSE';
}
