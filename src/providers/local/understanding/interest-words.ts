import type { MotifName } from '../motifs.js';

/**
 * Hobbies and things people love, in seven languages, with the motif that
 * draws them when there is one. The copy quotes the word as the request wrote
 * it ("jazz", "抹茶"), the illustration shows the motif.
 */
export const INTEREST_WORDS: ReadonlyArray<{ readonly motif: MotifName | null; readonly words: readonly string[] }> = [
  { motif: 'music-notes', words: ['jazz', 'music', 'piano', 'guitar', 'violin', 'singing', 'concert', '爵士', '音乐', '钢琴', '吉他', '小提琴', '唱歌', 'ジャズ', '音楽', 'ピアノ', 'ギター', '재즈', '음악', '피아노', '기타', 'musica', 'musique', 'musik', 'klavier', 'gitarre', 'chanson'] },
  { motif: 'tennis-racket', words: ['tennis', 'badminton', '网球', '羽毛球', 'テニス', '테니스', 'tenis'] },
  { motif: 'coffee', words: ['coffee', 'latte', 'espresso', 'cappuccino', '咖啡', '拿铁', 'コーヒー', 'カフェ', '커피', 'cafe', 'kaffee'] },
  { motif: 'tea-cup', words: ['matcha', 'tea', '抹茶', '茶', '喝茶', '奶茶', 'お茶', '紅茶', '말차', '녹차', 'tee'] },
  { motif: 'cat', words: ['cat', 'cats', 'kitten', '猫', '猫咪', '小猫', 'ねこ', 'ネコ', '고양이', 'gato', 'gatos', 'katze', 'katzen'] },
  { motif: 'dog', words: ['dog', 'dogs', 'puppy', '狗', '小狗', '狗狗', '犬', 'いぬ', 'イヌ', '강아지', 'perro', 'perros', 'chien', 'chiens', 'hund', 'hunde'] },
  { motif: 'rose', words: ['roses', 'rose', '玫瑰', 'バラ', '薔薇', '장미', 'rosas', 'rosen'] },
  { motif: 'sunflower', words: ['sunflower', 'sunflowers', '向日葵', 'ひまわり', '해바라기', 'girasol', 'girasoles', 'tournesol', 'sonnenblume*'] },
  { motif: 'tulip', words: ['tulip', 'tulips', '郁金香', 'チューリップ', '튤립', 'tulipan', 'tulipe', 'tulpe*'] },
  { motif: 'flower', words: ['gardening', 'garden', 'flowers', '花园', '园艺', '鲜花', '園芸', 'ガーデニング', '정원', '꽃', 'jardin', 'jardineria', 'jardinage', 'garten', 'blumen', 'flores', 'fleurs'] },
  { motif: 'book', words: ['books', 'reading', 'book', '读书', '看书', '読書', '독서', '책', 'libros', 'lectura', 'livres', 'lecture', 'bucher', 'lesen'] },
  { motif: 'camera', words: ['photography', 'photos', 'camera', '摄影', '拍照', '相机', '写真', 'カメラ', '사진', '카메라', 'fotografia', 'photographie', 'fotografie'] },
  { motif: 'bicycle', words: ['cycling', 'bike', 'bicycle', '骑行', '自行车', '单车', '自転車', 'サイクリング', '자전거', 'bicicleta', 'ciclismo', 'velo', 'fahrrad', 'radfahren'] },
  { motif: 'mountain', words: ['hiking', 'climbing', 'mountains', '徒步', '爬山', '登山', 'ハイキング', '등산', 'senderismo', 'montana', 'randonnee', 'montagne', 'wandern', 'berge'] },
  { motif: 'wave', words: ['beach', 'surfing', 'sea', 'ocean', '海边', '大海', '冲浪', 'ビーチ', 'サーフィン', '바다', '해변', 'playa', 'mar', 'plage', 'mer', 'strand', 'meer'] },
  { motif: 'cake', words: ['baking', 'cupcakes', '烘焙', 'お菓子作り', '베이킹', 'reposteria', 'patisserie', 'backen'] },
  { motif: 'star', words: ['astronomy', 'stars', '星空', '天文', '밤하늘', 'estrellas', 'etoiles', 'sterne'] },
  { motif: 'plane', words: ['travelling', 'traveling', 'flying', '飞行'] },
  { motif: 'kite', words: ['kite', 'kites', '风筝', '凧', '연날리기', 'cometa', 'cerf-volant', 'drachen'] },
  { motif: 'bamboo', words: ['bamboo', 'panda', '竹子', '熊猫', '竹', 'パンダ', '대나무', 'bambu', 'bambou', 'bambus'] },
  { motif: 'apple', words: ['apples', 'apple', '苹果', 'りんご', 'リンゴ', '사과', 'manzana', 'pomme', 'apfel'] },
  { motif: 'peach', words: ['peach', 'peaches', '桃子', '桃', 'もも', '복숭아', 'melocoton', 'peche', 'pfirsich'] },
  { motif: null, words: ['football', 'soccer', 'basketball', 'golf', 'yoga', 'running', 'swimming', 'chess', 'painting', 'dancing', 'cooking', 'wine', 'chocolate', 'sushi', 'ramen', 'knitting', 'video games', 'gaming', 'skiing',
    '足球', '篮球', '高尔夫', '瑜伽', '跑步', '游泳', '下棋', '画画', '跳舞', '做饭', '红酒', '巧克力', '寿司', '拉面', '滑雪', 'サッカー', 'ヨガ', '料理', 'ワイン', 'チョコレート', 'ラーメン', 'スキー',
    '축구', '농구', '요가', '요리', '와인', '초콜릿', '수영', '스키', 'futbol', 'baloncesto', 'cocina', 'vino', 'natacion', 'baile', 'foot', 'cuisine', 'vin', 'danse', 'ski', 'fussball', 'fußball', 'kochen', 'wein', 'schokolade', 'schwimmen', 'tanzen'] },
];
