import { addressed, aged, keen, named, placed, type OccasionTable } from './lines.js';

type Milestone = 'retirement' | 'housewarming' | 'farewell' | 'get_well' | 'sympathy' | 'congratulations';

/** Endings, new homes, illness and loss: the cards that need the most care. */
export const MILESTONES: OccasionTable<Milestone> = {
  retirement: {
    titles: [named((n) => `Happy Retirement, ${n}`), 'Happy Retirement', 'The Adventure Begins'],
    subtitles: ['No more alarms, just adventures', 'Thank you for all the years of hard work'],
    bodies: [
      ['After all these years of hard work, it’s finally time for you.', 'May your retirement be full of long lunches, lazy mornings and new adventures.'],
      ['You’ve earned every bit of this.', 'Thank you for everything you gave to the job and to the people around you. Enjoy it.'],
      [aged((a) => `${a} years of dedication deserve a grand send-off.`), 'Here’s to slow mornings and every plan you’ve been saving for later.'],
      [keen((i) => `At last, all the time in the world for ${i}.`), 'Wishing you a long, healthy and happy retirement.'],
    ],
  },
  housewarming: {
    titles: [named((n) => `Welcome Home, ${n}`), 'Welcome Home', 'Happy New Home'],
    subtitles: ['May your new home be full of love and laughter', 'New keys, new rooms and new memories to make'],
    bodies: [
      ['Congratulations on your new home.', 'May its walls hold many happy memories and its door always be open to friends.'],
      ['A new home is a fresh start.', 'Wishing you cozy evenings, good neighbors and a kitchen that always smells of something good.'],
      [placed((p) => `Your new home in ${p} sounds wonderful.`), 'I can’t wait to visit. Wishing you every happiness there.'],
    ],
  },
  farewell: {
    titles: [named((n) => `Farewell, ${n}`), 'Farewell and Good Luck', 'This Isn’t Goodbye'],
    subtitles: ['It’s not goodbye, it’s see you later', 'We’ll miss you more than words can say'],
    bodies: [
      ['It won’t be the same without you.', 'Thank you for the laughter, the help and the memories. Good luck with everything ahead.'],
      ['Goodbyes are hard, but they make room for new beginnings.', 'Wherever you go next, you’ll take a piece of us with you.'],
      [placed((p) => `${p} is lucky to have you.`), 'Keep in touch, and know there’s always a place for you here.'],
    ],
  },
  get_well: {
    titles: [named((n) => `Get Well Soon, ${n}`), addressed((a) => `Get Well Soon, ${a}`), 'Get Well Soon', 'Sending Healing Thoughts', 'Feel Better Soon'],
    subtitles: ['Rest up and take good care of yourself', 'Thinking of you and wishing you a quick recovery', 'A little card with a lot of get-well wishes'],
    bodies: [
      ['I was so sorry to hear you’re not feeling well.', 'Take all the time you need to rest. I’m thinking of you and hoping each day is a little better.'],
      ['Sending you warm soup, soft blankets and a big hug from afar.', 'Get well soon: we miss you.'],
      ['Be gentle with yourself and let others take care of you for a while.', 'Wishing you a speedy and complete recovery.'],
      [keen((i) => `Get well soon, so you can get back to ${i} and everything you love.`), 'I’m thinking of you every day.'],
    ],
  },
  sympathy: {
    titles: [named((n) => `Thinking of You, ${n}`), 'With Deepest Sympathy', 'Thinking of You', 'With Love and Sympathy'],
    subtitles: ['Sending you comfort and quiet strength', 'May you find comfort in the love around you', 'In this time of sorrow, you are not alone'],
    bodies: [
      ['I’m so sorry for your loss.', 'There are no words that can ease your pain, but please know that I’m thinking of you and holding you in my heart.'],
      ['May the love of those around you bring comfort in the days ahead,', 'and may cherished memories bring you peace in time.'],
      ['Words feel small at a time like this.', 'I’m here for you, whatever you need, now and in the weeks to come.'],
      [named((n) => `${n}, I’m so sorry. My heart goes out to you and your family.`), 'May you feel surrounded by love and gentle memories.'],
    ],
  },
  congratulations: {
    titles: [named((n) => `Congratulations, ${n}`), 'Congratulations', 'Well Done', 'You Did It'],
    subtitles: ['So proud of you', 'Your hard work paid off', 'This calls for a celebration'],
    bodies: [
      ['Congratulations on this wonderful achievement.', 'All your effort and determination have paid off, and you deserve every bit of it.'],
      ['I always knew you could do it.', 'Take a moment to enjoy this: you’ve earned it.'],
      [keen((i) => `I hope you celebrate with a little ${i}: you’ve earned it.`), 'Congratulations, and here’s to what comes next.'],
    ],
  },
};

