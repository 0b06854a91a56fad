import { t, type OccasionTable } from './template.js';

type WorldHoliday = 'diwali' | 'eid' | 'hanukkah';

/** Diwali, Eid and Hanukkah, with the greetings French speakers who keep them use (« Aïd Moubarak »). */
export const WORLD_HOLIDAYS: OccasionTable<WorldHoliday> = {
  diwali: {
    titles: [t('Joyeux Diwali, [who] !'), t('Joyeux Diwali !'), t('Que la lumière l’emporte')],
    subtitles: [
      t('La fête des lumières : des lampes à huile, des couleurs et des douceurs.'),
      t('Que mille lumières éclairent {ta|votre} maison.'),
    ],
    bodies: [
      [
        t('Pour Diwali, je {te|vous} souhaite une année éclatante de lumière, de prospérité et de joie.'),
        t('Que la flamme des diyas chasse toutes les ombres.'),
      ],
      [
        t('Les rangolis colorent le seuil et les lampes brillent dans la nuit.'),
        t('Joyeux Diwali à {toi|vous} et à tous les {tiens|vôtres} !'),
      ],
    ],
  },
  eid: {
    titles: [t('Aïd Moubarak, [who] !'), t('Aïd Moubarak !'), t('Aïd Saïd, belle fête de l’Aïd')],
    subtitles: [
      t('Que cette fête de l’Aïd {t’apporte|vous apporte} paix, joie et bénédictions.'),
      t('Un jour de partage, de prière et de retrouvailles.'),
    ],
    bodies: [
      [
        t('À l’occasion de l’Aïd, je {te|vous} souhaite, à {toi|vous} et à {ta|votre} famille, la paix et le bonheur.'),
        t('Que {tes|vos} prières soient exaucées et {ta|votre} table bien garnie.'),
      ],
      [
        t('L’Aïd est là : le temps des pâtisseries, des visites et des embrassades.'),
        t('Que cette fête soit douce et lumineuse pour {toi|vous} et les {tiens|vôtres}.'),
      ],
    ],
  },
  hanukkah: {
    titles: [t('Joyeux Hanoukka, [who] !'), t('Joyeux Hanoukka !'), t('Hanoukka Saméah !')],
    subtitles: [
      t('Huit nuits de lumière, de beignets et de chansons.'),
      t('Que chaque bougie de la hanoukia {t’apporte|vous apporte} un peu plus de lumière.'),
    ],
    bodies: [
      [
        t('Une bougie de plus chaque soir, et la lumière grandit pendant huit nuits.'),
        t('Je {te|vous} souhaite une fête de Hanoukka pleine de chaleur et de petits miracles.'),
      ],
      [
        t('Des beignets, des latkes et la toupie qui tourne sur la table.'),
        t('Joyeux Hanoukka à {toi|vous} et à tous les {tiens|vôtres}.'),
      ],
    ],
  },
};
