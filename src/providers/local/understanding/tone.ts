import { TONES, type Occasion, type Relation, type Tone } from '../../contracts.js';
import { compileKeyword, findAll, type Keyword } from './text.js';

/** Occasions whose tone no cue can change: a sympathy card is never playful. */
const ALWAYS_SOMBER: ReadonlySet<Occasion> = new Set(['sympathy', 'qingming']);

/** Words that ask for a tone, in seven languages (folded). */
const TONE_CUES = {
  playful: ['funny', 'silly', 'hilarious', 'humorous', 'joke', 'cheeky', 'playful', 'witty', '搞笑', '幽默', '有趣', '逗', '俏皮', '好玩', 'おもしろ', '面白い', 'ユーモア', 'ふざけ',
    '재미있', '웃긴', '유머', '장난', 'divertid*', 'gracios*', 'chistos*', 'drole*', 'humour', 'amusant', 'rigolo', 'lustig*', 'witzig*', 'humorvoll*'],
  formal: ['formal', 'professional', 'respectful', 'business', 'corporate', '正式', '庄重', '恭敬', '商务', '礼貌', '敬具', '拝啓', 'ビジネス', 'フォーマル', '丁寧', '격식', '정중', '공식',
    'formel', 'formelle', 'professionnel', 'profesional', 'respetuoso', 'formell*', 'geschaftlich'],
  romantic: ['romantic', 'romance', '浪漫', '深情', 'ロマンチック', 'ロマンティック', '로맨틱', 'romantico', 'romantica', 'romantique', 'romantisch*'],
  warm: ['heartfelt', 'sincere', 'cozy', 'cosy', 'gentle', '温馨', '温暖', '真诚', '温かい', 'ほっこり', '따뜻', 'calido', 'tierno', 'chaleureux', 'tendre', 'herzlich', 'warmherzig'],
  joyful: ['cheerful', 'festive', 'joyful', 'bright', 'exciting', '欢快', '喜庆', '热闹', '明るい', '신나는', '밝은', 'alegre', 'festivo', 'festif', 'frohlich*', 'festlich*'],
  somber: ['solemn', 'quiet', 'memorial', '肃穆', '庄严', '哀思', '静か', '엄숙', 'solemne', 'solennel*', 'feierlich*'],
} as const satisfies Record<Tone, readonly string[]>;

const KEYWORDS: readonly Keyword<Tone>[] = TONES.flatMap((tone) => TONE_CUES[tone].map((word) => compileKeyword(tone, word)));

/** Relations a romantic occasion is romantic for; a parents' anniversary card is warm. */
const ROMANTIC_RECIPIENTS: ReadonlySet<Relation> = new Set(['spouse', 'partner']);

/**
 * The occasion's own tone unless the request asks for another: "funny",
 * "lustig", "drôle", "搞笑" make a card playful, "formal", "正式", "敬具" formal.
 * Sympathy and Qingming stay somber whatever the words say.
 */
export function readTone(folded: string, occasion: Occasion, occasionTone: Tone, recipient: Relation | null): Tone {
  if (ALWAYS_SOMBER.has(occasion)) return 'somber';
  const asked = findAll(folded, KEYWORDS).sort((a, b) => a.start - b.start)[0]?.value;
  // Asking for somber on a happy occasion is more likely "quiet" than grief; keep the occasion's tone.
  if (asked !== undefined && asked !== 'somber') return asked;
  if (occasionTone === 'romantic' && recipient !== null && !ROMANTIC_RECIPIENTS.has(recipient)) return 'warm';
  return occasionTone;
}
