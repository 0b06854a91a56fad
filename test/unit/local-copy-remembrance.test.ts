import { LANGUAGES } from '../../src/providers/contracts.js';
import { writeCopy } from '../../src/providers/local/copy/index.js';
import { conceptFor } from '../support/copy-concept.js';

/** What a condolence card says to a mourner, in each language: never said to the person remembered. */
const CONDOLENCE = /节哀|慰问|sorry for your loss|sympathy|お悔やみ|ご愁傷|조의|위로|pésame|acompaño en el sentimiento|condoléances|Beileid|Anteilnahme/i;

describe('local copy: a card written in memory of one\'s own', () => {
  it.each(LANGUAGES)('%s: remembers the person instead of consoling them', (language) => {
    for (let n = 0; n < 8; n += 1) {
      const request = { prompt: `in memory ${n}`, style: null, theme: null };
      const remembering = writeCopy(request, conceptFor(language, 'sympathy', 'somber', { recipient_relation: 'grandmother', in_memory: true }));
      expect(`${remembering.title}\n${remembering.subtitle}\n${remembering.body}`).not.toMatch(CONDOLENCE);
      // The same card to a grandmother who mourns someone else consoles her.
      const consoling = writeCopy(request, conceptFor(language, 'sympathy', 'somber', { recipient_relation: 'grandmother' }));
      expect(consoling.body).not.toBe(remembering.body);
    }
  });
});
