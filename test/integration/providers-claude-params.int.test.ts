import { createClaudeTextProvider, type ClaudeTextOptions } from '../../src/providers/claude/index.js';
import type { CallParams } from '../../src/providers/generation-params.js';
import { ANTHROPIC_KEY, anthropicReply, anthropicStream, createFakeAnthropic, messagesBody } from '../fakes/fake-anthropic.js';
import { CONCEPT, COPY, recordingContext, REQUEST } from '../fakes/provider-fixtures.js';

/**
 * What the Claude adapter sends, against a fake that answers 400 for
 * temperature, top_p, top_k and thinking.type "enabled" (as anthropic-version
 * 2026-10-21 does), and how it reads a stream that opens with a thinking block.
 */
const fake = createFakeAnthropic();
const options = (overrides: Partial<ClaudeTextOptions> = {}): ClaudeTextOptions => ({
  apiKey: ANTHROPIC_KEY,
  model: 'claude-sonnet-5-5',
  maxTokens: 2048,
  baseUrl: fake.url,
  timeoutMs: 5000,
  ...overrides,
});

beforeAll(() => fake.start());
afterAll(() => fake.stop());
beforeEach(() => fake.reset());

async function conceptWith(overrides: Partial<ClaudeTextOptions>, params?: CallParams) {
  fake.queue('messages', anthropicReply(JSON.stringify(CONCEPT)));
  const recording = recordingContext(params);
  await expect(createClaudeTextProvider(options(overrides)).concept({ request: REQUEST }, recording.ctx)).resolves.toEqual(CONCEPT);
  return { body: messagesBody(fake.received('messages')[0]), sent: recording.sent };
}

describe('Claude request parameters', () => {
  it('never sends temperature, top_p or top_k, even when the pipeline set a temperature explicitly', async () => {
    const { body, sent } = await conceptWith({}, { temperature: 0.9, explicitTemperature: true, answerTokens: 1024, thinking: 'low' });
    for (const param of ['temperature', 'top_p', 'top_k']) expect(body).not.toHaveProperty(param);
    expect(body.max_tokens).toBe(1024 + 2048);
    expect(sent).toEqual([{ provider: 'claude', model: 'claude-sonnet-5-5', max_output_tokens: 3072, thinking: 'adaptive, effort low' }]);
  });

  it.each([
    // Claude thinks even at "off": it becomes low effort, with room for it.
    ['off', 'low', 2048 + 2048],
    ['minimal', 'low', 2048 + 2048],
    ['medium', 'medium', 2048 + 8192],
    ['high', 'high', 2048 + 24_576],
  ] as const)('maps thinking %s to adaptive thinking with effort %s (never type "enabled") and max_tokens %i', async (thinking, effort, maxTokens) => {
    const { body } = await conceptWith({ thinking });
    expect(body).toMatchObject({ thinking: { type: 'adaptive' }, output_config: { effort }, max_tokens: maxTokens });
  });

  it('caps max_tokens at the model maximum', async () => {
    const { body } = await conceptWith({}, { temperature: undefined, answerTokens: 120_000, thinking: 'high' });
    expect(body.max_tokens).toBe(128_000);
  });
});

describe('Claude model override', () => {
  it("sends to the model the pipeline's params name, within that model's effort levels, and records it", async () => {
    fake.queue('messages', anthropicReply(JSON.stringify(CONCEPT)));
    const { ctx, sent, usage } = recordingContext({ temperature: undefined, answerTokens: 1024, thinking: 'high', model: 'claude-haiku-5-5' });
    await expect(createClaudeTextProvider(options()).concept({ request: REQUEST }, ctx)).resolves.toEqual(CONCEPT);
    expect(messagesBody(fake.received('messages')[0])).toMatchObject({ model: 'claude-haiku-5-5', output_config: { effort: 'high' }, max_tokens: 1024 + 24_576 });
    expect(sent).toMatchObject([{ provider: 'claude', model: 'claude-haiku-5-5' }]);
    expect(usage).toMatchObject([{ model: 'claude-haiku-5-5' }]);
  });
});

describe('Claude streams that think first', () => {
  it('returns only the text block of a stream that opens with a thinking block, and records usage once', async () => {
    const thinking = 'Maybe {"theme": "not the answer"} — no, keep it warm and short.';
    fake.queue('messages', anthropicStream(JSON.stringify(COPY), { thinking, chunks: 6, usage: { input_tokens: 700, output_tokens: 420 } }));
    const { ctx, usage, checks } = recordingContext();
    await expect(createClaudeTextProvider(options()).copy({ request: REQUEST, concept: CONCEPT }, ctx)).resolves.toEqual(COPY);
    expect(fake.received('messages')).toHaveLength(1);
    expect(checks).toEqual([{ repaired: false, truncated: false, problems: 0 }]);
    expect(usage).toEqual([{ provider: 'claude', model: 'claude-sonnet-5-5', inputTokens: 700, outputTokens: 420, images: 0 }]);
  });

  it('sends only the text of a thinking answer back in a repair turn', async () => {
    const bad = JSON.stringify({ ...CONCEPT, occasion: 'oktoberfest' });
    fake.queue('messages', anthropicStream(bad, { thinking: 'secret reasoning' }), anthropicStream(JSON.stringify(CONCEPT), { thinking: null }));
    await expect(createClaudeTextProvider(options()).concept({ request: REQUEST }, recordingContext().ctx)).resolves.toEqual(CONCEPT);
    const repair = messagesBody(fake.received('messages')[1]);
    expect(repair.messages).toMatchObject([{ role: 'user' }, { role: 'assistant', content: bad }, { role: 'user' }]);
    expect(JSON.stringify(repair)).not.toContain('secret reasoning');
  });
});
