import { checkPage, documentProblems, PageQualitySchema } from '../../src/providers/shared/page-quality/index.js';
import { scriptNavigation } from '../../src/providers/shared/page-quality/script-navigation.js';
import { COPY, GOOD_HTML, IMAGE_URL } from '../fakes/provider-fixtures.js';

const expected = { copy: COPY, imageUrl: IMAGE_URL };
const NOW = new Date('2026-12-10T09:00:00.000Z');
const inHead = (markup: string) => GOOD_HTML.replace('</head>', `${markup}</head>`);
const inBody = (markup: string) => GOOD_HTML.replace('</main>', `${markup}</main>`);
const script = (code: string) => inBody(`<script>${code}</script>`);
const SHOWN_IMAGE = `<img src="${IMAGE_URL.replace('&', '&amp;')}"`;

/** The stored page is clean on a second pass and still shows the card. */
function expectKept(html: string): void {
  expect(checkPage(html, expected, NOW)).toMatchObject({ problems: [], removed: [], navigationRemoved: [] });
  expect(html).toContain(SHOWN_IMAGE);
  expect(html).toContain(`<h1>${COPY.title}</h1>`);
}

describe('the navigation pass', () => {
  it.each([
    ['location =', script("location = 'https://away.test/'"), 'script', 'location =', '<script>'],
    ['location.href =', script("location.href = 'https://away.test/'"), 'script', 'location.href =', '<script>'],
    ['window.location.href =', script("window.location.href = 'https://away.test/'"), 'script', 'window.location.href =', '<script>'],
    ['location.assign()', script("location.assign('https://away.test/')"), 'script', 'location.assign()', '<script>'],
    ['location.replace()', script("window.location.replace('https://away.test/')"), 'script', 'window.location.replace()', '<script>'],
    ['window.open()', script("window.open('https://away.test/')"), 'script', 'window.open()', '<script>'],
    ['a global open()', script("open('https://away.test/')"), 'script', 'open()', '<script>'],
    ['top.location', script("top.location = 'https://away.test/'"), 'script', 'top.location =', '<script>'],
    ['parent.location.href', script("parent.location.href = 'https://away.test/'"), 'script', 'parent.location.href =', '<script>'],
    ['document.location', script("document.location = 'https://away.test/'"), 'script', 'document.location =', '<script>'],
    ['window["location"]', script("window['location'] = 'https://away.test/'"), 'script', "window['location'] =", '<script>'],
    ['an alias of location', script('var here = location; here.href = next'), 'script', 'location (as a value)', '<script>'],
    ['code in a string timer', script("setTimeout(\"location = 'https://away.test/'\", 10)"), 'script', 'setTimeout() of a string', '<script>'],
    ['eval', script("eval(\"location = 'https://away.test/'\")"), 'script', 'eval()', '<script>'],
    ['a module script', inBody("<script type=\"module\">location.href = 'https://away.test/';</script>"), 'script', 'location.href =', '<script>'],
    ['an onclick handler', inBody('<button type="button" onclick="window.open(\'https://away.test/\')">Open</button>'), 'event-handler', 'window.open()', 'onclick of <button>'],
    ['an SVG onload handler', inBody('<svg viewBox="0 0 1 1" aria-hidden="true" onload="top.location=\'https://away.test/\'"></svg>'), 'event-handler', 'top.location =', 'onload of <svg>'],
    ['a javascript: link', inBody('<a href="javascript:location=\'https://away.test/\'">Go</a>'), 'javascript-url', 'javascript: location =', 'href of <a>'],
    ['a percent-encoded javascript: link', inBody('<a href=" JavaScript:window.open(%22https://away.test/%22)">Go</a>'), 'javascript-url', 'javascript: window.open()', 'href of <a>'],
    ['target=_top', inBody('<a href="#back" target="_top">Go</a>'), 'frame-target', 'target=_top', '<a>'],
    ['target=_parent', inBody('<a href="#back" target="_PARENT">Go</a>'), 'frame-target', 'target=_PARENT', '<a>'],
    ['formtarget=_top', inBody('<form><button type="submit" formtarget="_top">Send</button></form>'), 'frame-target', 'formtarget=_top', '<button>'],
    ['an <iframe srcdoc> that navigates', inBody('<iframe title="x" srcdoc="<script>top.location=\'https://away.test/\'</script>"></iframe>'), 'inline-frame', 'srcdoc that navigates', '<iframe>'],
  ])('removes %s, keeping the page, and records it', (_label, html, kind, construct, where) => {
    const page = checkPage(html, expected, NOW);
    expect(page.problems).toEqual([]);
    expect(page.navigationRemoved).toEqual([{ kind, construct, where }]);
    expect(page.quality.navigation_removed).toEqual([`${construct} (${where})`]);
    expect(page.html).not.toContain('away.test');
    expect(page.html).not.toMatch(/_top|_parent/i);
    expectKept(page.html);
  });

  it.each([
    ['a meta refresh', inHead('<meta http-equiv="refresh" content="0; url=https://away.test/">'), 'meta-refresh'],
    ['a form posting to another origin', inBody('<form action="https://away.test/post" method="post"><button type="submit">Send</button></form>'), 'form-action'],
  ])('removes %s as an external resource, since it loads a URL too', (_label, html, kind) => {
    const page = checkPage(html, expected, NOW);
    expect(page.problems).toEqual([]);
    expect(page.removed).toEqual([expect.objectContaining({ kind, url: expect.stringContaining('away.test') })]);
    expect(page.html).not.toContain('away.test');
    expectKept(page.html);
  });

  it('neutralises only the navigating expression, so the rest of the script still runs', () => {
    const page = checkPage(script("var card = document.querySelector('.card');\nif (card) location.href = 'https://away.test/';\ncard.classList.add('ready');"), expected, NOW);
    expect(page.html).toContain("<script>var card = document.querySelector('.card');\nif (card) void 0;\ncard.classList.add('ready');</script>");
    expectKept(page.html);
  });

  it('removes the whole script when the expression cannot be cut out, or the script does not parse', () => {
    for (const code of ["var location = 'Paris';", 'location ** 2', 'this is not javascript(']) {
      const page = checkPage(script(code), expected, NOW);
      expect(page.navigationRemoved).toHaveLength(1);
      expect(page.html).not.toContain(code);
      expect(page.html.match(/<script>/g)).toHaveLength(1); // the fixture's own script stays
      expectKept(page.html);
    }
  });

  it('keeps reads of the address, a local open, document.open, data scripts, _blank and plain links, and the words in the copy', () => {
    const html = inBody(
      [
        "<script>var tab = location.hash.slice(1); var page = window.location.href.split('#')[0]; var open = false; function toggle() { open = !open; } toggle(); setTimeout(toggle, 10);</script>",
        '<script type="application/ld+json">{"location": "window.open(1)"}</script>',
        '<button type="button" onclick="toggle()">Turn</button>',
        '<a href="https://example.org/" target="_blank">location.href = x</a>',
        '<a href="javascript:void(0)">Nothing</a>',
        '<details open><summary>More</summary>window.open</details>',
      ].join(''),
    );
    const page = checkPage(html, expected, NOW);
    expect(page).toMatchObject({ html, problems: [], navigationRemoved: [] });
    expect(page.quality.navigation_removed).toEqual([]);
  });

  it('sends navigation back as a problem, with the rest, when the page is rejected anyway', () => {
    const html = script("location = 'https://away.test/'").replace(/<h1>[^<]*<\/h1>/, '');
    const page = checkPage(html, expected, NOW);
    expect(page.html).toBe(html);
    expect(page.navigationRemoved).toEqual([]);
    expect(page.problems).toEqual(expect.arrayContaining([expect.stringContaining('must not navigate away: location = (<script>)')]));
  });

  it('counts navigation as a problem of a page we render ourselves', () => {
    expect(documentProblems(inBody('<a href="/x" target="_top">x</a>'))).toEqual([expect.stringContaining('must not navigate away: target=_top (<a>)')]);
  });

  it('reads quality records stored before the pass as having removed nothing', () => {
    const old = { html_errors: 0, html_error_rules: [], accessibility_violations: null, external_resources_removed: [], checked_at: NOW.toISOString() };
    expect(PageQualitySchema.parse(old).navigation_removed).toEqual([]);
  });
});

describe('scriptNavigation', () => {
  it.each([
    ["location.reload()", 'location.reload()'],
    ["self.location.assign(u)", 'self.location.assign()'],
    ["window.top.location.href = u", 'window.top.location.href ='],
    ["document.defaultView.open(u)", 'document.defaultView.open()'],
    ["window[name] = u", 'window[…] ='],
    ["new Function('location = 1')()", 'Function()'],
    ["location.hash = '#back'", 'location.hash ='],
  ])('finds %s', (code, construct) => {
    expect(scriptNavigation(code, 'script')).toMatchObject({ kind: 'navigates', constructs: [construct] });
  });

  it('reads an event handler as a function body', () => {
    expect(scriptNavigation('return location.assign(u)', 'handler')).toEqual({ kind: 'navigates', constructs: ['location.assign()'], neutralised: 'return void 0' });
    expect(scriptNavigation('return location.assign(u)', 'script')).toEqual({ kind: 'unreadable' });
  });

  it('keeps a neutralised line from joining the one before it', () => {
    expect(scriptNavigation("start()\nlocation.href = u\nend()", 'script')).toMatchObject({ neutralised: 'start()\nvoid 0\nend()' });
  });
});
