import { t, type OccasionTable } from './template.js';

type LifeEvent = 'birthday' | 'wedding' | 'anniversary' | 'new_baby' | 'graduation' | 'new_job';

/** The days a life turns a page: birthdays, weddings, babies, diplomas, a new job. */
export const LIFE_EVENTS: OccasionTable<LifeEvent> = {
  birthday: {
    titles: [
      t('Joyeux anniversaire, [who] !'),
      t('Bon anniversaire, [who] !'),
      t('Joyeux [age e] anniversaire, [who] !'),
      t('[age ans], ça se fête, [who] !'),
      t('Joyeux anniversaire !'),
      t('C’est {ton|votre} jour !'),
    ],
    subtitles: [
      t('Que cette nouvelle année {te|vous} comble de bonheur.'),
      t('Des bougies, un gâteau et tout l’amour du monde.'),
      t('Pour {tes|vos} [age ans], je {te|vous} souhaite le meilleur.'),
    ],
    bodies: [
      [
        t('Je {te|vous} souhaite un merveilleux anniversaire, plein de rires et de surprises.'),
        t('Que cette nouvelle année {t’apporte|vous apporte} tout ce dont {tu rêves|vous rêvez}.'),
      ],
      [
        t('Souffler les bougies, faire un vœu et y croire très fort : voilà le programme du jour.'),
        t('{Je pense fort à toi et je t’embrasse.|Je vous adresse mes pensées les plus chaleureuses.}'),
      ],
      [
        t('Joyeux anniversaire ! [age ans] : un beau chiffre, et {tu les portes|vous les portez} à merveille.'),
        t('Je {te|vous} souhaite une année aussi lumineuse que {toi|vous}.'),
      ],
      [
        t('Pour {ton|votre} anniversaire, je {te|vous} souhaite une année pleine [de interest], de rires et de belles surprises.'),
        t('{Profite|Profitez} bien de chaque instant de cette journée.'),
      ],
      [
        t('Une année de plus, c’est une année de souvenirs en plus.'),
        t('Que la prochaine soit encore plus belle, et que la fête commence !'),
      ],
    ],
  },
  wedding: {
    titles: [t('Félicitations, [who] !'), t('Vive les mariés !'), t('Tous mes vœux de bonheur'), t('Pour la vie, à deux')],
    subtitles: [
      t('Que {ton|votre} mariage soit le début d’une longue et belle histoire.'),
      t('Deux alliances, un oui et toute une vie à écrire.'),
      t('Tous mes vœux de bonheur pour cette belle aventure à deux.'),
    ],
    bodies: [
      [
        t('Toutes mes félicitations pour {ton|votre} mariage !'),
        t('Que {ta|votre} vie à deux soit remplie d’amour, de complicité et de fous rires.'),
      ],
      [
        t('Aujourd’hui, deux histoires n’en font plus qu’une.'),
        t('Je {te|vous} souhaite une vie entière de tendresse, de projets partagés et de bonheurs simples.'),
      ],
      [
        t('Un oui, deux alliances et une fête inoubliable.'),
        t('Que l’amour de ce jour grandisse encore avec les années.'),
      ],
    ],
  },
  anniversary: {
    titles: [t('Joyeux anniversaire de mariage, [who] !'), t('[age ans] d’amour'), t('Joyeux anniversaire de mariage !'), t('Encore une année à deux')],
    subtitles: [
      t('L’amour qui dure, ça se fête.'),
      t('Encore une page d’une très belle histoire.'),
    ],
    bodies: [
      [
        t('Une année de plus, et toujours le même amour.'),
        t('Je {te|vous} souhaite encore beaucoup de bonheur, de tendresse et de complicité.'),
      ],
      [
        t('[age ans] d’amour, de fous rires et de projets partagés : quel beau chemin.'),
        t('Que les années à venir soient aussi belles que celles déjà vécues.'),
      ],
      [
        t('Certaines histoires d’amour deviennent plus belles chaque année.'),
        t('La {tienne|vôtre} en fait partie : à encore mille anniversaires !'),
      ],
    ],
  },
  new_baby: {
    titles: [t('Félicitations, [who] !'), t('Bienvenue, petit trésor !'), t('Un bébé, quelle merveille !')],
    subtitles: [
      t('Un petit bout de bonheur vient d’arriver.'),
      t('Toutes mes félicitations pour la naissance de {ton|votre} bébé.'),
    ],
    bodies: [
      [
        t('Toutes mes félicitations pour l’arrivée de ce petit trésor !'),
        t('Je {te|vous} souhaite des nuits (presque) calmes et des journées pleines de câlins.'),
      ],
      [
        t('Dix petits doigts, dix petits orteils et tout un monde d’amour.'),
        t('Bienvenue au bébé, et beaucoup de bonheur à toute la famille.'),
      ],
    ],
  },
  graduation: {
    titles: [t('Bravo, [who] !'), t('Félicitations pour {ton|votre} diplôme !'), t('Diplôme en poche !'), t('Le monde est à {toi|vous} !')],
    subtitles: [
      t('Tout ce travail a payé : quelle fierté !'),
      t('Un diplôme en poche et tout l’avenir devant {toi|vous}.'),
      t('Un grand bravo pour cette belle réussite.'),
    ],
    bodies: [
      [
        t('Toutes mes félicitations pour {ton|votre} diplôme !'),
        t('Tant d’efforts, de nuits blanches et de persévérance : {tu le mérites|vous le méritez} mille fois.'),
      ],
      [
        t('Aujourd’hui, on sort le champagne pour fêter ce beau succès.'),
        t('Je {te|vous} souhaite un avenir à la hauteur de {ton|votre} talent.'),
      ],
      [
        t('Ce diplôme n’est qu’un début, et la suite s’annonce passionnante.'),
        t('Quelle fierté de {te|vous} voir arriver jusqu’ici. Bravo !'),
      ],
    ],
  },
  new_job: {
    titles: [t('Bravo pour ce nouveau poste, [who] !'), t('Félicitations pour {ton|votre} nouveau poste !'), t('Nouveau poste, nouvelle aventure')],
    subtitles: [
      t('Une nouvelle page professionnelle s’ouvre : bonne chance !'),
      t('{Ta|Votre} nouvelle équipe a bien de la chance.'),
    ],
    bodies: [
      [
        t('Toutes mes félicitations pour {ton|votre} nouveau poste !'),
        t('Je {te|vous} souhaite de belles réussites, une équipe formidable et beaucoup de plaisir.'),
      ],
      [
        t('Nouveau bureau, nouveaux défis, nouvelles rencontres : tout commence.'),
        t('{Ton|Votre} talent va faire des merveilles, je n’en doute pas une seconde.'),
      ],
    ],
  },
};
