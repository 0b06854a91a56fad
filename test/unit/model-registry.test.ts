import { DEFAULT_MODELS, MODELS, daysUntilShutdown, findModel, isShutDown, notFoundHint, outputLimit, priceOf } from '../../src/platform/models/registry';

/** The registry must not go stale silently: this test is dated by the real clock, on purpose. */
describe('model registry', () => {
  const today = new Date();

  const defaults = Object.entries(DEFAULT_MODELS).flatMap(([provider, roles]) =>
    Object.entries(roles).map(([role, id]) => ({ provider, role, id: id ?? '' })),
  );

  it.each(defaults)('default $provider $role model $id is generally available and not within 30 days of shutdown', ({ id, provider, role }) => {
    const entry = findModel(id);
    expect(entry).toBeDefined();
    if (entry === undefined) return;
    expect(entry.provider).toBe(provider);
    expect(entry.roles).toContain(role);
    expect(entry.status).toBe('ga');
    expect(isShutDown(entry, today)).toBe(false);
    const days = daysUntilShutdown(entry, today);
    if (days !== null) expect(days).toBeGreaterThanOrEqual(30);
  });

  it('records where and when every fact was checked', () => {
    for (const entry of MODELS) {
      expect([entry.id, entry.facts.source.length > 0, /^\d{4}-\d{2}-\d{2}$/.test(entry.facts.checked)]).toEqual([entry.id, true, true]);
      for (const price of entry.prices) expect([entry.id, price.source.length > 0, /^\d{4}-\d{2}-\d{2}$/.test(price.checked)]).toEqual([entry.id, true, true]);
    }
  });

  it('has one entry per id and alias, and every replacement is itself a known, usable model', () => {
    const ids = MODELS.flatMap((m) => [m.id, ...(m.aliases ?? [])]);
    expect(new Set(ids).size).toBe(ids.length);
    for (const entry of MODELS) {
      if (entry.replacement === null) continue;
      const replacement = findModel(entry.replacement);
      expect([entry.id, replacement?.id]).toEqual([entry.id, entry.replacement]);
      expect([entry.replacement, replacement !== undefined && isShutDown(replacement, today)]).toEqual([entry.replacement, false]);
    }
  });

  it('every faster alternative is a usable model of the same provider', () => {
    for (const entry of MODELS) {
      if (entry.faster === undefined) continue;
      const faster = findModel(entry.faster);
      expect([entry.id, faster?.provider, faster !== undefined && !isShutDown(faster, today)]).toEqual([entry.id, entry.provider, true]);
    }
  });

  it('names the shutdown date and the replacement of a retired model', () => {
    expect(notFoundHint('models/gemini-2.5-flash')).toBe('gemini-2.5-flash was shut down on 2026-12-01 by Google; use gemini-3.8-flash instead');
    expect(notFoundHint('gemini-unheard-of')).toContain('not in our model registry');
  });

  it('prices by date, with overrides first, and knows when it does not know', () => {
    expect(priceOf('gemini-3.8-flash', {}, new Date('2026-12-01'))).toEqual({ input_per_mtok: 0.75, output_per_mtok: 3.75, per_image: 0 });
    expect(priceOf('gemini-3.8-flash', {}, new Date('2027-01-01'))).toEqual({ input_per_mtok: 1.5, output_per_mtok: 7.5, per_image: 0 });
    expect(priceOf('claude-sonnet-5-5', {})).toEqual({ input_per_mtok: 2, output_per_mtok: 10, per_image: 0 });
    expect(priceOf('gemini-nano-banana-2.1', {})).toBeUndefined();
    expect(priceOf('gemini-nano-banana-2.1', { 'gemini-nano-banana-2.1': { input_per_mtok: 0, output_per_mtok: 0, per_image: 0.05 } })?.per_image).toBe(0.05);
    expect(priceOf('my-own-model', {})).toBeUndefined();
  });

  it('leaves room for thinking in the output limit, within the model maximum', () => {
    expect(outputLimit(findModel('gemini-3.8-flash'), 1024, 'low')).toBe(1024 + 2048);
    expect(outputLimit(findModel('gemini-3.8-flash'), 60_000, 'high')).toBe(65_536);
    expect(outputLimit(findModel('gemini-3.1-flash-lite-image'), 1000, 'high')).toBe(1000);
  });
});
