import { t, type OccasionTable } from './template.js';

type WorldHoliday = 'diwali' | 'eid' | 'hanukkah';

/** Diwali, Eid and Hanukkah, with the greetings German speakers who keep them use („Eid Mubarak“, „Chag Chanukka Sameach“). */
export const WORLD_HOLIDAYS: OccasionTable<WorldHoliday> = {
  diwali: {
    titles: [t('Frohes Diwali, [who]!'), t('Frohes Diwali!'), t('Möge das Licht siegen')],
    subtitles: [
      t('Das Lichterfest: Öllampen, Farben und Süßigkeiten.'),
      t('Mögen tausend Lichter {dein|Ihr|euer} Zuhause erhellen.'),
    ],
    bodies: [
      [
        t('Zu Diwali wünsche ich {dir|Ihnen|euch} ein Jahr voller Licht, Wohlstand und Freude.'),
        t('Möge das Licht der Diyas alle Schatten vertreiben.'),
      ],
      [
        t('Rangolis schmücken die Schwelle und die Lampen leuchten in der Nacht.'),
        t('Frohes Diwali {dir|Ihnen|euch} und allen {deinen|Ihren|euren} Lieben!'),
      ],
    ],
  },
  eid: {
    titles: [t('Eid Mubarak, [who]!'), t('Eid Mubarak!'), t('Ein gesegnetes Fest')],
    subtitles: [
      t('Möge dieses Fest {dir|Ihnen|euch} Frieden, Freude und Segen bringen.'),
      t('Ein Tag des Teilens, des Gebets und des Wiedersehens.'),
    ],
    bodies: [
      [
        t('Zum Fest wünsche ich {dir|Ihnen|euch} und {deiner|Ihrer|eurer} Familie Frieden und Glück.'),
        t('Mögen {deine|Ihre|eure} Gebete erhört werden und die Tische reich gedeckt sein.'),
      ],
      [
        t('Das Fest ist da: Zeit für Süßes, Besuche und herzliche Umarmungen.'),
        t('Möge es für {dich|Sie|euch} und {deine|Ihre|eure} Lieben hell und friedlich sein.'),
      ],
    ],
  },
  hanukkah: {
    titles: [t('Frohes Chanukka, [who]!'), t('Frohes Chanukka!'), t('Chag Chanukka Sameach!')],
    subtitles: [
      t('Acht Nächte voller Licht, Sufganiyot und Lieder.'),
      t('Möge jede Kerze der Chanukkia {dir|Ihnen|euch} ein wenig mehr Licht bringen.'),
    ],
    bodies: [
      [
        t('Jeden Abend eine Kerze mehr: Acht Nächte lang wächst das Licht.'),
        t('Ich wünsche {dir|Ihnen|euch} ein Chanukkafest voller Wärme und kleiner Wunder.'),
      ],
      [
        t('Krapfen, Latkes und ein Dreidel, der sich auf dem Tisch dreht.'),
        t('Frohes Chanukka {dir|Ihnen|euch} und allen {deinen|Ihren|euren} Lieben.'),
      ],
    ],
  },
};
