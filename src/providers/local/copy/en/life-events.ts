import type { Line } from '../copy-types.js';
import { addressed, aged, anniversaryName, keen, named, ordinal, placed, type OccasionTable } from './lines.js';

type LifeEvent = 'birthday' | 'wedding' | 'anniversary' | 'new_baby' | 'graduation' | 'new_job';

/** "Happy 30th Birthday, Sarah": needs both the age and the name. */
const birthdayWithAge: Line = (c) => (c.name === null || c.age === null ? null : `Happy ${ordinal(c.age)} Birthday, ${c.name}`);

/** Births, marriages, degrees and first days. */
export const LIFE_EVENTS: OccasionTable<LifeEvent> = {
  birthday: {
    titles: [birthdayWithAge, named((n) => `Happy Birthday, ${n}`), aged((a) => `Happy ${ordinal(a)} Birthday`), addressed((a) => `Happy Birthday, ${a}`), 'Happy Birthday', 'Make a Wish', 'Cheers to You'],
    subtitles: ['Here’s to another trip around the sun', 'It’s your day to shine', aged((a) => (a >= 80 ? `${a} years of love, wisdom and stories` : `${a} looks wonderful on you`)), 'Wishing you a year as wonderful as you are'],
    bodies: [
      ['Another year older, and somehow even more wonderful.', 'May this year bring you easy mornings, good surprises and plenty of reasons to laugh.'],
      ['Blow out the candles and dream big.', 'May every wish come true and every day this year hold something to look forward to.'],
      ['Thank you for making the world brighter just by being in it.', 'I hope today is full of cake, candles and people who love you.'],
      [aged((a) => `${a} years, and every one of them has made the world a little better.`), 'I hope this year is your happiest yet.'],
      [aged((a) => (a >= 18 ? `Turning ${a} is a big deal, and you wear it beautifully.` : `${a} years old today: how did you grow up so fast?`)), 'May the year ahead be full of adventures.'],
      [keen((i) => `I hope your day has cake, laughter and plenty of ${i}.`), 'You deserve every good thing this year can bring.'],
    ],
  },
  wedding: {
    titles: [named((n) => `Congratulations, ${n}`), 'Happily Ever After', 'Congratulations on Your Wedding', 'Two Hearts, One Home'],
    subtitles: ['Wishing you a lifetime of love and laughter', 'Here’s to love, laughter and happily ever after', placed((p) => `A wedding to remember in ${p}`)],
    bodies: [
      ['Today two stories become one.', 'May your marriage be full of patience, kindness and the kind of laughter that never gets old.'],
      ['Wishing you a lifetime of adventures together,', 'a home full of warmth, and a love that grows deeper every year.'],
      ['Congratulations on your wedding day.', 'May you always find in each other your best friend, your safe place and your greatest joy.'],
      [keen((i) => `May your life together be full of love, good friends and plenty of ${i}.`), 'Congratulations to you both.'],
    ],
  },
  anniversary: {
    titles: [
      (c) => (c.name === null || c.age === null ? null : `Happy ${ordinal(c.age)} Anniversary, ${c.name}`),
      named((n) => `Happy Anniversary, ${n}`),
      aged((a) => `${a} Years Together`),
      'Happy Anniversary',
      'Still Falling for You',
    ],
    subtitles: [aged((a) => (anniversaryName(a) === null ? `${a} years of love` : `Happy ${anniversaryName(a)} anniversary`)), 'Here’s to love that grows with every year', 'Celebrating the two of you'],
    bodies: [
      ['Another year of inside jokes, shared dreams and holding hands.', 'Here’s to all the years behind you and all the adventures still ahead.'],
      ['Love like yours is rare and wonderful.', 'Happy anniversary, and may the years ahead be even sweeter.'],
      [aged((a) => `${a} years of choosing each other, every single day.`), 'That’s worth celebrating. Happy anniversary.'],
    ],
  },
  new_baby: {
    titles: [named((n) => `Congratulations, ${n}`), 'Welcome, Little One', 'Congratulations on Your New Baby'],
    subtitles: ['A tiny new heart to love', 'Tiny fingers, tiny toes, and a whole lot of love'],
    bodies: [
      ['Congratulations on the arrival of your little one.', 'May your days be full of cuddles, your nights of (some) sleep and your hearts of love.'],
      ['A new little person has arrived, and the world is already brighter.', 'Wishing your growing family health, joy and wonder.'],
    ],
  },
  graduation: {
    titles: [named((n) => `Congratulations, ${n}`), 'Congratulations, Graduate', 'You Did It', 'Caps Off to You'],
    subtitles: ['The tassel was worth the hassle', 'So proud of you and all you’ve achieved', 'The future is yours'],
    bodies: [
      ['All those late nights and hard work have paid off.', 'I’m so proud of you, and I can’t wait to see what you do next.'],
      ['Toss that cap high: this moment is all yours.', 'May the road ahead be full of open doors and big adventures.'],
      ['Today you close one chapter and open a brand new one.', 'Keep learning, keep dreaming and keep being you.'],
      [keen((i) => `Whether the next chapter is all about ${i} or something new, you’re ready for it.`), 'Congratulations, graduate.'],
    ],
  },
  new_job: {
    titles: [named((n) => `Congratulations, ${n}`), 'Congratulations on Your New Job', 'Here’s to New Beginnings'],
    subtitles: ['They’re lucky to have you', 'A new desk, a new team and a great new chapter'],
    bodies: [
      ['Congratulations on the new job: it’s very well deserved.', 'I know you’ll bring your talent and energy to everything you do.'],
      ['New beginnings are exciting, and you’re ready for this one.', 'Wishing you great colleagues, interesting challenges and lots of success.'],
      [placed((p) => `A new job and a new start in ${p}: how exciting.`), 'Wishing you every success in this next chapter.'],
    ],
  },
};
