import { freePort } from '../support/ports';
import { startPrivatePostgres, type PrivatePostgres } from '../support/private-postgres';
import { scriptedProviders } from '../support/scripted-providers';
import { getJson, postJson, startTestSystem, type TestSystem } from '../support/test-system';
import { createGate, waitFor } from '../support/wait';


/** PostgreSQL goes away under a running system: a private cluster, never the shared one. */
describe('a PostgreSQL outage', () => {
  let pg: PrivatePostgres;
  let system: TestSystem;
  // The first concept call holds until PostgreSQL is down, so that its result finds no database.
  const held = createGate();
  const slow = scriptedProviders({ before: { concept: (n, ctx) => (n === 1 ? held.wait(ctx.signal) : undefined) } });

  beforeAll(async () => {
    pg = await startPrivatePostgres(await freePort());
    system = await startTestSystem({
      databaseUrl: pg.url,
      providers: slow.providers,
      env: { AI_WORKFLOW_RETRY_COUNT: '8', AI_WORKFLOW_BACKOFF_MS: '300', RECONCILE_INTERVAL_SECONDS: '0' },
    });
  }, 60_000);
  afterAll(async () => {
    await pg.start();
    await system.close();
    await pg.destroy();
  });

  it('answers create with 503, retries a step whose result could not be stored, and resumes when it returns', async () => {
    const created = await postJson(system.baseUrl, '/api/v1/postcards', { prompt: 'store me later' });
    expect(created.status).toBe(202);
    const id = String(created.body.task_id);
    await held.reached;
    await waitFor(() => getJson(system.baseUrl, `/api/v1/postcards/status/${id}`), (r) => r.body.status === 'PROCESSING');

    // The concept step is running; its result will find no database.
    await pg.stop();
    const started = Date.now();
    const refused = await postJson(system.baseUrl, '/api/v1/postcards', { prompt: 'while postgres is down' });
    expect(refused.status).toBe(503);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect((await getJson(system.baseUrl, '/readyz')).status).toBe(503);
    const reading = await getJson(system.baseUrl, `/api/v1/postcards/status/${id}`);
    expect([reading.status, (reading.body.error as { code: string }).code]).toEqual([503, 'service_unavailable']);

    held.open();
    const attemptsMade = async () => Math.max(0, ...(await system.queues.concept.getJobs(['active', 'delayed', 'waiting', 'failed'])).map((job) => job.attemptsMade));
    await waitFor(attemptsMade, (n) => n >= 1, { what: 'the concept attempt whose result could not be stored to fail' });
    await pg.start();
    const done = await waitFor(() => getJson(system.baseUrl, `/api/v1/postcards/status/${id}`), (r) => r.status === 200 && r.body.status === 'COMPLETED', {
      timeoutMs: 45_000,
      intervalMs: 250,
      what: 'the postcard to complete after the outage',
    });
    const concept = (done.body.steps as Array<{ name: string; attempts: number }>).find((s) => s.name === 'concept');
    expect(concept?.attempts).toBeGreaterThanOrEqual(2);
    expect((await getJson(system.baseUrl, '/readyz')).status).toBe(200);
    const rows = await system.query<{ n: string }>('SELECT count(*) AS n FROM postcards');
    expect(Number(rows[0]?.n)).toBe(1);
  });
});
