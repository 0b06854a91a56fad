import { checkPostcardReply } from '../../src/providers/shared/html-document.js';
import { askWithOneRepair, type Reply } from '../../src/providers/shared/one-repair.js';
import { checkPage, documentProblems, PageQualitySchema } from '../../src/providers/shared/page-quality/index.js';
import { HtmlDocumentSchema } from '../../src/providers/contracts.js';
import { accept, reject } from '../../src/providers/shared/checked.js';
import { COPY, GOOD_HTML, IMAGE_URL } from '../fakes/provider-fixtures.js';

const expected = { copy: COPY, imageUrl: IMAGE_URL };
const NOW = new Date('2026-12-10T09:00:00.000Z');
const inHead = (markup: string) => GOOD_HTML.replace('</head>', `${markup}</head>`);
const inBody = (markup: string) => GOOD_HTML.replace('</main>', `${markup}</main>`);
const inStyle = (css: string) => GOOD_HTML.replace('<style>', `<style>${css}\n`);
const GOOGLE_FONTS = 'https://fonts.googleapis.com/css2?family=Noto+Serif+SC&display=swap';

describe('checkPage', () => {
  it('passes the reference page untouched, with a clean record', () => {
    const page = checkPage(GOOD_HTML, expected, NOW);
    expect(page).toMatchObject({ html: GOOD_HTML, problems: [], advice: [], removed: [], navigationRemoved: [] });
    expect(page.quality).toEqual({
      html_errors: 0,
      html_error_rules: [],
      accessibility_violations: null,
      external_resources_removed: [],
      navigation_removed: [],
      checked_at: NOW.toISOString(),
    });
    expect(PageQualitySchema.parse(page.quality)).toEqual(page.quality);
  });

  it.each([
    ['a stylesheet <link>', inHead('<link rel="stylesheet" href="https://cdn.test/a.css">'), 'link', 'https://cdn.test/a.css', 'cdn.test/a.css'],
    ['a preconnect <link>', inHead('<link rel="preconnect" href="https://fonts.gstatic.com" crossorigin>'), 'link', 'https://fonts.gstatic.com', 'gstatic'],
    ['a protocol-relative icon', inHead('<link rel="icon" href="//cdn.test/favicon.ico">'), 'link', '//cdn.test/favicon.ico', 'favicon'],
    ['a <script src>', GOOD_HTML.replace('<script>', '<script src="https://cdn.test/app.js"></script><script>'), 'script', 'https://cdn.test/app.js', 'app.js'],
    ['another <img>', inBody('<img src="https://pics.test/x.jpg" alt="x">'), 'image', 'https://pics.test/x.jpg', 'pics.test'],
    ['a srcset candidate', GOOD_HTML.replace('alt="花园"', 'alt="花园" srcset="https://pics.test/2x.png 2x"'), 'srcset', 'https://pics.test/2x.png', '2x.png'],
    ['a <picture> <source>', inBody('<picture><source srcset="https://pics.test/a.webp" type="image/webp"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt=""></picture>'), 'srcset', 'https://pics.test/a.webp', 'a.webp'],
    ['an <iframe>', inBody('<iframe src="https://video.test/embed/1" title="v"></iframe>'), 'embed', 'https://video.test/embed/1', 'video.test'],
    ['an <object>', inBody('<object data="https://cdn.test/x.swf"></object>'), 'embed', 'https://cdn.test/x.swf', 'x.swf'],
    ['an <embed>', inBody('<embed src="https://cdn.test/x.pdf">'), 'embed', 'https://cdn.test/x.pdf', 'x.pdf'],
    ['a <video>', inBody('<video src="https://media.test/v.mp4" muted></video>'), 'media', 'https://media.test/v.mp4', 'v.mp4'],
    ['an <audio>', inBody('<audio src="https://media.test/a.mp3"></audio>'), 'media', 'https://media.test/a.mp3', 'a.mp3'],
    ['an SVG <image>', inBody('<svg viewBox="0 0 10 10" aria-hidden="true"><image href="https://pics.test/s.png" width="10" height="10"/></svg>'), 'svg-reference', 'https://pics.test/s.png', 's.png'],
    ['CSS @import', inStyle('@import url("https://fonts.test/x.css");'), 'css-import', 'https://fonts.test/x.css', 'fonts.test'],
    ['CSS @import of a string, without a space', inStyle('@import"https://fonts.test/y.css";'), 'css-import', 'https://fonts.test/y.css', 'fonts.test'],
    ['a web font url()', inStyle("@font-face { font-family: X; src: url('https://fonts.test/x.woff2') format('woff2') }"), 'css-url', 'https://fonts.test/x.woff2', 'x.woff2'],
    ['a background url()', inStyle('h2 { color: red; background: url(https://pics.test/bg.png) center / cover; }'), 'css-url', 'https://pics.test/bg.png', 'bg.png'],
    ['an upper-case URL()', inStyle('h2 { background: URL(https://pics.test/up.png) }'), 'css-url', 'https://pics.test/up.png', 'up.png'],
    ['an escaped url()', inStyle('h2 { background: \\75 rl(https://pics.test/esc.png) }'), 'css-url', 'https://pics.test/esc.png', 'esc.png'],
    ['an escaped @import', inStyle('@\\69mport "https://fonts.test/e.css";'), 'css-import', 'https://fonts.test/e.css', 'fonts.test'],
    ['an image-set() string', inStyle('h2 { background-image: image-set("https://pics.test/set.png" 1x) }'), 'css-url', 'https://pics.test/set.png', 'set.png'],
    ['a url() in a custom property', inStyle('h2 { --bg: url(https://pics.test/var.png); background: var(--bg) }'), 'css-url', 'https://pics.test/var.png', 'var.png'],
    ['a style="" url()', GOOD_HTML.replace('<h2>', '<h2 style="color: red; background-image: url(\'https://pics.test/h.png\')">'), 'css-url', 'https://pics.test/h.png', 'h.png'],
    ['<base href>', GOOD_HTML.replace('<meta charset="utf-8">', '<meta charset="utf-8"><base href="https://elsewhere.test/">'), 'base', 'https://elsewhere.test/', 'elsewhere'],
    ['a meta refresh', inHead('<meta http-equiv="refresh" content="5; url=https://elsewhere.test/">'), 'meta-refresh', 'https://elsewhere.test/', 'refresh'],
    ['a form posting elsewhere', inBody('<form action="https://collect.test/post" method="post"><button type="submit">Send</button></form>'), 'form-action', 'https://collect.test/post', 'collect.test'],
  ])('finds and removes %s, keeping the page', (_label, html, kind, url, gone) => {
    const page = checkPage(html, expected, NOW);
    expect(page.problems).toEqual([]);
    expect(page.removed).toEqual([expect.objectContaining({ kind, url })]);
    expect(page.quality.external_resources_removed).toEqual([url]);
    expect(page.html).not.toContain(gone);
    // The kept page is clean and still shows everything.
    expect(checkPage(page.html, expected, NOW)).toMatchObject({ problems: [], removed: [] });
    expect(page.html).toContain(`<img src="${IMAGE_URL.replace('&', '&amp;')}"`);
  });

  it('keeps the rest of the CSS when it cuts a rule or a declaration', () => {
    const page = checkPage(inStyle('@import url(https://fonts.test/x.css);\nh2 { color: #123456; background: url(https://pics.test/bg.png) center; margin: 0 }'), expected);
    expect(page.html).toContain('h2 { color: #123456;  margin: 0 }');
    expect(page.html).toContain('@keyframes fade');
    expect(page.html).not.toContain('@import');
  });

  it('passes "@import" and url(https://…) written in the visible copy, and local references', () => {
    const copy = { ...COPY, body: 'Use @import url(https://fonts.test/x.css) and <link rel="stylesheet"> with care' };
    const html = GOOD_HTML.replace(/<p>谢谢你[\s\S]*?<\/p>/, '<p>Use @import url(https://fonts.test/x.css) and &lt;link rel="stylesheet"&gt; with care</p>')
      .replace('<style>', '<style>.glow { fill: url(#glow); background: url("data:image/png;base64,iVBORw0KGgo=") } ');
    const page = checkPage(html, { copy, imageUrl: IMAGE_URL });
    expect(page).toMatchObject({ html, problems: [], removed: [] });
    expect(documentProblems(html)).toEqual([]);
  });

  it('stores a page with a Google Fonts link without it', () => {
    const html = inHead(
      `<link rel="preconnect" href="https://fonts.googleapis.com"><link rel="preconnect" href="https://fonts.gstatic.com" crossorigin><link href="${GOOGLE_FONTS.replace('&', '&amp;')}" rel="stylesheet">`,
    );
    const page = checkPage(html, expected);
    expect(page.problems).toEqual([]);
    expect(page.quality.external_resources_removed).toEqual(['https://fonts.googleapis.com', 'https://fonts.gstatic.com', GOOGLE_FONTS]);
    expect(page.html).not.toContain('<link');
    expect(page.html).toContain('<h1>妈妈，生日快乐</h1>');
    // The model's answer itself is accepted: the code step removes and records.
    expect(checkPostcardReply(html, expected)).toEqual({ ok: true, value: html });
  });

  it('rejects a page missing the body text, with every fix in the feedback', () => {
    const html = inHead('<link rel="stylesheet" href="https://fonts.test/a.css">').replace(/<p>谢谢你[\s\S]*?<\/p>/, '').replace('<img ', '<img class="x" ').replace(' alt="花园"', '');
    const page = checkPage(html, expected);
    expect(page.removed).toEqual([]);
    expect(page.html).toBe(html);
    expect(page.problems).toEqual([
      'must contain the whole body text exactly as given (line breaks may become <br> or <p>)',
      expect.stringContaining('must not load https://fonts.test/a.css (<link>)'),
    ]);
    expect(checkPostcardReply(html, expected)).toEqual({
      ok: false,
      problems: [...page.problems, expect.stringMatching(/^fix wcag\/h37 at line \d+: <img> is missing required "alt" attribute/)],
    });
  });

  it('counts html-validate errors, records all and advises on the serious ones', () => {
    const html = GOOD_HTML.replace('<main class="card">', '<main class="card"><div role="button" tabindex="0">Turn over</div><button>Share</button>');
    const page = checkPage(html, expected, NOW);
    expect(page.problems).toEqual([]);
    expect(page.quality.html_errors).toBeGreaterThanOrEqual(2);
    expect(page.quality.html_error_rules).toEqual(expect.arrayContaining(['no-implicit-button-type', 'prefer-native-element']));
    expect(page.advice).toEqual([expect.stringContaining('prefer-native-element')]);
    expect(checkPostcardReply(html, expected)).toEqual({ ok: true, value: html, advice: page.advice });
  });

  it('finds the rules that ask which elements have a property on every page, not only the first (their answers are kept)', () => {
    const markup = [
      '<form action="/x"><fieldset><input aria-label="c"></fieldset></form>',
      '<a href="#top" aria-hidden="true">top</a>',
      '<label>Both<input><input></label>',
    ].join('');
    const html = inBody(markup);
    const rules = ['hidden-focusable', 'multiple-labeled-controls', 'wcag/h32', 'wcag/h71'];
    for (let page = 0; page < 3; page += 1) {
      expect(checkPage(html, expected, NOW).quality.html_error_rules).toEqual(expect.arrayContaining(rules));
      expect(checkPage(GOOD_HTML, expected, NOW).quality.html_error_rules).toEqual([]);
    }
  });

  it.each([
    ['no doctype', GOOD_HTML.replace('<!DOCTYPE html>\n', ''), 'must start with <!DOCTYPE html>'],
    ['two documents', `${GOOD_HTML}\n${GOOD_HTML}`, 'must contain exactly one <html> element'],
    ['a cut-off document', GOOD_HTML.replace('</body>\n</html>', ''), 'must be one complete <html>…</html> document'],
    ['no language', GOOD_HTML.replace(' lang="zh-CN"', ''), 'must name the page language'],
    ['no title', GOOD_HTML.replace('<title>妈妈，生日快乐</title>', ''), 'must have a non-empty <title>'],
    ['no viewport', GOOD_HTML.replace('<meta name="viewport" content="width=device-width, initial-scale=1">', ''), 'must declare a viewport meta tag'],
  ])('rejects %s', (_label, html, problem) => {
    expect(checkPage(html, expected).problems).toEqual(expect.arrayContaining([expect.stringContaining(problem)]));
    expect(HtmlDocumentSchema.safeParse(html).success).toBe(false);
  });

  it('holds HtmlDocumentSchema (no copy, no image URL) to the same parser, resources included', () => {
    expect(HtmlDocumentSchema.parse(GOOD_HTML)).toBe(GOOD_HTML);
    expect(documentProblems(inStyle('@import url(https://fonts.test/x.css);'))).toEqual([expect.stringContaining('must not load https://fonts.test/x.css (<style>)')]);
  });
});

describe('askWithOneRepair with advice', () => {
  const reply = (text: string): Reply => ({ text, truncated: false });
  const check = (text: string) => (text === 'bad' ? reject<string>(['broken']) : text === 'advised' ? accept(text, ['fix it']) : accept(text));

  it('sends advice back once and takes the repaired answer', async () => {
    const answers = ['advised', 'good'];
    const asked: unknown[] = [];
    const value = await askWithOneRepair({ provider: 'p', what: 'page', check, ask: async (r) => (asked.push(r), reply(answers.shift() ?? 'none')) });
    expect(value).toBe('good');
    expect(asked[1]).toEqual({ rejection: { reply: 'advised', problems: ['fix it'] }, expandBudget: false });
  });

  it('keeps the advised answer when the repair came out unusable', async () => {
    const answers = ['advised', 'bad'];
    await expect(askWithOneRepair({ provider: 'p', what: 'page', check, ask: async () => reply(answers.shift() ?? 'none') })).resolves.toBe('advised');
  });
});
