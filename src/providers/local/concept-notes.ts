import type { Language, Relation, Tone } from '../contracts.js';
import type { StyleId, Understanding } from './understanding/index.js';

/** The concept's brief is written in Chinese for Chinese cards and in English for every other language. */
export type BriefLanguage = 'zh' | 'en';

export const TONE_WORDS = {
  joyful: { zh: '欢快、明亮、喜庆', en: 'joyful, bright and celebratory' },
  warm: { zh: '温暖、真诚、亲切', en: 'warm, sincere and personal' },
  formal: { zh: '庄重、得体、恭敬', en: 'formal, gracious and respectful' },
  somber: { zh: '安静、克制、充满慰藉', en: 'quiet, restrained and consoling' },
  romantic: { zh: '浪漫、温柔、深情', en: 'romantic, tender and heartfelt' },
  playful: { zh: '俏皮、轻松、有趣', en: 'playful, light and funny' },
} as const satisfies Record<Tone, Record<BriefLanguage, string>>;

/** What each style word asks of the illustration; the id leads so the image step can read it back. */
export const STYLE_NOTES = {
  watercolor: { zh: '水彩晕染，边缘柔和，纸张肌理', en: 'soft edges, bleeding washes and paper grain' },
  ink: { zh: '水墨晕染，浓淡留白', en: 'ink wash, tonal greys and generous empty space' },
  flat: { zh: '扁平色块，干净的几何形', en: 'flat colour shapes, clean geometry, no gradients' },
  retro: { zh: '复古印刷，网点与做旧纸色', en: 'retro print, halftone dots and aged paper' },
  line: { zh: '单线描绘，线条简洁', en: 'single-weight line art, minimal fills' },
  papercut: { zh: '剪纸镂空，层叠纸影', en: 'papercut layers with cut-out shapes and soft shadows' },
} as const satisfies Record<StyleId, Record<BriefLanguage, string>>;

const LANGUAGE_NAMES = {
  zh: { zh: '中文', en: 'Chinese' },
  en: { zh: '英文', en: 'English' },
  ja: { zh: '日文', en: 'Japanese' },
  ko: { zh: '韩文', en: 'Korean' },
  es: { zh: '西班牙文', en: 'Spanish' },
  fr: { zh: '法文', en: 'French' },
  de: { zh: '德文', en: 'German' },
} as const satisfies Record<Language, Record<BriefLanguage, string>>;

/** How the polite register is called in each language, for the copy direction. */
const POLITE_FORMS = { zh: '您', en: 'courteous and respectful', ja: 'polite です/ます forms', ko: '존댓말', es: 'usted', fr: 'vous', de: 'Sie' } as const satisfies Record<Language, string>;

const RELATION_NAMES = {
  mother: ['妈妈', 'mother'], father: ['爸爸', 'father'], parents: ['父母', 'parents'], grandmother: ['奶奶/外婆', 'grandmother'],
  grandfather: ['爷爷/外公', 'grandfather'], grandparents: ['祖父母', 'grandparents'], son: ['儿子', 'son'], daughter: ['女儿', 'daughter'],
  child: ['孩子', 'child'], spouse: ['爱人', 'spouse'], partner: ['恋人', 'partner'], sibling: ['兄弟姐妹', 'sibling'], relative: ['亲戚', 'relative'],
  friend: ['朋友', 'friend'], teacher: ['老师', 'teacher'], student: ['学生', 'student'], colleague: ['同事', 'colleague'], boss: ['上司', 'boss'],
  team: ['团队', 'team'], neighbor: ['邻居', 'neighbour'], client: ['客户', 'client'],
} as const satisfies Record<Relation, readonly [zh: string, en: string]>;

const relationName = (relation: Relation, brief: BriefLanguage): string => RELATION_NAMES[relation][brief === 'zh' ? 0 : 1];

/**
 * The request's specifics for the copy step, most important first (the
 * concept cuts what does not fit): the language and any fallback, the names,
 * relations, numbers, places and interests to use, and the register.
 */
export function directionNotes(seen: Understanding, brief: BriefLanguage): string[] {
  const { entities: e, language } = seen;
  const zh = brief === 'zh';
  const notes: string[] = [];
  const languageName = LANGUAGE_NAMES[language][brief];
  if (seen.languageFallback !== null) {
    notes.push(`The request is in ${seen.languageFallback}, which we cannot write yet: write in English.`);
  } else {
    notes.push(zh ? `。用${languageName}书写` : `Write in ${languageName}.`);
  }
  if (e.recipients.length > 0) notes.push(zh ? `，称呼${e.recipients.join('和')}` : `Address ${e.recipients.join(' and ')} by name as written.`);
  if (e.recipient_relation !== null) notes.push(zh ? `，收件人是${relationName(e.recipient_relation, brief)}` : `The card is for their ${relationName(e.recipient_relation, brief)}.`);
  if (e.senders.length > 0) {
    notes.push(zh ? `，落款${e.senders.join('和')}` : `Sign it with ${e.senders.join(' and ')} as written.`);
  } else if (e.sender_relation !== null) {
    notes.push(zh ? `，以${relationName(e.sender_relation, brief)}的身份落款` : `Sign it as their ${relationName(e.sender_relation, brief)}.`);
  } else {
    notes.push(zh ? '，落款保持中性' : 'Keep the sign-off neutral.');
  }
  if (e.age !== null) notes.push(zh ? `，提到${e.numbers[0] ?? e.age}（${e.age}）` : `Mention the ${e.numbers[0] ?? e.age} (${e.age}).`);
  else if (e.numbers.length > 0) notes.push(zh ? `，提到${e.numbers.join('、')}` : `Mention ${e.numbers.join(', ')}.`);
  if (e.places.length > 0) notes.push(zh ? `，提到${e.places.join('、')}` : `Mention ${e.places.join(', ')}.`);
  if (e.interests.length > 0) notes.push(zh ? `，融入${e.interests.join('、')}` : `Weave in ${e.interests.join(', ')}.`);
  if (seen.polite) notes.push(zh ? `，用“${POLITE_FORMS.zh}”称呼，语气恭敬` : `Use the polite register: ${POLITE_FORMS[language]}.`);
  if (seen.tone === 'somber') notes.push(zh ? '，不用感叹号' : 'No exclamation marks.');
  if (zh) notes.push('。');
  return notes;
}
