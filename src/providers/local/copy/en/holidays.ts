import { addressed, dated, keen, named, placed, type OccasionTable } from './lines.js';

type Holiday = 'christmas' | 'new_year' | 'valentines' | 'easter' | 'mothers_day' | 'fathers_day' | 'halloween' | 'thanksgiving';

/** The Western calendar's holidays. */
export const HOLIDAYS: OccasionTable<Holiday> = {
  christmas: {
    titles: [named((n) => `Merry Christmas, ${n}`), addressed((a) => `Merry Christmas, ${a}`), 'Merry Christmas', 'Season’s Greetings', 'Joy to You This Christmas'],
    subtitles: ['Wishing you a merry Christmas and a happy New Year', 'Peace, joy and a little magic this season', placed((p) => `Christmas greetings from ${p}`), 'May your home be warm and your heart full'],
    bodies: [
      ['May your Christmas sparkle with twinkling lights, good food and the people you love most.', 'Thank you for being such a bright part of my year.', 'Here’s to a peaceful holiday and a wonderful year ahead.'],
      ['The tree is up, the cocoa is hot and the carols are playing.', 'I hope your Christmas is cozy, merry and full of small surprises.'],
      ['Wishing you the quiet joy of the season:', 'a warm fire, a full table, and time to rest with the ones you love.'],
      [placed((p) => `From ${p}, I’m sending you all the warmth of the season.`), 'Merry Christmas, and may the new year be kind to you.'],
      [keen((i) => `I hope Santa knows about your love of ${i}.`), 'Merry Christmas, and enjoy every minute of the holidays.'],
    ],
  },
  new_year: {
    titles: [named((n) => `Happy New Year, ${n}`), dated((y) => `Happy New Year ${y}`), 'Happy New Year', 'Cheers to the Year Ahead', 'Here’s to New Beginnings'],
    subtitles: ['Fresh starts, new chapters and bright days ahead', 'May every month bring something to celebrate', dated((y) => `Wishing you a wonderful ${y}`)],
    bodies: [
      ['Thank you for being part of my year.', 'May the one ahead bring you good health, new adventures and quiet moments of real happiness.'],
      ['When the clock struck midnight, I thought of you.', 'May your hopes come true one by one, and may we share many more good times.'],
      ['Let’s leave last year’s worries where they belong.', 'May this year be gentle with you, generous with luck and full of happy surprises.'],
      [dated((y) => `May ${y} be your best year yet:`), 'full of good health, good friends and dreams coming true.'],
      [keen((i) => `I hope the new year brings you more time for ${i} and everything else you love.`), 'Here’s to a year that feels like yours.'],
    ],
  },
  valentines: {
    titles: [named((n) => `Be My Valentine, ${n}`), 'Happy Valentine’s Day', 'You Have My Heart'],
    subtitles: ['To the one who makes every day sweeter', 'My favorite person, today and every day'],
    bodies: [
      ['Roses are red, violets are blue, and no one makes me smile the way that you do.', 'Happy Valentine’s Day, my love.'],
      ['Every day with you feels like a gift I get to open again and again.', 'Thank you for loving me just as I am.'],
      [keen((i) => `You, me and ${i}: that’s my idea of a perfect day.`), 'I love you more than words on a card can say.'],
    ],
  },
  easter: {
    titles: [named((n) => `Happy Easter, ${n}`), 'Happy Easter', 'Spring Blessings'],
    subtitles: ['Wishing you a joyful and peaceful Easter', 'New life, new hope and a basket full of blessings'],
    bodies: [
      ['May this Easter fill your home with hope, your heart with peace and your basket with treats.', 'Wishing you a bright and blessed spring.'],
      ['The flowers are blooming and the days are getting longer.', 'I hope your Easter is full of sunshine, chocolate and time with family.'],
    ],
  },
  mothers_day: {
    titles: [named((n) => `Happy Mother’s Day, ${n}`), addressed((a) => `Happy Mother’s Day, ${a}`), 'Happy Mother’s Day', 'For the Best Mom in the World'],
    subtitles: ['Thank you for everything you do', 'For all the love you give, every single day'],
    bodies: [
      ['Thank you for the bedtime stories, the packed lunches and the endless patience.', 'Everything good in me started with you.'],
      ['You taught me to be kind, to be brave and to always come home hungry.', 'I love you more than I can say. Happy Mother’s Day.'],
      [keen((i) => `Today I hope you put your feet up and enjoy some ${i}: you’ve more than earned it.`), 'Thank you for being you.'],
    ],
  },
  fathers_day: {
    titles: [named((n) => `Happy Father’s Day, ${n}`), addressed((a) => `Happy Father’s Day, ${a}`), 'Happy Father’s Day', 'For a Dad in a Million'],
    subtitles: ['Thank you for always being there', 'For the advice, the bad jokes and the big heart'],
    bodies: [
      ['Thank you for teaching me to ride a bike, fix what’s broken and laugh at your jokes.', 'I’m proud to be your kid.'],
      ['You’ve always been my steady ground and my biggest fan.', 'Today is all about you. Enjoy it, Dad.'],
      [keen((i) => `I hope today leaves plenty of time for ${i}.`), 'You deserve a day that’s all yours. Thank you for everything.'],
    ],
  },
  halloween: {
    titles: [named((n) => `Happy Halloween, ${n}`), 'Happy Halloween', 'Trick or Treat'],
    subtitles: ['Wishing you more treats than tricks', 'Have a spooktacular night'],
    bodies: [
      ['The pumpkins are carved, the candles are lit and something is rustling in the leaves…', 'Wishing you a Halloween full of treats and just the right amount of fright.'],
      ['Grab your broom, your costume and your biggest candy bag.', 'May your night be spooky, silly and sweet.'],
    ],
  },
  thanksgiving: {
    titles: [named((n) => `Happy Thanksgiving, ${n}`), 'Happy Thanksgiving', 'Grateful for You'],
    subtitles: ['Counting my blessings, and you are one of them', 'Good food, full hearts and family around the table'],
    bodies: [
      ['This Thanksgiving, I’m grateful for so much, and you are near the top of the list.', 'May your table be full and your heart even fuller.'],
      ['Here’s to the turkey, the pie, the stories and the people who make them special.', 'Wishing you a warm and wonderful Thanksgiving.'],
      [placed((p) => `Even from ${p}, I’m raising a glass to you this Thanksgiving.`), 'I’m thankful for you every day of the year.'],
    ],
  },
};
