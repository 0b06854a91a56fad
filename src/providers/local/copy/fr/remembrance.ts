import type { LanguageCopy } from '../copy-types.js';
import { t } from './template.js';

/**
 * Une carte écrite à un proche disparu (« en mémoire de ma grand-mère ») :
 * elle lui parle, de souvenirs et de manque, sans lui présenter de
 * condoléances pour sa propre perte. Aucun accord selon le genre.
 */
export const REMEMBRANCE: NonNullable<LanguageCopy['remembrance']> = {
  occasion: {
    titles: ['Pour toujours dans mon cœur', 'À jamais dans nos souvenirs', t('Je pense à {toi|vous} aujourd’hui')],
    subtitles: [t('L’amour que {tu nous as|vous nous avez} donné nous accompagne chaque jour'), t('{Ton|Votre} souvenir est un cadeau que je garde avec moi')],
    bodies: [
      [
        t('J’ai beaucoup pensé à {toi|vous} ces jours-ci.'),
        t('À {ton|votre} rire, à {tes|vos} histoires et à tout l’amour que {tu nous as|vous nous avez} donné.'),
        t('Tout ce que {tu m’as|vous m’avez} appris, je le garde.'),
      ],
      [
        t('Le temps passe, mais {tu nous manques|vous nous manquez} toujours autant.'),
        t('Ici, tout le monde va bien ; ne {t’inquiète|vous inquiétez} pas.'),
        t('Je vivrai bien, et j’emporterai {ton|votre} amour partout avec moi.'),
      ],
    ],
  },
  closings: [t('{Repose|Reposez} en paix. {Tu restes|Vous restez} avec nous.'), 'Pour toujours dans nos pensées.'],
};
