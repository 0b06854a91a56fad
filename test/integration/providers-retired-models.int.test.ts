import { checkClaudeHealth, createClaudeTextProvider } from '../../src/providers/claude/index.js';
import { checkGeminiHealth, createGeminiImageProvider, createGeminiTextProvider } from '../../src/providers/gemini/index.js';
import { ProviderError } from '../../src/providers/provider-error.js';
import { ANTHROPIC_KEY, createFakeAnthropic } from '../fakes/fake-anthropic.js';
import { createFakeGemini, GEMINI_KEY, geminiError } from '../fakes/fake-gemini.js';
import { exposeUndiciDispatcherToJest } from '../fakes/jest-undici-shim.js';
import { CONCEPT, COPY, recordingContext, rejectionOf, REQUEST } from '../fakes/provider-fixtures.js';

/**
 * A model the provider no longer serves is answered 404 by the fakes, as by the
 * real APIs on 2026-12-01. The error must not be retried and must tell the
 * operator what to configure instead, from the model registry.
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

async function providerError(promise: Promise<unknown>): Promise<ProviderError> {
  const error = await rejectionOf(promise);
  expect(error).toBeInstanceOf(ProviderError);
  return error as ProviderError;
}

const geminiConnection = () => ({ apiKey: GEMINI_KEY, baseUrl: gemini.url, timeoutMs: 5000 });
const claudeConnection = () => ({ apiKey: ANTHROPIC_KEY, baseUrl: anthropic.url, timeoutMs: 5000 });

describe('a retired model', () => {
  it('Gemini generateContent: non-retryable not_found naming the shutdown date and the replacement, with no repair request', async () => {
    const text = createGeminiTextProvider({ ...geminiConnection(), model: 'gemini-2.5-flash' });
    const error = await providerError(text.concept({ request: REQUEST }, recordingContext().ctx));
    expect(error).toMatchObject({ provider: 'gemini', kind: 'not_found', retryable: false });
    expect(error.message).toContain('gemini-2.5-flash was shut down on 2026-12-01 by Google; use gemini-3.8-flash instead');
    expect(gemini.received('generateContent')).toHaveLength(1);
  });

  it('Gemini image generation: the same, with the image replacement', async () => {
    const image = createGeminiImageProvider({ ...geminiConnection(), model: 'gemini-2.5-flash-image', aspectRatio: '1:1' });
    const error = await providerError(image.illustrate({ request: REQUEST, concept: CONCEPT, copy: COPY }, recordingContext().ctx));
    expect(error).toMatchObject({ kind: 'not_found', retryable: false });
    expect(error.message).toContain('gemini-2.5-flash-image was shut down on 2026-10-02 by Google; use gemini-nano-banana-2.1 instead');
  });

  it('Gemini models.get (the health check): the same', async () => {
    const error = await providerError(checkGeminiHealth({ ...geminiConnection(), model: 'gemini-2.5-pro' }));
    expect(error).toMatchObject({ kind: 'not_found', retryable: false });
    expect(error.message).toContain('gemini-2.5-pro was shut down on 2026-12-01 by Google; use gemini-3.8-flash instead');
    expect(gemini.received('getModel')[0]?.path).toBe('/v1beta/models/gemini-2.5-pro');
  });

  it('Claude messages: non-retryable not_found naming the shutdown date and the replacement, with no repair request', async () => {
    const text = createClaudeTextProvider({ ...claudeConnection(), model: 'claude-sonnet-4-5' });
    const error = await providerError(text.concept({ request: REQUEST }, recordingContext().ctx));
    expect(error).toMatchObject({ provider: 'claude', kind: 'not_found', retryable: false });
    expect(error.message).toContain('claude-sonnet-4-5 was shut down on 2026-11-30 by Anthropic; use claude-sonnet-5-5 instead');
    expect(anthropic.received('messages')).toHaveLength(1);
  });

  it('Claude models.retrieve (the health check): the same, also for a dated snapshot id', async () => {
    const error = await providerError(checkClaudeHealth({ ...claudeConnection(), model: 'claude-sonnet-4-5-20250929' }));
    expect(error).toMatchObject({ kind: 'not_found', retryable: false });
    expect(error.message).toContain('claude-sonnet-4-5 was shut down on 2026-11-30 by Anthropic; use claude-sonnet-5-5 instead');
    expect(anthropic.received('getModel')[0]?.path).toBe('/v1/models/claude-sonnet-4-5-20250929');
  });
});

describe('a 404 for a model that is not retired', () => {
  it('does not claim a model the registry lists as served was shut down', async () => {
    gemini.queue('generateContent', geminiError(404, 'NOT_FOUND', 'Requested entity was not found.'));
    const text = createGeminiTextProvider({ ...geminiConnection(), model: 'gemini-3.8-flash' });
    const error = await providerError(text.concept({ request: REQUEST }, recordingContext().ctx));
    expect(error).toMatchObject({ kind: 'not_found', retryable: false });
    expect(error.message).not.toContain('shut down');
    expect(error.message).toContain('lists gemini-3.8-flash as served');
  });

  it('says when a model is not in the registry at all', async () => {
    const error = await providerError(checkClaudeHealth({ ...claudeConnection(), model: 'claude-nope' }));
    expect(error).toMatchObject({ kind: 'not_found', retryable: false });
    expect(error.message).toContain('not in our model registry');
  });
});
