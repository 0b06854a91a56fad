import type { Language, Occasion } from '../contracts.js';
import type { MotifName } from './motifs.js';

/** What a concept says about an occasion, written once per language. */
export interface OccasionVoice {
  /** A short heading used to derive a theme when the client gave none. */
  readonly label: string;
  readonly motifs: readonly [MotifName, ...MotifName[]];
  readonly tone: string;
  readonly style: string;
  readonly audience: string;
  readonly copyDirection: string;
}

export interface OccasionProfile {
  /** Background, second background, accent, second accent, ink. */
  readonly palette: readonly [string, string, string, string, string];
  readonly voice: Readonly<Record<Language, OccasionVoice>>;
}

export const OCCASION_PROFILES = {
  birthday: {
    palette: ['#fff4e6', '#ffd6e0', '#ff7a9a', '#ffc145', '#5b2a86'],
    voice: {
      zh: {
        label: '生日祝福',
        motifs: ['cake', 'balloon', 'confetti', 'star'],
        tone: '温暖、欢快、充满期待',
        style: '明快的扁平插画，柔和渐变，点缀节日彩纸',
        audience: '正在过生日的亲人或朋友',
        copyDirection: '真诚地祝对方生日快乐，肯定彼此的情谊，祝愿新的一岁平安顺遂，语气亲切自然',
      },
      en: {
        label: 'Birthday wishes',
        motifs: ['cake', 'balloon', 'confetti', 'gift'],
        tone: 'warm, joyful and celebratory',
        style: 'bright flat illustration with soft gradients and party confetti',
        audience: 'a friend or family member celebrating a birthday',
        copyDirection: 'Wish them a happy birthday sincerely, celebrate who they are and look forward to the year ahead in a warm, personal voice.',
      },
    },
  },
  new_year: {
    palette: ['#0f1c3f', '#27408b', '#ffd166', '#ef476f', '#f8f4e3'],
    voice: {
      zh: {
        label: '新年祝福',
        motifs: ['firework', 'star', 'moon'],
        tone: '明亮、充满希望、辞旧迎新',
        style: '深蓝夜空下的金色烟花，简洁的几何插画',
        audience: '亲友、同事与所有在意的人',
        copyDirection: '回望过去一年的陪伴，祝福新的一年万事顺意、心想事成，语气明亮而真诚',
      },
      en: {
        label: 'New Year wishes',
        motifs: ['firework', 'confetti', 'star'],
        tone: 'bright, hopeful and forward-looking',
        style: 'golden fireworks over a deep blue night sky, clean geometric illustration',
        audience: 'friends, family and colleagues',
        copyDirection: 'Look back on the year with gratitude and wish them a fresh, hopeful start, bright and sincere.',
      },
    },
  },
  spring_festival: {
    palette: ['#b3121f', '#e23b2e', '#ffcf4d', '#ffe9b0', '#5a0b0f'],
    voice: {
      zh: {
        label: '春节祝福',
        motifs: ['lantern', 'plum-blossom', 'firework', 'cloud'],
        tone: '喜庆、团圆、吉祥',
        style: '中国红与金色的新春插画，灯笼、梅花与烟火，带一点剪纸的质感',
        audience: '家人、长辈与亲朋好友',
        copyDirection: '送上新春祝福，表达团圆与思念，祝愿来年平安喜乐、万事如意，喜庆而不落俗套',
      },
      en: {
        label: 'Lunar New Year greetings',
        motifs: ['lantern', 'firework', 'plum-blossom'],
        tone: 'festive, auspicious and full of togetherness',
        style: 'red and gold Lunar New Year illustration with lanterns, plum blossoms and fireworks, papercut feel',
        audience: 'family, elders and close friends',
        copyDirection: 'Send Lunar New Year greetings that celebrate reunion and wish them luck, health and joy in the year ahead.',
      },
    },
  },
  thanks: {
    palette: ['#fbf3e4', '#f4d8b8', '#d9822b', '#7a9e7e', '#4a3426'],
    voice: {
      zh: {
        label: '感谢的心意',
        motifs: ['tea-cup', 'flower', 'leaf'],
        tone: '真诚、温柔、心怀感激',
        style: '温暖的大地色调插画，一杯热茶与几枝小花',
        audience: '曾经帮助过自己的人',
        copyDirection: '具体而真诚地表达感谢，说出对方的帮助带来的改变，语气温柔、不夸张',
      },
      en: {
        label: 'A note of thanks',
        motifs: ['flower', 'ribbon', 'leaf'],
        tone: 'sincere, gentle and grateful',
        style: 'warm earthy illustration with a few flowers tied with a ribbon',
        audience: 'someone who helped or supported the sender',
        copyDirection: 'Say thank you sincerely and specifically, naming the difference their kindness made, without overstatement.',
      },
    },
  },
  love: {
    palette: ['#fff0f3', '#ffc2d1', '#e63950', '#ff8fab', '#590d22'],
    voice: {
      zh: {
        label: '爱的心意',
        motifs: ['heart', 'rose', 'moon'],
        tone: '浪漫、温柔、深情',
        style: '柔和粉红的浪漫插画，玫瑰、爱心与月色',
        audience: '心爱的人',
        copyDirection: '含蓄而深情地表达爱意，回忆共同的时光，许下温柔的承诺',
      },
      en: {
        label: 'With love',
        motifs: ['heart', 'rose', 'star'],
        tone: 'romantic, tender and heartfelt',
        style: 'soft pink romantic illustration with roses, hearts and stars',
        audience: 'a partner or loved one',
        copyDirection: 'Express love tenderly, recall shared moments and end with a gentle promise.',
      },
    },
  },
  congratulations: {
    palette: ['#fffaf0', '#cde7f0', '#f4a261', '#2a9d8f', '#264653'],
    voice: {
      zh: {
        label: '衷心祝贺',
        motifs: ['confetti', 'ribbon', 'firework', 'star'],
        tone: '振奋、骄傲、由衷欣喜',
        style: '清新明亮的庆祝插画，彩带与星光',
        audience: '刚刚取得成就的朋友或家人',
        copyDirection: '为对方的成就由衷高兴，肯定一路的努力，祝愿前程似锦',
      },
      en: {
        label: 'Congratulations',
        motifs: ['confetti', 'ribbon', 'star', 'gift'],
        tone: 'uplifting, proud and genuinely delighted',
        style: 'fresh, bright celebration illustration with streamers and sparkles',
        audience: 'a friend or family member who just achieved something',
        copyDirection: 'Celebrate the achievement, honour the effort behind it and wish them a bright road ahead.',
      },
    },
  },
  travel: {
    palette: ['#e8f4fa', '#a8dadc', '#457b9d', '#f4a261', '#1d3557'],
    voice: {
      zh: {
        label: '旅途祝福',
        motifs: ['mountain', 'cloud', 'plane', 'sun'],
        tone: '自由、期待、轻快',
        style: '清爽的风景插画，远山、白云与飞机',
        audience: '即将出发或正在旅途中的人',
        copyDirection: '祝福旅途顺利，鼓励对方去看更大的世界，也别忘了平安归来',
      },
      en: {
        label: 'Bon voyage',
        motifs: ['plane', 'cloud', 'mountain', 'wave'],
        tone: 'free-spirited, eager and light',
        style: 'airy landscape illustration with distant mountains, clouds, sea and a plane',
        audience: 'someone setting off on a journey',
        copyDirection: 'Wish them a wonderful journey, cheer their curiosity and ask them to come home safe with stories.',
      },
    },
  },
  get_well: {
    palette: ['#f1f8f1', '#cfe8d5', '#7fb685', '#f6d186', '#2f4f3a'],
    voice: {
      zh: {
        label: '早日康复',
        motifs: ['sun', 'leaf', 'tea-cup'],
        tone: '温柔、安心、充满力量',
        style: '柔和的绿色与暖阳，安静治愈的插画',
        audience: '正在养病或恢复中的亲友',
        copyDirection: '轻声问候，给予安慰和鼓励，祝愿早日康复，不给对方压力',
      },
      en: {
        label: 'Get well soon',
        motifs: ['sun', 'flower', 'leaf'],
        tone: 'gentle, comforting and encouraging',
        style: 'soft greens and warm sunshine, a calm and healing illustration',
        audience: 'someone who is unwell or recovering',
        copyDirection: 'Offer comfort and encouragement, wish a swift recovery and ask nothing of them.',
      },
    },
  },
  general: {
    palette: ['#f7f3ee', '#e3d5ca', '#d5a18e', '#8e9aaf', '#3d405b'],
    voice: {
      zh: {
        label: '温暖问候',
        motifs: ['flower', 'leaf', 'cloud'],
        tone: '温暖、真诚、平和',
        style: '柔和的莫兰迪色插画，花叶与云朵',
        audience: '想要问候的朋友或家人',
        copyDirection: '简单而真诚地问候，传达想念与祝福，语气自然温暖',
      },
      en: {
        label: 'Warm wishes',
        motifs: ['star', 'flower', 'cloud'],
        tone: 'warm, sincere and calm',
        style: 'soft muted illustration with flowers, leaves and clouds',
        audience: 'a friend or family member',
        copyDirection: 'Send a simple, sincere hello that says they are thought of and wished well.',
      },
    },
  },
} satisfies Record<Occasion, OccasionProfile>;
