import { checkClaudeHealth, createClaudeCodeProvider, type ClaudeCodeOptions } from '../../src/providers/claude/index.js';
import { ProviderError } from '../../src/providers/provider-error.js';
import {
  ANTHROPIC_KEY,
  anthropicError,
  anthropicModel,
  anthropicReply,
  anthropicSpendLimit,
  anthropicStalledStream,
  anthropicStreamError,
  createFakeAnthropic,
} from '../fakes/fake-anthropic.js';
import { destroy, hang } from '../fakes/fake-server.js';
import { CODE_INPUT, GOOD_HTML, recordingContext, rejectionOf } from '../fakes/provider-fixtures.js';
import { waitFor } from '../support/wait.js';

const fake = createFakeAnthropic();
const options = (overrides: Partial<ClaudeCodeOptions> = {}): ClaudeCodeOptions => ({
  apiKey: ANTHROPIC_KEY,
  model: 'claude-sonnet-5-5',
  maxTokens: 8000,
  baseUrl: fake.url,
  timeoutMs: 5000,
  ...overrides,
});

beforeAll(() => fake.start());
afterAll(() => fake.stop());
beforeEach(() => fake.reset());

async function failure(overrides: Partial<ClaudeCodeOptions> = {}, ctx = recordingContext().ctx): Promise<ProviderError> {
  const error = await rejectionOf(createClaudeCodeProvider(options(overrides)).render(CODE_INPUT, ctx));
  expect(error).toBeInstanceOf(ProviderError);
  return error as ProviderError;
}

describe('Claude error mapping', () => {
  it('maps 429 with Retry-After seconds to a retryable rate_limit, with exactly one request', async () => {
    fake.queue('messages', anthropicError(429, 'rate_limit_error', 'Number of request tokens has exceeded your per-minute rate limit', { 'retry-after': '12' }));
    await expect(failure()).resolves.toMatchObject({ kind: 'rate_limit', retryable: true, retryAfterMs: 12000 });
    expect(fake.received('messages')).toHaveLength(1);
  });

  it('reads a Retry-After given as an HTTP date', async () => {
    const at = new Date(Date.now() + 30_000).toUTCString();
    fake.queue('messages', anthropicError(429, 'rate_limit_error', 'slow down', { 'retry-after': at }));
    const error = await failure();
    expect(error.retryAfterMs).toBeGreaterThan(25_000);
    expect(error.retryAfterMs).toBeLessThanOrEqual(30_000);
  });

  it.each([
    { status: 529, type: 'overloaded_error', message: 'Overloaded', kind: 'overloaded', retryable: true },
    { status: 500, type: 'api_error', message: 'Internal server error', kind: 'server', retryable: true },
    { status: 503, type: 'api_error', message: 'Service unavailable', kind: 'server', retryable: true },
    { status: 401, type: 'authentication_error', message: 'invalid x-api-key', kind: 'auth', retryable: false },
    { status: 403, type: 'permission_error', message: 'Your API key does not have permission to use the specified resource.', kind: 'auth', retryable: false },
    { status: 404, type: 'not_found_error', message: 'model: claude-nonexistent', kind: 'not_found', retryable: false },
    { status: 400, type: 'invalid_request_error', message: 'max_tokens: must be at most 128000', kind: 'bad_request', retryable: false },
    {
      status: 400,
      type: 'invalid_request_error',
      message: 'Your credit balance is too low to access the Anthropic API. Please go to Plans & Billing to upgrade or purchase credits.',
      kind: 'quota',
      retryable: false,
    },
    { status: 402, type: 'billing_error', message: 'Your organization has no remaining credit.', kind: 'quota', retryable: false },
  ])('maps $status $type to $kind (retryable $retryable), with exactly one request', async ({ status, type, message, kind, retryable }) => {
    fake.queue('messages', anthropicError(status, type, message));
    const error = await failure();
    expect(error).toMatchObject({ provider: 'claude', kind, retryable });
    expect(error.message).toContain(message);
    expect(fake.received('messages')).toHaveLength(1);
  });

  it.each(['enforced_spend_limit_reached', 'contract_spend_limit_reached'] as const)(
    'maps a 429 with error_code %s (a spend limit, not a rate limit) to a non-retryable quota naming the code',
    async (code) => {
      fake.queue('messages', anthropicSpendLimit(code));
      const error = await failure();
      expect(error).toMatchObject({ provider: 'claude', kind: 'quota', retryable: false, retryAfterMs: undefined });
      expect(error.message).toContain(code);
      expect(fake.received('messages')).toHaveLength(1);
    },
  );

  it('maps an overloaded_error event inside an open stream to overloaded', async () => {
    fake.queue('messages', anthropicStreamError('overloaded_error', 'Overloaded'));
    await expect(failure()).resolves.toMatchObject({ kind: 'overloaded', retryable: true });
  });

  it('rejects a wrong key with auth, as the fake checks it', async () => {
    await expect(failure({ apiKey: 'wrong' })).resolves.toMatchObject({ kind: 'auth', retryable: false });
  });

  it('times out a request that never answers', async () => {
    fake.queue('messages', hang);
    await expect(failure({ timeoutMs: 200 })).resolves.toMatchObject({ kind: 'timeout', retryable: true });
  });

  it('times out a stream that stalls after it started (the SDK timeout only covers the headers)', async () => {
    fake.queue('messages', anthropicStalledStream(GOOD_HTML));
    const { ctx, usage } = recordingContext();
    await expect(failure({ timeoutMs: 300 }, ctx)).resolves.toMatchObject({ kind: 'timeout', retryable: true });
    expect(usage).toHaveLength(0);
  });

  it('rejects with the abort reason when the step signal aborts mid-stream', async () => {
    fake.queue('messages', anthropicStalledStream(GOOD_HTML));
    const { ctx, controller } = recordingContext();
    const pending = createClaudeCodeProvider(options()).render(CODE_INPUT, ctx);
    const reason = new Error('postcard deadline passed');
    const outcome = expect(pending).rejects.toBe(reason);
    // Abort while the request is in flight: once the fake has it.
    await waitFor(async () => fake.received('messages').length, (n) => n === 1, { what: 'the request to reach the fake' });
    controller.abort(reason);
    await outcome;
  });

  it('does not even send a request when the signal is already aborted', async () => {
    const { ctx, controller } = recordingContext();
    const reason = new Error('cancelled before start');
    controller.abort(reason);
    await expect(createClaudeCodeProvider(options()).render(CODE_INPUT, ctx)).rejects.toBe(reason);
    expect(fake.received('messages')).toHaveLength(0);
  });

  it('maps a dropped connection and an unreachable server to network', async () => {
    fake.queue('messages', destroy);
    await expect(failure()).resolves.toMatchObject({ kind: 'network', retryable: true });
    const closed = createFakeAnthropic();
    await closed.start();
    const url = closed.url;
    await closed.stop();
    await expect(failure({ baseUrl: url })).resolves.toMatchObject({ kind: 'network', retryable: true });
  });

  it('still works after errors: one success after a 500', async () => {
    fake.queue('messages', anthropicError(500, 'api_error', 'boom'), anthropicReply(GOOD_HTML));
    await expect(failure()).resolves.toMatchObject({ kind: 'server' });
    await expect(createClaudeCodeProvider(options()).render(CODE_INPUT, recordingContext().ctx)).resolves.toBe(GOOD_HTML);
  });

  it('checks health with GET /v1/models/{id}', async () => {
    fake.queue('getModel', anthropicModel('claude-sonnet-5-5'), anthropicError(404, 'not_found_error', 'model: claude-nope'));
    const health = { apiKey: ANTHROPIC_KEY, baseUrl: fake.url, timeoutMs: 1000 };
    await expect(checkClaudeHealth({ ...health, model: 'claude-sonnet-5-5' })).resolves.toBeUndefined();
    await expect(checkClaudeHealth({ ...health, model: 'claude-nope' })).rejects.toMatchObject({ kind: 'not_found', retryable: false });
    expect(fake.received('getModel').map((r) => r.path)).toEqual(['/v1/models/claude-sonnet-5-5', '/v1/models/claude-nope']);
  });
});
