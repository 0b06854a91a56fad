import { t, type OccasionTable } from './template.js';

type LifeChange = 'retirement' | 'housewarming' | 'farewell' | 'get_well' | 'sympathy' | 'congratulations';

/**
 * Leaving, moving, falling ill, losing someone, succeeding. Sympathy is
 * somber: no exclamation mark and nothing that celebrates, only sympathy
 * and remembrance.
 */
export const LIFE_CHANGES: OccasionTable<LifeChange> = {
  retirement: {
    titles: [t('Bonne retraite, [who] !'), t('Bonne retraite !'), t('Place au temps libre')],
    subtitles: [
      t('Après tant d’années de travail, place à un repos bien mérité.'),
      t('Le temps est venu de profiter de chaque jour.'),
    ],
    bodies: [
      [
        t('Toutes mes félicitations pour cette belle carrière.'),
        t('Je {te|vous} souhaite une retraite pleine de voyages, de projets et de grasses matinées.'),
      ],
      [
        t('Plus de réveil ni de réunions : désormais, l’agenda, c’est {toi qui le décides|vous qui le décidez}.'),
        t('Merci pour toutes ces années de travail à nos côtés.'),
      ],
      [
        t('Que {ta|votre} retraite soit pleine [de interest] et de belles découvertes.'),
        t('{Profite|Profitez} de chaque jour, c’est amplement mérité.'),
      ],
    ],
  },
  housewarming: {
    titles: [t('Bienvenue chez {toi|vous}, [who] !'), t('Bonne crémaillère !'), t('Nouveau nid, nouveau départ')],
    subtitles: [
      t('Que {ton nouveau chez-toi|votre nouveau chez-vous} soit rempli de rires et de beaux souvenirs.'),
      t('Des cartons, une clé et mille souvenirs à venir.'),
    ],
    bodies: [
      [
        t('Félicitations pour {ton nouveau chez-toi|votre nouveau chez-vous} !'),
        t('Que ces murs {t’apportent|vous apportent} douceur, lumière et beaucoup de bonheur.'),
      ],
      [
        t('Les cartons sont presque vidés : il est temps de pendre la crémaillère !'),
        t('Je {te|vous} souhaite de merveilleux moments dans ce nouveau nid.'),
      ],
      [
        t('[place] : une bien belle adresse pour un nouveau départ.'),
        t('Que {ta|votre} nouvelle maison soit toujours pleine d’amis et de rires.'),
      ],
    ],
  },
  farewell: {
    titles: [t('Au revoir, [who]'), t('Bonne continuation !'), t('Ce n’est qu’un au revoir')],
    subtitles: [
      t('Merci pour tous ces moments partagés, et bonne route.'),
      t('Les au revoir ne sont jamais faciles, mais l’avenir {t’attend|vous attend}.'),
    ],
    bodies: [
      [
        t('{Ton|Votre} départ laisse un grand vide, mais aussi de très beaux souvenirs.'),
        t('Je {te|vous} souhaite le meilleur pour la suite de l’aventure.'),
      ],
      [
        t('Ce n’est qu’un au revoir : on se reverra, c’est promis.'),
        t('Bonne route, et {garde|gardez} le contact !'),
      ],
      [
        t('Prochaine étape : [place]. Quelle aventure !'),
        t('Je {te|vous} souhaite d’y trouver tout le bonheur du monde.'),
      ],
    ],
  },
  get_well: {
    titles: [t('Bon rétablissement, [who] !'), t('Bon rétablissement !'), t('{Prends soin de toi|Prenez soin de vous}'), t('Vite, la forme !')],
    subtitles: [
      t('Je pense bien à {toi|vous} et {t’envoie|vous envoie} plein de force.'),
      t('Du repos, de la soupe chaude et beaucoup de douceur.'),
    ],
    bodies: [
      [
        t('J’ai appris que {tu n’étais|vous n’étiez} pas en forme, et je pense bien à {toi|vous}.'),
        t('Je {te|vous} souhaite un prompt rétablissement.'),
      ],
      [
        t('{Repose-toi|Reposez-vous} bien et {laisse-toi|laissez-vous} chouchouter.'),
        t('Bon rétablissement : j’ai hâte de {te|vous} revoir en pleine forme.'),
      ],
      [
        t('Une petite carte pour {t’apporter|vous apporter} un rayon de soleil.'),
        t('Courage : chaque jour {te|vous} rapproche de la guérison.'),
      ],
    ],
  },
  sympathy: {
    titles: [t('[who], je pense à {toi|vous}'), t('Toutes mes condoléances'), t('Toutes mes pensées vont vers {toi|vous}'), t('En pensée avec {toi|vous}')],
    subtitles: [
      t('Dans ces moments difficiles, je ne {t’oublie|vous oublie} pas.'),
      t('Que les souvenirs partagés {t’apportent|vous apportent} un peu de réconfort.'),
      t('Une pensée pleine de tendresse dans cette épreuve.'),
    ],
    bodies: [
      [
        t('J’ai appris avec une profonde tristesse la nouvelle de ce deuil.'),
        t('Je {te|vous} présente mes plus sincères condoléances.'),
      ],
      [
        t('Les mots sont bien faibles face à une telle perte.'),
        t('{Sache|Sachez} que je suis là, aujourd’hui et dans les jours qui viennent.'),
      ],
      [
        t('Que les beaux souvenirs {t’apportent|vous apportent} un peu de paix.'),
        t('Je partage {ta|votre} peine et {t’envoie|vous envoie} toute mon affection.'),
      ],
      [
        t('Dans le silence de ces jours, je pense à {toi|vous} et à ceux qui {t’entourent|vous entourent}.'),
        t('Que la tendresse des {tiens|vôtres} {t’aide|vous aide} à traverser cette épreuve.'),
      ],
    ],
  },
  congratulations: {
    titles: [t('Félicitations, [who] !'), t('Bravo !'), t('Quelle réussite !')],
    subtitles: [
      t('Un grand bravo pour ce magnifique succès.'),
      t('{Tu l’as|Vous l’avez} amplement mérité.'),
    ],
    bodies: [
      [
        t('Toutes mes félicitations : quelle belle réussite !'),
        t('Tout ce travail a porté ses fruits, et c’est amplement mérité.'),
      ],
      [
        t('Je viens d’apprendre la nouvelle et je ne pouvais pas attendre pour {te|vous} féliciter.'),
        t('Bravo, et que ce succès soit le premier d’une longue série !'),
      ],
    ],
  },
};
