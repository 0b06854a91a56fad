import { randomUUID } from 'node:crypto';
import { STRATEGIES } from '../../src/platform/generation-settings';
import { createCircuitBreaker } from '../../src/providers/circuit-breaker';
import { cachedHistory, queryMemberHistory } from '../../src/pipeline/routing/provider-history';
import { createRouter } from '../../src/pipeline/routing/router';
import { getJson, postJson, startTestSystem, type TestSystem } from '../support/test-system';
import { waitFor } from '../support/wait';

/**
 * The smart workflow over real step runs in PostgreSQL: three providers that
 * differ in measured latency, cost and success, each strategy ordering them
 * differently, and the choice recorded on a real postcard's steps.
 */
describe('strategies over measured step runs', () => {
  let system: TestSystem;
  beforeAll(async () => {
    system = await startTestSystem({ env: { TEXT_PROVIDER: 'simulated,local', IMAGE_PROVIDER: 'local', CODE_PROVIDER: 'simulated,local' } });
  });
  afterAll(async () => {
    await system.close();
  });

  /** `n` finished attempts of the code step by one provider, `ok` of them succeeded. */
  async function measured(provider: string, model: string, n: number, ok: number, durationMs: number, cost: number | null, extra: { truncated?: boolean } = {}) {
    for (let i = 0; i < n; i += 1) {
      const taskId = randomUUID();
      await system.query(`INSERT INTO postcards (task_id, status, user_input, updated_at) VALUES ($1, 'COMPLETED', 'fixture', now())`, [taskId]);
      await system.query(
        `INSERT INTO step_runs (task_id, run, step, attempt, status, provider, model, started_at, finished_at, duration_ms, cost_usd, quality_score, params, error_kind)
         VALUES ($1, 1, 'code', 1, $2, $3, $4, now() - interval '5 minutes', now(), $5, $6, 0.9, $7::jsonb, $8)`,
        [taskId, i < ok ? 'SUCCEEDED' : 'FAILED', provider, model, durationMs, cost, JSON.stringify({ model, truncated: extra.truncated === true }), i < ok ? null : 'server'],
      );
    }
  }

  it('orders the same chain four ways, from what the window measured', async () => {
    await measured('gemini', 'gemini-3.8-flash', 20, 6, 9_000, 0.004);
    await measured('claude', 'claude-sonnet-5-5', 20, 20, 12_000, 0.1, { truncated: true });
    await measured('simulated', 'simulated', 20, 20, 2_000, 0.07);
    const router = createRouter({
      members: {
        text: [],
        image: [],
        code: ['gemini', 'claude', 'simulated', 'local'].map((name) => {
          const model = { gemini: 'gemini-3.8-flash', claude: 'claude-sonnet-5-5' }[name] ?? name;
          return { name, model, key: `${name}:${model}` };
        }),
      },
      breaker: createCircuitBreaker({ failures: 3, cooldownMs: 60_000 }),
      history: cachedHistory(() => queryMemberHistory(system.services.db, new Date(Date.now() - 3_600_000)), 30_000),
      generation: system.config.generation,
      providers: system.config.providers,
    });
    const orders = Object.fromEntries(await Promise.all(STRATEGIES.map(async (s) => [s, (await router.plan('code', s)).route.join('>')])));
    expect(orders).toEqual({
      cost: 'simulated>claude>gemini>local',
      quality: 'claude>gemini>simulated>local',
      speed: 'simulated>gemini>claude>local',
      balanced: 'claude>simulated>gemini>local',
    });

    // Every claude answer was cut at the token limit: its HTML budget grows by half (16 000 → 24 000), within the model's limit.
    const plan = await router.plan('code', 'balanced');
    expect(plan.params('claude')).toEqual({ temperature: undefined, explicitTemperature: false, answerTokens: 24_000, thinking: 'medium' });
    expect(plan.params('gemini')?.answerTokens).toBe(16_000);
    const tuning = await router.tuning();
    expect(tuning.find((t) => t.provider === 'claude')?.adjustments).toEqual(['100% cut at the token limit: tokens ×1.5']);

    // The same adjustments, as an operator sees them in the statistics of an API whose code chain has Claude.
    const api = await startTestSystem({ workers: false, databaseUrl: system.database.url, env: { CODE_PROVIDER: 'claude,local', ANTHROPIC_API_KEY: 'k-not-used' } });
    try {
      const stats = await getJson(api.baseUrl, '/api/v1/stats?window=1h');
      const tuning = stats.body.tuning as Array<Record<string, unknown>>;
      expect(tuning).toContainEqual({
        step: 'code',
        provider: 'claude',
        model: 'claude-sonnet-5-5',
        temperature: null,
        answer_tokens: 24_000,
        thinking: 'medium',
        adjustments: ['100% cut at the token limit: tokens ×1.5'],
      });
      // Claude takes no temperature (API version 2026-10-21): the report does not pretend to send the document's 0.8.
      expect(tuning.find((t) => t.step === 'concept' && t.provider === 'claude')).toMatchObject({ temperature: null, answer_tokens: 1024, adjustments: [] });
    } finally {
      await api.close();
    }
  });

  it('records the postcard\'s strategy and each step\'s reason, and accepts the design document\'s names', async () => {
    const created = await postJson(system.baseUrl, '/api/v1/postcards/create', { prompt: 'A card for a friend', strategy: 'quality_first' });
    expect(created.status).toBe(202);
    const done = await waitFor(
      () => getJson(system.baseUrl, `/api/v1/postcards/status/${String(created.body.task_id)}`),
      (r) => r.body.status === 'COMPLETED' || r.body.status === 'FAILED',
      { timeoutMs: 30_000 },
    );
    expect(done.body.status).toBe('COMPLETED');
    expect(done.body.strategy).toBe('quality');
    const steps = done.body.steps as Array<{ name: string; provider: string; strategy_reason: string | null }>;
    expect(steps.find((s) => s.name === 'concept')).toMatchObject({ provider: 'simulated', strategy_reason: expect.stringMatching(/^quality: only simulated .*; local last$/) });
    expect(steps.find((s) => s.name === 'image')).toMatchObject({ provider: 'local', strategy_reason: 'quality: no remote provider; local last' });
  });

  it('defaults to WORKFLOW_STRATEGY and refuses an unknown strategy with a 4xx naming the field, writing nothing', async () => {
    const bad = await postJson(system.baseUrl, '/api/v1/postcards/create', { prompt: 'x', strategy: 'cheapest' });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({ details: [{ field: 'strategy', message: expect.stringContaining('cost_optimized') }] });
    const [count] = await system.query<{ n: number }>(`SELECT count(*)::int AS n FROM postcards WHERE user_input = 'x'`);
    expect(count?.n).toBe(0);
    const plain = await postJson(system.baseUrl, '/api/v1/postcards', { prompt: 'A plain card' });
    const [row] = await system.query<{ strategy: string }>('SELECT strategy FROM postcards WHERE task_id = $1', [plain.body.task_id]);
    expect(row?.strategy).toBe('balanced');
  });
});
