import { claudeGeneration } from '../../src/providers/claude/generation-config';
import { geminiGenerationConfig, nearestLevel } from '../../src/providers/gemini/generation-config';
import type { CallParams } from '../../src/providers/generation-params';

const params = (overrides: Partial<CallParams> = {}): CallParams => ({ temperature: undefined, answerTokens: 1024, thinking: 'low', ...overrides });

describe('nearestLevel', () => {
  it('takes the smallest supported level at or above the wish, else the largest', () => {
    expect(nearestLevel('minimal', ['low', 'medium', 'high'])).toBe('low');
    expect(nearestLevel('off', ['minimal', 'low'])).toBe('minimal');
    expect(nearestLevel('medium', ['minimal', 'high'])).toBe('high');
    expect(nearestLevel('high', ['minimal', 'low'])).toBe('low');
    expect(nearestLevel('low', [])).toBeUndefined();
  });
});

describe('geminiGenerationConfig', () => {
  it('gives gemini-3.8-flash a thinking level and room for it, and no sampling nobody set', () => {
    const { config, sent } = geminiGenerationConfig('gemini-3.8-flash', params({ temperature: 0.8 }), {}, false);
    expect(config).toEqual({ maxOutputTokens: 1024 + 2048, thinkingConfig: { thinkingLevel: 'LOW' } });
    expect(sent).toEqual({ provider: 'gemini', model: 'gemini-3.8-flash', max_output_tokens: 3072, thinking: 'low' });
  });

  it('sends sampling an operator set to a model that only advises against it', () => {
    const { config } = geminiGenerationConfig('gemini-3.8-flash', params({ temperature: 0.8, explicitTemperature: true }), { topP: 0.9, topK: 20 }, false);
    expect(config).toMatchObject({ temperature: 0.8, topP: 0.9, topK: 20 });
  });

  it('sends topP to a model that advises only against temperature, and drops a default temperature', () => {
    const { config } = geminiGenerationConfig('gemini-3.1-flash-lite', params({ temperature: 0.8 }), { topP: 0.9 }, false);
    expect(config).toMatchObject({ topP: 0.9 });
    expect(config).not.toHaveProperty('temperature');
  });

  it('never sends what a model rejects, explicit or not', () => {
    const { config } = geminiGenerationConfig('gemini-nano-banana-2.1', params({ temperature: 0.8, explicitTemperature: true }), { topP: 0.9, topK: 20 }, false);
    for (const param of ['temperature', 'topP', 'topK']) expect(config).not.toHaveProperty(param);
  });

  it('doubles the answer budget, not the thinking allowance, after a truncation, and says so', () => {
    const { config, sent } = geminiGenerationConfig('gemini-3.8-flash', params({ thinking: 'medium' }), {}, true);
    expect(config.maxOutputTokens).toBe(2 * 1024 + 8192);
    expect(sent.expanded_after_truncation).toBe(true);
  });

  it("stays within the model's output maximum", () => {
    expect(geminiGenerationConfig('gemini-3.8-flash', params({ answerTokens: 60_000, thinking: 'high' }), {}, false).config.maxOutputTokens).toBe(65_536);
  });

  it('gives an unknown model no thinking config (the wrong kind is a 400) but still leaves room for thoughts', () => {
    const { config } = geminiGenerationConfig('tunedModels/my-postcard-model', params({ temperature: 0.7 }), {}, false);
    expect(config).toEqual({ maxOutputTokens: 1024 + 2048, temperature: 0.7 });
  });
});

describe('claudeGeneration', () => {
  it('asks for adaptive thinking at the mapped effort, with room for it, and never a sampling parameter', () => {
    const { request, sent } = claudeGeneration('claude-sonnet-5-5', params({ temperature: 0.9, explicitTemperature: true, thinking: 'medium' }), false);
    expect(request).toEqual({ max_tokens: 1024 + 8192, thinking: { type: 'adaptive' }, output_config: { effort: 'medium' } });
    expect(sent).toEqual({ provider: 'claude', model: 'claude-sonnet-5-5', max_output_tokens: 9216, thinking: 'adaptive, effort medium' });
  });

  it('doubles the answer budget after a truncation', () => {
    expect(claudeGeneration('claude-sonnet-5-5', params(), true).request.max_tokens).toBe(2 * 1024 + 2048);
  });

  it('sends no thinking fields to a model without an effort control', () => {
    expect(claudeGeneration('claude-sonnet-4-5', params(), false).request).toEqual({ max_tokens: 1024 });
    expect(claudeGeneration('claude-someday-9', params(), false).request).toEqual({ max_tokens: 1024 + 2048 });
  });
});
