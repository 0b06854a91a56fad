import { addressed, keen, named, placed, type OccasionTable } from './lines.js';

type ChineseCalendar =
  | 'spring_festival'
  | 'lantern_festival'
  | 'qingming'
  | 'dragon_boat'
  | 'qixi'
  | 'mid_autumn'
  | 'double_ninth'
  | 'teachers_day'
  | 'national_day';

/** The Chinese calendar and Chinese civic days, written for English readers who keep them. */
export const CHINESE_CALENDAR: OccasionTable<ChineseCalendar> = {
  spring_festival: {
    titles: [named((n) => `Happy Lunar New Year, ${n}`), addressed((a) => `Happy Lunar New Year, ${a}`), 'Happy Lunar New Year', 'Gong Xi Fa Cai', 'Spring Festival Greetings'],
    subtitles: ['Wishing you luck, health and a home full of laughter', 'May the year ahead be prosperous and bright', 'Red lanterns, full tables and everyone home'],
    bodies: [
      ['The lanterns are up, the dumplings are folded and the table is full.', 'Wherever you are this Spring Festival, I hope you feel the warmth of home.', 'May the new year bring you good fortune and good health.'],
      ['As the firecrackers chase out the old year, I’m sending you every good wish of the season.', 'May your days be as bright as lanterns and your table always full.'],
      [placed((p) => `Even all the way in ${p}, may the new year find you close to the people you love.`), 'Here’s to reunions, red envelopes and a year of good luck.'],
      [keen((i) => `May the new year bring you health, luck and plenty of time for ${i}.`), 'Spring is coming, and with it every good thing.'],
    ],
  },
  lantern_festival: {
    titles: [named((n) => `Happy Lantern Festival, ${n}`), 'Happy Lantern Festival', 'Under the First Full Moon'],
    subtitles: ['The first full moon of the year, and every lantern lit', 'Sweet rice balls and bright riddles tonight'],
    bodies: [
      ['Tonight the first full moon of the year shines over a sky of lanterns.', 'I hope there’s a warm bowl of tangyuan in your hands and someone dear beside you.'],
      ['May every lantern you pass tonight light up a wish,', 'and may the riddles be easy and the rice balls sweet.'],
    ],
  },
  qingming: {
    titles: [named((n) => `Thinking of You, ${n}`), 'In Remembrance', 'Qingming Thoughts'],
    subtitles: ['A quiet day to honor those who came before us', 'Remembering with gratitude and love'],
    bodies: [
      ['At Qingming we sweep the graves, light incense and remember.', 'I’m thinking of you and of the family you hold in your heart today.'],
      ['Spring rain falls softly on this day of remembrance.', 'May the memories of those we have lost bring you comfort and peace.'],
      [placed((p) => `Even from ${p}, my thoughts are with you and your family at Qingming.`), 'May the love they gave us stay with us always.'],
    ],
  },
  dragon_boat: {
    titles: [named((n) => `Happy Dragon Boat Festival, ${n}`), 'Happy Dragon Boat Festival', 'Full Speed Ahead'],
    subtitles: ['Drums on the river and zongzi on the table', 'Wishing you health and good fortune this Duanwu'],
    bodies: [
      ['The drums are beating, the boats are racing and the zongzi are steaming.', 'May the Dragon Boat Festival bring you health and keep every trouble away.'],
      ['Here’s a little bundle of good wishes, wrapped up tight like a zongzi:', 'good health, good company and smooth waters ahead.'],
    ],
  },
  qixi: {
    titles: [named((n) => `For You on Qixi, ${n}`), 'Happy Qixi', 'Across the Milky Way'],
    subtitles: ['The night the magpies build a bridge for lovers', 'Love finds a way across any distance'],
    bodies: [
      ['Once a year the magpies build a bridge so the Cowherd and the Weaver Girl can meet.', 'I’m lucky: I don’t need a bridge of birds to be with you.'],
      ['On the seventh night of the seventh month, the stars remind me of us.', 'However far apart we are, my heart always finds its way back to you.'],
      [placed((p) => `Even with ${p} between us, tonight we share the same stars.`), 'Happy Qixi, my love.'],
    ],
  },
  mid_autumn: {
    titles: [named((n) => `Happy Mid-Autumn Festival, ${n}`), addressed((a) => `Happy Mid-Autumn, ${a}`), 'Happy Mid-Autumn Festival', 'Under the Same Full Moon', 'Round Moon, Reunited Hearts'],
    subtitles: ['When the moon is full, families come together', 'Mooncakes, lanterns and the brightest moon of the year', 'Sharing one moon, however far apart'],
    bodies: [
      ['Tonight the moon is at its fullest and brightest.', 'Wherever you are, we are looking at the same moon, and I’m thinking of you.', 'May your home be full of warmth and your mooncakes sweet.'],
      ['A round moon for a family together again.', 'I’m sending you a slice of mooncake and a heart full of good wishes for the season.'],
      ['Under this bright autumn moon, I wish you health, peace and happy reunions.', 'May everyone you love be close, in person or in heart.'],
      [placed((p) => `The same moon that shines over ${p} tonight shines over home.`), 'May it carry my love to you, and bring us together again soon.'],
    ],
  },
  double_ninth: {
    titles: [named((n) => `Double Ninth Greetings, ${n}`), addressed((a) => `Wishing You Long Life, ${a}`), 'Double Ninth Greetings', 'Chrysanthemums and Long Life'],
    subtitles: ['Honouring our elders on the ninth day of the ninth month', 'May your years be long and your health strong'],
    bodies: [
      ['On the Double Ninth we climb high, admire the chrysanthemums and honor our elders.', 'Thank you for all your care and wisdom. May you enjoy good health and many peaceful years.'],
      ['The chrysanthemums are in bloom and the autumn air is clear.', 'I’m sending my love and respect, with wishes for long life and happiness.'],
    ],
  },
  teachers_day: {
    titles: [named((n) => `Thank You, ${n}`), 'Happy Teachers’ Day', 'To a Wonderful Teacher'],
    subtitles: ['For every lesson, and for believing in me', 'With gratitude for all you have taught me'],
    bodies: [
      ['Thank you for your patience, your encouragement and every lesson that stayed with me.', 'You made learning feel like discovery. I’m truly grateful.'],
      ['Some teachers teach a subject; you taught me how to think.', 'On Teachers’ Day, I want you to know how much that has meant to me.'],
      [keen((i) => `You made even ${i} come alive, and I still carry that with me.`), 'Thank you for everything you gave your students.'],
    ],
  },
  national_day: {
    titles: [named((n) => `Happy National Day, ${n}`), 'Happy National Day', 'Golden Week Greetings'],
    subtitles: ['Wishing you a restful and happy holiday', 'Flags, fireworks and time with the people you love'],
    bodies: [
      ['Happy National Day! I hope the holiday brings you rest, good food and good company.', 'Enjoy every day of the break.'],
      ['Whether you’re traveling or staying home this Golden Week,', 'may these days be full of sunshine and time with loved ones.'],
      [placed((p) => `I hope the holiday in ${p} is wonderful and that you get some well-earned rest.`), 'Enjoy every minute of it.'],
    ],
  },
};
