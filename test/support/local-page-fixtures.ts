/**
 * Concepts and copy for the local postcard page tests, built directly (not by
 * the local concept and copy steps), so the page is tested on its own: seven
 * languages, every tone, short and long words, names and places.
 */
import { NO_ENTITIES, type Concept, type Copy, type Entities, type Language, type Occasion, type Tone } from '../../src/providers/contracts.js';
import type { PostcardPage } from '../../src/providers/local/html.js';

export interface SampleCard {
  readonly name: string;
  readonly language: Language;
  readonly occasion: Occasion;
  readonly tone: Tone;
  readonly palette: readonly string[];
  readonly copy: Copy;
  readonly entities?: Partial<Entities>;
}

const WARM = ['#fbf3e4', '#e07a3f', '#f2c14e', '#3d2c23'];
const FESTIVE = ['#fff4e0', '#c8102e', '#f5b700', '#2b1a10'];
const SOMBER = ['#eef0f2', '#7c8a96', '#b8c2cc', '#2d3338'];
const ROSE = ['#fdeef0', '#d94f70', '#f7a8b8', '#3b1d27'];
const NIGHT = ['#10152b', '#f4c95d', '#6c7bd1', '#f5f1e6'];
const GREEN = ['#eef6ec', '#3f8f5b', '#a8d5a2', '#1f3327'];

export const SAMPLE_CARDS: readonly SampleCard[] = [
  {
    name: 'en-birthday-joyful',
    language: 'en',
    occasion: 'birthday',
    tone: 'joyful',
    palette: WARM,
    entities: { recipients: ['Sarah'], numbers: ['30th'], age: 30 },
    copy: {
      title: 'Happy 30th birthday, Sarah',
      subtitle: 'Thirty looks wonderful on you',
      body: 'Here is to a year of jazz nights, long walks and everything you love.\nI am so glad to celebrate you today.',
      signature: 'With love, Tom',
    },
  },
  {
    name: 'en-sympathy-somber',
    language: 'en',
    occasion: 'sympathy',
    tone: 'somber',
    palette: SOMBER,
    entities: { recipients: ['Mrs. Patel'] },
    copy: {
      title: 'With deepest sympathy',
      subtitle: 'Thinking of you and your family',
      body: 'We are holding you close in our thoughts during this difficult time.\nMay the memories you share bring you comfort in the days ahead.',
      signature: 'With heartfelt condolences, the Millers',
    },
  },
  {
    name: 'en-travel-warm',
    language: 'en',
    occasion: 'travel',
    tone: 'warm',
    palette: GREEN,
    entities: { recipients: ['Grandma Rose'], places: ['Kyoto'], recipient_relation: 'grandmother' },
    copy: {
      title: 'Greetings from Kyoto',
      subtitle: 'Maple leaves, temple bells and matcha',
      body: 'The gardens here are quiet and golden, and every street smells of roasted tea.\nI walked up to the temple at dawn and thought of you.\nSee you soon!',
      signature: 'Your grandson, Leo',
    },
  },
  {
    name: 'zh-mid-autumn-warm',
    language: 'zh',
    occasion: 'mid_autumn',
    tone: 'warm',
    palette: NIGHT,
    entities: { recipients: ['爸爸妈妈'], recipient_relation: 'parents', sender_relation: 'daughter' },
    copy: { title: '中秋快乐', subtitle: '月圆人团圆', body: '想念远方的家人，\n愿你们身体安康。', signature: '女儿敬上' },
  },
  {
    name: 'zh-teacher-formal',
    language: 'zh',
    occasion: 'teachers_day',
    tone: 'formal',
    palette: FESTIVE,
    entities: { recipients: ['王老师'], recipient_relation: 'teacher' },
    copy: {
      title: '王老师，教师节快乐',
      subtitle: '感谢您多年的悉心教导',
      body: '您在讲台上的每一句话，都照亮了我们前行的路。\n祝您桃李满天下，身体健康，工作顺利，万事如意，每一天都过得开心充实。\n学生们永远记得您的教诲。',
      signature: '您的学生 小李和小王',
    },
  },
  {
    name: 'zh-qingming-somber',
    language: 'zh',
    occasion: 'qingming',
    tone: 'somber',
    palette: SOMBER,
    copy: { title: '清明追思', subtitle: '思念绵长', body: '细雨纷纷，\n怀念远去的亲人。', signature: '敬上' },
  },
  {
    name: 'ja-new-year-formal',
    language: 'ja',
    occasion: 'new_year',
    tone: 'formal',
    palette: FESTIVE,
    entities: { recipients: ['田中様'] },
    copy: { title: '謹賀新年', subtitle: '旧年中は大変お世話になりました', body: '本年もどうぞよろしく\nお願い申し上げます。', signature: '山本花子' },
  },
  {
    name: 'ja-birthday-playful',
    language: 'ja',
    occasion: 'birthday',
    tone: 'playful',
    palette: ROSE,
    entities: { recipients: ['ゆきちゃん'] },
    copy: {
      title: 'ゆきちゃん、お誕生日おめでとう！',
      subtitle: '素敵な一年になりますように',
      body: 'いつも笑顔をありがとう。今年もたくさん遊ぼうね！抹茶パフェを食べに行こう。\nこれからもずっと仲良くしてね。',
      signature: 'あなたの友だち、さくらより',
    },
  },
  {
    name: 'ko-chuseok-warm',
    language: 'ko',
    occasion: 'chuseok',
    tone: 'warm',
    palette: WARM,
    entities: { recipients: ['할머니'], recipient_relation: 'grandmother' },
    copy: {
      title: '풍성한 한가위 보내세요',
      subtitle: '보름달처럼 넉넉한 추석 되세요',
      body: '할머니, 올해도 건강하시고 행복하세요.\n맛있는 송편 먹으러 곧 찾아뵐게요.',
      signature: '사랑하는 손녀 지민 올림',
    },
  },
  {
    name: 'ko-get-well-somber',
    language: 'ko',
    occasion: 'get_well',
    tone: 'somber',
    palette: SOMBER,
    copy: { title: '쾌유를 빕니다', subtitle: '마음을 담아 전합니다', body: '하루빨리 건강을 되찾으시길 진심으로 바랍니다.', signature: '김민수 드림' },
  },
  {
    name: 'es-mothers-day-romantic',
    language: 'es',
    occasion: 'mothers_day',
    tone: 'romantic',
    palette: ROSE,
    entities: { recipients: ['abuela Carmen'], recipient_relation: 'grandmother' },
    copy: {
      title: 'Feliz Día de la Madre, abuela Carmen',
      subtitle: 'Gracias por tanto cariño',
      body: 'Tus rosas, tus historias y tu risa llenan mi corazón.\nTe quiero muchísimo.',
      signature: 'Con cariño, tu nieta Lucía',
    },
  },
  {
    name: 'fr-wedding-romantic',
    language: 'fr',
    occasion: 'wedding',
    tone: 'romantic',
    palette: ROSE,
    entities: { recipients: ['Claire et Julien'] },
    copy: {
      title: 'Félicitations aux jeunes mariés',
      subtitle: 'Que votre amour grandisse chaque jour',
      body: 'Nous vous souhaitons une vie remplie de tendresse, de rires et de voyages.\nÀ votre bonheur, aujourd’hui et pour toujours !',
      signature: 'Avec toute notre affection, Marie et Paul',
    },
  },
  {
    name: 'de-christmas-joyful',
    language: 'de',
    occasion: 'christmas',
    tone: 'joyful',
    palette: FESTIVE,
    entities: { recipients: ['Familie Schneider'] },
    copy: {
      title: 'Frohe Weihnachten und ein glückliches neues Jahr',
      subtitle: 'Besinnliche Feiertage im Kreise eurer Liebsten',
      body: 'Wir wünschen euch Weihnachtsplätzchen, Kerzenschein und Schneeflockengestöber.\nAuf ein wunderbares Wiedersehen im Frühling!',
      signature: 'Herzliche Grüße, Anna und Jonas',
    },
  },
  {
    name: 'de-retirement-formal',
    language: 'de',
    occasion: 'retirement',
    tone: 'formal',
    palette: GREEN,
    entities: { recipients: ['Herr Dr. Müller'], recipient_relation: 'colleague' },
    copy: {
      title: 'Alles Gute für den Ruhestand',
      subtitle: 'Vielen Dank für die langjährige Zusammenarbeit',
      body: 'Ihre Erfahrung und Ihre Geduld haben unser Team geprägt.\nWir wünschen Ihnen Gesundheit, Zeit für den Garten und viele schöne Reisen.',
      signature: 'Ihr Team der Buchhaltung',
    },
  },
  {
    name: 'es-graduation-playful',
    language: 'es',
    occasion: 'graduation',
    tone: 'playful',
    palette: WARM,
    entities: { recipients: ['Diego'], numbers: ['2027'] },
    copy: {
      title: '¡Felicidades, Diego, graduado 2027!',
      subtitle: 'Lo lograste',
      body: '¡Ahora a por el siguiente reto!\n¡Estamos orgullosísimos de ti!',
      signature: 'Tus amigos del equipo de tenis',
    },
  },
  {
    name: 'fr-thanks-warm',
    language: 'fr',
    occasion: 'thanks',
    tone: 'warm',
    palette: GREEN,
    copy: {
      title: 'Merci du fond du cœur',
      subtitle: 'Pour votre aide précieuse',
      body: 'Votre gentillesse a tout changé pour nous cette année.',
      signature: 'Bien amicalement, Sophie',
    },
  },
];

/** A concept as the concept step would write it, for one sample card. */
export function sampleConcept(sample: SampleCard): Concept {
  return {
    theme: `${sample.occasion} card: ${sample.copy.title}`,
    occasion: sample.occasion,
    language: sample.language,
    emotional_tone: sample.tone,
    visual_style: 'flat illustration',
    palette: [...sample.palette],
    motifs: ['star'],
    copy_direction: 'short and sincere',
    audience: 'family',
    tone: sample.tone,
    entities: { ...NO_ENTITIES, ...sample.entities },
    language_fallback: null,
  };
}

export const PAGE_IMAGE_URL = 'https://postcards.example.test/assets/abc/image.svg?v=1&size=1024';

export function samplePage(sample: SampleCard, imageUrl = PAGE_IMAGE_URL): PostcardPage {
  return { concept: sampleConcept(sample), copy: sample.copy, imageUrl, imageWidth: 1024, imageHeight: 1024 };
}

/** A small scene in the palette's colours, standing in for the local illustration. */
export function sampleIllustration(palette: readonly string[]): string {
  const [paper = '#ffffff', accent = '#cc3333', accent2 = '#ffcc00', ink = '#222222'] = palette;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1024" height="1024" viewBox="0 0 1024 1024">
<rect width="1024" height="1024" fill="${paper}"/>
<circle cx="720" cy="300" r="150" fill="${accent2}"/>
<path d="M0 760 Q 260 620 520 720 T 1024 700 V 1024 H 0 Z" fill="${accent}"/>
<path d="M0 860 Q 300 780 600 860 T 1024 840 V 1024 H 0 Z" fill="${ink}" opacity="0.35"/>
<circle cx="300" cy="520" r="60" fill="${accent}" opacity="0.7"/>
</svg>`;
}
