import { addressed, named, placed, type OccasionTable } from './lines.js';

type WorldHoliday = 'diwali' | 'eid' | 'hanukkah' | 'seollal' | 'chuseok';

/** South Asian, Muslim, Jewish and Korean holidays, as English-speaking families wish them. */
export const WORLD_HOLIDAYS: OccasionTable<WorldHoliday> = {
  diwali: {
    titles: [named((n) => `Happy Diwali, ${n}`), 'Happy Diwali', 'May the Lights Guide You'],
    subtitles: ['Wishing you light, love and prosperity', 'May every diya bring you joy'],
    bodies: [
      ['May the glow of the diyas fill your home with warmth and your year with prosperity.', 'Wishing you and your family a bright and joyful Diwali.'],
      ['Rangoli at the door, sweets on the table and lamps in every window.', 'May this festival of lights bring you happiness, health and new beginnings.'],
      [placed((p) => `From ${p}, I’m sending you all the light of the season.`), 'May Lakshmi bless your home with abundance.'],
    ],
  },
  eid: {
    titles: [named((n) => `Eid Mubarak, ${n}`), 'Eid Mubarak', 'Blessings This Eid'],
    subtitles: ['Wishing you peace, joy and blessings', 'May Allah accept your prayers and good deeds'],
    bodies: [
      ['May this Eid bring peace to your heart and joy to your home.', 'Wishing you and your loved ones a blessed celebration.'],
      ['As the new moon rises, I’m sending you warm wishes for Eid.', 'May your table be full, your family close and your prayers answered.'],
    ],
  },
  hanukkah: {
    titles: [named((n) => `Happy Hanukkah, ${n}`), 'Happy Hanukkah', 'Chag Sameach'],
    subtitles: ['Eight nights of light and love', 'Wishing you a bright and joyful Festival of Lights'],
    bodies: [
      ['May the lights of the menorah fill your home with warmth, night after night.', 'Wishing you latkes, laughter and a Hanukkah full of miracles.'],
      ['One candle more each night, and a little more light for all of us.', 'Wishing you and your family a joyful Hanukkah.'],
    ],
  },
  seollal: {
    titles: [named((n) => `Happy Seollal, ${n}`), addressed((a) => `Happy Seollal, ${a}`), 'Happy Lunar New Year', 'Saehae Bok Mani Badeuseyo'],
    subtitles: ['May the new year bring you many blessings', 'Tteokguk, family and a fresh start'],
    bodies: [
      ['A bowl of tteokguk, a deep bow to our elders and a whole new year ahead.', 'May the year bring you many blessings, good health and good luck.'],
      ['Wishing you a Seollal full of family, warm food and happy reunions.', 'May every wish you make this year come true.'],
    ],
  },
  chuseok: {
    titles: [named((n) => `Happy Chuseok, ${n}`), 'Happy Chuseok', 'A Bountiful Harvest Moon'],
    subtitles: ['May your Chuseok be as full as the harvest moon', 'Family, songpyeon and the brightest moon of the year'],
    bodies: [
      ['May your Chuseok be as abundant as the harvest and as bright as the full moon.', 'Wishing you happy days with family and a table full of songpyeon.'],
      ['Under the great harvest moon, I’m thinking of you and sending my thanks for this year.', 'May the season bring you rest, plenty and peace.'],
    ],
  },
};
