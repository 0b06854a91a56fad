import { EventEmitter } from 'node:events';
import { createServer, type Server } from 'node:http';
import { Registry } from 'prom-client';
import { guardBoot } from '../../src/platform/boot-guard';
import { MetricsPortError, OPEN_METRICS, startMetricsServer, type MetricsServer } from '../../src/platform/metrics-server';
import { createMemoryLogger } from '../support/memory-logger';

describe('guardBoot', () => {
  it('exits 1 on an unhandled rejection before ready, and only logs one after', async () => {
    const source = new EventEmitter();
    const { logger, lines } = createMemoryLogger();
    const exits: number[] = [];
    const guard = guardBoot(source, logger, (code) => exits.push(code));

    source.emit('unhandledRejection', new Error('during boot'));
    expect(exits).toEqual([1]);
    guard.ready();
    source.emit('unhandledRejection', new Error('while serving'));
    expect(exits).toEqual([1]);

    const logged = (await lines()).map((l) => JSON.parse(l) as { message: string; level: string });
    expect(logged.map((l) => [l.level, l.message])).toEqual([
      ['error', 'unhandled rejection during boot; exiting'],
      ['error', 'unhandled rejection'],
    ]);
  });
});

describe('startMetricsServer', () => {
  const opened: Server[] = [];
  const listen = async (port: number): Promise<Server> => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    opened.push(server);
    return server;
  };
  const portOf = (server: Server) => {
    const address = server.address();
    if (address === null || typeof address === 'string') throw new Error('not bound');
    return address.port;
  };
  const keep = (m: MetricsServer) => {
    opened.push(m.server);
    return m;
  };
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
  });

  it('binds any free port for 0 and reports it', async () => {
    const metrics = keep(await startMetricsServer(new Registry(), '127.0.0.1', 0, false, OPEN_METRICS));
    expect(metrics.port).toBeGreaterThan(0);
    expect(metrics.fellBack).toBe(false);
    expect((await fetch(`http://127.0.0.1:${metrics.port}/healthz`)).status).toBe(200);
  });

  it('trades a taken port for a free one when falling back is allowed (METRICS_PORT unset)', async () => {
    const taken = portOf(await listen(0));
    const metrics = keep(await startMetricsServer(new Registry(), '127.0.0.1', taken, true, OPEN_METRICS));
    expect(metrics.fellBack).toBe(true);
    expect(metrics.port).not.toBe(taken);
    expect((await fetch(`http://127.0.0.1:${metrics.port}/metrics`)).status).toBe(200);
  });

  it('rejects with MetricsPortError naming the port when an explicit port is taken', async () => {
    const taken = portOf(await listen(0));
    const failure = startMetricsServer(new Registry(), '127.0.0.1', taken, false, OPEN_METRICS);
    await expect(failure).rejects.toBeInstanceOf(MetricsPortError);
    await expect(failure).rejects.toThrow(`METRICS_PORT ${taken}`);
  });
});
