import type { LanguageCopy } from '../copy-types.js';
import { t } from './template.js';

/**
 * Eine Karte an einen verstorbenen Menschen aus der eigenen Familie („in
 * liebevoller Erinnerung an meine Oma“): Sie spricht zu ihm, von Erinnerung
 * und Vermissen, und spricht ihm kein Beileid zu seinem eigenen Verlust aus.
 */
export const REMEMBRANCE: NonNullable<LanguageCopy['remembrance']> = {
  occasion: {
    titles: ['Für immer in meinem Herzen', 'Unvergessen', t('Heute denke ich an {dich|Sie|euch}')],
    subtitles: [
      t('Die Liebe, die {du uns geschenkt hast|Sie uns geschenkt haben|ihr uns geschenkt habt}, begleitet uns jeden Tag'),
      t('Die Erinnerung an {dich|Sie|euch} trage ich immer bei mir'),
    ],
    bodies: [
      [
        t('In diesen Tagen denke ich oft an {dich|Sie|euch}.'),
        t('An {dein|Ihr|euer} Lachen, {deine|Ihre|eure} Geschichten und all die Liebe, die {du uns gegeben hast|Sie uns gegeben haben|ihr uns gegeben habt}.'),
        t('Was {du mir beigebracht hast|Sie mir beigebracht haben|ihr mir beigebracht habt}, trage ich weiter.'),
      ],
      [
        t('Die Zeit vergeht, aber {du fehlst|Sie fehlen|ihr fehlt} uns nicht weniger.'),
        t('Hier geht es allen gut; {mach dir|machen Sie sich|macht euch} keine Sorgen.'),
        t('Ich werde gut leben und {deine|Ihre|eure} Liebe überallhin mitnehmen.'),
      ],
    ],
  },
  closings: [t('{Ruhe|Ruhen Sie|Ruht} in Frieden. {Du bleibst|Sie bleiben|Ihr bleibt} bei uns.'), 'Für immer in unseren Gedanken.'],
};
