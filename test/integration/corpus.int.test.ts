import { CORPUS, type CorpusCase } from '../corpus/postcard-corpus';
import { getJson, postJson, startTestSystem, type TestSystem } from '../support/test-system';
import { waitFor } from '../support/wait';

/**
 * The corpus through the real pipeline with the offline providers: every card
 * is made, and at least 95% of what the corpus expects of them holds
 * (language, occasion, tone, the person's words, nothing celebratory on a
 * somber card). Each miss is printed, so a regression names itself.
 */
interface Made {
  readonly case: CorpusCase;
  readonly status: string;
  readonly concept: { language: string; occasion: string; tone: string } | null;
  readonly text: string;
  /** html-validate errors of the stored page (the quality gate's record). */
  readonly htmlErrors: number | null;
}

interface Check {
  readonly prompt: string;
  readonly what: string;
  readonly ok: boolean;
}

function checks(made: Made): Check[] {
  const { expect: e, prompt } = made.case;
  const text = made.text;
  const lower = text.toLowerCase();
  const out: Check[] = [
    { prompt, what: `completed (${made.status})`, ok: made.status === 'COMPLETED' },
    { prompt, what: `language ${e.language} (got ${made.concept?.language ?? '-'})`, ok: made.concept?.language === e.language },
    { prompt, what: `occasion ${e.occasion} (got ${made.concept?.occasion ?? '-'})`, ok: made.concept?.occasion === e.occasion },
  ];
  if (e.tone !== undefined) out.push({ prompt, what: `tone ${e.tone} (got ${made.concept?.tone ?? '-'})`, ok: made.concept?.tone === e.tone });
  for (const options of e.contains ?? []) {
    out.push({ prompt, what: `contains one of ${options.join(' / ')}`, ok: options.some((o) => text.includes(o)) });
  }
  for (const word of e.excludes ?? []) out.push({ prompt, what: `excludes ${word}`, ok: !lower.includes(word.toLowerCase()) });
  return out;
}

describe('the postcard corpus', () => {
  let system: TestSystem;
  beforeAll(async () => {
    system = await startTestSystem();
  });
  afterAll(async () => {
    await system.close();
  });

  it(`makes all ${CORPUS.length} cards and meets at least 95% of their expectations`, async () => {
    const created = await Promise.all(
      CORPUS.map(async (c) => {
        const response = await postJson(system.baseUrl, '/api/v1/postcards', { prompt: c.prompt, ...(c.style === undefined ? {} : { style: c.style }) });
        expect(response.status).toBe(202);
        return { case: c, taskId: String(response.body.task_id) };
      }),
    );
    const made: Made[] = [];
    for (const { case: c, taskId } of created) {
      const done = await waitFor(
        () => getJson(system.baseUrl, `/api/v1/postcards/status/${taskId}`),
        (r) => r.body.status === 'COMPLETED' || r.body.status === 'FAILED',
        { timeoutMs: 60_000 },
      );
      const data = done.body.data as { concept: Made['concept']; content: Record<string, string> } | null;
      const copy = data?.content ?? {};
      made.push({
        case: c,
        status: String(done.body.status),
        concept: data?.concept ?? null,
        text: [copy.title, copy.subtitle, copy.body, copy.signature].filter((t) => t !== undefined).join('\n'),
        htmlErrors: (done.body.quality as { html_errors: number } | null)?.html_errors ?? null,
      });
    }

    const all = made.flatMap(checks);
    const misses = all.filter((c) => !c.ok);
    const rate = (all.length - misses.length) / all.length;
    // Printed on every run: the corpus is also a report of where the offline family stands.
    console.log(
      `corpus: ${all.length - misses.length}/${all.length} expectations hold (${(rate * 100).toFixed(1)}%) over ${made.length} cards` +
        misses.map((m) => `\n  miss: ${m.prompt} — ${m.what}`).join(''),
    );
    expect(made.every((m) => m.status === 'COMPLETED')).toBe(true);
    // Every local page is valid HTML to html-validate's standard, a11y and document presets.
    expect(made.filter((m) => m.htmlErrors !== 0).map((m) => `${m.case.prompt}: ${String(m.htmlErrors)}`)).toEqual([]);
    expect(rate).toBeGreaterThanOrEqual(0.95);
  });
});
