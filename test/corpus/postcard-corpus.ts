import type { Language, Occasion, Tone } from '../../src/providers/contracts';

/**
 * Everyday requests in the seven languages we write, with what the finished
 * card must get right. `contains` lists words the card's text (title,
 * subtitle, body, signature) must include; each entry is a set of
 * alternatives, any one of which will do. `excludes` must appear nowhere.
 */
export interface CorpusCase {
  readonly prompt: string;
  readonly style?: string;
  readonly expect: {
    readonly language: Language;
    readonly occasion: Occasion;
    readonly tone?: Tone;
    readonly contains?: ReadonlyArray<readonly string[]>;
    readonly excludes?: readonly string[];
  };
}

const SOMBER_EN = ['!', 'happy', 'congrat', 'celebrat', 'party'];
const SOMBER_ZH = ['!', '！', '快乐', '恭喜', '庆祝'];

export const CORPUS: readonly CorpusCase[] = [
  // --- Chinese ---
  { prompt: '中秋节快乐！想念远方的家人', expect: { language: 'zh', occasion: 'mid_autumn', contains: [['中秋', '月圆', '团圆']], excludes: ['旅途愉快'] } },
  { prompt: '祝妈妈生日快乐，身体健康', expect: { language: 'zh', occasion: 'birthday', contains: [['生日']], excludes: ['朋友'] } },
  { prompt: '祝奶奶八十大寿，福如东海', expect: { language: 'zh', occasion: 'birthday', contains: [['八十', '80']] } },
  { prompt: '给王老师的教师节贺卡', expect: { language: 'zh', occasion: 'teachers_day', contains: [['王老师'], ['您']] } },
  { prompt: '新年快乐，给小李和小王', expect: { language: 'zh', occasion: 'new_year', contains: [['小李'], ['小王']] } },
  { prompt: '春节快乐，恭喜发财', expect: { language: 'zh', occasion: 'spring_festival', contains: [['春', '新年', '过年']] } },
  { prompt: '端午节安康，记得吃粽子', expect: { language: 'zh', occasion: 'dragon_boat', contains: [['端午', '粽']] } },
  { prompt: '七夕快乐，送给我亲爱的老婆', expect: { language: 'zh', occasion: 'qixi', tone: 'romantic', contains: [['七夕', '鹊桥', '牛郎', '银河']] } },
  { prompt: '清明时节，缅怀爷爷', expect: { language: 'zh', occasion: 'qingming', tone: 'somber', excludes: SOMBER_ZH } },
  { prompt: '听闻噩耗，深表哀悼，节哀顺变', expect: { language: 'zh', occasion: 'sympathy', tone: 'somber', excludes: SOMBER_ZH } },
  { prompt: '恭喜大学毕业！前程似锦', expect: { language: 'zh', occasion: 'graduation', contains: [['毕业']] } },
  { prompt: '祝新婚快乐，百年好合', expect: { language: 'zh', occasion: 'wedding', contains: [['新婚', '婚', '百年好合', '佳偶']] } },
  { prompt: '重阳节给外公外婆的问候', expect: { language: 'zh', occasion: 'double_ninth', contains: [['重阳', '九九']] } },
  { prompt: '元宵节快乐，一起猜灯谜', expect: { language: 'zh', occasion: 'lantern_festival', contains: [['元宵', '灯']] } },
  { prompt: '谢谢你一直以来的帮助', expect: { language: 'zh', occasion: 'thanks', contains: [['谢']] } },
  { prompt: '祝你早日康复，好好休息', expect: { language: 'zh', occasion: 'get_well', contains: [['康复', '健康', '好起来']] } },
  // --- English ---
  { prompt: 'Happy 30th birthday, Sarah', expect: { language: 'en', occasion: 'birthday', contains: [['Sarah'], ['30']] } },
  { prompt: 'Merry Christmas to the whole Johnson family', expect: { language: 'en', occasion: 'christmas', contains: [['Christmas']] } },
  { prompt: 'Happy Mother’s Day, Mom — I love you', expect: { language: 'en', occasion: 'mothers_day', contains: [['Mom', 'Mother']], excludes: ['your friend'] } },
  { prompt: 'Happy Father’s Day to the best dad', expect: { language: 'en', occasion: 'fathers_day', contains: [['Dad', 'Father']] } },
  { prompt: 'With deepest sympathy for the loss of your father', expect: { language: 'en', occasion: 'sympathy', tone: 'somber', excludes: SOMBER_EN } },
  { prompt: 'Congratulations on your wedding, Emma and Liam', expect: { language: 'en', occasion: 'wedding', contains: [['Emma'], ['Liam']] } },
  { prompt: 'Happy Halloween! Spooky season is here', expect: { language: 'en', occasion: 'halloween', contains: [['Halloween', 'spooky', 'Spooky']] } },
  { prompt: 'Happy Thanksgiving to my colleagues', expect: { language: 'en', occasion: 'thanksgiving', contains: [['Thanksgiving', 'thankful', 'grateful']] } },
  { prompt: 'Greetings from Kyoto! Wish you were here', expect: { language: 'en', occasion: 'travel', contains: [['Kyoto']] } },
  { prompt: 'Happy Valentine’s Day, my love', expect: { language: 'en', occasion: 'valentines', tone: 'romantic', contains: [['Valentine', 'love', 'Love']] } },
  { prompt: 'Congratulations on the new baby!', expect: { language: 'en', occasion: 'new_baby', contains: [['baby', 'Baby', 'little one']] } },
  { prompt: 'Good luck in your new job, Priya', expect: { language: 'en', occasion: 'new_job', contains: [['Priya']] } },
  { prompt: 'Happy retirement, John — enjoy the golf', expect: { language: 'en', occasion: 'retirement', contains: [['John'], ['retire', 'Retire']] } },
  { prompt: 'Sorry I missed your party, please forgive me', expect: { language: 'en', occasion: 'apology', contains: [['sorry', 'Sorry', 'apolog']] } },
  { prompt: 'Happy Easter to my grandma', expect: { language: 'en', occasion: 'easter', contains: [['Easter']], excludes: ['your friend'] } },
  { prompt: 'Happy Diwali to you and your family', expect: { language: 'en', occasion: 'diwali', contains: [['Diwali', 'light', 'Light']] } },
  { prompt: 'Eid Mubarak to my neighbours', expect: { language: 'en', occasion: 'eid', contains: [['Eid']] } },
  { prompt: 'Happy Hanukkah, Rachel', expect: { language: 'en', occasion: 'hanukkah', contains: [['Hanukkah', 'Chanukah'], ['Rachel']] } },
  { prompt: 'Happy housewarming! Enjoy the new home', expect: { language: 'en', occasion: 'housewarming', contains: [['home', 'Home']] } },
  { prompt: 'Farewell and good luck, we will miss you', expect: { language: 'en', occasion: 'farewell', contains: [['miss', 'Miss', 'farewell', 'Farewell', 'goodbye', 'Goodbye']] } },
  { prompt: 'Happy anniversary to my wife — 10 wonderful years', expect: { language: 'en', occasion: 'anniversary', tone: 'romantic', contains: [['10', 'ten']] } },
  { prompt: 'Happy New Year 2027!', expect: { language: 'en', occasion: 'new_year', contains: [['New Year', 'new year', '2027']] } },
  { prompt: 'Thinking of you, friend — you mean the world to me', expect: { language: 'en', occasion: 'friendship' } },
  { prompt: 'A funny birthday card for my brother who loves jazz', expect: { language: 'en', occasion: 'birthday', tone: 'playful' } },
  // --- Japanese ---
  { prompt: 'ゆきちゃん、お誕生日おめでとう', expect: { language: 'ja', occasion: 'birthday', contains: [['ゆきちゃん'], ['誕生日']] } },
  { prompt: 'メリークリスマス！素敵な一年を', expect: { language: 'ja', occasion: 'christmas', contains: [['クリスマス']] } },
  { prompt: 'あけましておめでとうございます', expect: { language: 'ja', occasion: 'new_year', contains: [['新年', 'あけまして', '謹賀', '明けまして']] } },
  { prompt: 'お母さん、いつもありがとう', expect: { language: 'ja', occasion: 'thanks', contains: [['ありがとう', '感謝']] } },
  { prompt: 'ご結婚おめでとうございます', expect: { language: 'ja', occasion: 'wedding', contains: [['結婚']] } },
  { prompt: '卒業おめでとう！新しい道へ', expect: { language: 'ja', occasion: 'graduation', contains: [['卒業']] } },
  { prompt: '心よりお悔やみ申し上げます', expect: { language: 'ja', occasion: 'sympathy', tone: 'somber', excludes: ['!', '！', 'おめでとう'] } },
  { prompt: 'おじいちゃん、還暦おめでとう', expect: { language: 'ja', occasion: 'birthday', contains: [['還暦', '60']] } },
  { prompt: '京都から心を込めて', expect: { language: 'ja', occasion: 'travel', contains: [['京都']] } },
  { prompt: '早く元気になってね', expect: { language: 'ja', occasion: 'get_well', contains: [['元気', '回復', 'お大事']] } },
  { prompt: 'バレンタインデー、大好きだよ', expect: { language: 'ja', occasion: 'valentines', tone: 'romantic' } },
  // --- Korean ---
  { prompt: '지민아 생일 축하해', expect: { language: 'ko', occasion: 'birthday', contains: [['지민'], ['생일']] } },
  { prompt: '새해 복 많이 받으세요', expect: { language: 'ko', occasion: 'seollal', contains: [['새해', '설']] } },
  { prompt: '추석 잘 보내세요, 풍성한 한가위 되세요', expect: { language: 'ko', occasion: 'chuseok', contains: [['추석', '한가위']] } },
  { prompt: '메리 크리스마스! 행복한 연말 보내', expect: { language: 'ko', occasion: 'christmas', contains: [['크리스마스']] } },
  { prompt: '선생님, 스승의 날 감사합니다', expect: { language: 'ko', occasion: 'teachers_day', contains: [['선생님']] } },
  { prompt: '결혼 축하합니다, 행복하세요', expect: { language: 'ko', occasion: 'wedding', contains: [['결혼']] } },
  { prompt: '삼가 고인의 명복을 빕니다', expect: { language: 'ko', occasion: 'sympathy', tone: 'somber', excludes: ['!', '축하'] } },
  { prompt: '엄마, 어버이날 고마워요', expect: { language: 'ko', occasion: 'mothers_day', contains: [['엄마', '어머니', '부모']] } },
  { prompt: '졸업 축하해! 앞으로도 화이팅', expect: { language: 'ko', occasion: 'graduation', contains: [['졸업']] } },
  { prompt: '빨리 나아서 건강해지길 바라', expect: { language: 'ko', occasion: 'get_well', contains: [['건강', '쾌유', '나아']] } },
  { prompt: '항상 고마워, 친구야', expect: { language: 'ko', occasion: 'thanks', contains: [['고마', '감사']] } },
  // --- Spanish ---
  { prompt: 'Feliz cumpleaños, abuela Carmen', expect: { language: 'es', occasion: 'birthday', contains: [['Carmen'], ['cumpleaños']] } },
  { prompt: '¡Feliz Navidad y próspero año nuevo!', expect: { language: 'es', occasion: 'christmas', contains: [['Navidad']] } },
  { prompt: 'Felicidades por tu boda, Ana y Luis', expect: { language: 'es', occasion: 'wedding', contains: [['Ana'], ['Luis']] } },
  { prompt: 'Mi más sentido pésame por tu pérdida', expect: { language: 'es', occasion: 'sympathy', tone: 'somber', excludes: ['!', '¡', 'feliz', 'felicidades'] } },
  { prompt: 'Feliz Día de la Madre, mamá', expect: { language: 'es', occasion: 'mothers_day', contains: [['madre', 'Madre', 'mamá', 'Mamá']] } },
  { prompt: 'Muchas gracias por todo, de verdad', expect: { language: 'es', occasion: 'thanks', contains: [['gracias', 'Gracias']] } },
  { prompt: 'Saludos desde Barcelona', expect: { language: 'es', occasion: 'travel', contains: [['Barcelona']] } },
  { prompt: 'Felicidades por tu graduación, Sofía', expect: { language: 'es', occasion: 'graduation', contains: [['Sofía']] } },
  { prompt: 'Que te mejores pronto', expect: { language: 'es', occasion: 'get_well', contains: [['mejor', 'recuper', 'salud']] } },
  { prompt: 'Feliz Año Nuevo 2027', expect: { language: 'es', occasion: 'new_year', contains: [['Año Nuevo', 'año nuevo', '2027']] } },
  { prompt: 'Te quiero, feliz San Valentín', expect: { language: 'es', occasion: 'valentines', tone: 'romantic' } },
  // --- French ---
  { prompt: 'Joyeux anniversaire à ma maman pour ses 40 ans', expect: { language: 'fr', occasion: 'birthday', contains: [['40'], ['anniversaire']] } },
  { prompt: 'Joyeux Noël et bonne année !', expect: { language: 'fr', occasion: 'christmas', contains: [['Noël']] } },
  { prompt: 'Félicitations pour votre mariage, Claire et Paul', expect: { language: 'fr', occasion: 'wedding', contains: [['Claire'], ['Paul']] } },
  { prompt: 'Toutes mes condoléances pour la perte de votre mère', expect: { language: 'fr', occasion: 'sympathy', tone: 'somber', excludes: ['!', 'joyeux', 'félicitations'] } },
  { prompt: 'Merci beaucoup pour votre aide, Madame Dubois', expect: { language: 'fr', occasion: 'thanks', contains: [['merci', 'Merci']] } },
  { prompt: 'Bons baisers de Paris', expect: { language: 'fr', occasion: 'travel', contains: [['Paris']] } },
  { prompt: 'Bonne fête des pères, papa', expect: { language: 'fr', occasion: 'fathers_day', contains: [['papa', 'Papa', 'père', 'Père']] } },
  { prompt: 'Bon rétablissement, guéris vite', expect: { language: 'fr', occasion: 'get_well', contains: [['rétabli', 'guéri', 'santé']] } },
  { prompt: 'Félicitations pour ton diplôme, Léa', expect: { language: 'fr', occasion: 'graduation', contains: [['Léa']] } },
  { prompt: 'Bonne année 2027 à toute l’équipe', expect: { language: 'fr', occasion: 'new_year', contains: [['année', 'Année', '2027']] } },
  { prompt: 'Je t’aime, joyeuse Saint-Valentin', expect: { language: 'fr', occasion: 'valentines', tone: 'romantic' } },
  // --- German ---
  { prompt: 'Alles Gute zum Geburtstag, Papa', expect: { language: 'de', occasion: 'birthday', contains: [['Geburtstag']] } },
  { prompt: 'Frohe Weihnachten und einen guten Rutsch', expect: { language: 'de', occasion: 'christmas', contains: [['Weihnacht']] } },
  { prompt: 'Herzlichen Glückwunsch zur Hochzeit, Anna und Max', expect: { language: 'de', occasion: 'wedding', contains: [['Anna'], ['Max']] } },
  { prompt: 'Mein herzliches Beileid zum Verlust Ihrer Mutter', expect: { language: 'de', occasion: 'sympathy', tone: 'somber', excludes: ['!', 'fröhlich', 'Glückwunsch'] } },
  { prompt: 'Vielen Dank für alles, liebe Oma', expect: { language: 'de', occasion: 'thanks', contains: [['Dank', 'dank']], excludes: ['Freund'] } },
  { prompt: 'Viele Grüße aus Berlin', expect: { language: 'de', occasion: 'travel', contains: [['Berlin']] } },
  { prompt: 'Gute Besserung, werd schnell wieder gesund', expect: { language: 'de', occasion: 'get_well', contains: [['gesund', 'Besserung']] } },
  { prompt: 'Frohe Ostern an die ganze Familie', expect: { language: 'de', occasion: 'easter', contains: [['Ostern']] } },
  { prompt: 'Herzlichen Glückwunsch zum Abschluss, Jonas', expect: { language: 'de', occasion: 'graduation', contains: [['Jonas']] } },
  { prompt: 'Frohes neues Jahr 2027', expect: { language: 'de', occasion: 'new_year', contains: [['Jahr', '2027']] } },
  { prompt: 'Ich liebe dich, alles Liebe zum Valentinstag', expect: { language: 'de', occasion: 'valentines', tone: 'romantic' } },
];
