import { MAX_HTML_BYTES } from '../../src/providers/contracts.js';
import { checkPostcardReply, extractHtmlDocument, postcardHtmlProblems } from '../../src/providers/shared/html-document.js';
import { comparableText, decodeEntities } from '../../src/providers/shared/html-text.js';
import { COPY, GOOD_HTML, IMAGE_URL } from '../fakes/provider-fixtures.js';

const expected = { copy: COPY, imageUrl: IMAGE_URL };

describe('extractHtmlDocument', () => {
  it('takes the document out of ```html fences and surrounding prose', () => {
    const reply = `Sure, here is the postcard.\n\`\`\`html\n${GOOD_HTML}\n\`\`\`\nLet me know if you want changes.`;
    expect(extractHtmlDocument(reply)).toEqual({ ok: true, value: GOOD_HTML });
  });

  it('accepts a bare document, and one without a doctype (the checks report that)', () => {
    expect(extractHtmlDocument(GOOD_HTML)).toEqual({ ok: true, value: GOOD_HTML });
    const noDoctype = GOOD_HTML.replace('<!DOCTYPE html>\n', '');
    expect(extractHtmlDocument(`Here: ${noDoctype}`)).toEqual({ ok: true, value: noDoctype });
    expect(postcardHtmlProblems(noDoctype, expected)).toContain('must start with <!DOCTYPE html>');
  });

  it('rejects zero documents, two documents, and an unfinished one', () => {
    expect(extractHtmlDocument('I am sorry, I cannot help with that.')).toMatchObject({ ok: false, problems: [expect.stringContaining('no HTML document')] });
    expect(extractHtmlDocument(`${GOOD_HTML}\n\n${GOOD_HTML}`)).toMatchObject({ ok: false, problems: [expect.stringContaining('2 HTML documents')] });
    expect(extractHtmlDocument(GOOD_HTML.slice(0, 400))).toMatchObject({ ok: false, problems: [expect.stringContaining('never reaches </html>')] });
  });
});

describe('postcardHtmlProblems', () => {
  it('accepts the reference page', () => {
    expect(postcardHtmlProblems(GOOD_HTML, expected)).toEqual([]);
  });

  it('finds the copy after entity decoding, whatever became of the line breaks', () => {
    const copy = { ...COPY, title: 'Tom & Jerry’s "Big" Day', body: 'Line one\nLine two' };
    const html = GOOD_HTML.replace('<h1>妈妈，生日快乐</h1>', '<h1>Tom &amp; Jerry&#8217;s &quot;Big&quot; Day</h1>').replace(
      /<p>谢谢你[\s\S]*?<\/p>/,
      '<p>Line one</p>\n  <p>Line&nbsp;two</p>',
    );
    expect(postcardHtmlProblems(html, { copy, imageUrl: IMAGE_URL })).toEqual([]);
  });

  it('does not count copy that only appears inside a script', () => {
    const html = GOOD_HTML.replace('<h1>妈妈，生日快乐</h1>', '').replace('<title>妈妈，生日快乐</title>', '<title>Card</title>').replace(
      '<script>',
      "<script>document.title = '妈妈，生日快乐';",
    );
    expect(postcardHtmlProblems(html, expected)).toEqual(['must contain the title text exactly as given']);
  });

  it('requires the exact image URL in an <img>, accepting &amp; in the attribute', () => {
    const moved = GOOD_HTML.replace(/<img[^>]*>/, '').replace('</style>', `.bg { background: url('${IMAGE_URL}') }</style>`);
    expect(postcardHtmlProblems(moved, expected)).toEqual([`must show the illustration with <img src="${IMAGE_URL}"> using exactly that URL`]);
    const unescaped = GOOD_HTML.replace('&amp;size', '&size');
    expect(postcardHtmlProblems(unescaped, expected)).toEqual([]);
  });

  it('leaves external resources alone to the gate when they are all that is wrong, and lists them otherwise', () => {
    const withFont = GOOD_HTML.replace('</head>', '<link rel="stylesheet" href="https://fonts.test/a.css"></head>');
    expect(postcardHtmlProblems(withFont, expected)).toEqual([]);
    const alsoNoTitle = withFont.replace('<h1>妈妈，生日快乐</h1>', '');
    expect(postcardHtmlProblems(alsoNoTitle, expected)).toEqual([
      'must contain the title text exactly as given',
      expect.stringContaining('must not load https://fonts.test/a.css (<link>)'),
    ]);
  });

  it('rejects a page over the byte limit, counting CJK characters as three bytes', () => {
    const padding = '花'.repeat(Math.ceil(MAX_HTML_BYTES / 3));
    const html = GOOD_HTML.replace('</main>', `<p hidden>${padding}</p></main>`);
    expect(html.length).toBeLessThan(MAX_HTML_BYTES);
    expect(postcardHtmlProblems(html, expected)).toEqual([expect.stringContaining(`under ${MAX_HTML_BYTES} bytes`)]);
  });

  it('combines extraction and checks', () => {
    expect(checkPostcardReply(`\`\`\`html\n${GOOD_HTML}\n\`\`\``, expected)).toEqual({ ok: true, value: GOOD_HTML });
    expect(checkPostcardReply(GOOD_HTML.replace('爱你的女儿', ''), expected)).toEqual({ ok: true, value: GOOD_HTML.replace('爱你的女儿', '') });
    expect(checkPostcardReply(GOOD_HTML.replace('<meta name="viewport" content="width=device-width, initial-scale=1">', ''), expected)).toMatchObject({
      ok: false,
      problems: ['must declare a viewport meta tag for mobile webviews'],
    });
  });
});

describe('html text helpers', () => {
  it('decodes numeric and common named entities and leaves unknown ones', () => {
    expect(decodeEntities('&lt;a&gt; &amp; &#x4E2D;&#25991; &hellip; &bogus;')).toBe('<a> & 中文 … &bogus;');
  });

  it('compares without tags, whitespace or typographic quotes', () => {
    expect(comparableText('<p>“Hi”,\n  <b>there</b></p>')).toBe('"Hi",there');
  });
});
