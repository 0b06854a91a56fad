import type { Occasion } from '../../contracts.js';
import type { OccasionWords } from './occasion-words-holidays.js';

/** Life events, feelings and greetings; see OccasionWords for the weights. */
export const LIFE_WORDS = {
  birthday: {
    strong: ['birthday', 'bday', 'b-day', '生日', '生辰', '寿辰', '大寿', '大壽', '诞辰', '誕生日', 'お誕生日', 'たんじょうび', 'バースデー', '생일', '생신',
      'cumpleanos', 'cumple', 'anniversaire', 'bon anniversaire', 'joyeux anniversaire', 'geburtstag*', 'compleanno', 'buon compleanno', 'parabens', 'verjaardag'],
    medium: ['還暦', '还历', '古希', '古稀', '喜寿', '傘寿', '米寿', '卒寿', '白寿', '花甲', '환갑', '회갑', '칠순', '팔순', '돌잔치', '岁生日', '周岁', '岁了',
      'turning', 'turns', 'sweet sixteen'],
    weak: ['寿', '蛋糕', 'cake', 'candles'],
  },
  wedding: {
    strong: ['wedding', 'getting married', 'just married', 'newlywed*', 'bride and groom', '婚礼', '婚禮', '新婚', '结婚', '結婚', '大婚', '喜结良缘', '百年好合', 'ご結婚', '結婚式',
      '결혼', '결혼식', 'boda', 'bodas', 'recien casados', 'nos casamos', 'se casan', 'mariage', 'jeunes maries', 'hochzeit', 'vermahlung', 'brautpaar', 'heirat*'],
    medium: ['married', 'bride', 'groom', '新郎', '新娘', '花嫁', '신부', '신랑', 'novios', 'maries'],
  },
  anniversary: {
    strong: ['anniversary', 'anniversaries', 'wedding anniversary', 'golden anniversary', 'silver anniversary', '纪念日', '紀念日', '结婚纪念日', '結婚記念日', '記念日', '기념일', '결혼기념일',
      'aniversario', 'aniversario de boda', 'bodas de oro', 'bodas de plata', 'anniversaire de mariage', "noces d'or", "noces d'argent", 'hochzeitstag', 'jahrestag', 'goldene hochzeit', 'silberhochzeit', 'jubilaum'],
    medium: ['周年', '週年', '주년', 'years together', 'ans de mariage'],
  },
  new_baby: {
    strong: ['new baby', 'newborn', 'baby shower', "it's a boy", "it's a girl", 'welcome baby', 'baby boy', 'baby girl', '喜得贵子', '喜得千金', '宝宝出生', '新生儿', '满月酒', '弄璋', '弄瓦',
      'ご出産', '出産', '출산', '출생', '백일', 'nacimiento', 'recien nacido', 'naissance', 'nouveau-ne', 'geburt', 'neugeboren*'],
    medium: ['宝宝', '寶寶', '赤ちゃん', '아기', 'bebe', 'baby', 'welcome to the world', 'bienvenida al mundo', 'bienvenido al mundo', 'bienvenue au monde',
      'willkommen auf der welt'],
  },
  graduation: {
    strong: ['graduat*', 'commencement', 'class of', '毕业', '畢業', '卒業', '졸업', 'graduacion', 'titulacion', 'remise des diplomes', 'diplome', 'diplomee', 'abschluss', 'abitur'],
    medium: ['degree', 'diploma', '学位', '学士', '硕士', '博士', 'licenciatura', 'bachelor', 'master'],
  },
  new_job: {
    strong: ['new job', 'new position', 'new role', 'first day at', 'promotion', 'promoted', '新工作', '入职', '入職', '升职', '升職', '晋升', '新岗位', '就职', '就職', '転職', '昇進', '入社',
      '취업', '승진', '입사', 'nuevo trabajo', 'nuevo empleo', 'ascenso', 'nouveau travail', 'nouveau poste', 'nouvel emploi', 'neuer job', 'neuen job', 'neue stelle', 'beforderung'],
  },
  retirement: {
    strong: ['retire', 'retired', 'retiring', 'retirement', '退休', '退職', '定年', '은퇴', '정년', 'jubilacion', 'jubilado', 'jubilada', 'retraite', 'ruhestand', 'rente', 'pension*'],
  },
  housewarming: {
    strong: ['housewarming', 'house warming', 'new home', 'new house', 'new flat', 'new apartment', 'moving in', '乔迁', '喬遷', '新居', '入伙', '搬新家', '新家', '新築', '引っ越し', '집들이',
      'nueva casa', 'nuevo hogar', 'cremaillere', 'nouvelle maison', 'nouveau logement', 'nouvel appartement', 'einzug', 'neues zuhause', 'neue wohnung', 'einweihung'],
    medium: ['이사', '搬家'],
  },
  farewell: {
    strong: ['farewell', 'goodbye', 'good bye', 'going away', 'moving away', 'last day', 'leaving do', '告别', '告別', '送别', '送別', '欢送', '离别', '後会有期', '后会有期', 'お別れ', '送別会',
      '작별', '송별', 'despedida', 'hasta pronto', 'au revoir', 'adieu', 'abschied', 'lebewohl', 'auf wiedersehen'],
    medium: ['再见', '离职', 'さようなら', '안녕히', 'adios', 'depart', 'we will miss you', "we'll miss you"],
  },
  get_well: {
    strong: ['get well', 'feel better', 'speedy recovery', 'recover*', '나으세요', '나으시길', '낫길', '나아', '早日康复', '早日康復', '康复', '痊愈', 'お大事に', '回復', '快復', 'お見舞い', '元気になって', '良くなって', '쾌유', '쾌차', '빨리 나아',
      'que te mejores', 'que se mejore', 'que se mejoren', 'mejorate', 'mejorese', 'mejorense', 'pronta recuperacion', 'bon retablissement', 'prompt retablissement', 'gute besserung', 'werde gesund', 'werd gesund'],
    medium: ['生病', '住院', '手术', '手術', '病気', '入院', '병원', '수술', 'hospital', 'surgery', 'sick', 'enfermo', 'enferma', 'malade', 'krank'],
    weak: ['保重身体', '保重', 'ill', 'health'],
  },
  sympathy: {
    strong: ['condolence*', 'sympathy', 'sympathies', 'passed away', 'sorry for your loss', 'sorry for the loss', 'sorry about the loss', 'sorry about your loss', 'in loving memory', 'in memory of', 'in memoriam', 'celebration of life', 'memorial service', 'rest in peace', 'bereavement', 'funeral',
      '节哀', '節哀', '悼念', '哀悼', '去世', '逝世', '过世', '離世', '离世', '吊唁', '安息', 'ご冥福', '御冥福', 'お悔やみ', '弔意', '逝去', '亡くな', '一周忌', '三回忌', '七回忌', '命日', '法要', '偲んで', '偲ぶ', '조의', '애도', '명복', '고인', '추모',
      'pesame', 'condolencias', 'descanse en paz', 'fallecimiento', 'fallecio', 'condoleances', 'deces', 'beileid', 'anteilnahme', 'in stiller trauer', 'verstorben*',
      'en memoria de', 'en recuerdo de', 'en memoire de', 'en souvenir de', 'in gedenken an', 'zum gedenken an', 'in liebevoller erinnerung', 'in erinnerung an'],
    medium: ['mourning', 'grief', 'loss of', '慰问', '思念亡', '天堂', '위로', 'duelo', 'deuil', 'trauer'],
  },
  congratulations: {
    strong: ['congrat*', 'congrats', '恭喜', '祝贺', '祝賀', '贺喜', '合格', '합격', 'felicidades', 'enhorabuena', 'felicitaciones', 'felicitations', 'gratulation', 'gratuliere', 'gluckwunsch'],
    medium: ['well done', 'proud of you', '录取', '上岸', '获奖', '考上', 'bravo', 'herzlichen gluckwunsch'],
    weak: ['おめでとう', '축하', '성공'],
  },
  thanks: {
    strong: ['thank you', 'thanks', 'thank', 'grateful', 'gratitude', '谢谢', '謝謝', '感谢', '感謝', '多谢', '致谢', 'ありがとう', 'お礼', '감사', '고마워', '고맙습니다',
      'gracias', 'agradecid*', 'merci', 'remercie*', 'remerciement*', 'danke', 'dankeschon', 'vielen dank', 'dankbar'],
    medium: ['appreciat*', '感恩'],
  },
  apology: {
    strong: ['sorry', 'apolog*', 'forgive me', '对不起', '對不起', '抱歉', '道歉', '原谅我', 'ごめん', 'ごめんなさい', '申し訳', '미안', '죄송',
      'perdon', 'perdoname', 'lo siento', 'disculpa', 'disculpame', 'pardon', 'desole', 'desolee', 'excuse-moi', 'entschuldig*', 'es tut mir leid', 'verzeih*'],
    weak: ['不好意思', 'すみません'],
  },
  love: {
    // "I love you" is a feeling said on many occasions: a named one (Valentine's, an anniversary) beats it.
    strong: ['表白', 'love letter', '情书'],
    medium: ['i love you', '我爱你', '我愛你', '愛してる', '大好き', '사랑해', 'te quiero', 'te amo', "je t'aime", 'ich liebe dich', '爱你', 'sweetheart', 'darling', 'mi amor', 'mon amour', 'liebling', 'my love'],
    weak: ['love', 'romantic', 'romance', '爱', '愛', '浪漫', '恋', '사랑', 'amor', 'amour', 'liebe'],
  },
  friendship: {
    strong: ['friendship', 'best friend', 'bestie', 'bff', '友谊', '友誼', '友情', '闺蜜', '好朋友', '親友', '우정', 'amistad', 'amitie', 'freundschaft', 'beste freundin', 'bester freund'],
    weak: ['friend', 'friends', '朋友', '友達', '친구', 'amigo', 'amiga', 'ami', 'amie', 'freund', 'freundin'],
  },
  travel: {
    // A postcard sent from somewhere is a travel card even when it names a friend ("Postcard from Paris to my best friend Jake").
    strong: ['bon voyage', 'buen viaje', 'gute reise', 'wish you were here', '一路顺风', '一路平安', '旅途愉快', '良い旅を', '즐거운 여행', 'postcard from',
      '寄一张明信片', '寄明信片', 'からポストカード', 'から絵葉書', 'から絵はがき', '에서 엽서', 'postal desde', 'carte postale de'],
    medium: ['travel*', 'trip', 'journey', 'vacation', 'greetings from', 'hello from', 'saludos desde', 'bons baisers de', 'grusse aus', 'viele grusse aus',
      '旅行', '旅游', '旅途', '度假', '出游', '寄自', '旅先', 'ポストカード', '絵葉書', '絵はがき', '엽서', '여행', 'viaje', 'vacaciones', 'voyage', 'vacances', 'reise', 'urlaub'],
    weak: ['远方', '遠方', 'holiday', 'adventure', '旅'],
  },
  general: { strong: [] },
} satisfies Partial<Record<Occasion, OccasionWords>>;
