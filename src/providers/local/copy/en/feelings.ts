import { addressed, keen, named, placed, type OccasionTable } from './lines.js';

type Feeling = 'thanks' | 'apology' | 'love' | 'friendship' | 'travel' | 'general';

/** Cards that need no date: thanks, sorry, love, friendship, travel and just because. */
export const FEELINGS: OccasionTable<Feeling> = {
  thanks: {
    titles: [named((n) => `Thank You, ${n}`), addressed((a) => `Thank You, ${a}`), 'Thank You', 'With Heartfelt Thanks', 'Thanks a Million'],
    subtitles: ['Your kindness means more than you know', 'For everything you do', 'A small card for a big thank you'],
    bodies: [
      ['Thank you for your kindness, your time and your generous heart.', 'You made a real difference, and I won’t forget it.'],
      ['Some people make the world better just by being in it. You’re one of them.', 'Thank you, from the bottom of my heart.'],
      ['I don’t say it often enough, so here it is in writing:', 'thank you for always being there when it matters.'],
      [keen((i) => `Thank you for the ${i}, and for thinking of me.`), 'It truly made my day.'],
    ],
  },
  apology: {
    titles: [named((n) => `I’m Sorry, ${n}`), 'I’m Sorry', 'Can We Start Again?'],
    subtitles: ['I was wrong, and I’m sorry', 'You mean too much to me to leave this unsaid'],
    bodies: [
      ['I’m sorry for what I said and for the hurt it caused.', 'You matter so much to me, and I hope you can forgive me.'],
      ['I’m sorry. I’ve been thinking a lot about what happened, and I was wrong.', 'I’d love the chance to make it right, whenever you’re ready.'],
    ],
  },
  love: {
    titles: [named((n) => `I Love You, ${n}`), addressed((a) => `I Love You, ${a}`), 'I Love You', 'You Have My Heart', 'Always and Forever'],
    subtitles: ['Every day with you is my favorite day', 'You are my favorite hello and my hardest goodbye', 'My heart is, and always will be, yours'],
    bodies: [
      ['You make ordinary days feel like something special.', 'Thank you for your laugh, your patience and the way you hold my hand.'],
      ['If I had a flower for every time I thought of you, I could walk through my garden forever.', 'I love you, today and always.'],
      ['With you, home isn’t a place. It’s a feeling.', 'Thank you for choosing me, again and again.'],
      [keen((i) => `Lazy mornings, long talks and ${i}: every good thing is better with you.`), 'I love you more each day.'],
      [placed((p) => `Whether in ${p} or anywhere else, my favorite place is next to you.`), 'All my love, always.'],
    ],
  },
  friendship: {
    titles: [named((n) => `For You, ${n}`), 'Friends Forever', 'So Glad We’re Friends'],
    subtitles: ['Thank you for being my person', 'Good friends are the family we choose'],
    bodies: [
      ['Thank you for the laughs, the late-night talks and for always having my back.', 'I don’t know what I’d do without you.'],
      ['A good friend knows all your stories and loves you anyway.', 'Lucky for me, I have you.'],
      [keen((i) => `Here’s to more ${i}, more laughs and many more years of friendship.`), 'You’re one of a kind.'],
    ],
  },
  travel: {
    titles: [
      (c) => (c.place === null || c.name === null ? null : `Greetings from ${c.place}, ${c.name}`),
      placed((p) => `Greetings from ${p}`),
      named((n) => `Wish You Were Here, ${n}`),
      'Wish You Were Here',
      'Greetings from Afar',
    ],
    subtitles: [placed((p) => `A little hello from ${p}`), 'Sending sunshine and a little adventure your way', 'Postcards are the best souvenirs'],
    bodies: [
      [placed((p) => `${p} is beautiful, and I’ve been thinking of you on every street.`), 'I’ll bring you back a story or two.'],
      ['The views are stunning, the food is wonderful and the days are long and golden.', 'The only thing missing is you.'],
      ['Greetings from the road!', 'I’m collecting sunsets, new flavors and stories to tell you when I’m back.'],
      [keen((i) => `I found the best ${i} here and thought of you right away.`), 'Wish you were here.'],
    ],
  },
  general: {
    titles: [named((n) => `Hello, ${n}`), addressed((a) => `Thinking of You, ${a}`), 'Thinking of You', 'Just Because', 'A Little Hello'],
    subtitles: ['A little note to brighten your day', 'No reason, just you', placed((p) => `Warm greetings from ${p}`)],
    bodies: [
      ['I was thinking of you and wanted to say hello.', 'I hope your days are full of good things and your nights of good rest.'],
      ['This card doesn’t need a reason.', 'It’s just here to remind you that you’re appreciated, today and always.'],
      ['Sending a little sunshine your way.', 'May your week be kind, your coffee strong and your worries small.'],
      [keen((i) => `Saw something about ${i} today and thought of you straight away.`), 'Hope all is well with you.'],
      [placed((p) => `Greetings from ${p}, where I’ve been thinking of you.`), 'I hope all is well, and that we see each other soon.'],
    ],
  },
};
