import { t, type OccasionTable } from './template.js';

type Holiday = 'christmas' | 'new_year' | 'valentines' | 'easter' | 'mothers_day' | 'fathers_day' | 'halloween' | 'thanksgiving';

/** The French-speaking year's holidays, with their own customs: the bûche, the Easter bells, « Bonne année, bonne santé ». */
export const HOLIDAYS: OccasionTable<Holiday> = {
  christmas: {
    titles: [t('Joyeux Noël, [who] !'), t('Joyeux Noël !'), t('Joyeuses fêtes de fin d’année'), t('Un Noël plein de lumière')],
    subtitles: [
      t('Que la magie de Noël illumine {ta|votre} maison et {ton|votre} cœur.'),
      t('Des guirlandes, du chocolat chaud et tous ceux qu’on aime autour de la table.'),
      t('Joyeux Noël et bonne année !'),
    ],
    bodies: [
      [
        t('Je {te|vous} souhaite un Noël tout en douceur, plein de chaleur et de rires.'),
        t('Que ces moments en famille soient aussi lumineux que le sapin.'),
      ],
      [
        t('Le sapin brille, la bûche attend et les chaussons sont au pied de la cheminée.'),
        t('Je {t’envoie|vous envoie} toute ma tendresse pour ce Noël.'),
      ],
      [
        t('[De place], je {t’envoie|vous envoie} mes plus beaux vœux de Noël.'),
        t('Même de loin, mon cœur est au pied du sapin avec {toi|vous}.'),
      ],
      [
        t('Et si le Père Noël glissait un peu [de interest] sous le sapin ?'),
        t('Joyeux Noël, et de très belles fêtes de fin d’année.'),
      ],
    ],
  },
  new_year: {
    titles: [t('Bonne année, [who] !'), t('Bonne année [year] !'), t('Bonne année !'), t('Meilleurs vœux pour la nouvelle année')],
    subtitles: [
      t('Santé, bonheur et mille projets pour l’année qui commence.'),
      t('Que {tes|vos} vœux les plus chers se réalisent cette année.'),
      t('Bonne année, bonne santé !'),
    ],
    bodies: [
      [
        t('Je {te|vous} présente mes meilleurs vœux pour cette nouvelle année.'),
        t('Qu’elle {t’apporte|vous apporte} la santé, la joie et de belles surprises.'),
      ],
      [
        t('Une nouvelle page s’ouvre : douze mois à écrire, 365 jours à savourer.'),
        t('Que chacun d’eux soit plein de lumière et d’élan.'),
      ],
      [
        t('Que [year] soit l’année de tous {tes|vos} projets.'),
        t('Bonne année, bonne santé, et à très vite !'),
      ],
      [
        t('Au douzième coup de minuit, j’ai eu une pensée pour {toi|vous}.'),
        t('Que cette année {te|vous} garde en bonne santé et {t’offre|vous offre} de vrais moments de bonheur.'),
      ],
    ],
  },
  valentines: {
    titles: [t('Joyeuse Saint-Valentin, [who] !'), t('Joyeuse Saint-Valentin !'), t('Mon cœur est à {toi|vous}')],
    subtitles: [
      t('Aujourd’hui comme chaque jour, c’est {toi|vous} que j’aime.'),
      t('Un petit cœur envoyé par la poste, avec tout mon amour.'),
    ],
    bodies: [
      [
        t('Pour la Saint-Valentin, je n’ai qu’une chose à {te|vous} dire : je {t’aime|vous aime}.'),
        t('Chaque jour à {tes|vos} côtés est un cadeau.'),
      ],
      [
        t('Des roses, du chocolat et un dîner aux chandelles, bien sûr.'),
        t('Mais le plus beau des cadeaux, c’est {toi|vous}.'),
      ],
    ],
  },
  easter: {
    titles: [t('Joyeuses Pâques, [who] !'), t('Joyeuses Pâques !'), t('Le printemps est là')],
    subtitles: [
      t('Des œufs en chocolat, des cloches et le printemps en fleurs.'),
      t('Que Pâques {t’apporte|vous apporte} douceur et renouveau.'),
    ],
    bodies: [
      [
        t('Les cloches sont passées et le jardin est plein d’œufs en chocolat.'),
        t('Je {te|vous} souhaite de joyeuses Pâques en famille, sous le soleil du printemps.'),
      ],
      [
        t('Pâques, c’est le retour de la lumière et des fleurs.'),
        t('Que ce printemps {t’apporte|vous apporte} de la joie, de l’espoir et beaucoup de chocolat.'),
      ],
    ],
  },
  mothers_day: {
    titles: [t('Bonne fête, [who] !'), t('Bonne fête des Mères !'), t('Pour la meilleure des mamans')],
    subtitles: [
      t('Merci pour tout l’amour que {tu me donnes|vous me donnez} depuis toujours.'),
      t('Un bouquet de mots doux pour la fête des Mères.'),
    ],
    bodies: [
      [
        t('Pour la fête des Mères, un immense merci pour {ta|votre} tendresse, {ta|votre} patience et {tes|vos} fous rires.'),
        t('Je {t’aime|vous aime} plus que tous les bouquets du monde.'),
      ],
      [
        t('{Tu as|Vous avez} toujours su trouver les mots, les gestes et le temps.'),
        t('Aujourd’hui, c’est à moi de {te|vous} dire merci : bonne fête !'),
      ],
    ],
  },
  fathers_day: {
    titles: [t('Bonne fête, [who] !'), t('Bonne fête des Pères !'), t('Pour le meilleur des papas')],
    subtitles: [
      t('Merci pour {tes|vos} conseils, {ta|votre} patience et {tes|vos} blagues.'),
      t('Un jour rien que pour {toi|vous}.'),
    ],
    bodies: [
      [
        t('Pour la fête des Pères, merci d’avoir toujours été là, dans les grands moments comme dans les petits.'),
        t('{Tu es|Vous êtes} mon modèle, et je {t’aime|vous aime} fort.'),
      ],
      [
        t('Les meilleures histoires, les meilleurs conseils et les pires jeux de mots : c’est {toi|vous}.'),
        t('{Profite|Profitez} bien de cette journée, elle est rien que pour {toi|vous}.'),
      ],
    ],
  },
  halloween: {
    titles: [t('Joyeux Halloween, [who] !'), t('Joyeux Halloween !'), t('Des bonbons ou un sort !')],
    subtitles: [
      t('Citrouilles, fantômes et bonbons à volonté.'),
      t('Attention, cette carte est un peu hantée…'),
    ],
    bodies: [
      [
        t('Ce soir, les citrouilles grimacent et les fantômes sortent faire la fête.'),
        t('Je {te|vous} souhaite un Halloween plein de frissons et de bonbons.'),
      ],
      [
        t('Des bonbons ou un sort ? Pour {toi|vous}, ce sera les deux.'),
        t('{Passe|Passez} une nuit d’Halloween terriblement joyeuse !'),
      ],
    ],
  },
  thanksgiving: {
    titles: [t('Joyeuse Action de grâce, [who] !'), t('Joyeux Thanksgiving !'), t('Merci pour cette belle année')],
    subtitles: [
      t('Une table bien garnie et un cœur plein de gratitude.'),
      t('Le moment de dire merci pour tout ce qui compte.'),
    ],
    bodies: [
      [
        t('En ce jour de Thanksgiving, ma gratitude va d’abord à {toi|vous}.'),
        t('Merci d’être là, dans les bons jours comme dans les autres.'),
      ],
      [
        t('Dinde, tarte à la citrouille et rires autour de la table.'),
        t('Je {te|vous} souhaite une fête pleine de chaleur et de gratitude.'),
      ],
    ],
  },
};
