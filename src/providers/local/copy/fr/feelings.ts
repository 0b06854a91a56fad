import { t, type OccasionTable } from './template.js';

type Feeling = 'thanks' | 'apology' | 'love' | 'friendship' | 'travel' | 'general';

/** Cards that need no date: thanks, sorry, love, friendship, news from a trip, a simple hello. */
export const FEELINGS: OccasionTable<Feeling> = {
  thanks: {
    titles: [t('Merci, [who] !'), t('Merci du fond du cœur'), t('Mille mercis !'), t('Un immense merci')],
    subtitles: [
      t('Pour {ta|votre} gentillesse, {ton|votre} temps et {ton|votre} sourire.'),
      t('Un petit mot pour un grand merci.'),
    ],
    bodies: [
      [
        t('Je tenais à {te|vous} remercier du fond du cœur.'),
        t('{Ton|Votre} aide a compté bien plus que {tu ne l’imagines|vous ne l’imaginez}.'),
      ],
      [
        t('Il y a des gestes qu’on n’oublie pas, et le {tien|vôtre} en fait partie.'),
        t('Merci, tout simplement.'),
      ],
      [
        t('Merci pour {ta|votre} générosité et {ta|votre} présence.'),
        t('Les personnes comme {toi|vous} rendent le monde plus doux.'),
      ],
    ],
  },
  apology: {
    titles: [t('[who], pardon'), t('Je {te|vous} demande pardon'), t('Toutes mes excuses')],
    subtitles: [
      t('Je regrette sincèrement et j’aimerais réparer les choses.'),
      t('Quelques mots pour dire ce que j’aurais dû dire plus tôt.'),
    ],
    bodies: [
      [
        t('Je regrette sincèrement ce qui s’est passé.'),
        t('Notre lien compte trop pour moi pour le laisser s’abîmer.'),
      ],
      [
        t('Je n’ai trouvé ni les bons mots ni les bons gestes, et je le regrette.'),
        t('J’espère que {tu pourras|vous pourrez} me pardonner.'),
      ],
    ],
  },
  love: {
    titles: [t('[who], je {t’aime|vous aime}'), t('Rien que pour {toi|vous}'), t('Mon cœur {t’appartient|vous appartient}'), t('Pour toujours')],
    subtitles: [
      t('Quelques mots doux pour dire l’essentiel.'),
      t('Chaque jour avec {toi|vous} est mon préféré.'),
    ],
    bodies: [
      [
        t('Je {t’aime|vous aime} un peu, beaucoup, passionnément, à la folie.'),
        t('Chaque jour davantage : aujourd’hui plus qu’hier, et bien moins que demain.'),
      ],
      [
        t('Avec {toi|vous}, les jours ordinaires deviennent extraordinaires.'),
        t('Merci d’être {toi|vous}, tout simplement.'),
      ],
      [
        t('[place] est magnifique, mais rien ne vaut {ton|votre} sourire.'),
        t('Je compte les jours jusqu’à nos retrouvailles.'),
      ],
    ],
  },
  friendship: {
    titles: [t('[who], merci d’être là'), t('Vive l’amitié !'), t('Amis pour la vie')],
    subtitles: [
      t('Les vrais amis, c’est la famille qu’on choisit.'),
      t('Merci pour les fous rires, les confidences et tout le reste.'),
    ],
    bodies: [
      [
        t('Merci d’être là, dans les bons moments comme dans les plus durs.'),
        t('Notre amitié est l’un des plus beaux cadeaux de ma vie.'),
      ],
      [
        t('Des souvenirs par milliers et des fous rires à en perdre le souffle.'),
        t('Vivement les prochains, à très vite !'),
      ],
    ],
  },
  travel: {
    titles: [t('[who], un petit coucou de voyage !'), t('Bons baisers [de place] !'), t('Des nouvelles de voyage'), t('Carte postale de vacances')],
    subtitles: [
      t('[place] : des paysages, des balades et une pensée pour {toi|vous}.'),
      t('Le voyage est beau, mais il le serait encore plus avec {toi|vous}.'),
      t('Quelques lignes écrites entre deux balades.'),
    ],
    bodies: [
      [
        t('Je {t’écris|vous écris} [de place], où chaque rue réserve une surprise.'),
        t('Je {te|vous} raconterai tout à mon retour.'),
      ],
      [
        t('Le voyage se passe à merveille : des découvertes, de bons repas et de longues balades.'),
        t('J’aurais aimé {t’avoir|vous avoir} avec moi pour partager tout ça.'),
      ],
      [
        t('Un petit coucou de voyage, entre deux visites et une terrasse au soleil.'),
        t('{Je pense à toi et je t’embrasse bien fort.|Je vous adresse mes pensées les plus chaleureuses.}'),
      ],
    ],
  },
  general: {
    titles: [t('Un petit mot pour [who]'), t('Un petit mot pour {toi|vous}'), t('Une pensée pour {toi|vous}'), t('Bonjour !')],
    subtitles: [
      t('Parce qu’un petit message fait toujours plaisir.'),
      t('Juste pour dire que je pense à {toi|vous}.'),
    ],
    bodies: [
      [
        t('Je voulais simplement {te|vous} dire que je pense à {toi|vous}.'),
        t('J’espère que tout va bien de {ton|votre} côté.'),
      ],
      [
        t('Une carte, quelques mots et beaucoup d’affection.'),
        t('{Prends soin de toi|Prenez soin de vous}, et à très bientôt.'),
      ],
      [
        t('J’espère que {ta|votre} vie est toujours pleine [de interest] et de belles choses.'),
        t('J’ai hâte d’avoir de {tes|vos} nouvelles.'),
      ],
    ],
  },
};
