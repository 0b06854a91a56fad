import type { Language } from '../contracts.js';

/**
 * Who a card is for and who signs it, when the prompt says so plainly
 * ("for my mom", "to Lily", "给妈妈", "from Anna", "来自小明"). Anything subtler
 * is left to a real model; the copy then stays generic rather than guessing.
 */
export interface PromptCues {
  /** How the copy addresses the recipient ("Mom", "Lily", "妈妈"), or null. */
  readonly recipient: string | null;
  /** The name to sign with, or null. */
  readonly sender: string | null;
}

/** English relation words and how a card addresses that person. Longer phrases first. */
const EN_RELATIONS: ReadonlyArray<readonly [pattern: string, address: string]> = [
  ['best friend|bestie|bff', 'bestie'],
  ['grandma|grandmother|granny|nana', 'Grandma'],
  ['grandpa|grandfather|granddad|grandad', 'Grandpa'],
  ['mom|mum|mother|mommy|mummy|mama', 'Mom'],
  ['dad|father|daddy|papa', 'Dad'],
  ['wife|husband|girlfriend|boyfriend|partner|fianc[eé]e?|sweetheart', 'my love'],
  ['sister|sis', 'Sis'],
  ['brother', 'brother'],
  ['friend', 'my friend'],
  ['teacher|professor|mentor|coach', 'dear teacher'],
  ['team|colleagues|coworkers|co-workers', 'team'],
  ['colleague|coworker|co-worker', 'my colleague'],
  ['daughter', 'sweetheart'],
  ['son', 'son'],
  ['aunt|auntie', 'Auntie'],
  ['uncle', 'Uncle'],
];

const EN_RELATION_PATTERNS = EN_RELATIONS.map(
  ([words, address]) =>
    [
      new RegExp(`\\b(?:for|to|my|dear|our)\\s+(?:(?:my|dear|dearest|lovely|beloved|amazing|wonderful|sweet|little|big|old)\\s+)*(?:${words})\\b`, 'i'),
      address,
    ] as const,
);

/** Capitalised words that follow "for"/"to"/"from" without being anyone's name. */
const NOT_NAMES = new Set(
  (
    'The A An My Our Your His Her Their Me Us You Him Them It This That All Everyone Everybody ' +
    'New Chinese Lunar Spring Valentine Valentines Christmas Easter Thanksgiving Mother Mothers Father Fathers ' +
    'Happy Birthday Year Day Graduation Wedding Anniversary Congratulations Thanks Thank Love Get Well ' +
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July ' +
    'August September October November December Paris London Tokyo Japan China Europe Asia America Beijing Shanghai'
  ).split(' '),
);

/** "to Kyoto" after a travel word is a destination, not a recipient. */
const EN_NAME_AFTER =
  /(?:\b(?:[Ff]or|[Dd]ear)|(?<!\b(?:trip|travel|travels|flight|journey|go|going|moving|move|off|back|way|welcome|headed|heading|fly|flying|visit|return)\s)\b[Tt]o|\b[Mm]y(?:\s+[a-z]+){1,2})\s+([A-Z][a-z]{1,15})\b/g;
/** "Get well soon, Grandpa!": a name closing the prompt, unless it is a sign-off ("love, Sam"). */
const EN_VOCATIVE = /(?<!\b(?:[Ll]ove|[Cc]heers|[Bb]est|xoxo|XOXO|[Ss]igned|[Ff]rom)),\s*([A-Z][a-z]{1,15})\s*[!.]*\s*$/g;
const EN_SENDER = /(?:\b[Ff]rom\s+(?:your\s+|my\s+)?|\b[Ss]igned,?\s+|\b(?:[Ll]ove|[Cc]heers|xoxo|XOXO|[Bb]est),\s*)([A-Z][a-z]{1,15})\b/g;
/** "from my son" names the sender's relation; it must not be read as the recipient. */
const EN_SENDER_RELATION = /\b[Ff]rom\s+(?:your|my)\s+[a-z]+/g;

/**
 * Chinese relation words and how a card addresses them. The earliest in the
 * prompt wins; at the same position the first listed does, so 同事们 precedes 同事.
 */
const ZH_RELATIONS: ReadonlyArray<readonly [word: string, address: string]> = [
  ['好朋友', '好朋友'], ['女朋友', '亲爱的'], ['男朋友', '亲爱的'], ['同事们', '同事们'],
  ['妈妈', '妈妈'], ['母亲', '妈妈'], ['老妈', '老妈'], ['爸爸', '爸爸'], ['父亲', '爸爸'], ['老爸', '老爸'],
  ['爷爷', '爷爷'], ['奶奶', '奶奶'], ['外公', '外公'], ['外婆', '外婆'], ['姥姥', '姥姥'], ['姥爷', '姥爷'],
  ['老婆', '老婆'], ['老公', '老公'], ['媳妇', '亲爱的'], ['女友', '亲爱的'], ['男友', '亲爱的'], ['宝贝', '宝贝'],
  ['老师', '老师'], ['导师', '老师'], ['同事', '同事'], ['团队', '伙伴们'], ['闺蜜', '亲爱的'], ['朋友', '朋友'],
  ['兄弟', '兄弟'], ['哥哥', '哥哥'], ['姐姐', '姐姐'], ['弟弟', '弟弟'], ['妹妹', '妹妹'],
  ['儿子', '儿子'], ['女儿', '女儿'], ['同学', '同学'], ['阿姨', '阿姨'], ['叔叔', '叔叔'],
];

/** "给小明的…", "祝小明生日…": two or three ideographs (never 的) after a giving verb. */
const ZH_NAME_AFTER =
  /(?:送给|写给|献给|给|致|祝)\s*((?:(?!的)\p{Script=Han}){2,3}|[A-Za-z]{2,15})(?=的|[，。,.!！?？：:\s]|生日|新年|春节|快乐|$)/gu;
/** Pronouns and quantifiers that can sit where a name would ("祝大家", "给你的"). */
const ZH_NOT_NAME_START = /^[你我他她您它大全各所每一这那亲各位]/u;
const ZH_SENDER = /(?:来自|落款|署名|签名)[是为：:\s]*([\p{Script=Han}A-Za-z]{1,10})/u;
/** "来自小明的祝福" should sign as 小明. */
const ZH_SENDER_TAIL = /的(?:祝福|问候|心意|贺卡|卡片|明信片|礼物).*$/u;

function firstEnglishName(prompt: string, pattern: RegExp): string | null {
  for (const match of prompt.matchAll(pattern)) {
    const name = match[1];
    if (name !== undefined && !NOT_NAMES.has(name)) return name;
  }
  return null;
}

function englishRecipient(prompt: string): string | null {
  const name = firstEnglishName(prompt, EN_NAME_AFTER) ?? firstEnglishName(prompt, EN_VOCATIVE);
  if (name !== null) return name;
  let best: { at: number; address: string } | null = null;
  for (const [pattern, address] of EN_RELATION_PATTERNS) {
    const at = prompt.search(pattern);
    if (at >= 0 && (best === null || at < best.at)) best = { at, address };
  }
  return best?.address ?? null;
}

function chineseRecipient(prompt: string): string | null {
  let best: { at: number; address: string } | null = null;
  for (const [word, address] of ZH_RELATIONS) {
    const at = prompt.indexOf(word);
    if (at >= 0 && (best === null || at < best.at)) best = { at, address };
  }
  if (best !== null) return best.address;
  for (const match of prompt.matchAll(ZH_NAME_AFTER)) {
    const name = match[1];
    if (name !== undefined && !ZH_NOT_NAME_START.test(name) && !NOT_NAMES.has(name)) return name;
  }
  return null;
}

function chineseSender(prompt: string): string | null {
  const raw = ZH_SENDER.exec(prompt)?.[1];
  if (raw === undefined) return null;
  const sender = raw.replace(ZH_SENDER_TAIL, '');
  return sender.length > 0 ? sender : null;
}

export function readCues(prompt: string, language: Language): PromptCues {
  const senderClause = ZH_SENDER.exec(prompt);
  // The signature clause names the sender ("署名：爱你的女儿"); it must not be read as the recipient.
  const forRecipient = (senderClause === null ? prompt : prompt.replace(senderClause[0], ' ')).replace(EN_SENDER_RELATION, ' ');
  const englishSender = firstEnglishName(prompt, EN_SENDER);
  if (language === 'en') {
    return { recipient: englishRecipient(forRecipient), sender: englishSender };
  }
  return {
    recipient: chineseRecipient(forRecipient) ?? firstEnglishName(forRecipient, EN_NAME_AFTER),
    sender: chineseSender(prompt) ?? englishSender,
  };
}
