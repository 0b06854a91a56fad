import { MOTIFS, motifsMentioned, motifWords } from '../../src/providers/local/motifs.js';
import { WORD_LANGUAGES } from '../../src/providers/local/illustration/words.js';

const HAN_OR_KANA = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

describe('motifsMentioned', () => {
  it('names every motif in all seven languages, CJK words never a single character', () => {
    for (const motif of MOTIFS) {
      const words = motifWords(motif);
      for (const language of WORD_LANGUAGES) {
        expect(words[language].length).toBeGreaterThan(0);
        for (const w of words[language]) if (HAN_OR_KANA.test(w)) expect([...w].length).toBeGreaterThan(1);
      }
    }
  });

  it('finds each motif from its first word in each language', () => {
    for (const motif of MOTIFS) {
      for (const language of WORD_LANGUAGES) {
        const word = motifWords(motif)[language][0] ?? '';
        expect({ motif, language, found: motifsMentioned(`… ${word} …`).includes(motif) }).toEqual({ motif, language, found: true });
      }
    }
  });

  it.each<[string, string[]]>([
    ['中秋节快乐！想念远方的家人，一起赏月吃月饼', ['moon', 'mooncake']],
    ['端午安康，龙舟和粽子', ['dragon-boat', 'zongzi']],
    ['Happy 30th birthday, Sarah! Balloons and a big cake', ['balloon', 'cake']],
    ['お月見の夜、うさぎと月餅', ['moon', 'rabbit', 'mooncake']],
    ['추석 잘 보내세요, 보름달과 송편', ['moon', 'songpyeon']],
    ['Feliz cumpleaños, abuela Carmen: una tarta y flores', ['cake', 'flower']],
    ['Joyeux Noël ! Un sapin, des flocons et des cadeaux', ['pine', 'snowflake', 'gift']],
    ['Frohe Weihnachten mit Kerzen und Schneeflocken', ['candle', 'snowflake']],
    ['un café y un árbol', ['coffee', 'tree']],
    ['arbol sin tilde', ['tree']],
  ])('finds the motifs in "%s" in order', (text, expected) => {
    expect(motifsMentioned(text)).toEqual(expected);
  });

  it.each<[string, string]>([
    ['the best of the year', 'tea-cup (French thé)'],
    ['te quiero mucho', 'tea-cup (Spanish té)'],
    ['岁月静好，上海见，星期天很开心', 'moon, wave or star inside other words'],
    ['소나무 숲', 'tree inside 소나무'],
    ["let's chat soon", 'cat (French chat)'],
    ['a pastel palette', 'cake (Spanish pastel)'],
    ['사과할게요', 'apple (사과 also means apology)'],
    ['I tied the knot', 'a necktie'],
  ])('does not misread "%s" (%s)', (text) => {
    const found = motifsMentioned(text);
    expect(found.filter((m) => m !== 'pine')).toEqual([]);
  });
});
