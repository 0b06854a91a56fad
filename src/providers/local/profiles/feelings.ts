import type { Occasion } from '../../contracts.js';
import { profile, type OccasionProfile } from './profile.js';

/** Feelings and greetings: thanks, apology, love, friendship, travel and the general card. */
export const FEELING_PROFILES = {
  thanks: profile(
    ['#fbf3e4', '#f4d8b8', '#d9822b', '#7a9e7e', '#4a3426'],
    ['flower', 'tea-cup', 'ribbon', 'leaf'],
    'warm',
    ['感谢有你', 'A note of thanks', 'ありがとうの気持ち', '감사의 마음', 'Muchas gracias', 'Un grand merci', 'Herzlichen Dank'],
    ['温暖的大地色调插画，一杯热茶与几枝小花', '曾经帮助过自己的人', '具体而真诚地表达感谢，说出对方的帮助带来的改变，语气温柔、不夸张'],
    ['warm earthy illustration with a few flowers tied with a ribbon and a cup of tea', 'someone who helped or supported the sender', 'Say thank you sincerely and specifically, naming the difference their kindness made, without overstatement.'],
  ),
  apology: profile(
    ['#f5f7fa', '#dfe6ee', '#7d9bb8', '#e8b4a0', '#2e3a46'],
    ['envelope', 'flower', 'umbrella', 'cloud'],
    'warm',
    ['真诚的道歉', 'I am sorry', 'ごめんなさい', '미안해요', 'Lo siento', 'Pardon', 'Es tut mir leid'],
    ['安静柔和的蓝灰插画，信封、小花与雨后的伞', '被自己伤害或怠慢的人', '真诚地道歉，承认自己的不足，不找借口，表达弥补的心意，语气诚恳温和'],
    ['a quiet soft blue-grey illustration with an envelope, a small flower and an umbrella after rain', 'someone the sender let down', 'Apologise sincerely, own the mistake without excuses and offer to make it right; humble and gentle.'],
  ),
  love: profile(
    ['#fff0f3', '#ffc2d1', '#e63950', '#ff8fab', '#590d22'],
    ['heart', 'rose', 'moon', 'star'],
    'romantic',
    ['爱的心意', 'With love', '愛をこめて', '사랑을 담아', 'Con amor', 'Avec amour', 'In Liebe'],
    ['柔和粉红的浪漫插画，玫瑰、爱心与月色', '心爱的人', '含蓄而深情地表达爱意，回忆共同的时光，许下温柔的承诺'],
    ['soft pink romantic illustration with roses, hearts and moonlight', 'a partner or loved one', 'Express love tenderly, recall shared moments and end with a gentle promise.'],
  ),
  friendship: profile(
    ['#fffbea', '#d9f2e6', '#ffb703', '#219ebc', '#023047'],
    ['sunflower', 'bicycle', 'star', 'coffee'],
    'playful',
    ['给好朋友', 'For a good friend', '親友へ', '친구에게', 'Para mi amigo', 'Pour un ami', 'Für eine gute Freundschaft'],
    ['明亮活泼的插画，向日葵、单车与星星', '好朋友', '轻松亲切地表达友情，提到一起的回忆或爱好，可以带点幽默'],
    ['bright and lively illustration with sunflowers, a bicycle and stars', 'a close friend', 'Celebrate the friendship easily and warmly, mention a shared memory or hobby, a little humour is welcome.'],
  ),
  travel: profile(
    ['#e8f4fa', '#a8dadc', '#457b9d', '#f4a261', '#1d3557'],
    ['plane', 'mountain', 'suitcase', 'cloud', 'sun'],
    'joyful',
    ['旅途问候', 'Greetings from afar', '旅先より', '여행지에서', 'Saludos de viaje', 'Bons baisers de voyage', 'Grüße von unterwegs'],
    ['清爽的风景插画，远山、白云、飞机与行李箱', '远方的亲友', '分享旅途中的见闻与心情，提到所在的地方，也表达想念'],
    ['airy landscape illustration with distant mountains, clouds, a plane and a suitcase', 'friends and family back home', 'Share what the journey is like, name the place, and say they are missed.'],
  ),
  general: profile(
    ['#f7f3ee', '#e3d5ca', '#d5a18e', '#8e9aaf', '#3d405b'],
    ['flower', 'leaf', 'cloud', 'star'],
    'warm',
    ['温暖问候', 'Warm wishes', '心をこめて', '따뜻한 안부', 'Con cariño', 'Avec toute mon affection', 'Herzliche Grüße'],
    ['柔和的莫兰迪色插画，花叶与云朵', '想要问候的朋友或家人', '简单而真诚地问候，传达想念与祝福，语气自然温暖'],
    ['soft muted illustration with flowers, leaves and clouds', 'a friend or family member', 'Send a simple, sincere hello that says they are thought of and wished well.'],
  ),
} satisfies Partial<Record<Occasion, OccasionProfile>>;
