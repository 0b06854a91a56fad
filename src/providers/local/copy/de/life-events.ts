import { t, type OccasionTable } from './template.js';

type LifeEvent = 'birthday' | 'wedding' | 'anniversary' | 'new_baby' | 'graduation' | 'new_job';

/** The days a life turns a page: birthdays, weddings, babies, degrees, a new job. */
export const LIFE_EVENTS: OccasionTable<LifeEvent> = {
  birthday: {
    titles: [
      t('Alles Gute zum Geburtstag, [who]!'),
      t('Herzlichen Glückwunsch, [who]!'),
      t('Alles Gute zum [age]. Geburtstag, [who]!'),
      t('Alles Gute zum Geburtstag!'),
      t('{Hoch sollst du leben|Hoch sollen Sie leben|Hoch sollt ihr leben}!'),
    ],
    subtitles: [
      t('Möge {dein|Ihr|euer} neues Lebensjahr voller Glück sein.'),
      t('Kerzen, Kuchen und alle Liebe der Welt.'),
      t('Zum [age]. Geburtstag nur das Beste für {dich|Sie|euch}.'),
    ],
    bodies: [
      [
        t('Ich wünsche {dir|Ihnen|euch} einen wunderbaren Geburtstag voller Lachen und Überraschungen.'),
        t('Möge das neue Lebensjahr {dir|Ihnen|euch} alles bringen, wovon {du träumst|Sie träumen|ihr träumt}.'),
      ],
      [
        t('Kerzen auspusten, etwas wünschen und fest daran glauben – das ist das Programm für heute.'),
        t('{Ich denke ganz fest an dich und drück dich.|Ich sende Ihnen meine herzlichsten Grüße.|Ich denke ganz fest an euch und drück euch.}'),
      ],
      [
        t('[age jahre] – eine schöne Zahl, und sie stehen {dir|Ihnen|euch} ausgezeichnet.'),
        t('Ich wünsche {dir|Ihnen|euch} ein Jahr, so strahlend wie {du selbst|Sie selbst|ihr selbst}.'),
      ],
      [
        t('Zum Geburtstag wünsche ich {dir|Ihnen|euch} ein Jahr mit einer Extraportion [interest], viel Lachen und schönen Überraschungen.'),
        t('{Genieß|Genießen Sie|Genießt} jeden Augenblick dieses Tages.'),
      ],
      [
        t('Ein Jahr älter heißt: ein Jahr mehr an schönen Erinnerungen.'),
        t('Möge das nächste noch schöner werden – und jetzt wird gefeiert!'),
      ],
    ],
  },
  wedding: {
    titles: [t('Herzlichen Glückwunsch, [who]!'), t('Alles Gute zur Hochzeit!'), t('Für immer zu zweit'), t('Hoch lebe das Brautpaar!')],
    subtitles: [
      t('Von Herzen alles Gute zu {deiner|Ihrer|eurer} Hochzeit.'),
      t('Zwei Ringe, ein Ja und ein ganzes gemeinsames Leben.'),
      t('Viel Glück und Liebe für den gemeinsamen Weg.'),
    ],
    bodies: [
      [
        t('Herzlichen Glückwunsch zu {deiner|Ihrer|eurer} Hochzeit!'),
        t('Möge {dein|Ihr|euer} gemeinsames Leben voller Liebe, Vertrauen und Lachen sein.'),
      ],
      [
        t('Heute werden aus zwei Geschichten eine.'),
        t('Ich wünsche {dir|Ihnen|euch} ein ganzes Leben voller Zärtlichkeit, gemeinsamer Pläne und kleiner Glücksmomente.'),
      ],
      [
        t('Ein Ja, zwei Ringe und ein Fest, das man nie vergisst.'),
        t('Möge die Liebe dieses Tages mit jedem Jahr weiter wachsen.'),
      ],
    ],
  },
  anniversary: {
    titles: [t('Alles Liebe zum Jahrestag, [who]!'), t('[age jahre] gemeinsam'), t('Alles Gute zum Hochzeitstag!'), t('Noch ein Jahr zu zweit')],
    subtitles: [
      t('Liebe, die bleibt, verdient ein Fest.'),
      t('Ein weiteres Kapitel einer wunderschönen Geschichte.'),
    ],
    bodies: [
      [
        t('Ein Jahr mehr, und immer noch dieselbe Liebe.'),
        t('Ich wünsche {dir|Ihnen|euch} weiterhin viel Glück, Zärtlichkeit und Zweisamkeit.'),
      ],
      [
        t('[age jahre] voller Liebe, Lachen und gemeinsamer Pläne – was für ein schöner Weg.'),
        t('Mögen die kommenden Jahre so schön werden wie die bisherigen.'),
      ],
      [
        t('Manche Liebesgeschichten werden mit jedem Jahr schöner.'),
        t('{Deine|Ihre|Eure} gehört dazu – auf noch viele weitere Jahrestage!'),
      ],
    ],
  },
  new_baby: {
    titles: [t('Herzlichen Glückwunsch, [who]!'), t('Willkommen, kleiner Schatz!'), t('Ein Baby – welch ein Wunder!')],
    subtitles: [
      t('Ein kleines Bündel Glück ist angekommen.'),
      t('Herzlichen Glückwunsch zur Geburt {deines|Ihres|eures} Babys.'),
    ],
    bodies: [
      [
        t('Herzlichen Glückwunsch zur Ankunft dieses kleinen Schatzes!'),
        t('Ich wünsche {dir|Ihnen|euch} (fast) ruhige Nächte und Tage voller Kuscheln.'),
      ],
      [
        t('Zehn kleine Finger, zehn kleine Zehen und eine ganze Welt voller Liebe.'),
        t('Willkommen, kleines Wunder – und viel Glück der ganzen Familie.'),
      ],
    ],
  },
  graduation: {
    titles: [t('Glückwunsch, [who]!'), t('Herzlichen Glückwunsch zum Abschluss!'), t('Geschafft!'), t('Die Welt gehört {dir|Ihnen|euch}!')],
    subtitles: [
      t('All die Arbeit hat sich gelohnt – ich bin so stolz!'),
      t('Den Abschluss in der Tasche und die ganze Zukunft vor {dir|Ihnen|euch}.'),
      t('Ein großes Bravo für diesen schönen Erfolg.'),
    ],
    bodies: [
      [
        t('Herzlichen Glückwunsch zu {deinem|Ihrem|eurem} Abschluss!'),
        t('So viel Fleiß, lange Nächte und Durchhaltevermögen: {Du hast|Sie haben|Ihr habt} es mehr als verdient.'),
      ],
      [
        t('Heute fliegen die Hüte in die Luft, und wir feiern diesen tollen Erfolg.'),
        t('Ich wünsche {dir|Ihnen|euch} eine Zukunft, die {deinem|Ihrem|eurem} Talent gerecht wird.'),
      ],
      [
        t('Dieser Abschluss ist erst der Anfang – und was jetzt kommt, wird spannend.'),
        t('Ich bin so stolz auf {dich|Sie|euch}!'),
      ],
    ],
  },
  new_job: {
    titles: [t('Glückwunsch zum neuen Job, [who]!'), t('Alles Gute für den Neustart!'), t('Neuer Job, neues Abenteuer')],
    subtitles: [
      t('Ein neues berufliches Kapitel beginnt – viel Erfolg!'),
      t('{Dein|Ihr|Euer} neues Team kann sich glücklich schätzen.'),
    ],
    bodies: [
      [
        t('Herzlichen Glückwunsch zur neuen Stelle!'),
        t('Ich wünsche {dir|Ihnen|euch} viel Erfolg, ein tolles Team und ganz viel Freude dabei.'),
      ],
      [
        t('Neues Büro, neue Aufgaben, neue Menschen: Jetzt geht’s los.'),
        t('{Du wirst|Sie werden|Ihr werdet} das großartig machen, da bin ich mir sicher.'),
      ],
    ],
  },
};
