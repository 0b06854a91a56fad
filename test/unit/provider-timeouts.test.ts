import { PIPELINE, STEP_NAMES, providerTimeouts } from '../../src/pipeline/catalog';

describe('providerTimeouts', () => {
  it('gives each provider family the longest timeout of the steps it serves', () => {
    const timeouts = providerTimeouts();
    for (const step of STEP_NAMES) {
      expect(timeouts[PIPELINE[step].provider]).toBeGreaterThanOrEqual(PIPELINE[step].timeoutMs);
    }
    expect(timeouts).toEqual({ text: PIPELINE.concept.timeoutMs, image: PIPELINE.image.timeoutMs, code: PIPELINE.code.timeoutMs });
  });
});
