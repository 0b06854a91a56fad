import { OCCASIONS } from '../../src/providers/contracts.js';
import { composeCopy } from '../../src/providers/local/copy/compose.js';
import { conceptFor } from '../support/copy-concept.js';
import type { CopyContext } from '../../src/providers/local/copy/copy-types.js';
import { JA_COPY } from '../../src/providers/local/copy/ja/index.js';
import { KO_COPY } from '../../src/providers/local/copy/ko/index.js';

/** Whom a Japanese or Korean card is written up to, and how it then calls them. */

const EMPTY: CopyContext = { name: null, relation: null, sender: null, from: null, age: null, number: null, place: null, interest: null, polite: false, several: false };


const written = (copy: { title: string; subtitle: string; body: string }) => `${copy.title}\n${copy.subtitle}\n${copy.body}`;

describe('Japanese: あなた is not said up to someone', () => {
  it('calls a polite card\'s recipient by name or title wherever a line would say あなた', () => {
    for (const occasion of OCCASIONS) {
      for (let seed = 0; seed < 6; seed += 1) {
        const named = composeCopy(JA_COPY, conceptFor('ja', occasion, 'formal', { recipients: ['山田'] }), seed);
        const teacher = composeCopy(JA_COPY, conceptFor('ja', occasion, 'warm', { recipient_relation: 'teacher' }), seed);
        const two = composeCopy(JA_COPY, conceptFor('ja', occasion, 'formal', { recipients: ['山田', '田中'] }), seed);
        for (const copy of [named, teacher, two]) expect(`${occasion}: ${written(copy)}`).not.toContain('あなた');
      }
    }
  });

  it('says さん, 様 at work, 先生 to a teacher and 皆さま to several', () => {
    const finish = (c: Partial<CopyContext>) => JA_COPY.finish?.('あなたのおかげです。', { ...EMPTY, polite: true, ...c });
    expect(finish({ name: '山田' })).toBe('山田さんのおかげです。');
    expect(finish({ name: '山田', relation: 'boss' })).toBe('山田様のおかげです。');
    expect(finish({ name: '田中', relation: 'teacher' })).toBe('田中先生のおかげです。');
    expect(finish({ name: '山田と田中', several: true })).toBe('皆さまのおかげです。');
    expect(finish({ relation: 'grandmother' })).toBe('おばあちゃんのおかげです。');
    // A polite card that names nobody keeps あなた; between friends it is fine.
    expect(finish({})).toBe('あなたのおかげです。');
    expect(JA_COPY.finish?.('あなたのおかげです。', { ...EMPTY, name: 'さくら' })).toBe('あなたのおかげです。');
  });

  it('leaves the sign-off alone: あなたの友人より says whose friend signs', () => {
    const signatures = Array.from({ length: 8 }, (_, seed) => composeCopy(JA_COPY, conceptFor('ja', 'thanks', 'formal', { recipients: ['山田'], sender_relation: 'friend' }), seed).signature);
    expect(signatures).toContain('あなたの友人より');
    expect(signatures.join('\n')).not.toContain('山田');
  });

  it('writes for the elders\' day without naming 重陽, which Japan does not keep (敬老の日)', () => {
    for (let seed = 0; seed < 12; seed += 1) {
      for (const tone of ['warm', 'formal'] as const) expect(written(composeCopy(JA_COPY, conceptFor('ja', 'double_ninth', tone, {}), seed))).not.toContain('重陽');
    }
  });
});

describe('Korean: a child writes up to a parent', () => {
  const familiar = /((^|\s)(너|너의|너에게|너를|너랑|너는|너한테|네가)[\s,.]|네 곁|네 편|했어[.!]?$|고마워[.!]?$)/;

  it('uses 존댓말 to a mother or father, never 너', () => {
    for (const relation of ['mother', 'father', 'parents'] as const) {
      for (const occasion of OCCASIONS) {
        for (let seed = 0; seed < 4; seed += 1) {
          const copy = composeCopy(KO_COPY, conceptFor('ko', occasion, 'joyful', { recipient_relation: relation, age: 60, numbers: ['60'] }), seed);
          expect(`${relation} ${occasion}: ${written(copy)}`).not.toMatch(familiar);
        }
      }
    }
  });
});
