import type { LanguageCopy } from '../copy-types.js';

/**
 * A card written to one's own who has died ("in loving memory of my
 * grandmother"): it speaks to them, of missing and remembering, and never
 * offers them sympathy for their own loss.
 */
export const REMEMBRANCE: NonNullable<LanguageCopy['remembrance']> = {
  occasion: {
    titles: ['Forever in My Heart', 'Always Remembered', 'Thinking of You Today'],
    subtitles: ['The love you gave stays with me every day', 'Your memory is a blessing I carry everywhere'],
    bodies: [
      ['I have been thinking of you so much.', 'Of your laugh, your stories and all the ways you loved us.', 'Everything you taught me, I still carry.'],
      ['Time keeps moving, but missing you has not grown any smaller.', 'We are all doing our best, and we talk about you often.', 'I will live well, and take your love with me wherever I go.'],
      ['Some people leave, yet never really go.', 'In every familiar place, it feels as if you are still near.'],
    ],
  },
  closings: ['Forever loved, forever missed.', 'Rest peacefully. You are always with us.'],
};
