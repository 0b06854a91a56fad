import { t, type OccasionTable } from './template.js';

type LunarDay =
  | 'spring_festival'
  | 'lantern_festival'
  | 'qingming'
  | 'dragon_boat'
  | 'qixi'
  | 'mid_autumn'
  | 'double_ninth'
  | 'teachers_day'
  | 'national_day'
  | 'seollal'
  | 'chuseok';

/** The Chinese and Korean calendars' days, as a French speaker would wish them to friends and family who keep them. */
export const LUNAR_CALENDAR: OccasionTable<LunarDay> = {
  spring_festival: {
    titles: [t('Joyeux Nouvel An chinois, [who] !'), t('Joyeux Nouvel An chinois !'), t('Bonne fête du Printemps !'), t('Bonne et heureuse année lunaire')],
    subtitles: [
      t('Que la nouvelle année lunaire {t’apporte|vous apporte} santé, bonheur et prospérité.'),
      t('Une année de chance et d’abondance, en famille et autour d’une bonne table.'),
      t('Lanternes rouges, raviolis et enveloppes porte-bonheur : la fête commence.'),
    ],
    bodies: [
      [
        t('Pour la fête du Printemps, je {te|vous} souhaite une année pleine de santé, de chance et de prospérité.'),
        t('Que les lanternes rouges éclairent chaque jour de cette nouvelle année lunaire.'),
      ],
      [
        t('Les raviolis sont prêts, les enveloppes rouges aussi : place aux retrouvailles en famille.'),
        t('Que cette nouvelle année {t’apporte|vous apporte} tout ce dont {tu rêves|vous rêvez}.'),
      ],
      [
        t('[De place], je {t’envoie|vous envoie} mes meilleurs vœux pour le Nouvel An chinois.'),
        t('Même de loin, je partage la joie des retrouvailles et le bruit des pétards.'),
      ],
      [
        t('Une nouvelle année lunaire commence, et avec elle mille occasions de bonheur.'),
        t('Je {te|vous} souhaite la réussite dans tout ce que {tu entreprends|vous entreprenez}, et la paix au foyer.'),
      ],
    ],
  },
  lantern_festival: {
    titles: [t('Joyeuse fête des Lanternes, [who] !'), t('Joyeuse fête des Lanternes !'), t('Sous la lune des lanternes')],
    subtitles: [
      t('La première pleine lune de l’année lunaire, et toutes les lanternes allumées.'),
      t('Des tangyuan bien sucrés et des vœux de retrouvailles.'),
    ],
    bodies: [
      [
        t('Ce soir, les lanternes s’allument et la première pleine lune de l’année se lève.'),
        t('Je {te|vous} souhaite la douceur des tangyuan et la chaleur des retrouvailles.'),
      ],
      [
        t('Que chaque lanterne porte un vœu de bonheur jusqu’à {toi|vous}.'),
        t('Et que cette lumière accompagne toute la nouvelle année.'),
      ],
    ],
  },
  qingming: {
    titles: [t('Pour [who], en ce jour de Qingming'), t('Qingming, le temps du souvenir'), t('En mémoire de ceux qui nous ont quittés')],
    subtitles: [
      t('Le jour où l’on honore la mémoire des ancêtres.'),
      t('Des fleurs, un peu de silence, et les souvenirs qui restent.'),
    ],
    bodies: [
      [
        t('En ce jour de Qingming, je m’associe à {tes|vos} pensées pour ceux qui nous ont quittés.'),
        t('Que leur souvenir reste doux et vivant dans nos cœurs.'),
      ],
      [
        t('Le printemps revient, et avec lui le souvenir de ceux que nous aimons.'),
        t('Je {te|vous} souhaite un moment de recueillement paisible, auprès des {tiens|vôtres}.'),
      ],
    ],
  },
  dragon_boat: {
    titles: [t('Bonne fête des Bateaux-Dragons, [who] !'), t('Bonne fête des Bateaux-Dragons !'), t('Que les dragons {te|vous} portent chance !')],
    subtitles: [
      t('Des zongzi, des tambours sur l’eau et une pensée pour Qu Yuan.'),
      t('Santé et sérénité pour le cinquième jour du cinquième mois.'),
    ],
    bodies: [
      [
        t('Les tambours résonnent sur la rivière et les zongzi sont prêts.'),
        t('Je {te|vous} souhaite la santé, la paix et un été plein d’élan.'),
      ],
      [
        t('Pour la fête des Bateaux-Dragons, je {t’envoie|vous envoie} un zongzi imaginaire et mille bons vœux.'),
        t('Que l’été qui commence soit doux pour {toi|vous} et les {tiens|vôtres}.'),
      ],
    ],
  },
  qixi: {
    titles: [t('Joyeux Qixi, [who]'), t('Joyeux Qixi, la Saint-Valentin chinoise'), t('Sur le pont des pies')],
    subtitles: [
      t('Le soir où le Bouvier et la Tisserande se retrouvent enfin.'),
      t('Une nuit d’étoiles pour deux cœurs.'),
    ],
    bodies: [
      [
        t('Ce soir, le Bouvier et la Tisserande traversent le pont des pies pour se retrouver.'),
        t('Aucune distance ne sépare vraiment ceux qui s’aiment : je pense à {toi|vous}.'),
      ],
      [
        t('Pour Qixi, je {t’offre|vous offre} toutes les étoiles de la Voie lactée.'),
        t('Merci d’être la plus belle rencontre de ma vie.'),
      ],
    ],
  },
  mid_autumn: {
    titles: [t('Joyeuse fête de la mi-automne, [who] !'), t('Joyeuse fête de la Lune !'), t('Pleine lune, famille réunie'), t('Bonne fête de la mi-automne')],
    subtitles: [
      t('Que la pleine lune {t’apporte|vous apporte} la joie des retrouvailles.'),
      t('Gâteaux de lune, thé chaud et pensées pour ceux qu’on aime.'),
      t('Une lune ronde comme une famille réunie.'),
    ],
    bodies: [
      [
        t('Ce soir, la lune est pleine et ronde comme une famille réunie.'),
        t('Où que {tu sois|vous soyez}, nous regardons la même lune.'),
      ],
      [
        t('Pour la fête de la mi-automne, je {t’envoie|vous envoie} un gâteau de lune et toute mon affection.'),
        t('Que la douceur de cette nuit {t’accompagne|vous accompagne} toute l’année.'),
      ],
      [
        t('[De place] jusqu’à chez {toi|vous}, c’est la même lune qui brille ce soir.'),
        t('Je {te|vous} souhaite une belle fête de la mi-automne, pleine de douceur et de retrouvailles.'),
      ],
      [
        t('Les lanternes sont accrochées, le thé infuse et les gâteaux de lune attendent.'),
        t('Il ne manque que {toi|vous} autour de la table : je {t’embrasse|vous embrasse} de loin.'),
      ],
    ],
  },
  double_ninth: {
    titles: [t('Bonne fête du Double Neuf, [who] !'), t('Bonne fête du Double Neuf !'), t('Longue vie et belle santé')],
    subtitles: [
      t('Le neuvième jour du neuvième mois, on honore les anciens.'),
      t('Des chrysanthèmes et des vœux de longue vie.'),
    ],
    bodies: [
      [
        t('En ce jour du Double Neuf, je {te|vous} souhaite une longue vie, une santé solide et des journées paisibles.'),
        t('Merci pour tout ce que {tu m’as|vous m’avez} transmis.'),
      ],
      [
        t('La tradition veut qu’on monte sur les hauteurs et qu’on admire les chrysanthèmes.'),
        t('J’y monte en pensée avec {toi|vous}, et {te|vous} souhaite encore de longues et belles années.'),
      ],
    ],
  },
  teachers_day: {
    titles: [t('Merci, [who] !'), t('Bonne Journée des enseignants !'), t('À {toi qui m’as|vous qui m’avez} tant appris')],
    subtitles: [
      t('Pour la Journée des enseignants, un grand merci du fond du cœur.'),
      t('Un bon professeur, c’est une lumière qu’on garde toute sa vie.'),
    ],
    bodies: [
      [
        t('Merci pour {ta|votre} patience, {tes|vos} encouragements et {ta|votre} passion de transmettre.'),
        t('Ce que {tu m’as|vous m’avez} appris m’accompagne chaque jour.'),
      ],
      [
        t('En cette Journée des enseignants, je repense à toutes ces heures passées à {t’écouter|vous écouter}.'),
        t('Merci d’avoir cru en moi, même quand je doutais.'),
      ],
    ],
  },
  national_day: {
    titles: [t('Bonne fête nationale, [who] !'), t('Bonne fête nationale !'), t('Un jour de fête pour tous')],
    subtitles: [
      t('Des drapeaux aux fenêtres et des feux d’artifice dans le ciel.'),
      t('Un jour férié bien mérité pour profiter des siens.'),
    ],
    bodies: [
      [
        t('En ce jour de fête nationale, je {te|vous} souhaite de beaux moments en famille ou entre amis.'),
        t('{Profite|Profitez} bien du jour de congé et du feu d’artifice !'),
      ],
      [
        t('Un pays, ce sont d’abord des gens qui vivent ensemble.'),
        t('Belle fête nationale à {toi|vous}, sous le soleil et dans la bonne humeur.'),
      ],
    ],
  },
  seollal: {
    titles: [t('Joyeux Seollal, [who] !'), t('Joyeux Seollal !'), t('Bonne année coréenne !')],
    subtitles: [
      t('Que la nouvelle année {t’apporte|vous apporte} beaucoup de bonheur, comme on le souhaite en Corée.'),
      t('Une soupe de tteok, des révérences et des vœux pour toute l’année.'),
    ],
    bodies: [
      [
        t('Pour Seollal, je {te|vous} souhaite une année pleine de bonheur et de bénédictions.'),
        t('Que le premier bol de tteokguk {t’apporte|vous apporte} la santé pour les douze mois à venir.'),
      ],
      [
        t('En Corée, on dit « Saehae bok mani badeuseyo » : {reçois|recevez} beaucoup de bonheur cette année.'),
        t('Je {te|vous} le souhaite de tout cœur.'),
      ],
    ],
  },
  chuseok: {
    titles: [t('Joyeux Chuseok, [who] !'), t('Joyeux Chuseok !'), t('Une récolte de bonheur')],
    subtitles: [
      t('Que {ta|votre} fête soit aussi généreuse que la pleine lune des moissons.'),
      t('Des songpyeon, la pleine lune et la famille réunie.'),
    ],
    bodies: [
      [
        t('Pour Chuseok, je {te|vous} souhaite une fête riche et généreuse, comme une belle récolte.'),
        t('Que la pleine lune veille sur {toi|vous} et sur les {tiens|vôtres}.'),
      ],
      [
        t('Les songpyeon sont prêts et toute la famille se retrouve.'),
        t('Je {t’envoie|vous envoie} mes vœux les plus chaleureux pour Chuseok.'),
      ],
    ],
  },
};
