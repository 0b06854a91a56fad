import { findModel } from '../../src/platform/models/registry';
import type { MemberHistory } from '../../src/pipeline/routing/provider-history';
import { tune } from '../../src/pipeline/routing/tuning';
import type { CallParams } from '../../src/providers/generation-params';

const base: CallParams = { temperature: 0.8, answerTokens: 1024, thinking: 'low' };
const history = (over: Partial<MemberHistory>): MemberHistory => ({
  step: 'concept',
  provider: 'gemini',
  model: 'gemini-3.8-flash',
  finished: 10,
  succeeded: 10,
  p50Ms: 3000,
  avgMs: 3000,
  avgCostUsd: 0.001,
  avgQuality: 0.95,
  truncatedRate: 0,
  repairedRate: 0,
  timeoutRate: 0,
  ...over,
});
const model = findModel('gemini-3.8-flash');

describe('adaptive parameter tuning', () => {
  it('leaves the configured values alone with good history, or too little of it', () => {
    expect(tune(base, history({}), 'balanced', model)).toEqual({ params: base, adjustments: [] });
    expect(tune(base, history({ finished: 4, avgQuality: 0.1 }), 'balanced', model)).toEqual({ params: base, adjustments: [] });
    expect(tune(base, undefined, 'balanced', model).params).toBe(base);
  });

  it('the document\'s first rule: quality below 0.7 raises creativity', () => {
    const t = tune(base, history({ avgQuality: 0.6 }), 'balanced', model);
    expect(t.params).toEqual({ temperature: 0.9, answerTokens: 1280, thinking: 'low' });
    expect(t.adjustments).toEqual(['quality 0.60 < 0.7: more creativity (temperature +0.1, tokens ×1.25)']);
  });

  it('the document\'s second rule: over 30 s on average trades length for speed', () => {
    const t = tune(base, history({ avgMs: 42_000 }), 'balanced', model);
    expect(t.params).toEqual({ temperature: 0.7, answerTokens: 819, thinking: 'low' });
    expect(t.adjustments[0]).toContain('average 42.0 s > 30 s');
  });

  it('grows the budget after truncations (winning over shrinking), and cools down after repairs', () => {
    const t = tune(base, history({ avgMs: 42_000, truncatedRate: 0.3, repairedRate: 0.4 }), 'balanced', model);
    expect(t.params.answerTokens).toBe(1536);
    expect(t.params.temperature).toBe(0.5);
    expect(t.adjustments).toHaveLength(3);
  });

  it('after timeouts under the speed strategy only: the faster model where the registry has one for the role, else less thinking', () => {
    const text = tune(base, history({ timeoutRate: 0.5 }), 'speed', model, 'text');
    expect(text.params).toMatchObject({ model: 'gemini-3.5-flash-lite', thinking: 'low' });
    expect(text.adjustments).toEqual(['50% timed out: the faster gemini-3.5-flash-lite']);
    // Flash-Lite does not write pages: the code step thinks less instead.
    expect(tune(base, history({ timeoutRate: 0.5 }), 'speed', model, 'code').params).toMatchObject({ thinking: 'minimal' });
    expect(tune(base, history({ timeoutRate: 0.5 }), 'speed', model, 'code').params.model).toBeUndefined();
    expect(tune(base, history({ timeoutRate: 0.5 }), 'quality', model).params).toEqual(base);
  });

  it('stays within bounds: ±0.3 temperature, half to double the budget, the model maximum', () => {
    const big: CallParams = { temperature: 1.9, answerTokens: 60_000, thinking: 'medium' };
    const t = tune(big, history({ avgQuality: 0.1, truncatedRate: 1 }), 'balanced', model);
    expect(t.params.answerTokens).toBe(65_536);
    expect(t.params.temperature).toBe(2);
    const none: CallParams = { temperature: undefined, answerTokens: 1000, thinking: 'low' };
    expect(tune(none, history({ repairedRate: 1 }), 'balanced', model).params.temperature).toBeUndefined();
  });
});
