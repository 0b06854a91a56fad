import { createServer, type Server } from 'node:http';
import { createProcessSystem, type ProcessSystem } from '../support/process-system';
import { getJson, postJson } from '../support/test-system';
import { waitFor } from '../support/wait';
import { runServiceProcessToExit, startWorkerProcess, type ServiceProcess } from '../support/worker-process';

/** The port a worker's ready line reports. */
function metricsPortOf(worker: ServiceProcess): number {
  const match = /workers started .*"metrics_port":(\d+)/.exec(worker.output());
  if (match === null) throw new Error(`no metrics port in:\n${worker.output()}`);
  return Number(match[1]);
}

/** src/bin/worker.ts as OS processes: the metrics port is bound before any job is taken. */
describe('worker boot and its metrics port', () => {
  let system: ProcessSystem;
  let api: ServiceProcess | undefined;
  const workers: ServiceProcess[] = [];
  let holder: Server;
  let takenPort: number;
  let taskId: string;

  beforeAll(async () => {
    system = await createProcessSystem();
    api = await system.startApi();
    holder = createServer();
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
    const address = holder.address();
    if (address === null || typeof address === 'string') throw new Error('not bound');
    takenPort = address.port;
  });
  afterAll(async () => {
    for (const worker of workers) await worker.stop('SIGKILL');
    await api?.stop();
    await new Promise<void>((resolve) => holder.close(() => resolve()));
    await system.close();
  });

  it('exits non-zero before taking a job when an explicit METRICS_PORT is taken', async () => {
    const created = await postJson(system.baseUrl, '/api/v1/postcards', { prompt: 'Waiting for a worker that can be scraped' });
    expect(created.status).toBe(202);
    taskId = String(created.body.task_id);

    const { code, output } = await runServiceProcessToExit('src/bin/worker.ts', { ...system.env, METRICS_PORT: String(takenPort) });

    expect(code).toBe(1);
    expect(output).toContain('could not serve metrics');
    expect(output).toContain(`METRICS_PORT ${takenPort}`);
    expect(output).not.toContain('unhandled rejection');
    expect(output).not.toContain('workers started');
    const runs = await system.query<{ n: string }>('SELECT count(*) AS n FROM step_runs WHERE task_id = $1', [taskId]);
    expect(Number(runs[0]?.n)).toBe(0);
    expect((await getJson(system.baseUrl, `/api/v1/postcards/status/${taskId}`)).body.status).toBe('PENDING');
  });

  it('starts two workers with default settings on one host, each serving metrics on its own port', async () => {
    // METRICS_PORT unset (an empty value means unset), as `npm run worker` twice would run.
    for (let i = 0; i < 2; i += 1) workers.push(await startWorkerProcess({ ...system.env, METRICS_PORT: '' }));
    const ports = workers.map(metricsPortOf);
    expect(new Set(ports).size).toBe(2);
    for (const port of ports) {
      const health = await fetch(`http://127.0.0.1:${port}/healthz`);
      expect(health.status).toBe(200);
      expect(await (await fetch(`http://127.0.0.1:${port}/metrics`)).text()).toContain('process_resident_memory_bytes');
    }
    // At least the second one found the default taken and said where it went instead.
    expect(workers.some((w) => w.output().includes('the default metrics port is taken'))).toBe(true);

    // The job the failed worker left alone is taken now.
    await waitFor(() => getJson(system.baseUrl, `/api/v1/postcards/status/${taskId}`), (r) => r.body.status === 'COMPLETED', { what: 'the waiting postcard to complete' });
    for (const worker of workers.splice(0)) expect(await worker.stop()).toBe(0);
  });
});
