import { join } from 'node:path';
import type * as PageGateModule from '../../src/pipeline/page-gate';
import { checkPage } from '../../src/providers/shared/page-quality';
import { COPY, GOOD_HTML, IMAGE_URL } from '../fakes/provider-fixtures';

/**
 * The gate in worker threads, as workers run it (PAGE_CHECK_THREADS, default
 * 1). Threads load compiled JavaScript, so this drives the build in dist/
 * (the integration setup compiles it) and holds its answers to the in-process gate's.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the compiled module, loaded at run time by design
const { threadedPageGate }: typeof PageGateModule = require(join(__dirname, '..', '..', 'dist', 'src', 'pipeline', 'page-gate.js'));

const expected = { copy: COPY, imageUrl: IMAGE_URL };
const withFont = GOOD_HTML.replace('</head>', '<link rel="stylesheet" href="https://fonts.test/a.css"></head>');
const broken = GOOD_HTML.replace('<!DOCTYPE html>', '');
const withoutTime = ({ quality: { checked_at: _at, ...quality }, ...rest }: ReturnType<typeof checkPage>) => ({ ...rest, quality });

describe('the page gate in worker threads', () => {
  const gate = threadedPageGate(2);
  afterAll(() => gate.close());

  it.each([
    ['a clean page', GOOD_HTML],
    ['a page with an external stylesheet, which it removes', withFont],
    ['a page it rejects', broken],
  ])('answers %s exactly as the in-process gate does', async (_label, html) => {
    expect(withoutTime(await gate.check(html, expected))).toEqual(withoutTime(checkPage(html, expected)));
  });

  it('takes many pages at once and answers each', async () => {
    const pages = Array.from({ length: 24 }, (_, i) => (i % 2 === 0 ? GOOD_HTML : withFont));
    const checks = await Promise.all(pages.map((html) => gate.check(html, expected)));
    expect(checks.map((c) => c.removed.length)).toEqual(pages.map((html) => (html === withFont ? 1 : 0)));
  });
});
