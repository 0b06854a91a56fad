import { t, type OccasionTable } from './template.js';

type Holiday = 'christmas' | 'new_year' | 'valentines' | 'easter' | 'mothers_day' | 'fathers_day' | 'halloween' | 'thanksgiving';

/** The German-speaking year's holidays, with their own customs: Plätzchen, the Osterhase, „Guten Rutsch“ and „Prosit Neujahr“. */
export const HOLIDAYS: OccasionTable<Holiday> = {
  christmas: {
    titles: [t('Frohe Weihnachten, [who]!'), t('Frohe Weihnachten!'), t('Frohes Fest!'), t('Eine besinnliche Weihnachtszeit')],
    subtitles: [
      t('Möge der Zauber der Weihnacht {dein|Ihr|euer} Zuhause und {dein|Ihr|euer} Herz erfüllen.'),
      t('Kerzenschein, Plätzchen und die Liebsten um den Tisch.'),
      t('Frohe Weihnachten und einen guten Rutsch ins neue Jahr!'),
    ],
    bodies: [
      [
        t('Ich wünsche {dir|Ihnen|euch} ein frohes, friedliches Weihnachtsfest voller Wärme und Lachen.'),
        t('Möge die Zeit mit der Familie so hell strahlen wie der Tannenbaum.'),
      ],
      [
        t('Der Baum leuchtet, die Plätzchen duften und draußen fällt vielleicht sogar Schnee.'),
        t('Ich schicke {dir|Ihnen|euch} von Herzen frohe Weihnachten und einen guten Rutsch.'),
      ],
      [
        t('[Aus place] schicke ich {dir|Ihnen|euch} die herzlichsten Weihnachtsgrüße.'),
        t('Auch aus der Ferne bin ich in Gedanken unterm Tannenbaum bei {dir|Ihnen|euch}.'),
      ],
      [
        t('Vielleicht legt das Christkind ja eine Extraportion [interest] unter den Baum.'),
        t('Frohe Weihnachten und erholsame Feiertage!'),
      ],
    ],
  },
  new_year: {
    titles: [t('Frohes neues Jahr, [who]!'), t('Willkommen, [year]!'), t('Prosit Neujahr!'), t('Frohes neues Jahr!')],
    subtitles: [
      t('Gesundheit, Glück und viele neue Pläne für das kommende Jahr.'),
      t('Mögen {deine|Ihre|eure} größten Wünsche in diesem Jahr in Erfüllung gehen.'),
      t('Ein gesundes, glückliches neues Jahr!'),
    ],
    bodies: [
      [
        t('Ich wünsche {dir|Ihnen|euch} ein gesundes, glückliches und erfolgreiches neues Jahr.'),
        t('Möge es {dir|Ihnen|euch} viele schöne Überraschungen bringen.'),
      ],
      [
        t('Ein neues Kapitel beginnt: zwölf Monate zum Gestalten, 365 Tage zum Genießen.'),
        t('Möge jeder einzelne voller Licht und Schwung sein.'),
      ],
      [
        t('Möge [year] das Jahr all {deiner|Ihrer|eurer} Pläne werden.'),
        t('{Bleib|Bleiben Sie|Bleibt} gesund, und bis ganz bald!'),
      ],
      [
        t('Um Mitternacht, beim ersten Feuerwerk, habe ich an {dich|Sie|euch} gedacht.'),
        t('Möge das neue Jahr {dich|Sie|euch} gesund halten und {dir|Ihnen|euch} viele echte Glücksmomente schenken.'),
      ],
    ],
  },
  valentines: {
    titles: [t('Alles Liebe zum Valentinstag, [who]!'), t('Alles Liebe zum Valentinstag!'), t('Mein Herz gehört {dir|Ihnen|euch}')],
    subtitles: [
      t('Heute und an jedem Tag denke ich an {dich|Sie|euch}.'),
      t('Ein kleines Herz per Post, mit all meiner Liebe.'),
    ],
    bodies: [
      [
        t('Zum Valentinstag habe ich nur einen Satz für {dich|Sie|euch}: Ich liebe {dich|Sie|euch}.'),
        t('Jeder Tag an {deiner|Ihrer|eurer} Seite ist ein Geschenk.'),
      ],
      [
        t('Rosen, Schokolade und ein Abend bei Kerzenschein – natürlich.'),
        t('Aber das schönste Geschenk {bist du|sind Sie|seid ihr}.'),
      ],
    ],
  },
  easter: {
    titles: [t('Frohe Ostern, [who]!'), t('Frohe Ostern!'), t('Schöne Ostertage')],
    subtitles: [
      t('Bunte Eier, der Osterhase und der Frühling in voller Blüte.'),
      t('Möge Ostern {dir|Ihnen|euch} Freude und neue Kraft schenken.'),
    ],
    bodies: [
      [
        t('Der Osterhase war fleißig, und im Garten liegen bunte Eier versteckt.'),
        t('Ich wünsche {dir|Ihnen|euch} frohe Ostern im Kreis der Familie, mit viel Frühlingssonne.'),
      ],
      [
        t('Ostern ist die Rückkehr des Lichts und der Blumen.'),
        t('Möge dieser Frühling {dir|Ihnen|euch} Freude, Hoffnung und ganz viel Schokolade bringen.'),
      ],
    ],
  },
  mothers_day: {
    titles: [t('Alles Liebe zum Muttertag, [who]!'), t('Alles Liebe zum Muttertag!'), t('Für die beste Mama der Welt')],
    subtitles: [
      t('Danke für all die Liebe, die {du mir schenkst|Sie mir schenken|ihr mir schenkt}.'),
      t('Ein Strauß lieber Worte zum Muttertag.'),
    ],
    bodies: [
      [
        t('Zum Muttertag ein riesiges Dankeschön für {deine|Ihre|eure} Zärtlichkeit, {deine|Ihre|eure} Geduld und {dein|Ihr|euer} Lachen.'),
        t('{Ich hab dich lieber als alle Blumensträuße der Welt.|Dafür danke ich Ihnen von ganzem Herzen.|Ich hab euch lieber als alle Blumensträuße der Welt.}'),
      ],
      [
        t('{Du hast|Sie haben|Ihr habt} immer die richtigen Worte, die richtigen Gesten und Zeit für mich gefunden.'),
        t('Heute bin ich dran, Danke zu sagen: alles Liebe zum Muttertag!'),
      ],
    ],
  },
  fathers_day: {
    titles: [t('Alles Gute zum Vatertag, [who]!'), t('Alles Gute zum Vatertag!'), t('Für den besten Papa der Welt')],
    subtitles: [
      t('Danke für {deine|Ihre|eure} Ratschläge, {deine|Ihre|eure} Geduld und {deine|Ihre|eure} Witze.'),
      t('Ein Tag nur für {dich|Sie|euch}.'),
    ],
    bodies: [
      [
        t('Zum Vatertag danke ich {dir, dass du|Ihnen, dass Sie|euch, dass ihr} immer da {warst|waren|wart} – im Großen wie im Kleinen.'),
        t('{Du bist mein Vorbild, und ich hab dich sehr lieb.|Sie sind mein Vorbild, und dafür danke ich Ihnen von Herzen.|Ihr seid meine Vorbilder, und ich hab euch sehr lieb.}'),
      ],
      [
        t('Die besten Geschichten, die besten Ratschläge und die schlechtesten Wortwitze: Das {bist du|sind Sie|seid ihr}.'),
        t('{Genieß|Genießen Sie|Genießt} diesen Tag, er gehört ganz {dir|Ihnen|euch}.'),
      ],
    ],
  },
  halloween: {
    titles: [t('Schaurig-schönes Halloween, [who]!'), t('Süßes oder Saures!'), t('Ein gruseliges Halloween!')],
    subtitles: [
      t('Kürbisse, Gespenster und Süßigkeiten ohne Ende.'),
      t('Vorsicht, diese Karte spukt ein bisschen …'),
    ],
    bodies: [
      [
        t('Heute Nacht grinsen die Kürbisse und die Gespenster kommen heraus.'),
        t('Ich wünsche {dir|Ihnen|euch} ein Halloween voller Gänsehaut und Süßigkeiten.'),
      ],
      [
        t('Süßes oder Saures? Für {dich|Sie|euch} gibt’s beides.'),
        t('{Hab|Haben Sie|Habt} eine schaurig-schöne Halloween-Nacht!'),
      ],
    ],
  },
  thanksgiving: {
    titles: [t('Ein schönes Thanksgiving, [who]!'), t('Ein schönes Thanksgiving!'), t('Danke für dieses Jahr')],
    subtitles: [
      t('Ein reich gedeckter Tisch und ein Herz voller Dankbarkeit.'),
      t('Zeit, Danke zu sagen für alles, was zählt.'),
    ],
    bodies: [
      [
        t('An Thanksgiving gilt meine Dankbarkeit vor allem {dir|Ihnen|euch}.'),
        t('Danke, dass {du da bist|Sie da sind|ihr da seid} – an guten wie an schweren Tagen.'),
      ],
      [
        t('Truthahn, Kürbiskuchen und viel Lachen am Tisch.'),
        t('Ich wünsche {dir|Ihnen|euch} ein Fest voller Wärme und Dankbarkeit.'),
      ],
    ],
  },
};
