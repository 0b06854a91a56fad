import type { Occasion } from '../contracts.js';
import { countMatches, keywordPattern } from './keywords.js';

/**
 * Words that announce each occasion, Chinese and English side by side. Latin
 * entries follow keywords.ts: whole words, a trailing `*` marks a stem.
 */
const OCCASION_KEYWORDS = {
  birthday: ['生日', '寿', '诞辰', '岁了', '周岁', 'birthday', 'bday', 'b-day'],
  new_year: ['新年', '元旦', '跨年', '新的一年', 'new year', 'nye'],
  spring_festival: [
    '春节', '过年', '除夕', '农历新年', '拜年', '年夜饭', '新春', '春联', '红包', '恭喜发财',
    'lunar new year', 'chinese new year', 'spring festival', 'cny', 'red envelope',
  ],
  thanks: ['谢谢', '感谢', '感恩', '多谢', '致谢', '谢意', 'thank*', 'grateful', 'gratitude', 'appreciat*'],
  love: [
    '爱', '情人节', '七夕', '纪念日', '表白', '喜欢你', '想你', '浪漫',
    'love', 'loving', 'valentine*', 'anniversar*', 'romantic', 'sweetheart',
  ],
  congratulations: [
    '恭喜', '祝贺', '贺喜', '毕业', '升职', '晋升', '婚礼', '新婚', '结婚', '乔迁', '录取', '上岸', '获奖',
    'congrat*', 'graduat*', 'promot*', 'wedding', 'married', 'engage*', 'new job', 'new home', 'well done',
  ],
  travel: [
    '旅行', '旅游', '出发', '远方', '旅途', '度假', '出游', '环游', '自驾', '远行',
    'travel*', 'trip', 'journey', 'vacation', 'bon voyage', 'adventure', 'wanderlust', 'road trip',
  ],
  get_well: [
    '早日康复', '康复', '保重身体', '生病', '住院', '手术', '痊愈', '好起来',
    'get well', 'recover*', 'feel better', 'feeling better', 'hospital', 'surgery', 'sick',
  ],
  general: [],
} satisfies Record<Occasion, readonly string[]>;

/**
 * Everyday phrases that contain an occasion keyword without meaning it
 * (亲爱的 is "dear", 寿司 is sushi, "I'd love a card" is not a love letter).
 * They are blanked out before matching.
 */
const FALSE_FRIENDS = [/亲爱|可爱|爱好|热爱|寿司/gu, /\b(?:would|'d|’d)\s+love\b|\blove\s+(?:to|it)\b/gi];

/**
 * Ties go to the earlier occasion: the more specific event beats the feeling
 * that usually comes with it ("happy birthday, my love" is a birthday card).
 */
const TIE_ORDER = [
  'spring_festival',
  'new_year',
  'birthday',
  'get_well',
  'thanks',
  'love',
  'congratulations',
  'travel',
  'general',
] as const satisfies readonly Occasion[];

/**
 * An occasion that, when present, absorbs another's matches: 农历新年 and
 * "Chinese New Year" contain "new year", but the card is for the Spring Festival.
 */
const ABSORBS: ReadonlyArray<readonly [winner: Occasion, absorbed: Occasion]> = [['spring_festival', 'new_year']];

const PATTERNS = TIE_ORDER.map((occasion) => [occasion, OCCASION_KEYWORDS[occasion].map(keywordPattern)] as const);

/** Recognises the occasion from the request's words; 'general' when nothing matches. */
export function detectOccasion(...texts: ReadonlyArray<string | null>): Occasion {
  let text = texts.filter((t): t is string => t !== null).join('\n');
  for (const phrase of FALSE_FRIENDS) text = text.replace(phrase, ' ');

  const scores = new Map<Occasion, number>(PATTERNS.map(([occasion, patterns]) => [occasion, countMatches(text, patterns)]));
  for (const [winner, absorbed] of ABSORBS) {
    const winnerScore = scores.get(winner) ?? 0;
    if (winnerScore > 0) {
      scores.set(winner, winnerScore + (scores.get(absorbed) ?? 0));
      scores.set(absorbed, 0);
    }
  }

  let best: Occasion = 'general';
  let bestScore = 0;
  for (const occasion of TIE_ORDER) {
    const score = scores.get(occasion) ?? 0;
    if (score > bestScore) {
      best = occasion;
      bestScore = score;
    }
  }
  return best;
}
