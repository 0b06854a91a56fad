import type { Occasion } from '../../contracts.js';
import { profile, type OccasionProfile } from './profile.js';

/** Chinese calendar festivals and Chinese civic days. */
export const CHINESE_PROFILES = {
  spring_festival: profile(
    ['#b3121f', '#e23b2e', '#ffcf4d', '#ffe9b0', '#5a0b0f'],
    ['lantern', 'plum-blossom', 'firework', 'cloud'],
    'joyful',
    ['春节快乐', 'Lunar New Year greetings', '旧正月のお祝い', '설 인사', 'Feliz Año Nuevo Lunar', 'Bonne année lunaire', 'Frohes Mondneujahr'],
    ['中国红与金色的新春插画，灯笼、梅花与烟火，带一点剪纸的质感', '家人、长辈与亲朋好友', '送上新春祝福，表达团圆与思念，祝愿来年平安喜乐、万事如意，喜庆而不落俗套'],
    ['red and gold Lunar New Year illustration with lanterns, plum blossom and fireworks, a papercut feel', 'family, elders and close friends', 'Send Lunar New Year greetings that celebrate reunion and wish luck, health and joy in the year ahead.'],
  ),
  lantern_festival: profile(
    ['#2b1140', '#5c1f4a', '#ff9f1c', '#ffd166', '#fff4d6'],
    ['lantern', 'moon', 'star', 'cloud'],
    'joyful',
    ['元宵佳节', 'Lantern Festival wishes', '元宵節のお祝い', '정월 대보름 인사', 'Feliz Festival de los Faroles', 'Joyeuse fête des lanternes', 'Frohes Laternenfest'],
    ['夜色中点亮的花灯与圆月，暖橙与深紫交织', '家人与亲友', '祝福元宵团圆，提到花灯、汤圆与圆月的意象，温暖喜庆'],
    ['glowing paper lanterns under a full moon, warm orange on deep plum night', 'family and friends', 'Wish a happy Lantern Festival: lanterns, sweet rice balls and the first full moon of the year, warm and festive.'],
  ),
  qingming: profile(
    ['#eef1f0', '#d5dedb', '#8aa39b', '#6b7f8e', '#2f3b40'],
    ['willow', 'chrysanthemum', 'umbrella', 'cloud'],
    'somber',
    ['清明追思', 'Remembering at Qingming', '清明節に偲ぶ', '청명에 그리며', 'Recuerdo en Qingming', 'Souvenir de Qingming', 'Gedenken zu Qingming'],
    ['清淡的水墨色调，细雨中的柳枝与白菊，留白安静', '怀念故人的家人', '语气平静克制，寄托对故人的思念与敬意，不用感叹号，不写庆祝的话'],
    ['quiet ink-wash greys, willow branches and white chrysanthemums in soft rain, plenty of space', 'a family remembering someone they lost', 'Write quietly and with restraint: remembrance and respect for those who are gone, no exclamation marks, nothing celebratory.'],
  ),
  dragon_boat: profile(
    ['#f1f7ee', '#c9e4c5', '#2e8b57', '#e9c46a', '#1b3a2b'],
    ['zongzi', 'dragon-boat', 'wave', 'bamboo'],
    'joyful',
    ['端午安康', 'Dragon Boat Festival wishes', '端午のご挨拶', '단오 인사', 'Feliz Festival del Bote del Dragón', 'Bonne fête des bateaux-dragons', 'Frohes Drachenbootfest'],
    ['清新的竹绿与水波，粽子和龙舟，初夏的明快', '家人与朋友', '送上端午安康的祝福，提到粽子、龙舟与初夏，清爽而有活力'],
    ['fresh bamboo greens and river waves with zongzi and a dragon boat, early-summer light', 'family and friends', 'Wish a healthy, peaceful Dragon Boat Festival with zongzi, racing boats and early summer, fresh and lively.'],
  ),
  qixi: profile(
    ['#1b1f3b', '#3a2f5b', '#f7a8b8', '#ffd6e0', '#fdf6ff'],
    ['magpie', 'star', 'moon', 'heart'],
    'romantic',
    ['七夕快乐', 'Happy Qixi', '七夕の願い', '칠석 인사', 'Feliz Qixi', 'Joyeux Qixi', 'Frohes Qixi'],
    ['星河与鹊桥，深蓝夜空里的粉色星光，温柔浪漫', '心爱的人', '借牛郎织女与鹊桥相会的意象，含蓄而深情地表达思念与爱意'],
    ['the Milky Way and a magpie bridge, soft pink starlight on a deep blue night', 'a partner or loved one', 'Use the story of the cowherd and the weaver girl meeting on the magpie bridge to express love and longing tenderly.'],
  ),
  mid_autumn: profile(
    ['#14213d', '#274060', '#f6c453', '#fbe8a6', '#fff8e7'],
    ['mooncake', 'rabbit', 'moon', 'lantern'],
    'warm',
    ['中秋团圆', 'Mid-Autumn wishes', '十五夜のご挨拶', '중추절 인사', 'Feliz Festival del Medio Otoño', 'Bonne fête de la mi-automne', 'Frohes Mondfest'],
    ['深蓝夜空中的金色满月，玉兔、月饼与灯笼，安静温暖', '远方的家人与亲友', '祝中秋快乐、阖家团圆，借明月寄托思念，提到月饼与月色，温暖真挚'],
    ['a golden full moon on a deep blue night with a jade rabbit, mooncakes and a lantern, calm and warm', 'family and friends, near or far', 'Wish a happy Mid-Autumn Festival and a family reunion; let the full moon carry the longing, mention mooncakes and moonlight, warm and sincere.'],
  ),
  double_ninth: profile(
    ['#fbf3e2', '#f3d9a4', '#d98e04', '#8c5e2a', '#3e2a14'],
    ['chrysanthemum', 'mountain', 'cloud', 'leaf'],
    'warm',
    ['重阳敬老', 'Double Ninth wishes', '重陽の節句', '중양절 인사', 'Feliz Festival del Doble Nueve', 'Bonne fête du double neuf', 'Gruß zum Doppelneunfest'],
    ['秋日金黄的菊花与远山，沉稳温暖', '长辈与老人', '向长辈致以重阳的问候，祝健康长寿，语气恭敬温暖，使用敬称'],
    ['golden autumn chrysanthemums and distant hills, steady and warm', 'elders and grandparents', 'Greet elders for the Double Ninth Festival and wish them health and long life, respectful and warm.'],
  ),
  teachers_day: profile(
    ['#f4f8f2', '#d8e8d0', '#5b8c5a', '#e2a03f', '#24351f'],
    ['book', 'apple', 'flower', 'leaf'],
    'warm',
    ['教师节快乐', "Happy Teachers' Day", '教師の日のお礼', '스승의 날 감사', 'Feliz Día del Maestro', 'Bonne fête des enseignants', 'Alles Gute zum Lehrertag'],
    ['书本、苹果与小花，清新雅致的绿色插画', '老师', '用“您”称呼老师，感谢老师的教导与陪伴，具体提到收获，真诚而恭敬'],
    ['books, an apple and a few flowers, a fresh and tidy green illustration', 'a teacher', 'Thank the teacher for what they taught and how they cared, naming what was learned; sincere and respectful, polite form of address.'],
  ),
  national_day: profile(
    ['#fff6f0', '#ffd8c2', '#d62828', '#f7b801', '#4a0d0d'],
    ['flag', 'firework', 'star', 'cloud'],
    'joyful',
    ['国庆快乐', 'National Day greetings', '建国記念のご挨拶', '국경일 인사', 'Feliz Día Nacional', 'Bonne fête nationale', 'Alles Gute zum Nationalfeiertag'],
    ['红色与金色的庆典插画，旗帜与烟火，明快大方', '亲友与同事', '送上国庆的祝福，祝假期愉快、阖家安康，喜庆明亮'],
    ['a red and gold celebration with flags and fireworks, bright and open', 'friends, family and colleagues', 'Send National Day greetings and wish a happy holiday and a peaceful family, bright and festive.'],
  ),
} satisfies Partial<Record<Occasion, OccasionProfile>>;
