import { join } from 'node:path';
import type * as CpuPoolModule from '../../src/providers/cpu/cpu-pool';
import { createLocalProviders } from '../../src/providers/local';
import { checkPage } from '../../src/providers/shared/page-quality';
import { COPY, GOOD_HTML, IMAGE_URL } from '../fakes/provider-fixtures';

/**
 * The CPU pool in worker threads, as worker processes run it with WORKER_THREADS
 * > 0. Threads load compiled JavaScript, so this drives the build in
 * dist/ (the integration setup compiles it) and holds its answers to in-process ones.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the compiled module, loaded at run time by design
const { createCpuPool }: typeof CpuPoolModule = require(join(__dirname, '..', '..', 'dist', 'src', 'providers', 'cpu', 'cpu-pool.js'));

const expected = { copy: COPY, imageUrl: IMAGE_URL };
const withFont = GOOD_HTML.replace('</head>', '<link rel="stylesheet" href="https://fonts.test/a.css"></head>');
const broken = GOOD_HTML.replace('<!DOCTYPE html>', '');
const withoutTime = ({ quality: { checked_at: _at, ...quality }, ...rest }: ReturnType<typeof checkPage>) => ({ ...rest, quality });
const ctx = { signal: new AbortController().signal };

describe('the CPU pool in worker threads', () => {
  const threadErrors: Error[] = [];
  const cpu = createCpuPool(2, (error) => threadErrors.push(error));
  afterEach(() => expect(threadErrors).toEqual([]));
  afterAll(() => cpu.close());

  it.each([
    ['a clean page', GOOD_HTML],
    ['a page with an external stylesheet, which it removes', withFont],
    ['a page it rejects', broken],
  ])('checks %s exactly as the in-process gate does', async (_label, html) => {
    expect(withoutTime(await cpu.run({ kind: 'check-page', html, expected }))).toEqual(withoutTime(checkPage(html, expected)));
  });

  it('makes the same postcard with the local providers as in-process, bytes and all', async () => {
    const threaded = createLocalProviders(cpu);
    const inProcess = createLocalProviders();
    const request = { prompt: '祝妈妈中秋节快乐，身体健康', style: null, theme: null };
    const prompts: string[] = [];
    const make = async (p: typeof threaded) => {
      const concept = await p.text.concept({ request }, ctx);
      const copy = await p.text.copy({ request, concept }, ctx);
      const image = await p.image.illustrate({ request, concept, copy }, { ...ctx, recordPrompt: (prompt) => prompts.push(prompt) });
      const html = await p.code.render({ request, concept, copy, imageUrl: IMAGE_URL, imageWidth: image.width, imageHeight: image.height }, ctx);
      return { concept, copy, image: { ...image, bytes: Buffer.from(image.bytes).toString('base64') }, html };
    };
    expect(await make(threaded)).toEqual(await make(inProcess));
    expect(prompts).toHaveLength(2);
    expect(prompts[0]).toBe(prompts[1]);
  });

  it('takes many tasks at once and answers each', async () => {
    const pages = Array.from({ length: 24 }, (_, i) => (i % 2 === 0 ? GOOD_HTML : withFont));
    const checks = await Promise.all(pages.map((html) => cpu.run({ kind: 'check-page', html, expected })));
    expect(checks.map((c) => c.removed.length)).toEqual(pages.map((html) => (html === withFont ? 1 : 0)));
  });
});
