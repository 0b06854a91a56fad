import type { Entities, Language, Occasion, Tone } from '../../src/providers/contracts.js';
import { understand } from '../../src/providers/local/understanding/index.js';

type Expected = {
  readonly occasion: Occasion;
  readonly language: Language;
  readonly tone?: Tone;
  readonly fallback?: string;
} & Partial<Entities>;

const read = (prompt: string, style: string | null = null, theme: string | null = null) => understand({ prompt, style, theme });

/** The examples of issue 11 and the brief, each with what must be read from it. */
const EXAMPLES: ReadonlyArray<readonly [string, Expected]> = [
  ['中秋节快乐！想念远方的家人', { occasion: 'mid_autumn', language: 'zh' }],
  ['happy birthday my love', { occasion: 'birthday', language: 'en' }],
  ['Merry Christmas from Paris', { occasion: 'christmas', language: 'en', places: ['Paris'] }],
  ['Greetings from Kyoto', { occasion: 'travel', language: 'en', places: ['Kyoto'] }],
  ['Happy 30th birthday, Sarah', { occasion: 'birthday', language: 'en', recipients: ['Sarah'], numbers: ['30th'], age: 30 }],
  ['给王老师的教师节贺卡', { occasion: 'teachers_day', language: 'zh', recipients: ['王老师'], recipient_relation: 'teacher' }],
  ['祝奶奶八十大寿', { occasion: 'birthday', language: 'zh', recipient_relation: 'grandmother', age: 80, recipients: [] }],
  ['Joyeux anniversaire à ma maman pour ses 40 ans', { occasion: 'birthday', language: 'fr', recipient_relation: 'mother', age: 40 }],
  ['Feliz cumpleaños, abuela Carmen', { occasion: 'birthday', language: 'es', recipient_relation: 'grandmother', recipients: ['abuela Carmen'] }],
  ['ゆきちゃん、お誕生日おめでとう', { occasion: 'birthday', language: 'ja', recipients: ['ゆきちゃん'] }],
  ['지민아 생일 축하해', { occasion: 'birthday', language: 'ko', recipients: ['지민아'] }],
  ['Alles Gute zum Geburtstag, Papa', { occasion: 'birthday', language: 'de', recipient_relation: 'father' }],
  ['Our condolences to the Miller family', { occasion: 'sympathy', language: 'en', tone: 'somber' }],
  ['Eid Mubarak to my neighbours', { occasion: 'eid', language: 'en', recipient_relation: 'neighbor' }],
  ['Happy Diwali', { occasion: 'diwali', language: 'en' }],
  ['Happy Hanukkah', { occasion: 'hanukkah', language: 'en' }],
  ['새해 복 많이 받으세요', { occasion: 'seollal', language: 'ko' }],
  ['추석 잘 보내세요', { occasion: 'chuseok', language: 'ko' }],
  ['Buon compleanno Marco', { occasion: 'birthday', language: 'en', fallback: 'Italian', recipients: ['Marco'] }],
  ['给小李和小王的新年贺卡', { occasion: 'new_year', language: 'zh', recipients: ['小李', '小王'] }],
  ['亲爱的，周末一起去吃寿司吧', { occasion: 'general', language: 'zh' }],
  ["I'd love a card for my colleague", { occasion: 'general', language: 'en', recipient_relation: 'colleague' }],
  ['Happy birthday, Mom! From your daughter', { occasion: 'birthday', language: 'en', recipient_relation: 'mother', sender_relation: 'daughter' }],
  ['Feliz día de la madre, mamá. Con cariño, tu hija', { occasion: 'mothers_day', language: 'es', recipient_relation: 'mother', sender_relation: 'daughter' }],
  ['Alles Liebe zum Muttertag, Mama! Deine Tochter', { occasion: 'mothers_day', language: 'de', recipient_relation: 'mother', sender_relation: 'daughter' }],
  ['お母さん、母の日ありがとう。娘より', { occasion: 'mothers_day', language: 'ja', recipient_relation: 'mother', sender_relation: 'daughter' }],
  ['祝妈妈生日快乐，女儿', { occasion: 'birthday', language: 'zh', recipient_relation: 'mother', sender_relation: 'daughter' }],
  ['A funny birthday card for my brother who loves jazz and tennis', { occasion: 'birthday', language: 'en', tone: 'playful', recipient_relation: 'sibling', interests: ['jazz', 'tennis'] }],
  ['Lustige Karte zum Geburtstag für meinen Kollegen', { occasion: 'birthday', language: 'de', tone: 'playful', recipient_relation: 'colleague' }],
  ['Une carte drôle pour l’anniversaire de mon frère', { occasion: 'birthday', language: 'fr', tone: 'playful', recipient_relation: 'sibling' }],
  ['搞笑的生日贺卡，送给同事', { occasion: 'birthday', language: 'zh', tone: 'playful', recipient_relation: 'colleague' }],
  ['正式的新年贺卡，给客户', { occasion: 'new_year', language: 'zh', tone: 'formal', recipient_relation: 'client' }],
  ['A funny sympathy card', { occasion: 'sympathy', language: 'en', tone: 'somber' }],
  ['清明节，怀念爷爷', { occasion: 'qingming', language: 'zh', tone: 'somber', recipient_relation: 'grandfather' }],
  ['Happy anniversary to my wife, 10 years together', { occasion: 'anniversary', language: 'en', tone: 'romantic', recipient_relation: 'spouse', age: 10 }],
  ["Happy Valentine's Day, sweetheart", { occasion: 'valentines', language: 'en', tone: 'romantic' }],
  ['Happy new year 2027 to the whole team', { occasion: 'new_year', language: 'en', numbers: ['2027'], age: null, recipient_relation: 'team' }],
  ['十八岁生日快乐', { occasion: 'birthday', language: 'zh', age: 18 }],
  ['還暦のお祝い、お父さんへ', { occasion: 'birthday', language: 'ja', age: 60, recipient_relation: 'father' }],
  ['아버지 환갑 축하드립니다', { occasion: 'birthday', language: 'ko', age: 60, recipient_relation: 'father' }],
  ['A watercolor birthday card with roses and a cat', { occasion: 'birthday', language: 'en', interests: ['roses', 'cat'] }],
  // Memorials, however they are worded.
  // The one remembered is not the one the card is for.
  ['In memoriam: Hildegard', { occasion: 'sympathy', language: 'en', tone: 'somber', recipients: [] }],
  ['In loving memory of Grandpa Joe, who loved his garden', { occasion: 'sympathy', language: 'en', tone: 'somber', recipients: [] }],
  ['Dear Sarah, in loving memory of your mother Helen', { occasion: 'sympathy', language: 'en', tone: 'somber', recipients: ['Sarah'] }],
  ['Celebration of life for Uncle Bob', { occasion: 'sympathy', language: 'en', tone: 'somber' }],
  ['En memoria de mi abuela Rosa', { occasion: 'sympathy', language: 'es', tone: 'somber', recipient_relation: 'grandmother' }],
  ['En mémoire de Jean', { occasion: 'sympathy', language: 'fr', tone: 'somber' }],
  ['In liebevoller Erinnerung an Oma', { occasion: 'sympathy', language: 'de', tone: 'somber', recipient_relation: 'grandmother' }],
  // A firm's name is nobody's name, relation or whereabouts.
  ['Happy holidays from all of us at Smith & Sons', { occasion: 'new_year', language: 'en', recipients: [], places: [], recipient_relation: null }],
  ['Best wishes for the new year to all our partners at Müller & Söhne', { occasion: 'new_year', language: 'en', recipients: [], places: [] }],
  ['Thank you to everyone at Baker & Co.', { occasion: 'thanks', language: 'en', recipients: [], places: [] }],
  ['Merry Christmas from everyone at Acme GmbH', { occasion: 'christmas', language: 'en', recipients: [], places: [] }],
  ['Greetings from the team at Northwind Traders', { occasion: 'general', language: 'en', recipients: [], places: [] }],
  ['Happy wedding, Anna & Max', { occasion: 'wedding', language: 'en', recipients: ['Anna', 'Max'] }],
  ["Season's greetings to our valued clients", { occasion: 'new_year', language: 'en', recipient_relation: 'client' }],
  ['Happy birthday Anna & Co.!', { occasion: 'birthday', language: 'en', recipients: ['Anna'] }],
  ['Happy holidays from everyone at Acme. Anna, thank you!', { occasion: 'thanks', language: 'en', recipients: ['Anna'] }],
  ['Happy birthday to Anna. Smith & Sons wishes you well', { occasion: 'birthday', language: 'en', recipients: ['Anna'] }],
  // Who signs, by name: not a recipient, not a place.
  ['Happy birthday Tom! Love, Anna', { occasion: 'birthday', language: 'en', recipients: ['Tom'], senders: ['Anna'] }],
  ['Happy birthday Mom, love from Anna', { occasion: 'birthday', language: 'en', recipients: [], senders: ['Anna'], recipient_relation: 'mother' }],
  ['Merry Christmas Grandma - Lily', { occasion: 'christmas', language: 'en', recipients: [], senders: ['Lily'], recipient_relation: 'grandmother' }],
  ['Happy anniversary, xoxo Sam', { occasion: 'anniversary', language: 'en', recipients: [], senders: ['Sam'] }],
  ['Happy birthday from Anna and Ben', { occasion: 'birthday', language: 'en', recipients: [], senders: ['Anna', 'Ben'] }],
  ['Best wishes from Anna', { occasion: 'general', language: 'en', places: [], senders: ['Anna'] }],
  ['Merry Christmas from Grandma Rose', { occasion: 'christmas', language: 'en', senders: ['Grandma Rose'], sender_relation: 'grandmother' }],
  ['Feliz cumpleaños mamá, de parte de Lucía', { occasion: 'birthday', language: 'es', senders: ['Lucía'], recipient_relation: 'mother' }],
  ['Joyeux anniversaire Papa, bisous, Léa', { occasion: 'birthday', language: 'fr', recipients: [], senders: ['Léa'] }],
  ['Alles Gute zum Geburtstag, Oma! Deine Anna', { occasion: 'birthday', language: 'de', senders: ['Anna'], recipient_relation: 'grandmother' }],
  ['Viele Grüße aus Berlin, eure Lena', { occasion: 'travel', language: 'de', places: ['Berlin'], senders: ['Lena'] }],
  ['Alles Liebe zum Muttertag, Mama! Deine Tochter', { occasion: 'mothers_day', language: 'de', senders: [], sender_relation: 'daughter' }],
  ['Greetings from Hallstatt', { occasion: 'travel', language: 'en', senders: [] }],
  ['I love Anna', { occasion: 'love', language: 'en', recipients: ['Anna'], senders: [] }],
  ['Happy birthday Grandma! Love, your granddaughter Emma', { occasion: 'birthday', language: 'en', recipients: [], senders: ['Emma'], recipient_relation: 'grandmother' }],
  ['妈妈生日快乐！——小美', { occasion: 'birthday', language: 'zh', senders: ['小美'], recipient_relation: 'mother' }],
  ['祝王老师教师节快乐，学生李明敬上', { occasion: 'teachers_day', language: 'zh', recipients: ['王老师'], senders: ['李明'] }],
  ['お母さん、誕生日おめでとう。ゆきより', { occasion: 'birthday', language: 'ja', senders: ['ゆき'], recipient_relation: 'mother' }],
  ['엄마 생일 축하해요. 지민 드림', { occasion: 'birthday', language: 'ko', senders: ['지민'], recipient_relation: 'mother' }],
  ['祝你一路顺风，早日回到岗位上', { occasion: 'travel', language: 'zh', senders: [] }],
  // A holiday's name is not a person, and the word that repeats it addresses the card.
  ["Happy Mother's Day from your daughter Anna", { occasion: 'mothers_day', language: 'en', recipients: [], senders: ['Anna'], sender_relation: 'daughter' }],
  ["Happy Father's Day, Dad", { occasion: 'fathers_day', language: 'en', recipients: [], recipient_relation: 'father', sender_relation: null }],
  ['Bonne fête des mères, Maman', { occasion: 'mothers_day', language: 'fr', recipient_relation: 'mother', sender_relation: null }],
  // A family signs as one; someone else's loss names neither side; a marriage's years are an anniversary; a postcard from a place is a trip.
  ['Merry Christmas from the Smith family', { occasion: 'christmas', language: 'en', recipients: [], senders: ['the Smith family'] }],
  ['Feliz Navidad de parte de la familia Rodríguez', { occasion: 'christmas', language: 'es', recipients: [], senders: ['familia Rodríguez'] }],
  ['Joyeux Noël de la part de la famille Martin', { occasion: 'christmas', language: 'fr', recipients: [], senders: ['famille Martin'] }],
  ['Congratulations on your baby girl, Emma! - the Johnsons', { occasion: 'new_baby', language: 'en', recipients: ['Emma'], senders: ['the Johnsons'] }],
  ['happy 30th birthday to Rose from her sister May', { occasion: 'birthday', language: 'en', recipients: ['Rose'], sender_relation: 'sibling' }],
  ['Condolences to Mark on the passing of his wife Grace', { occasion: 'sympathy', language: 'en', recipients: ['Mark'], recipient_relation: null }],
  ['sympathy card for the Miller family on the loss of their father', { occasion: 'sympathy', language: 'en', recipients: ['Miller family'], recipient_relation: null, sender_relation: null }],
  ['Sincères condoléances à Marie pour le décès de sa mère', { occasion: 'sympathy', language: 'fr', recipients: ['Marie'], recipient_relation: null }],
  ['给老婆的结婚十周年纪念卡', { occasion: 'anniversary', language: 'zh', recipient_relation: 'spouse' }],
  ['결혼 10주년 기념일, 사랑하는 여보에게', { occasion: 'anniversary', language: 'ko', recipient_relation: 'spouse' }],
  ['Postcard from Paris to my best friend Jake', { occasion: 'travel', language: 'en', recipients: ['Jake'], places: ['Paris'] }],
  ['从杭州西湖给好朋友小林寄一张明信片', { occasion: 'travel', language: 'zh', recipient_relation: 'friend' }],
  ['京都から友達のはるかにポストカード', { occasion: 'travel', language: 'ja', recipient_relation: 'friend' }],
  // A lowercase relation before a name is not part of how the card addresses them (Spanish keeps "abuela Carmen").
  ['Happy 60th birthday to my mom Linda', { occasion: 'birthday', language: 'en', recipients: ['Linda'], recipient_relation: 'mother' }],
  ['Bon anniversaire à ma sœur Camille', { occasion: 'birthday', language: 'fr', recipients: ['Camille'], recipient_relation: 'sibling' }],
  ['할머니 빨리 나으세요', { occasion: 'get_well', language: 'ko', recipient_relation: 'grandmother' }],
  ['Bienvenida al mundo, pequeña Sofía', { occasion: 'new_baby', language: 'es', recipients: ['Sofía'] }],
  ['Thanks to my coworkers for the amazing farewell party', { occasion: 'thanks', language: 'en', recipient_relation: 'colleague' }],
  ['Vielen Dank an unsere Erzieherin Frau Weber zum Abschied aus der Kita', { occasion: 'thanks', language: 'de', recipients: ['Frau Weber'] }],
  ['Farewell and good luck, Tom! Thanks for everything', { occasion: 'farewell', language: 'en', recipients: ['Tom'] }],
  ['父の一周忌に', { occasion: 'sympathy', language: 'ja', tone: 'somber' }],
  ['팀원 여러분 메리 크리스마스! 팀장 드림', { occasion: 'christmas', language: 'ko', senders: ['팀장'] }],
  // Given names that are also words, when the card is plainly addressed to them.
  ['Congrats on the wedding, Hope and Daniel!', { occasion: 'wedding', language: 'en', recipients: ['Hope', 'Daniel'] }],
  ['Happy birthday Hope! Love, Grandma', { occasion: 'birthday', language: 'en', recipients: ['Hope'], sender_relation: 'grandmother' }],
  ['Thank you, Joy!', { occasion: 'thanks', language: 'en', recipients: ['Joy'] }],
  ['I hope you have a great day', { occasion: 'general', language: 'en', recipients: [] }],
  ['See you in May!', { occasion: 'general', language: 'en', recipients: [] }],
  // Places that are given names too, when the card greets them; travelled to, they stay places.
  ['Happy bday Sydney!!', { occasion: 'birthday', language: 'en', recipients: ['Sydney'], places: [] }],
  ['Feliz cumpleaños, Florencia!', { occasion: 'birthday', language: 'es', recipients: ['Florencia'], places: [] }],
  ['Congrats Vienna and Tom!', { occasion: 'congratulations', language: 'en', recipients: ['Vienna', 'Tom'], places: [] }],
  ['Trip to Sydney!', { occasion: 'travel', language: 'en', recipients: [], places: ['Sydney'] }],
  // "Happy 30th" is a birthday; an anniversary or the Fourth of July keeps its own day.
  ['Dear Paris, happy 30th!', { occasion: 'birthday', language: 'en', recipients: ['Paris'] }],
  ['Happy 40th, Mike!', { occasion: 'birthday', language: 'en', recipients: ['Mike'] }],
  ['Happy 10th anniversary, you two', { occasion: 'anniversary', language: 'en' }],
  // Written to one's own who has died: a remembrance, not a condolence to them; someone else's loss stays a condolence.
  ['悼念外婆', { occasion: 'sympathy', language: 'zh', tone: 'somber', recipient_relation: 'grandmother', in_memory: true }],
  ['怀念爷爷，永远爱您', { occasion: 'sympathy', language: 'zh', tone: 'somber', recipient_relation: 'grandfather', in_memory: true }],
  ['In loving memory of my grandmother', { occasion: 'sympathy', language: 'en', recipient_relation: 'grandmother', in_memory: true }],
  ['祖母を偲んで', { occasion: 'sympathy', language: 'ja', recipient_relation: 'grandmother', in_memory: true }],
  ['외할머니를 추모하며', { occasion: 'sympathy', language: 'ko', recipient_relation: 'grandmother', in_memory: true }],
  ['清明节怀念奶奶', { occasion: 'qingming', language: 'zh', in_memory: true }],
  ['奶奶，爷爷走了，请您节哀', { occasion: 'sympathy', language: 'zh', recipient_relation: 'grandmother', in_memory: false }],
  ['So sorry for the loss of your father, Anna', { occasion: 'sympathy', language: 'en', recipients: ['Anna'], in_memory: false }],
  // Two relation words joined name both people: the card is to the pair.
  ['Oma und Opa, frohe Weihnachten!', { occasion: 'christmas', language: 'de', recipient_relation: 'grandparents', sender_relation: null }],
  ['Happy anniversary Mom and Dad', { occasion: 'anniversary', language: 'en', recipient_relation: 'parents' }],
  ['祝爸爸妈妈新年快乐', { occasion: 'new_year', language: 'zh', recipient_relation: 'parents' }],
  ['Happy birthday Mom, love Dad', { occasion: 'birthday', language: 'en', recipient_relation: 'mother', sender_relation: 'father' }],
  // A plural relation word is the group, not the singular's plural; "que se mejoren" wishes two people well.
  ['Feliz cumpleaños a mis abuelos', { occasion: 'birthday', language: 'es', recipient_relation: 'grandparents' }],
  ['Felicidades a mis padres', { occasion: 'congratulations', language: 'es', recipient_relation: 'parents' }],
  ['Que se mejoren pronto, Pedro y Marta', { occasion: 'get_well', language: 'es', recipients: ['Pedro', 'Marta'] }],
  ['A week in Florence, wish you were here', { occasion: 'travel', language: 'en', recipients: [], places: ['Florence'] }],
  ['We loved Rome, Florence and Venice!', { occasion: 'general', language: 'en', recipients: [] }],
  ['Greetings from Mumbai, India.', { occasion: 'travel', language: 'en', recipients: [] }],
  ['Thinking of you in Sydney, Paris and Vienna.', { occasion: 'general', language: 'en', recipients: [], places: ['Sydney', 'Paris', 'Vienna'] }],
];

describe('understand: the examples of issue 11', () => {
  it.each(EXAMPLES)('%s', (prompt, expected) => {
    const seen = read(prompt);
    const { occasion, language, tone, fallback, ...entities } = expected;
    expect({ occasion: seen.occasion, language: seen.language }).toEqual({ occasion, language });
    if (tone !== undefined) expect(seen.tone).toBe(tone);
    expect(seen.languageFallback).toBe(fallback ?? null);
    expect(seen.entities).toMatchObject(entities);
  });
});

describe('understand: style words', () => {
  it.each([
    ['A watercolor card for mum', null, 'watercolor'],
    ['水彩风格的生日贺卡', null, 'watercolor'],
    ['Carte aquarelle pour Noël', null, 'watercolor'],
    ['Geburtstagskarte im Aquarell-Stil', null, 'watercolor'],
    ['tarjeta de cumpleaños en acuarela', null, 'watercolor'],
    ['수채화 생일 카드', null, 'watercolor'],
    ['水彩画の誕生日カード', null, 'watercolor'],
    ['水墨风的中秋贺卡', null, 'ink'],
    ['birthday card', 'ink wash', 'ink'],
    ['a flat design thank you card', null, 'flat'],
    ['retro Christmas card', null, 'retro'],
    ['line art wedding card', null, 'line'],
    ['剪纸风格的春节贺卡', null, 'papercut'],
    ['Lunar new year card', 'papercut', 'papercut'],
  ] as const)('%s (style %s) → %s', (prompt, style, id) => {
    expect(read(prompt, style).styleWords).toContain(id);
  });
});

describe('understand: politeness', () => {
  it('is polite to elders, teachers and on formal cards, casual with friends', () => {
    expect(read('给王老师的教师节贺卡').polite).toBe(true);
    expect(read('祝奶奶八十大寿').polite).toBe(true);
    expect(read('Formal new year card for our clients').polite).toBe(true);
    expect(read('지민아 생일 축하해').polite).toBe(false);
    expect(read('happy birthday buddy').polite).toBe(false);
  });

  it('is deterministic', () => {
    expect(read('Happy 30th birthday, Sarah')).toEqual(read('Happy 30th birthday, Sarah'));
  });
});
