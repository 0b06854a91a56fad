import { createClaudeCodeProvider, createClaudeTextProvider } from '../../src/providers/claude/index.js';
import type { Concept } from '../../src/providers/contracts.js';
import { createGeminiCodeProvider, createGeminiTextProvider } from '../../src/providers/gemini/index.js';
import { ProviderError } from '../../src/providers/provider-error.js';
import { ANTHROPIC_KEY, anthropicReply, createFakeAnthropic, messagesBody } from '../fakes/fake-anthropic.js';
import { createFakeGemini, GEMINI_KEY, geminiText, generationConfigOf } from '../fakes/fake-gemini.js';
import { exposeUndiciDispatcherToJest } from '../fakes/jest-undici-shim.js';
import { CODE_INPUT, CONCEPT, GOOD_HTML, recordingContext, rejectionOf, REQUEST } from '../fakes/provider-fixtures.js';

/**
 * An answer stopped by the output-token limit (Gemini MAX_TOKENS or
 * CONTINUATION, Claude max_tokens) is never accepted, even when what arrived
 * happens to parse: the second request of the repair round asks again with
 * twice the answer budget (plus the same thinking allowance).
 */
exposeUndiciDispatcherToJest();
const gemini = createFakeGemini();
const anthropic = createFakeAnthropic();

beforeAll(() => Promise.all([gemini.start(), anthropic.start()]));
afterAll(() => Promise.all([gemini.stop(), anthropic.stop()]));
beforeEach(() => {
  gemini.reset();
  anthropic.reset();
});

/** A valid concept that differs from CONCEPT, so the test can tell which answer was returned. */
const CUT_CONCEPT: Concept = { ...CONCEPT, theme: 'an answer that stopped at the limit' };

const geminiText2048 = () => createGeminiTextProvider({ apiKey: GEMINI_KEY, model: 'gemini-3.8-flash', maxOutputTokens: 2048, baseUrl: gemini.url, timeoutMs: 5000 });
const claudeText2048 = () => createClaudeTextProvider({ apiKey: ANTHROPIC_KEY, model: 'claude-sonnet-5-5', maxTokens: 2048, baseUrl: anthropic.url, timeoutMs: 5000 });

describe('Gemini', () => {
  it.each(['MAX_TOKENS', 'CONTINUATION'])('treats finishReason %s as truncated: asks again with a doubled budget and returns the second answer', async (finishReason) => {
    gemini.queue('generateContent', geminiText(JSON.stringify(CUT_CONCEPT), { finishReason }), geminiText(JSON.stringify(CONCEPT)));
    const { ctx, sent, checks, usage } = recordingContext();
    await expect(geminiText2048().concept({ request: REQUEST }, ctx)).resolves.toEqual(CONCEPT);

    // Exactly our two requests: the SDK's automatic continuation would have sent a third, billed behind our back.
    const [first, second] = gemini.received('generateContent');
    expect(gemini.received('generateContent')).toHaveLength(2);
    expect(generationConfigOf(first).maxOutputTokens).toBe(2048 + 2048);
    expect(generationConfigOf(second).maxOutputTokens).toBe(2 * 2048 + 2048);
    expect(JSON.stringify(second?.body)).toContain('cut off at the output token limit');
    expect(JSON.stringify(second?.body)).not.toContain('fake-continuation-token');
    expect(sent).toEqual([
      { provider: 'gemini', model: 'gemini-3.8-flash', max_output_tokens: 4096, thinking: 'low' },
      { provider: 'gemini', model: 'gemini-3.8-flash', max_output_tokens: 6144, thinking: 'low', expanded_after_truncation: true },
    ]);
    expect(checks).toEqual([{ repaired: true, truncated: true, problems: 0 }]);
    expect(usage).toHaveLength(2);
  });

  it('never returns a valid-looking answer that was cut off twice: retryable invalid_output', async () => {
    gemini.queue('generateContent', geminiText(JSON.stringify(CUT_CONCEPT), { finishReason: 'MAX_TOKENS' }), geminiText(JSON.stringify(CUT_CONCEPT), { finishReason: 'CONTINUATION' }));
    const { ctx, checks } = recordingContext();
    const error = await rejectionOf(geminiText2048().concept({ request: REQUEST }, ctx));
    expect(error).toBeInstanceOf(ProviderError);
    expect(error).toMatchObject({ provider: 'gemini', kind: 'invalid_output', retryable: true, message: expect.stringContaining('cut off') });
    expect(checks).toEqual([{ repaired: true, truncated: true, problems: 0 }]);
  });

  it('doubles the page budget of the code step, keeping the MEDIUM thinking allowance', async () => {
    gemini.queue('generateContent', geminiText(GOOD_HTML, { finishReason: 'MAX_TOKENS' }), geminiText(GOOD_HTML));
    const code = createGeminiCodeProvider({ apiKey: GEMINI_KEY, model: 'gemini-3.8-flash', maxOutputTokens: 16_000, baseUrl: gemini.url, timeoutMs: 5000 });
    await expect(code.render(CODE_INPUT, recordingContext().ctx)).resolves.toBe(GOOD_HTML);
    expect(gemini.received('generateContent').map((r) => generationConfigOf(r).maxOutputTokens)).toEqual([16_000 + 8192, 32_000 + 8192]);
  });
});

describe('Claude', () => {
  it('treats stop_reason max_tokens as truncated: asks again with doubled max_tokens and returns the second answer', async () => {
    anthropic.queue('messages', anthropicReply(JSON.stringify(CUT_CONCEPT), { stopReason: 'max_tokens' }), anthropicReply(JSON.stringify(CONCEPT)));
    const { ctx, sent, checks } = recordingContext();
    await expect(claudeText2048().concept({ request: REQUEST }, ctx)).resolves.toEqual(CONCEPT);

    const [first, second] = anthropic.received('messages').map(messagesBody);
    expect(anthropic.received('messages')).toHaveLength(2);
    expect(first?.max_tokens).toBe(2048 + 2048);
    expect(second?.max_tokens).toBe(2 * 2048 + 2048);
    expect(second).toMatchObject({ thinking: { type: 'adaptive' }, output_config: { effort: 'low' } });
    expect(sent).toEqual([
      { provider: 'claude', model: 'claude-sonnet-5-5', max_output_tokens: 4096, thinking: 'adaptive, effort low' },
      { provider: 'claude', model: 'claude-sonnet-5-5', max_output_tokens: 6144, thinking: 'adaptive, effort low', expanded_after_truncation: true },
    ]);
    expect(checks).toEqual([{ repaired: true, truncated: true, problems: 0 }]);
  });

  it('never returns a page that was cut off twice, even when it passes every check', async () => {
    anthropic.queue('messages', anthropicReply(GOOD_HTML, { stopReason: 'max_tokens' }), anthropicReply(GOOD_HTML, { stopReason: 'max_tokens' }));
    const code = createClaudeCodeProvider({ apiKey: ANTHROPIC_KEY, model: 'claude-sonnet-5-5', maxTokens: 16_000, baseUrl: anthropic.url, timeoutMs: 5000 });
    const error = await rejectionOf(code.render(CODE_INPUT, recordingContext().ctx));
    expect(error).toMatchObject({ provider: 'claude', kind: 'invalid_output', retryable: true, message: expect.stringContaining('cut off') });
    expect(anthropic.received('messages').map((r) => messagesBody(r).max_tokens)).toEqual([16_000 + 8192, 32_000 + 8192]);
  });
});
