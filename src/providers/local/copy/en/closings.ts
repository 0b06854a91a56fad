import type { LanguageCopy, Line } from '../copy-types.js';

/** The body's last line, by tone. Somber closings carry sympathy and nothing festive. */
export const CLOSINGS: LanguageCopy['closings'] = {
  joyful: ['Have the most wonderful day!', 'Enjoy every single moment!', 'Here’s to you, today and always!'],
  warm: ['Sending you a big hug.', 'Thinking of you, always.', 'With all my love and good wishes.'],
  formal: ['Please accept my warmest regards and every good wish.', 'With sincere good wishes for the days ahead.', 'Wishing you good health and every success.'],
  somber: ['With heartfelt sympathy, and love.', 'You are in my thoughts, now and in the days ahead.', 'Holding you and your family close in my heart.'],
  romantic: ['I love you, today and always.', 'Forever yours, with all my heart.', 'You are my favorite everything.'],
  playful: ['Now go have some fun: that’s an order!', 'Stay awesome, and save some fun for me!', 'Don’t do anything I wouldn’t do!'],
};

/** "Love, your daughter" when the sender says so; "Your loving child" when the gender is unknown. */
const child: Line = (c) => (c.sender === 'daughter' ? 'Love, your daughter' : c.sender === 'son' ? 'Love, your son' : null);

const parent: Line = (c) => {
  switch (c.sender) {
    case 'mother':
      return 'Love always, Mom';
    case 'father':
      return 'Love always, Dad';
    case 'parents':
      return 'All our love, Mom and Dad';
    default:
      return null;
  }
};

const grandparent: Line = (c) => {
  switch (c.sender) {
    case 'grandmother':
      return 'Hugs and kisses, Grandma';
    case 'grandfather':
      return 'With love, Grandpa';
    case 'grandparents':
      return 'Love, Grandma and Grandpa';
    default:
      return null;
  }
};

/** Sign-offs by who sends the card; `none` stays neutral and never claims a friendship. */
export const SIGNOFFS: LanguageCopy['signoffs'] = {
  none: ['With warm wishes', 'Warmest regards', 'With every good wish'],
  child: [child, 'Your loving child', 'With all my love, always'],
  grandchild: ['Love and hugs, your grandchild', 'With all my love, your grandchild'],
  parent: [parent, 'With all our love, always', 'Love you to the moon and back'],
  grandparent: [grandparent, 'With all our love, your grandparents', 'Big hugs from your grandparents'],
  partner: ['All my love, always', 'Yours, forever', 'Forever and always yours'],
  sibling: ['Love, your favorite sibling', 'Always in your corner, your sibling'],
  relative: ['With love from all the family', 'Love from all of us'],
  friend: ['Your friend, always', 'Love, your friend', 'Cheers, your partner in crime'],
  student: [(c) => (c.polite ? 'With respect and gratitude, your student' : 'Your grateful student'), 'Your grateful student'],
  teacher: ['With pride, your teacher', 'Proudly, your teacher'],
  colleague: [(c) => (c.polite ? 'With kind regards, your colleague' : 'Best wishes from your colleague'), 'Warm regards from the office'],
};

/** Sign-offs around the sender's own name ("Love, Anna"). */
export const SIGNED_BY: LanguageCopy['signedBy'] = {
  close: [(n) => `Love, ${n}`, (n) => `With love, ${n}`, (n) => `Big hugs, ${n}`],
  formal: [(n) => `Best wishes, ${n}`, (n) => `Kind regards, ${n}`],
  somber: [(n) => `With deepest sympathy, ${n}`, (n) => `Thinking of you, ${n}`],
  romantic: [(n) => `All my love, ${n}`, (n) => `Forever yours, ${n}`],
};
