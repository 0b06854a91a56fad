/** A name found in Chinese, Japanese or Korean text, kept with its form of address ("王老师", "ゆきちゃん", "지민아"). */
export interface NameMention {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** Common Chinese surnames: a given name is only taken after one of them, so 给远方的家人 finds no name. */
const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤温康施文牛樊葛邢安齐乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘包宁尚符舒阮柯纪梅童凌毕季裴霍涂苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶牟艾尤阳穆农司卓古吉缪简车项芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂佟臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩佘池查麻苑迟邝';
const SURNAME = `[${SURNAMES}]`;

/** Titles that follow a surname: 王老师, 李阿姨, 张总, 刘医生. */
const ZH_TITLE = '老师|老師|先生|女士|小姐|阿姨|叔叔|伯伯|奶奶|爷爷|总|經理|经理|医生|醫生|教授|师傅|老板|主任|校长|同学|哥|姐';
const ZH_ONE = `(?:${SURNAME}(?:${ZH_TITLE})|[小老阿]${SURNAME}|小\\p{Script=Han}|${SURNAME}\\p{Script=Han}{1,2}?)`;

/** A name standing on its own anywhere: 王老师, 张总 (a surname and a title), which needs no cue. */
const ZH_TITLED = new RegExp(`${SURNAME}(?:${ZH_TITLE})`, 'gu');
/** Names after "for / to / wishing" (给小李和小王的…, 祝李华生日快乐), joined by 和/与/、. */
const ZH_AFTER_CUE = new RegExp(
  `(?:送给|写给|献给|给|致|祝(?![福贺愿你您大])|亲爱的)\\s*(${ZH_ONE}(?:\\s*[和与跟、及]\\s*${ZH_ONE})*)(?=的|[，。,.!！?？：:\\s]|生日|新年|春节|中秋|快乐|节日|教师节|早日|新婚|毕业|八十|七十|六十|九十|一百|$)`,
  'gu',
);
const ZH_SPLIT = /\s*[和与跟、及]\s*/u;

/** Japanese honorifics: ゆきちゃん, 田中さん, 健太くん, 山田先生. */
const JA_HONORIFIC = /([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]{1,6})(ちゃん|さん|くん|君|様|さま|先生|せんせい)/gu;
/** Particles that end the word before a name ("今日はゆきちゃん" → ゆきちゃん). */
const JA_PARTICLE = /[はにへをがとものでや]/u;

/** Korean: a vocative at the start of a clause (지민아, 수진야) or a name before 씨/님/에게/한테/께. */
const KO_VOCATIVE = /^\s*([가-힣]{2,3}(?:아|야))(?=[\s,，!.?]|$)/gu;
/** Words that take 님 or 에게 without being names ("모두에게" is "to everyone", 하나님 is God). */
const KO_NOT_NAMES: ReadonlySet<string> = new Set(['모두', '여러분', '당신', '우리', '하나', '가족', '선생', '손님', '너희', '그대']);
/** Words ending in さん or 様 that are not names (たくさん is "a lot"). */
const JA_NOT_NAMES = /たくさん|沢山|神様|王様|皆様|皆さん|みなさん|お客様|ご苦労さま|お疲れさま|お世話さま|ごちそうさま|おかげさま|お陰様/gu;
const KO_ADDRESSED = /(?:^|[\s,，])([가-힣]{2,3})(씨|님)?(?=에게|한테|께|[\s,，!.]|$)/gu;

/** Latin names inside CJK text: 给Sarah的, Sarahへ, Sarah에게. */
const LATIN_IN_CJK = /(?:给|致|祝|送给|写给)\s*([A-Z][a-z]{1,14})|([A-Z][a-z]{1,14})\s*(?:へ|さん|ちゃん|에게|씨)/gu;

function push(found: NameMention[], text: string, start: number): void {
  const end = start + text.length;
  if (text.length === 0 || found.some((f) => start < f.end && f.start < end)) return;
  found.push({ text, start, end });
}

export function chineseNames(prompt: string, isRelationWord: (word: string) => boolean): NameMention[] {
  const found: NameMention[] = [];
  for (const m of prompt.matchAll(ZH_TITLED)) push(found, m[0], m.index);
  for (const m of prompt.matchAll(ZH_AFTER_CUE)) {
    const list = m[1] ?? '';
    let at = m.index + m[0].indexOf(list);
    for (const name of list.split(ZH_SPLIT)) {
      const start = prompt.indexOf(name, at);
      at = start + name.length;
      if (!isRelationWord(name)) push(found, name, start);
    }
  }
  latinInCjk(prompt, found);
  return found.sort((a, b) => a.start - b.start);
}

export function japaneseNames(prompt: string, isRelationWord: (word: string) => boolean): NameMention[] {
  const found: NameMention[] = [];
  const text = prompt.replace(JA_NOT_NAMES, (m) => '・'.repeat(m.length));
  for (const m of text.matchAll(JA_HONORIFIC)) {
    const [whole, stem = '', honorific = ''] = m;
    // Keep what follows the last particle, unless that would leave a single kana ("はなちゃん" is Hana).
    const cut = Math.max(...Array.from(stem).map((ch, i) => (JA_PARTICLE.test(ch) ? i : -1)));
    const name = cut >= 0 && stem.length - cut - 1 >= 2 ? stem.slice(cut + 1) : stem;
    // A teacher or a customer is addressed by family name, which has kanji or katakana.
    const needsKanji = /^(?:先生|せんせい|様|さま)$/u.test(honorific) && !/[\p{Script=Han}\p{Script=Katakana}]/u.test(name);
    if (needsKanji || isRelationWord(whole) || isRelationWord(name + honorific) || /^[おご]/u.test(name)) continue;
    push(found, name + honorific, m.index + whole.length - name.length - honorific.length);
  }
  latinInCjk(prompt, found);
  return found.sort((a, b) => a.start - b.start);
}

export function koreanNames(prompt: string, isRelationWord: (word: string) => boolean): NameMention[] {
  const found: NameMention[] = [];
  for (const m of prompt.matchAll(KO_VOCATIVE)) {
    const name = m[1] ?? '';
    if (!isRelationWord(name) && !isRelationWord(name.slice(0, -1))) push(found, name, m.index + m[0].indexOf(name));
  }
  for (const m of prompt.matchAll(KO_ADDRESSED)) {
    const [whole, stem = '', honorific = ''] = m;
    // Only with an honorific or a "to" particle: a bare two-syllable word is usually not a name.
    const addressed = honorific !== '' || /^(?:에게|한테|께)/u.test(prompt.slice(m.index + whole.length));
    const name = stem + honorific;
    if (addressed && !KO_NOT_NAMES.has(stem) && !isRelationWord(name) && !isRelationWord(stem)) push(found, name, m.index + whole.indexOf(stem));
  }
  latinInCjk(prompt, found);
  return found.sort((a, b) => a.start - b.start);
}

function latinInCjk(prompt: string, found: NameMention[]): void {
  for (const m of prompt.matchAll(LATIN_IN_CJK)) {
    const name = m[1] ?? m[2] ?? '';
    push(found, name, m.index + m[0].indexOf(name));
  }
}
