import {
  ConceptSchema,
  CopySchema,
  NO_ENTITIES,
  type Concept,
  type Copy,
  type Language,
  type Occasion,
  type StepContext,
} from '../../src/providers/contracts.js';

import {
  IMAGE_URL,
  providers,
  live,
  type Rendered,
  request,
  renderAll,
  xmlProblems,
  expectValidSvg,
  expectValidHtml,
  expectCopyLanguage,
} from '../support/local-checks.js';

type Case = readonly [occasion: Occasion, language: Language, prompt: string, style?: string | null, theme?: string | null];

/** End to end through the four local providers: one case per language and a spread of occasions, tones and styles. */
const CASES: readonly Case[] = [
  ['birthday', 'zh', '给妈妈的生日贺卡，温馨一点'],
  ['birthday', 'zh', '奶奶八十大寿，祝她福如东海', '水彩'],
  ['birthday', 'en', 'Happy bday to Lily! From Anna', 'watercolor'],
  ['new_year', 'en', 'Happy New Year to my team', 'retro'],
  ['spring_festival', 'zh', '春节快乐，阖家团圆', null, '新春团圆'],
  ['spring_festival', 'en', 'Lunar New Year greetings for Grandma', 'papercut'],
  ['mid_autumn', 'zh', '中秋节快乐！想念远方的家人'],
  ['qixi', 'zh', '七夕快乐，我爱你'],
  ['teachers_day', 'zh', '给王老师的教师节贺卡', '水墨'],
  ['sympathy', 'en', 'With deepest sympathy for the loss of your father'],
  ['qingming', 'zh', '清明时节，缅怀爷爷'],
  ['christmas', 'en', 'Merry Christmas to the whole Johnson family', 'line art'],
  ['graduation', 'zh', '祝贺儿子大学毕业！'],
  ['wedding', 'en', 'Congratulations on the wedding, Sam and Alex'],
  ['travel', 'en', 'Greetings from Kyoto! Wish you were here', null, 'Autumn walk'],
  ['get_well', 'en', 'Get well soon, Grandpa'],
  ['general', 'en', 'Just saying hi'],
  ['birthday', 'ja', 'ゆきちゃん、お誕生日おめでとう'],
  ['chuseok', 'ko', '추석 잘 보내세요, 풍성한 한가위 되세요'],
  ['christmas', 'es', '¡Feliz Navidad y próspero año nuevo!'],
  ['birthday', 'fr', 'Joyeux anniversaire à ma maman pour ses 40 ans'],
  ['wedding', 'de', 'Herzlichen Glückwunsch zur Hochzeit, Anna und Max'],
];

describe('local providers', () => {
  it('are all named local', () => {
    expect([providers.text.name, providers.image.name, providers.code.name]).toEqual(['local', 'local', 'local']);
  });

  const fullCases = CASES.map(([occasion, language, prompt, style = null, theme = null]) => [occasion, language, prompt, style, theme] as const);

  describe.each(fullCases)('%s / %s: %s (style %s, theme %s)', (occasion, language, prompt, style, theme) => {
    let out: Rendered;
    beforeAll(async () => {
      out = await renderAll(request(prompt, style, theme));
    });

    it('builds a valid concept for the right occasion and language', () => {
      expect(ConceptSchema.parse(out.concept)).toEqual(out.concept);
      expect(out.concept.occasion).toBe(occasion);
      expect(out.concept.language).toBe(language);
      if (theme !== null) expect(out.concept.theme).toBe(theme);
    });

    it('writes valid copy in the card\'s language', () => {
      expect(CopySchema.parse(out.copy)).toEqual(out.copy);
      expectCopyLanguage(out.copy, language);
    });

    it('paints a well-formed, self-contained SVG', () => {
      expectValidSvg(out.svg, out.concept);
    });

    it('renders a page that passes the quality gate with 0 html-validate errors', () => {
      expectValidHtml(out.html, out.copy, language);
    });
  });

  it('is deterministic: the same request gives identical outputs', async () => {
    const req = request('Happy birthday to Lily! From Anna', 'watercolor', null);
    const [a, b] = [await renderAll(req), await renderAll(req)];
    expect(b).toEqual(a);
  });

  it('varies the illustration, palette and copy between prompts', async () => {
    const prompts = ['生日快乐，小王', '生日快乐，老李', '祝你生日快乐呀', '生日快乐！今天要开心', '宝贝生日快乐', '生日快乐，愿你天天开心'];
    const outs = await Promise.all(prompts.map((p) => renderAll(request(p))));
    expect(new Set(outs.map((o) => o.svg)).size).toBe(prompts.length);
    expect(new Set(outs.map((o) => o.concept.palette.join())).size).toBeGreaterThan(1);
    expect(new Set(outs.map((o) => o.copy.title)).size).toBeGreaterThan(1);

    const sameConcept = await Promise.all(['Happy birthday!', 'Happy birthday!!'].map((p) => renderAll(request(p, null, 'Birthday'))));
    expect(sameConcept[0]?.svg).not.toBe(sameConcept[1]?.svg);
  });

  it('escapes hostile text everywhere', async () => {
    const hostile = 'Happy birthday <script>alert(1)</script> "quoted" & \'single\' <img src=x onerror=alert(2)>';
    const req = request(hostile, '"><script>alert(3)</script>', null);
    const out = await renderAll(req);
    const custom = await renderAll(request(hostile, null, '<script>alert(4)</script> & "x"'));
    for (const doc of [out.html, out.svg, custom.html, custom.svg]) {
      expect(doc).not.toMatch(/<script>alert|<img src=x|onerror=|"quoted"/);
    }
    expect(custom.svg).toContain('&lt;script&gt;alert(4)&lt;/script&gt; &amp; &quot;x&quot;');
    expect(custom.html).toContain('alt="&lt;script&gt;alert(4)&lt;/script&gt; &amp; &quot;x&quot;"');
    expect(xmlProblems(out.svg)).toEqual([]);
    expect(xmlProblems(custom.svg)).toEqual([]);

    // A model-written concept and copy can carry markup too; only the illustration <img> may have a src.
    const concept: Concept = { ...out.concept, theme: '</title><script>x</script>', motifs: ['<cat>', 'nebula'] };
    const copy: Copy = { title: '<b>T</b>', subtitle: 'a & b', body: 'line "1"\n<script>2</script>', signature: "— O'Neil" };
    const svg = Buffer.from((await providers.image.illustrate({ request: req, concept, copy }, live())).bytes).toString('utf8');
    const html = await providers.code.render(
      { request: req, concept, copy, imageUrl: 'https://x.test/i.svg?a="onload=alert(1)', imageWidth: 800, imageHeight: 600 },
      live(),
    );
    expect(xmlProblems(svg)).toEqual([]);
    expect(svg).not.toMatch(/<script|<cat>/);
    expect(html).not.toMatch(/<script>x|<script>2|<b>T/);
    expect(html).toContain('&lt;b&gt;T&lt;/b&gt;');
    expect(html).toContain('line &quot;1&quot;');
    expect(html).toContain('— O&#39;Neil');
    expect(html).toContain('<img src="https://x.test/i.svg?a=&quot;onload=alert(1)" width="800" height="600"');
  });

  it('draws unknown motifs and unusual palettes from other providers', async () => {
    const req = request('Just saying hi');
    const concept: Concept = {
      theme: 'Space',
      occasion: 'general',
      language: 'en',
      emotional_tone: 'calm',
      visual_style: 'cosmic',
      palette: ['#112233', '#AABBCC', '#FF00FF'],
      motifs: ['nebula', 'Plum Blossom', 'tea_cup'],
      copy_direction: 'Say hi.',
      audience: 'a friend',
      tone: 'warm',
      entities: NO_ENTITIES,
      language_fallback: null,
    };
    const copy = await providers.text.copy({ request: req, concept }, live());
    const image = await providers.image.illustrate({ request: req, concept, copy }, live());
    const svg = Buffer.from(image.bytes).toString('utf8');
    expectValidSvg(svg, concept);
    const html = await providers.code.render({ request: req, concept, copy, imageUrl: IMAGE_URL, imageWidth: 1024, imageHeight: 1024 }, live());
    expectValidHtml(html, copy, 'en');
  });

  it('rejects every method when the signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort(new Error('step timed out'));
    const ctx: StepContext = { signal: controller.signal };
    const out = await renderAll(request('Happy New Year'));
    const req = request('Happy New Year');
    const codeInput = { request: req, concept: out.concept, copy: out.copy, imageUrl: IMAGE_URL, imageWidth: 1024, imageHeight: 1024 };
    await expect(providers.text.concept({ request: req }, ctx)).rejects.toThrow('step timed out');
    await expect(providers.text.copy({ request: req, concept: out.concept }, ctx)).rejects.toThrow('step timed out');
    await expect(providers.image.illustrate({ request: req, concept: out.concept, copy: out.copy }, ctx)).rejects.toThrow('step timed out');
    await expect(providers.code.render(codeInput, ctx)).rejects.toThrow('step timed out');
  });
});
