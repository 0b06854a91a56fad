import type { Occasion } from '../contracts.js';
import type { CopyVariants } from './copy-template.js';

/** English copy: warm and plain-spoken, four-line bodies, letter-style sign-offs. */
export const EN_COPY = {
  birthday: [
    {
      title: ['Happy Birthday!', (to) => `Happy Birthday, ${to}!`],
      subtitle: 'Here’s to another trip around the sun',
      body: ['Another year older, and somehow even more wonderful.', 'May this year bring you easy mornings, good surprises', 'and plenty of reasons to laugh until it hurts.', 'Make a big wish; you deserve every bit of it.'],
      signature: 'With love, your friend',
    },
    {
      title: ['Cheers to You', (to) => `Cheers to You, ${to}`],
      subtitle: 'Happy birthday, and many happy returns',
      body: ['Thank you for making the world brighter just by being in it.', 'I hope today is full of cake, candles and people who love you,', 'and that the year ahead is kind, curious and full of joy.', 'Enjoy every minute of your day!'],
      signature: 'Warmest wishes, always',
    },
    {
      title: ['Make a Wish', (to) => `Make a Wish, ${to}`],
      subtitle: 'It’s your day to shine',
      body: ['Blow out the candles and dream big.', 'May every wish come true, every road rise to meet you', 'and every day this year hold something to look forward to.', 'Happy birthday!'],
      signature: 'Cheers, with love',
    },
  ],
  new_year: [
    {
      title: ['Happy New Year!', (to) => `Happy New Year, ${to}!`],
      subtitle: 'Here’s to fresh starts and bright days',
      body: ['Thank you for being part of my year.', 'May the one ahead bring you good health, new adventures', 'and quiet moments of real happiness.', 'Here’s to us, and to all that’s coming.'],
      signature: 'Cheers to the new year',
    },
    {
      title: ['A Bright New Year', (to) => `A Bright New Year, ${to}`],
      subtitle: 'New pages, new possibilities',
      body: ['Let’s leave last year’s worries where they belong.', 'May this year be gentle with you,', 'generous with luck and full of small, happy surprises.', 'Wishing you the very best, all year long.'],
      signature: 'Warmly, your friend',
    },
    {
      title: ['Cheers to the Year Ahead', (to) => `Cheers to the Year Ahead, ${to}`],
      subtitle: 'May every month bring something to celebrate',
      body: ['When the clock struck midnight, I thought of you.', 'May the fireworks light your way,', 'may your hopes come true one by one,', 'and may we share many more good times.'],
      signature: 'With love and good wishes',
    },
  ],
  spring_festival: [
    {
      title: ['Happy Lunar New Year!', (to) => `Happy Lunar New Year, ${to}!`],
      subtitle: 'Wishing you luck, health and happiness',
      body: ['Red lanterns are glowing and the table is full.', 'Wherever you are, may you feel the warmth of home.', 'May the year ahead bring good fortune, good health', 'and many happy reunions.'],
      signature: 'With warm wishes from home',
    },
    {
      title: ['Gong Xi Fa Cai!', (to) => `Gong Xi Fa Cai, ${to}!`],
      subtitle: 'Prosperity and joy in the new year',
      body: ['As the fireworks light up the sky,', 'I’m sending you every good wish of the season.', 'May your year be abundant, your home full of laughter', 'and your days as bright as lanterns.'],
      signature: 'Warmly, with love',
    },
    {
      title: ['Spring Festival Greetings', (to) => `Spring Festival Greetings, ${to}`],
      subtitle: 'May the new year blossom like plum in the snow',
      body: ['Thank you for your kindness through the past year.', 'May the coming one bring peace to your family,', 'success to your work', 'and happiness to every single day.'],
      signature: 'Best wishes for the new year',
    },
  ],
  thanks: [
    {
      title: ['Thank You', (to) => `Thank You, ${to}`],
      subtitle: 'Your kindness made all the difference',
      body: ['I’ve been meaning to say this properly for a while.', 'Thank you for showing up when it mattered,', 'for your patience, your help and your good heart.', 'I won’t forget it.'],
      signature: 'Gratefully yours',
    },
    {
      title: ['With Gratitude', (to) => `With Gratitude, ${to}`],
      subtitle: 'A small note for a big kindness',
      body: ['Some thanks feel too small when said out loud,', 'but I want you to know how much it meant.', 'Your support made a hard stretch feel lighter.', 'May all that kindness find its way back to you.'],
      signature: 'With heartfelt thanks',
    },
    {
      title: ['Thanks a Million', (to) => `Thanks a Million, ${to}`],
      subtitle: 'You are one of the good ones',
      body: ['Thank you for your encouragement, your time and your trust.', 'You made things better than you know.', 'I hope the world treats you as kindly', 'as you have treated me.'],
      signature: 'Warmly and gratefully',
    },
  ],
  love: [
    {
      title: ['Forever Yours', (to) => `Forever Yours, ${to}`],
      subtitle: 'Every day with you is my favourite day',
      body: ['Since you came along, ordinary days feel like something special.', 'I want to watch a thousand sunsets with you,', 'walk through every season by your side', 'and keep choosing you, again and again.'],
      signature: 'All my love, always',
    },
    {
      title: ['You & Me', (to) => `You & Me, ${to}`],
      subtitle: 'Still my favourite story',
      body: ['There are so many things I want to say,', 'but they all come down to this: I’m glad it’s you.', 'Here’s to more laughter, more adventures', 'and many more years side by side.'],
      signature: 'Yours, always',
    },
    {
      title: ['With All My Heart', (to) => `With All My Heart, ${to}`],
      subtitle: 'You are my favourite hello',
      body: ['Thank you for the patience, the jokes and the quiet moments.', 'You make every place feel like home.', 'Whatever comes next,', 'I want to face it holding your hand.'],
      signature: 'Love, forever',
    },
  ],
  congratulations: [
    {
      title: ['Congratulations!', (to) => `Congratulations, ${to}!`],
      subtitle: 'What wonderful news',
      body: ['I was so happy to hear the news!', 'Moments like this deserve to be celebrated,', 'and I’m cheering for you with all my heart.', 'Here’s to everything that comes next.'],
      signature: 'So happy for you',
    },
    {
      title: ['Here’s to You!', (to) => `Here’s to You, ${to}!`],
      subtitle: 'This moment deserves a celebration',
      body: ['What a milestone, and how well deserved.', 'May this new chapter be as bright as today,', 'full of joy, good friends and happy surprises.', 'Raise a glass; this one is yours.'],
      signature: 'Cheering you on',
    },
    {
      title: ['Hooray for You', (to) => `Hooray for You, ${to}`],
      subtitle: 'A brand new chapter begins',
      body: ['Good things happen to good people,', 'and today everyone gets to celebrate with you.', 'May this new beginning bring new joys,', 'and may you always love where life takes you.'],
      signature: 'With admiration and joy',
    },
  ],
  travel: [
    {
      title: ['Bon Voyage!', (to) => `Bon Voyage, ${to}!`],
      subtitle: 'Go and see the world',
      body: ['Pack your bags and follow the horizon.', 'May you meet kind strangers and breathtaking views,', 'fill your pockets with sunshine and stories', 'and come home safe to tell me everything.'],
      signature: 'Safe travels, and come home soon',
    },
    {
      title: ['Happy Travels', (to) => `Happy Travels, ${to}`],
      subtitle: 'Mountains, seas and everything in between',
      body: ['May your skies be clear and your trains on time,', 'and every stop hold a little surprise.', 'When you get tired, sit and watch the clouds.', 'The world is big; take your time.'],
      signature: 'See you soon',
    },
    {
      title: ['Off You Go!', (to) => `Off You Go, ${to}!`],
      subtitle: 'Wishing you a journey full of wonder',
      body: ['Life is a long journey, and this part is yours to enjoy.', 'Eat something new, see something beautiful,', 'leave your worries behind', 'and bring the good moments home.'],
      signature: 'Have the best time',
    },
  ],
  get_well: [
    {
      title: ['Get Well Soon', (to) => `Get Well Soon, ${to}`],
      subtitle: 'Rest up; brighter days are coming',
      body: ['I heard you’re not feeling well, and I’ve been thinking of you.', 'Take it slowly; your health comes first.', 'Rest, drink something warm and be kind to yourself.', 'When you’re better, let’s go and sit in the sun.'],
      signature: 'Thinking of you',
    },
    {
      title: ['Sending Healing Wishes', (to) => `Sending Healing Wishes, ${to}`],
      subtitle: 'A little sunshine for your day',
      body: ['These days must be hard,', 'and I hope each morning feels a little lighter than the last.', 'If you need anything at all, just ask.', 'You are not alone in this.'],
      signature: 'With care and love',
    },
    {
      title: ['Feel Better Soon', (to) => `Feel Better Soon, ${to}`],
      subtitle: 'Warm tea, soft blankets and good news',
      body: ['Leave the worrying to the doctors', 'and the cheering up to the sunshine.', 'Rest well and listen to your favourite songs;', 'we are all waiting for you.'],
      signature: 'Wishing you well',
    },
  ],
  general: [
    {
      title: ['Thinking of You', (to) => `Thinking of You, ${to}`],
      subtitle: 'A little note to brighten your day',
      body: ['No special reason; I just wanted to say hello', 'and let you know you’re on my mind.', 'I hope your days are gentle and your nights restful,', 'and that good things keep finding you.'],
      signature: 'Warmly, your friend',
    },
    {
      title: ['Hello, Sunshine', (to) => `Hello, ${to}`],
      subtitle: 'Sending good wishes your way',
      body: ['The breeze was soft today and the clouds were lovely,', 'so of course I thought of you.', 'Wishing you peace, joy and a little adventure.', 'Write back when you can!'],
      signature: 'Best wishes',
    },
    {
      title: ['Wishing You Well', (to) => `Wishing You Well, ${to}`],
      subtitle: 'May today be kind to you',
      body: ['Life gets busy, but don’t forget to look after yourself.', 'Pause when you need to and enjoy the view.', 'May your heart be light and your path be clear,', 'and may every day bring something good.'],
      signature: 'With love',
    },
  ],
} satisfies Record<Occasion, CopyVariants>;
