import type { Tone } from '../../../contracts.js';
import type { CopyContext, Line, SignedKind, SignedLine, SignoffKey } from '../copy-types.js';
import { ni, reg, t } from './lines.js';

/**
 * The last line of the body, by tone. Somber lines carry remembrance and
 * sympathy (安息、珍重、怀念), with no exclamation mark and nothing festive.
 */
export const CLOSINGS: { readonly [T in Tone]: readonly [Line, Line, ...Line[]] } = {
  joyful: [t('祝{你}天天开心，万事顺意！'), t('愿{你}笑口常开，好运连连！'), '所有的好事，都在来的路上！'],
  warm: [t('愿{你}被这个世界温柔以待。'), t('愿{你}平安喜乐，万事胜意。'), t('无论何时，都有人惦记着{你}。')],
  formal: ['顺颂时祺。', '谨致诚挚的祝福。', '敬祝身体健康，万事如意。'],
  somber: ['愿逝者安息，生者珍重。', t('思念绵长，愿{你}心有所安。'), '斯人虽远，爱与怀念长存。'],
  romantic: ['爱你，不止今天。', '往后余生，都是你。', '愿我们岁岁年年，朝朝暮暮。'],
  playful: ['开心到冒泡就对了～', t('记得多笑笑，好运会追着{你}跑！'), '今天的好心情，请签收～'],
};

/** The sender's own word for themselves when the request says it (女儿、爸爸、奶奶); a neutral word otherwise. */
const childWord = (c: CopyContext): string => (c.sender === 'daughter' ? '女儿' : c.sender === 'son' ? '儿子' : '孩子');
const parentWord = (c: CopyContext): string => (c.sender === 'mother' ? '妈妈' : c.sender === 'father' ? '爸爸' : '爸妈');
const grandparentWord = (c: CopyContext): string => (c.sender === 'grandmother' ? '奶奶' : c.sender === 'grandfather' ? '爷爷' : '爷爷奶奶');

/**
 * Sign-offs by who sends the card. `none` is neutral (谨上, 惦记着你的人)
 * and never claims a friendship or a family tie the request did not state.
 */
export const SIGNOFFS: { readonly [K in SignoffKey]: readonly [Line, ...Line[]] } = {
  none: [reg('惦记着你的人', '谨上'), reg('挂念你的人', '敬上')],
  child: [(c) => `爱${ni(c)}的${childWord(c)}`, (c) => `永远想念${ni(c)}的${childWord(c)}`],
  grandchild: [t('永远爱{你}的乖孙'), t('{你}最疼的小家伙')],
  parent: [(c) => `永远爱${ni(c)}的${parentWord(c)}`, (c) => `${parentWord(c)}永远是${ni(c)}的后盾`],
  grandparent: [(c) => `疼${ni(c)}的${grandparentWord(c)}`, (c) => `想念${ni(c)}的${grandparentWord(c)}`],
  partner: ['爱你的我', '永远在你身边的那个人'],
  sibling: [t('和{你}一起长大的我'), t('永远挺{你}的自家人')],
  relative: [t('惦记着{你}的家人'), t('挂念{你}的亲人')],
  friend: [t('{你}的老朋友'), t('爱{你}的朋友')],
  student: ['您的学生', '永远感恩的学生', '学生敬上'],
  teacher: [t('{你}的老师'), t('为{你}骄傲的老师')],
  colleague: [t('{你}的同事'), '并肩同行的伙伴'],
};

/** 带署名的落款（"爱你的小美"）。 */
export const SIGNED_BY: { readonly [K in SignedKind]: readonly [SignedLine, ...SignedLine[]] } = {
  close: [(n) => `爱你的${n}`, (n) => `想你的${n}`],
  formal: [(n) => `${n} 敬上`, (n) => `${n} 谨上`],
  somber: [(n) => `${n} 敬挽`, (n) => `${n} 谨上`],
  romantic: [(n) => `永远爱你的${n}`, (n) => `爱你的${n}`],
};
