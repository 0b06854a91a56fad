import {
  ConceptSchema,
  CopySchema,
  OCCASIONS,
  type Concept,
  type Copy,
  type Language,
  type Occasion,
  type StepContext,
} from '../../src/providers/contracts.js';
import { luminance } from '../../src/providers/local/colour.js';

import {
  IMAGE_URL,
  HAN,
  providers,
  live,
  Rendered,
  request,
  renderAll,
  xmlProblems,
  expectValidSvg,
  expectValidHtml,
  expectCopyLanguage,
} from '../support/local-checks.js';

type Case = readonly [occasion: Occasion, language: Language, prompt: string, style?: string | null, theme?: string | null];

const CASES: readonly Case[] = [
  ['birthday', 'zh', '给妈妈的生日贺卡，温馨一点'],
  ['birthday', 'zh', '祝小明生日快乐，来自小红', '水彩'],
  ['birthday', 'zh', '奶奶八十大寿，祝她福如东海'],
  ['birthday', 'en', 'A birthday card for my mom'],
  ['birthday', 'en', 'Happy bday to Lily! From Anna', 'watercolor'],
  ['new_year', 'zh', '元旦快乐，新的一年继续加油'],
  ['new_year', 'zh', '新年快乐！', '赛博朋克'],
  ['new_year', 'en', 'Happy New Year to my team', 'neon'],
  ['new_year', 'en', 'Wishing you a happy new year'],
  ['spring_festival', 'zh', '农历新年快乐，给爷爷奶奶拜年'],
  ['spring_festival', 'zh', '春节快乐，阖家团圆', null, '新春团圆'],
  ['spring_festival', 'zh', '除夕夜，新年快乐'],
  ['spring_festival', 'en', 'Happy Chinese New Year!'],
  ['spring_festival', 'en', 'Lunar New Year greetings for Grandma', 'papercut'],
  ['thanks', 'zh', '谢谢老师这一年的照顾'],
  ['thanks', 'zh', '感恩有你，一路同行', '极简'],
  ['thanks', 'en', 'Thank you for all your help this year'],
  ['thanks', 'en', 'A note of gratitude for my colleague', 'vintage'],
  ['love', 'zh', '七夕快乐，我爱你'],
  ['love', 'zh', '结婚纪念日，送给老婆', '复古'],
  ['love', 'en', 'Happy Valentine’s Day, sweetheart'],
  ['love', 'en', 'Happy anniversary my love', 'minimal'],
  ['congratulations', 'zh', '恭喜你升职'],
  ['congratulations', 'zh', '祝贺儿子大学毕业！'],
  ['congratulations', 'en', 'Congrats on your graduation!'],
  ['congratulations', 'en', 'Congratulations on the wedding, Sam and Alex'],
  ['travel', 'zh', '去云南旅行，看雪山和白云'],
  ['travel', 'zh', '出发去远方，看大海', null, '夏日海边'],
  ['travel', 'en', 'Have a wonderful trip to the mountains and the sea'],
  ['travel', 'en', 'Bon voyage on your journey to Kyoto', 'watercolour'],
  ['get_well', 'zh', '早日康复，保重身体'],
  ['get_well', 'zh', '听说你住院了，希望你快点好起来'],
  ['get_well', 'en', 'Get well soon, Grandpa'],
  ['get_well', 'en', 'Hope you feel better after the surgery'],
  ['general', 'zh', '周末愉快，一切顺利'],
  ['general', 'zh', '随便写点什么', '水彩'],
  ['general', 'en', 'Just saying hi'],
  ['general', 'en', 'A card for a friend', null, 'Autumn walk'],
];

describe('local providers', () => {
  it('cover every occasion in both languages', () => {
    for (const occasion of OCCASIONS) {
      for (const language of ['zh', 'en'] as const) {
        expect(CASES.some(([o, l]) => o === occasion && l === language)).toBe(true);
      }
    }
  });

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
      if (style !== null) expect(out.concept.visual_style).toContain(style);
      const conceptText = [out.concept.emotional_tone, out.concept.copy_direction].join(' ');
      if (language === 'zh') expect(conceptText).toMatch(HAN);
      else expect(conceptText).not.toMatch(HAN);
    });

    it('writes valid copy in the prompt language', () => {
      expect(CopySchema.parse(out.copy)).toEqual(out.copy);
      expectCopyLanguage(out.copy, language);
      if (language === 'zh') expect(out.copy.body.split('\n')).toHaveLength(4);
    });

    it('paints a well-formed SVG in the concept palette', () => {
      expectValidSvg(out.svg, out.concept);
    });

    it('renders a self-contained, animated, flippable HTML postcard', () => {
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

  it('reshapes the palette by style words', async () => {
    const plain = await renderAll(request('Happy anniversary my love'));
    const minimal = await renderAll(request('Happy anniversary my love', 'minimal'));
    const neon = await renderAll(request('Happy anniversary my love', 'neon'));
    const soft = await renderAll(request('Happy anniversary my love', '水彩'));
    expect(plain.concept.palette).toHaveLength(5);
    expect(minimal.concept.palette).toHaveLength(3);
    expect(luminance(neon.concept.palette[0] ?? '#ffffff')).toBeLessThan(0.05);
    const mean = (c: Concept) => c.palette.reduce((sum, hex) => sum + luminance(hex), 0) / c.palette.length;
    expect(mean(soft.concept)).toBeGreaterThan(mean(plain.concept));
  });

  it('picks motifs named in the prompt', async () => {
    const zh = await providers.text.concept({ request: request('中秋节快乐，一起看月亮和大海') }, live());
    expect(zh.motifs.slice(0, 2)).toEqual(['moon', 'wave']);
    const en = await providers.text.concept({ request: request('A birthday card with a cat and balloons') }, live());
    expect(en.motifs[0]).toBe('balloon');
    expect(en.motifs).not.toContain('cat');
  });

  it('weaves in the recipient and the sender when the prompt names them', async () => {
    const zh = await renderAll(request('给妈妈的生日贺卡，来自小明'));
    expect(zh.copy.title).toContain('妈妈');
    expect(zh.copy.signature).toBe('—— 小明');
    const en = await renderAll(request('Happy birthday to Lily! From Anna'));
    expect(en.copy.title).toContain('Lily');
    expect(en.copy.signature).toMatch(/, Anna$/);
    const trip = await renderAll(request('Bon voyage on your journey to Kyoto'));
    expect(trip.copy.title).not.toContain('Kyoto');
  });

  it('lets spring festival win over new year', async () => {
    for (const prompt of ['农历新年快乐', '春节快乐，新年快乐', 'Happy Chinese New Year', 'lunar new year wishes']) {
      const concept = await providers.text.concept({ request: request(prompt) }, live());
      expect(concept.occasion).toBe('spring_festival');
    }
  });

  it('reads ambiguous prompts the way a person would', async () => {
    const expected: ReadonlyArray<readonly [string, Occasion]> = [
      ['亲爱的妈妈，生日快乐', 'birthday'],
      ['Happy birthday, my love', 'birthday'],
      ['I would love a card for my friend’s wedding', 'congratulations'],
      ['寿司派对邀请', 'general'],
      ['Wedding anniversary card for my wife', 'love'],
      ['Congratulations on your graduation trip', 'congratulations'],
    ];
    for (const [prompt, occasion] of expected) {
      const concept = await providers.text.concept({ request: request(prompt) }, live());
      expect([prompt, concept.occasion]).toEqual([prompt, occasion]);
    }
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
