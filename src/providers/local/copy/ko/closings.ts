import type { Relation, Tone } from '../../../contracts.js';
import type { CopyContext, Line, SignedKind, SignedLine, SignoffKey } from '../copy-types.js';
import { josa, pc } from './helpers.js';

/** The last line of the body, by tone. Somber closings console and remember; nothing in them celebrates. */
export const KO_CLOSINGS: { readonly [T in Tone]: readonly [Line, Line, ...Line[]] } = {
  joyful: [
    pc('행복한 하루 보내세요.', '행복한 하루 보내!'),
    pc('웃음 가득한 나날 되시길 바랍니다.', '매일매일 많이 웃어!'),
    pc('좋은 일만 가득하시길 바랍니다.', '좋은 일만 잔뜩 생기길!'),
  ],
  warm: [
    pc('늘 건강하세요.', '늘 건강 잘 챙겨.'),
    pc('하루하루 따뜻하고 평온하시길 바랍니다.', '너의 하루하루가 따뜻하길 바라.'),
    pc('조만간 얼굴 뵈어요.', '조만간 얼굴 보자.'),
  ],
  formal: [
    '앞으로도 변함없는 관심과 성원 부탁드립니다.',
    '늘 건강과 행운이 함께하시기를 기원합니다.',
    '지면으로나마 인사를 대신합니다.',
  ],
  somber: [
    pc('마음 깊이 위로를 전합니다.', '마음 깊이 위로를 보내.'),
    pc('부디 몸 상하지 않게 잘 챙기세요.', '부디 무리하지 말고 몸 잘 챙겨.'),
    pc('늘 곁에서 함께 기도하겠습니다.', '늘 네 곁에 있을게.'),
  ],
  romantic: ['사랑을 담아.', pc('앞으로도 늘 당신 곁에.', '앞으로도 늘 네 곁에.'), pc('당신을 생각하며.', '너를 생각하며.')],
  playful: [
    pc('다음에 만날 날을 기대할게요!', '다음에 만날 날 기대할게!'),
    pc('웃은 만큼 좋은 일이 생기길 바라요!', '웃은 만큼 좋은 일 생기길!'),
    pc('그럼 또 만나요!', '그럼 안녕, 또 보자~!'),
  ],
};

const byRelation =
  (words: Partial<Record<Relation, string>>, otherwise: string, write: (word: string, c: CopyContext) => string): Line =>
  (c) =>
    write((c.sender === null ? undefined : words[c.sender]) ?? otherwise, c);

const CHILD: Partial<Record<Relation, string>> = { daughter: '딸', son: '아들' };
const PARENT: Partial<Record<Relation, string>> = { mother: '엄마', father: '아빠', parents: '엄마 아빠' };
const GRANDPARENT: Partial<Record<Relation, string>> = { grandmother: '할머니', grandfather: '할아버지', grandparents: '할머니 할아버지' };

/**
 * Sign-offs by who sends the card: 올림 to elders and teachers, 드림 between peers,
 * 이/가 from elders. 'none' stays neutral and never claims friendship (no 친구).
 */
export const KO_SIGNOFFS: { readonly [K in SignoffKey]: readonly [Line, ...Line[]] } = {
  none: ['마음을 담아', '진심을 담아', pc('감사한 마음을 담아', '고마운 마음을 담아')],
  child: [byRelation(CHILD, '자녀', (w) => `사랑하는 ${w} 올림`), byRelation(CHILD, '자녀', (w) => `늘 감사하는 마음으로, ${w} 올림`)],
  grandchild: ['사랑하는 손주 올림', '늘 보고 싶은 손주 올림'],
  parent: [byRelation(PARENT, '엄마 아빠', (w) => `너를 사랑하는 ${josa(w, '이', '가')}`), byRelation(PARENT, '엄마 아빠', (w) => `언제나 네 편인 ${josa(w, '이', '가')}`)],
  grandparent: [byRelation(GRANDPARENT, '할머니 할아버지', (w) => `사랑하는 ${josa(w, '이', '가')}`), byRelation(GRANDPARENT, '할머니 할아버지', (w) => `늘 너를 생각하는 ${josa(w, '이', '가')}`)],
  partner: ['사랑을 담아', pc('늘 당신 곁에 있는 제가', '늘 네 곁에 있는 내가')],
  sibling: ['언제나 네 편인 형제자매가', '늘 든든한 네 가족이'],
  relative: ['멀리서 늘 응원하는 친척 드림', '가족 친지 일동 드림'],
  friend: [pc('친구 드림', '너의 친구가'), pc('늘 고마운 친구 드림', '영원한 네 친구가')],
  student: [pc('제자 올림', '선생님의 제자 올림'), '감사한 마음을 담아, 제자 올림'],
  teacher: [pc('늘 응원하는 선생님 드림', '늘 너를 응원하는 선생님이'), '네 성장을 지켜보는 선생님이'],
  colleague: [
    (c) => {
      if (c.relation === 'team') return '팀원 일동 드림';
      return c.polite ? '동료 드림' : '함께 일하는 동료가';
    },
    pc('늘 함께하는 동료 드림', '늘 같이 일하는 동료가'),
  ],
};

/** 보내는 사람의 이름을 넣은 맺음말("지민 드림"). */
export const KO_SIGNED_BY: { readonly [K in SignedKind]: readonly [SignedLine, ...SignedLine[]] } = {
  close: [(n) => `사랑을 담아, ${n}`, (n) => `${n} 드림`],
  formal: [(n) => `${n} 드림`, (n) => `${n} 올림`],
  somber: [(n) => `${n} 올림`, (n) => `깊은 위로를 전하며, ${n}`],
  romantic: [(n) => `영원히 사랑하는 ${n}`, (n) => `사랑을 담아, ${n}`],
};
