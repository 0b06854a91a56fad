import { t, type OccasionTable } from './template.js';

type LifeChange = 'retirement' | 'housewarming' | 'farewell' | 'get_well' | 'sympathy' | 'congratulations';

/**
 * Leaving, moving, falling ill, losing someone, succeeding. Sympathy is
 * somber: no exclamation mark and nothing that celebrates, only sympathy
 * and remembrance.
 */
export const LIFE_CHANGES: OccasionTable<LifeChange> = {
  retirement: {
    titles: [t('Alles Gute zum Ruhestand, [who]!'), t('Alles Gute zum Ruhestand!'), t('Endlich Zeit für schöne Dinge')],
    subtitles: [
      t('Nach so vielen Arbeitsjahren beginnt jetzt die schönste Freizeit.'),
      t('Ab heute gehört jeder Tag ganz {dir|Ihnen|euch}.'),
    ],
    bodies: [
      [
        t('Herzlichen Glückwunsch zu dieser wunderbaren Laufbahn.'),
        t('Ich wünsche {dir|Ihnen|euch} einen Ruhestand voller Reisen, Pläne und langer Frühstücke.'),
      ],
      [
        t('Kein Wecker, keine Meetings mehr – ab jetzt {bestimmst du|bestimmen Sie|bestimmt ihr} den Kalender.'),
        t('Danke für all die Jahre, die wir zusammen gearbeitet haben.'),
      ],
      [
        t('Möge {dein|Ihr|euer} Ruhestand viel Zeit für [interest] und schöne Entdeckungen bringen.'),
        t('{Genieß|Genießen Sie|Genießt} jeden einzelnen Tag!'),
      ],
    ],
  },
  housewarming: {
    titles: [t('Willkommen im neuen Zuhause, [who]!'), t('Alles Gute zum Einzug!'), t('Neues Nest, neues Glück')],
    subtitles: [
      t('Möge {dein|Ihr|euer} neues Zuhause voller Lachen und schöner Erinnerungen sein.'),
      t('Umzugskartons, ein Schlüssel und tausend Erinnerungen, die noch kommen.'),
    ],
    bodies: [
      [
        t('Herzlichen Glückwunsch zum neuen Zuhause!'),
        t('Ich bringe symbolisch Brot und Salz mit, damit es {dir|Ihnen|euch} dort nie an etwas fehlt.'),
      ],
      [
        t('Die Kartons sind fast ausgepackt – Zeit für die Einweihungsparty!'),
        t('Ich wünsche {dir|Ihnen|euch} wunderbare Momente in den neuen vier Wänden.'),
      ],
      [
        t('[place] – eine richtig schöne Adresse für einen Neuanfang.'),
        t('Möge das neue Zuhause {dir|Ihnen|euch} Ruhe, Licht und viel Glück schenken.'),
      ],
    ],
  },
  farewell: {
    titles: [t('Auf Wiedersehen, [who]'), t('Alles Gute für den neuen Weg!'), t('Kein Abschied für immer')],
    subtitles: [
      t('Danke für all die gemeinsamen Momente – und gute Reise.'),
      t('Abschiede fallen schwer, aber die Zukunft wartet auf {dich|Sie|euch}.'),
    ],
    bodies: [
      [
        t('{Dein|Ihr|Euer} Abschied hinterlässt eine große Lücke, aber auch wunderbare Erinnerungen.'),
        t('Ich wünsche {dir|Ihnen|euch} für den weiteren Weg nur das Beste.'),
      ],
      [
        t('Das ist kein Abschied für immer: Wir sehen uns wieder, versprochen.'),
        t('Alles Gute, und {bleib|bleiben Sie|bleibt} in Kontakt!'),
      ],
      [
        t('Nächste Station: [place]. Was für ein Abenteuer!'),
        t('Ich wünsche {dir|Ihnen|euch} dort alles Glück der Welt.'),
      ],
    ],
  },
  get_well: {
    titles: [
      t('Gute Besserung, [who]!'),
      t('Gute Besserung!'),
      t('{Werd schnell wieder gesund|Werden Sie schnell wieder gesund|Werdet schnell wieder gesund}!'),
      t('Ganz viel Kraft für {dich|Sie|euch}'),
    ],
    subtitles: [
      t('Ich denke an {dich|Sie|euch} und schicke {dir|Ihnen|euch} ganz viel Kraft.'),
      t('Ruhe, eine warme Suppe und ganz viel Fürsorge.'),
    ],
    bodies: [
      [
        t('Ich habe gehört, dass es {dir|Ihnen|euch} nicht gut geht, und denke an {dich|Sie|euch}.'),
        t('Ich wünsche {dir|Ihnen|euch} von Herzen eine schnelle Genesung.'),
      ],
      [
        t('{Ruh dich gut aus|Ruhen Sie sich gut aus|Ruht euch gut aus} und {lass dich|lassen Sie sich|lasst euch} richtig verwöhnen.'),
        t('Ich freue mich darauf, {dich|Sie|euch} bald wieder fit zu sehen.'),
      ],
      [
        t('Diese kleine Karte soll {dir|Ihnen|euch} einen Sonnenstrahl bringen.'),
        t('Kopf hoch – jeder Tag bringt {dich|Sie|euch} der Genesung ein Stück näher.'),
      ],
    ],
  },
  sympathy: {
    titles: [t('[who], ich denke an {dich|Sie|euch}'), t('Herzliches Beileid'), t('Mein aufrichtiges Beileid'), t('Worte des Trostes')],
    subtitles: [
      t('In diesen schweren Stunden {bist du|sind Sie|seid ihr} nicht allein.'),
      t('Mögen die gemeinsamen Erinnerungen {dir|Ihnen|euch} ein wenig Trost schenken.'),
      t('Ein stiller Gruß in einer schweren Zeit.'),
    ],
    bodies: [
      [
        t('Mit großer Trauer habe ich von {deinem|Ihrem|eurem} Verlust erfahren.'),
        t('Ich spreche {dir|Ihnen|euch} mein aufrichtiges Beileid aus.'),
      ],
      [
        t('Worte sind zu schwach angesichts eines solchen Verlustes.'),
        t('Ich bin für {dich|Sie|euch} da – heute und in den kommenden Tagen.'),
      ],
      [
        t('Mögen die schönen Erinnerungen {dir|Ihnen|euch} ein wenig Frieden schenken.'),
        t('Ich teile {deine|Ihre|eure} Trauer und fühle von Herzen mit {dir|Ihnen|euch}.'),
      ],
      [
        t('In diesen stillen Tagen denke ich an {dich|Sie|euch} und an alle, die {dir|Ihnen|euch} nahestehen.'),
        t('Möge die Nähe {deiner|Ihrer|eurer} Liebsten {dir|Ihnen|euch} Kraft geben.'),
      ],
    ],
  },
  congratulations: {
    titles: [t('Herzlichen Glückwunsch, [who]!'), t('Bravo!'), t('Was für ein Erfolg!')],
    subtitles: [
      t('Ein großes Bravo für diesen wunderbaren Erfolg.'),
      t('{Du hast|Sie haben|Ihr habt} es mehr als verdient.'),
    ],
    bodies: [
      [
        t('Herzlichen Glückwunsch – was für ein schöner Erfolg!'),
        t('All die Arbeit hat sich gelohnt, und das völlig zu Recht.'),
      ],
      [
        t('Gerade habe ich die Neuigkeit gehört und konnte nicht warten, {dir|Ihnen|euch} zu gratulieren.'),
        t('Bravo, und möge dies der erste von vielen Erfolgen sein!'),
      ],
    ],
  },
};
