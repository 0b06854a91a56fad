import type { Occasion } from '../../contracts.js';

/**
 * Words that announce an occasion, in the seven languages we write (plus a few
 * English ones users mix in). `strong`: the occasion's own name (3 points);
 * `medium`: its food, customs and greetings (2); `weak`: feelings and things
 * that often come with it (1). Latin words match whole (accents ignored, plural
 * allowed, `*` marks a stem); CJK words match anywhere. Overlapping words count
 * once, for the longest: "Chinese New Year" is not also "New Year".
 */
export interface OccasionWords {
  readonly strong: readonly string[];
  readonly medium?: readonly string[];
  readonly weak?: readonly string[];
}

/** Chinese, Western, South Asian, Muslim, Jewish and Korean holidays. */
export const HOLIDAY_WORDS = {
  spring_festival: {
    strong: ['春节', '春節', '过年', '除夕', '农历新年', '農曆新年', '新春', '拜年', '恭喜发财', '年夜饭', '旧正月', '蛇年', '龙年', '马年', '兔年', '虎年', '羊年',
      'lunar new year', 'chinese new year', 'spring festival', 'cny', 'ano nuevo chino', 'nouvel an chinois', 'chinesisches neujahr', 'chinesische neujahr'],
    medium: ['红包', '紅包', '春联', '福字', '守岁', 'red envelope', 'year of the dragon', 'year of the snake', 'year of the horse'],
  },
  lantern_festival: {
    strong: ['元宵', '元宵节', '元宵節', '闹元宵', '上元节', '小正月', 'lantern festival', 'yuanxiao', 'festival de los faroles', 'fete des lanternes', 'laternenfest'],
    medium: ['汤圆', '湯圓', '猜灯谜', '灯谜'],
    weak: ['花灯'],
  },
  qingming: {
    strong: ['清明', '清明节', '清明節', '扫墓', '掃墓', '祭祖', 'qingming', 'ching ming', 'tomb sweeping', 'tomb-sweeping', 'dia de limpieza de tumbas', 'fete qingming'],
    medium: ['思亲', '缅怀', '墓参り', '성묘'],
    weak: ['踏青', '祖先'],
  },
  dragon_boat: {
    strong: ['端午', '端午节', '端午節', '端阳', 'dragon boat', 'duanwu', 'festival del bote del dragon', 'fete des bateaux-dragons', 'drachenbootfest', '단오'],
    medium: ['粽子', '龙舟', '龍舟', '赛龙舟', 'zongzi', 'ちまき'],
  },
  qixi: {
    strong: ['七夕', '乞巧', 'qixi', 'chinese valentine', 'double seventh', 'tanabata', 'たなばた', '칠석'],
    medium: ['牛郎织女', '鹊桥', '鵲橋', '織姫', '彦星'],
  },
  mid_autumn: {
    strong: ['中秋', '中秋节', '中秋節', '十五夜', 'お月見', '月見', 'mid-autumn', 'mid autumn', 'moon festival', 'mooncake festival',
      'festival del medio otono', 'fete de la mi-automne', 'mittherbstfest', 'mondfest'],
    medium: ['月饼', '月餅', '赏月', '賞月', 'mooncake', 'moon cake', '嫦娥', '玉兔'],
    weak: ['团圆', '團圓'],
  },
  double_ninth: {
    strong: ['重阳', '重阳节', '重陽', '重陽節', '重陽の節句', 'double ninth', 'chongyang', 'chung yeung', '중양절'],
    medium: ['敬老', '敬老の日', '登高', '茱萸'],
  },
  teachers_day: {
    strong: ['教师节', '教師節', '教師の日', "teacher's day", 'teachers day', "teachers' day", 'teacher appreciation', '스승의 날', '스승의날',
      'dia del maestro', 'dia del profesor', 'dia del docente', 'journee des enseignants', 'fete des enseignants', 'lehrertag', 'tag des lehrers'],
    medium: ['谢师', '師恩', '师恩', '恩师', '園丁', '园丁', '恩師'],
  },
  national_day: {
    strong: ['国庆', '國慶', '国庆节', '国慶節', 'national day', 'fete nationale', 'dia nacional', 'nationalfeiertag', '건국기념일', '개천절'],
    medium: ['祖国', '祖國', '十一长假', '黄金周', '建国'],
  },
  christmas: {
    strong: ['christmas', 'xmas', 'x-mas', '圣诞', '聖誕', '圣诞节', 'クリスマス', 'メリークリスマス', '크리스마스', '성탄', '성탄절',
      'navidad', 'navidades', 'nochebuena', 'noel', 'joyeux noel', 'weihnacht*', 'frohe weihnachten', 'frohe festtage', 'natale'],
    medium: ['平安夜', '圣诞老人', 'santa', 'santa claus', 'papa noel', 'pere noel', 'weihnachtsmann', '聖夜', 'サンタ', '산타'],
  },
  new_year: {
    strong: ['new year', "new year's eve", 'nye', '新年', '元旦', '跨年', 'あけましておめでとう', '明けましておめでとう', '謹賀新年', '賀正', '年賀', 'お正月', '正月', '신정',
      'ano nuevo', 'feliz ano', 'prospero ano', 'nochevieja', 'nouvel an', 'bonne annee', 'neujahr', 'neues jahr', 'neuen jahr', 'guten rutsch', 'silvester', 'frohes neues'],
    // The season's secular greetings: the turn of the year fits them without naming a faith.
    medium: ['新的一年', '辞旧迎新', 'meilleurs voeux', 'happy 2026', 'happy 2027', 'happy 2028', 'happy holidays', "season's greetings", 'seasons greetings', 'festive season',
      'holiday season', 'felices fiestas', 'joyeuses fetes', 'frohe festtage'],
    weak: ['새해'],
  },
  valentines: {
    strong: ['valentine*', "valentine's day", '情人节', '情人節', 'バレンタイン', '발렌타인', '밸런타인', 'san valentin', 'dia de los enamorados', 'saint-valentin', 'saint valentin', 'valentinstag'],
  },
  easter: {
    strong: ['easter', '复活节', '復活節', 'イースター', '부활절', 'pascua', 'pascuas', 'semana santa', 'paques', 'joyeuses paques', 'ostern', 'frohe ostern'],
    medium: ['easter egg', 'easter bunny', '彩蛋', 'osterhase', 'ostereier'],
  },
  mothers_day: {
    strong: ["mother's day", 'mothers day', "mothers' day", "mom's day", "mum's day", 'mothering sunday', '母亲节', '母親節', '母の日', '어버이날', '어머니날',
      'dia de la madre', 'dia de las madres', 'fete des meres', 'muttertag'],
  },
  fathers_day: {
    strong: ["father's day", 'fathers day', "fathers' day", "dad's day", '父亲节', '父親節', '父の日', '아버지날', '아버지의 날', 'dia del padre', 'fete des peres', 'vatertag'],
  },
  halloween: {
    strong: ['halloween', "hallowe'en", '万圣节', '萬聖節', '万圣夜', 'ハロウィン', 'ハロウィーン', '핼러윈', '할로윈', 'noche de brujas'],
    medium: ['trick or treat', '不给糖就捣蛋', 'jack-o-lantern', 'calabaza', 'citrouille'],
    weak: ['spooky', 'pumpkin', '南瓜', 'かぼちゃ'],
  },
  thanksgiving: {
    strong: ['thanksgiving', '感恩节', '感恩節', 'サンクスギビング', '感謝祭', '추수감사절', 'dia de accion de gracias', 'accion de gracias', "action de grace", "action de graces", 'erntedank*'],
    medium: ['turkey dinner', '火鸡', '火雞'],
  },
  diwali: {
    strong: ['diwali', 'deepavali', 'divali', 'dipawali', '排灯节', '排燈節', '屠妖节', 'ディワリ', 'ディーワーリー', '디왈리'],
    medium: ['diya', 'diyas', 'rangoli', 'festival of lights'],
  },
  eid: {
    strong: ['eid', 'eid mubarak', 'eid al-fitr', 'eid al fitr', 'eid al-adha', 'eid al adha', 'eid ul-fitr', 'aid el-fitr', 'aid al-fitr', 'aid moubarak', 'aid mubarak',
      '开斋节', '開齋節', '古尔邦节', '宰牲节', 'イード', '이드', 'bayram', 'zuckerfest', 'opferfest', 'ramadan mubarak', 'ramadan kareem'],
    medium: ['ramadan', 'ramadhan', '斋月', '齋月', 'ラマダン', '라마단', 'mubarak'],
  },
  hanukkah: {
    strong: ['hanukkah', 'chanukah', 'hanukah', 'chanukkah', 'hannukah', '光明节', '光明節', '修殿节', 'ハヌカ', 'ハヌカー', '하누카', 'januca', 'hanoucca', 'chanukka'],
    medium: ['menorah', 'dreidel', '烛台节'],
  },
  seollal: {
    strong: ['설날', '새해 복 많이 받으세요', '새해 복 많이', '새해 복', '설 연휴', '설 명절', '구정', 'seollal', 'korean new year', '韩国新年', '韓国の旧正月'],
    medium: ['떡국', '세배', '세뱃돈'],
  },
  chuseok: {
    strong: ['추석', '한가위', 'chuseok', 'chuseog', '秋夕', 'korean thanksgiving'],
    medium: ['송편', 'songpyeon'],
  },
} satisfies Partial<Record<Occasion, OccasionWords>>;
