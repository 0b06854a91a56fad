import type { Relation, Tone } from '../../../contracts.js';
import type { CopyContext, Line, SignedKind, SignedLine, SignoffKey } from '../copy-types.js';
import { pc } from './helpers.js';

/** The last line of the body, by tone. Somber closings console and remember; nothing in them celebrates. */
export const JA_CLOSINGS: { readonly [T in Tone]: readonly [Line, Line, ...Line[]] } = {
  joyful: [
    pc('すてきな一日になりますように。', 'すてきな一日になりますように！'),
    pc('笑顔あふれる毎日をお祈りしています。', 'いっぱい笑って過ごしてね！'),
    pc('たくさんの幸せが訪れますように。', 'たくさんの幸せが届きますように！'),
  ],
  warm: [
    pc('どうぞお体を大切に。', '体に気をつけてね。'),
    pc('あなたの毎日が、温かなものでありますように。', 'あなたの毎日が、あったかいものでありますように。'),
    pc('また近いうちにお会いしましょう。', 'また近いうちに会おうね。'),
  ],
  formal: [
    '今後ともどうぞよろしくお願い申し上げます。',
    '皆さまのご健勝とご多幸をお祈り申し上げます。',
    '略儀ながら書中にてご挨拶申し上げます。',
  ],
  somber: [
    pc('心ばかりですが、お祈り申し上げます。', '心から祈っています。'),
    pc('どうかご無理をなさらず、ご自愛ください。', 'どうか無理をしないでね。'),
    pc('あなたのことを、心から想っております。', 'あなたのことを、ずっと想っているよ。'),
  ],
  romantic: [
    '愛を込めて。',
    'これからもずっと、あなたのそばに。',
    pc('あなたを想いながら。', 'あなたのことを想いながら。'),
  ],
  playful: [
    pc('次にお会いできるのを楽しみにしています！', '次に会えるの、楽しみにしてる！'),
    pc('笑った数だけ、いいことがありますように！', '笑った数だけ、いいことがありますように！'),
    pc('それでは、またお会いしましょう！', 'じゃあね、またね〜！'),
  ],
};

const byRelation =
  (words: Partial<Record<Relation, string>>, otherwise: string, write: (word: string, c: CopyContext) => string): Line =>
  (c) =>
    write((c.sender === null ? undefined : words[c.sender]) ?? otherwise, c);

const CHILD: Partial<Record<Relation, string>> = { daughter: '娘', son: '息子' };
const PARENT: Partial<Record<Relation, string>> = { mother: '母', father: '父', parents: '父と母' };
const GRANDPARENT: Partial<Record<Relation, string>> = { grandmother: 'おばあちゃん', grandfather: 'おじいちゃん', grandparents: 'おじいちゃんとおばあちゃん' };

/** Sign-offs by who sends the card; 'none' stays neutral and never claims friendship (no 友). */
export const JA_SIGNOFFS: { readonly [K in SignoffKey]: readonly [Line, ...Line[]] } = {
  none: ['心を込めて', '心より', pc('感謝を込めて', 'ありがとうを込めて')],
  child: [
    byRelation(CHILD, '子ども', (w) => `感謝を込めて　${w}より`),
    byRelation(CHILD, '子ども', (w, c) => (c.polite ? `いつも感謝している${w}より` : `いつもありがとう　${w}より`)),
  ],
  grandchild: [pc('感謝を込めて　孫より', '大好きな孫より'), pc('いつも想っている孫より', '元気いっぱいの孫より')],
  parent: [byRelation(PARENT, '家族', (w) => `いつもあなたを応援している${w}より`), byRelation(PARENT, '家族', (w) => `愛を込めて　${w}より`)],
  grandparent: [byRelation(GRANDPARENT, 'おじいちゃん・おばあちゃん', (w) => `${w}より`), byRelation(GRANDPARENT, 'おじいちゃん・おばあちゃん', (w) => `いつも見守っている${w}より`)],
  partner: ['愛を込めて', pc('いつもあなたのそばにいる私より', 'いつもそばにいるわたしより')],
  sibling: ['あなたのきょうだいより', pc('いつも応援しているきょうだいより', 'いつでも味方のきょうだいより')],
  relative: ['遠くから応援している親戚より', '親戚一同より'],
  friend: [pc('あなたの友人より', 'あなたの友だちより'), pc('感謝を込めて　友人より', 'ずっと親友のわたしより')],
  student: [pc('感謝を込めて　教え子より', '先生の教え子より'), '教え子一同より'],
  teacher: ['いつも応援している先生より', 'あなたの成長を見守る先生より'],
  colleague: [
    (c) => {
      if (c.relation === 'team') return c.polite ? 'チーム一同より' : 'チームのみんなより';
      return c.polite ? '同僚一同より' : '職場の仲間より';
    },
    pc('ともに働く仲間より', 'いつも一緒に働く仲間より'),
  ],
};

/** 差出人の名前を添えた結び（「アンナより」）。 */
export const JA_SIGNED_BY: { readonly [K in SignedKind]: readonly [SignedLine, ...SignedLine[]] } = {
  close: [(n) => `${n}より`, (n) => `心を込めて　${n}より`],
  formal: [(n) => `${n}`, (n) => `${n}より`],
  somber: [(n) => `${n}`, (n) => `心よりお悔やみ申し上げます　${n}`],
  romantic: [(n) => `愛を込めて　${n}より`, (n) => `${n}より`],
};
