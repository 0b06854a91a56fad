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

/** The Chinese and Korean calendars' days, as a German speaker would wish them to friends and family who keep them. */
export const LUNAR_CALENDAR: OccasionTable<LunarDay> = {
  spring_festival: {
    titles: [t('Frohes neues Mondjahr, [who]!'), t('Frohes chinesisches Neujahr!'), t('Frohes Frühlingsfest!'), t('Glück und Segen im neuen Mondjahr')],
    subtitles: [
      t('Glück, Gesundheit und Wohlstand im neuen Mondjahr.'),
      t('Rote Laternen, Jiaozi und die ganze Familie an einem Tisch.'),
      t('Möge das neue Mondjahr {dir|Ihnen|euch} Glück und Gesundheit bringen.'),
    ],
    bodies: [
      [
        t('Zum Frühlingsfest wünsche ich {dir|Ihnen|euch} ein Jahr voller Glück, Gesundheit und Wohlstand.'),
        t('Mögen die roten Laternen jeden Tag des neuen Mondjahres erhellen.'),
      ],
      [
        t('Die Jiaozi sind gefüllt, die roten Umschläge liegen bereit – Zeit für die Familie.'),
        t('Möge das neue Jahr {dir|Ihnen|euch} alles bringen, wovon {du träumst|Sie träumen|ihr träumt}.'),
      ],
      [
        t('[Aus place] schicke ich {dir|Ihnen|euch} die herzlichsten Grüße zum chinesischen Neujahr.'),
        t('Auch aus der Ferne bin ich beim Wiedersehen und beim Knallen der Böller dabei.'),
      ],
      [
        t('Ein neues Mondjahr beginnt, und mit ihm tausend Gelegenheiten zum Glücklichsein.'),
        t('Ich wünsche {dir|Ihnen|euch} Erfolg bei allem, was {du vorhast|Sie vorhaben|ihr vorhabt}, und Frieden im Haus.'),
      ],
    ],
  },
  lantern_festival: {
    titles: [t('Frohes Laternenfest, [who]!'), t('Frohes Laternenfest!'), t('Lichter unter dem ersten Vollmond')],
    subtitles: [
      t('Der erste Vollmond des Mondjahres – und alle Laternen leuchten.'),
      t('Süße Tangyuan und gute Wünsche für das ganze Jahr.'),
    ],
    bodies: [
      [
        t('Heute Abend leuchten die Laternen unter dem ersten Vollmond des Jahres.'),
        t('Ich wünsche {dir|Ihnen|euch} die Süße der Tangyuan und die Wärme der Familie.'),
      ],
      [
        t('Möge jede Laterne einen guten Wunsch zu {dir|Ihnen|euch} tragen.'),
        t('Und möge dieses Licht das ganze neue Jahr begleiten.'),
      ],
    ],
  },
  qingming: {
    titles: [t('Für [who], zum Qingming-Tag'), t('Qingming – Tag des Gedenkens'), t('In Erinnerung an die Ahnen')],
    subtitles: [
      t('Der Tag, an dem man die Gräber pflegt und der Ahnen gedenkt.'),
      t('Blumen, ein stiller Moment und die Erinnerungen, die bleiben.'),
    ],
    bodies: [
      [
        t('Am Qingming-Tag bin ich in Gedanken bei {dir|Ihnen|euch} und bei denen, die uns fehlen.'),
        t('Möge ihre Erinnerung uns weiter begleiten.'),
      ],
      [
        t('Der Frühling kehrt zurück, und mit ihm die Erinnerung an die Menschen, die wir lieben.'),
        t('Ich wünsche {dir|Ihnen|euch} einen ruhigen Tag des Gedenkens im Kreis der Familie.'),
      ],
    ],
  },
  dragon_boat: {
    titles: [t('Frohes Drachenbootfest, [who]!'), t('Frohes Drachenbootfest!'), t('Trommeln auf dem Fluss')],
    subtitles: [
      t('Zongzi, Drachenboote und ein Gedenken an Qu Yuan.'),
      t('Gesundheit und Frieden am fünften Tag des fünften Monats.'),
    ],
    bodies: [
      [
        t('Die Trommeln hallen über den Fluss, und die Zongzi sind fertig.'),
        t('Ich wünsche {dir|Ihnen|euch} Gesundheit, Frieden und einen schwungvollen Sommer.'),
      ],
      [
        t('Zum Drachenbootfest schicke ich {dir|Ihnen|euch} ein Zongzi in Gedanken und viele gute Wünsche.'),
        t('Möge der beginnende Sommer {dir|Ihnen|euch} nur Gutes bringen.'),
      ],
    ],
  },
  qixi: {
    titles: [t('Frohes Qixi, [who]'), t('Qixi – der chinesische Valentinstag'), t('Auf der Brücke der Elstern')],
    subtitles: [
      t('Die Nacht, in der sich Kuhhirte und Weberin endlich wiedersehen.'),
      t('Eine Sternennacht für zwei Herzen.'),
    ],
    bodies: [
      [
        t('Heute Nacht treffen sich der Kuhhirte und die Weberin auf der Brücke der Elstern.'),
        t('Keine Entfernung trennt wirklich, wer sich liebt – ich denke an {dich|Sie|euch}.'),
      ],
      [
        t('Zu Qixi schenke ich {dir|Ihnen|euch} alle Sterne der Milchstraße.'),
        t('Danke, dass es {dich|Sie|euch} gibt.'),
      ],
    ],
  },
  mid_autumn: {
    titles: [t('Frohes Mondfest, [who]!'), t('Frohes Mittherbstfest!'), t('Voller Mond, volles Haus'), t('Ein schönes Mondfest')],
    subtitles: [
      t('Möge der Vollmond {dir|Ihnen|euch} die Freude des Wiedersehens bringen.'),
      t('Mondkuchen, heißer Tee und Gedanken an die Liebsten.'),
      t('Ein Mond so rund wie eine Familie, die zusammenkommt.'),
    ],
    bodies: [
      [
        t('Heute Nacht ist der Mond voll und rund – wie eine Familie, die zusammenkommt.'),
        t('Wo immer {du bist|Sie sind|ihr seid}: Wir schauen auf denselben Mond.'),
      ],
      [
        t('Zum Mondfest schicke ich {dir|Ihnen|euch} einen Mondkuchen und ganz viel Herzlichkeit.'),
        t('Möge die Sanftheit dieser Nacht {dich|Sie|euch} das ganze Jahr begleiten.'),
      ],
      [
        t('Auch über [place] leuchtet heute derselbe Vollmond wie bei {dir|Ihnen|euch}.'),
        t('Ich wünsche {dir|Ihnen|euch} ein frohes Mittherbstfest voller Wärme und Wiedersehen.'),
      ],
      [
        t('Die Laternen hängen, der Tee zieht und die Mondkuchen warten.'),
        t('Nur {du fehlst|Sie fehlen|ihr fehlt} am Tisch – ich umarme {dich|Sie|euch} aus der Ferne.'),
      ],
    ],
  },
  double_ninth: {
    titles: [t('Frohes Doppelneunfest, [who]!'), t('Frohes Chongyang-Fest!'), t('Ein langes, gesundes Leben')],
    subtitles: [
      t('Am neunten Tag des neunten Monats ehrt man die Älteren.'),
      t('Chrysanthemen und Wünsche für ein langes Leben.'),
    ],
    bodies: [
      [
        t('Zum Doppelneunfest wünsche ich {dir|Ihnen|euch} ein langes Leben, gute Gesundheit und friedliche Tage.'),
        t('Danke für alles, was {du mir mitgegeben hast|Sie mir mitgegeben haben|ihr mir mitgegeben habt}.'),
      ],
      [
        t('Heute steigt man auf die Berge und bewundert die Chrysanthemen.'),
        t('In Gedanken steige ich mit {dir|Ihnen|euch} hinauf und wünsche noch viele gute Jahre.'),
      ],
    ],
  },
  teachers_day: {
    titles: [t('Danke, [who]!'), t('Alles Gute zum Lehrertag!'), t('Danke für alles, was ich lernen durfte')],
    subtitles: [
      t('Zum Lehrertag ein großes Dankeschön von Herzen.'),
      t('Gute Lehrer begleiten einen ein Leben lang.'),
    ],
    bodies: [
      [
        t('Danke für {deine|Ihre|eure} Geduld, {deine|Ihre|eure} Ermutigung und {deine|Ihre|eure} Begeisterung.'),
        t('Was ich bei {dir|Ihnen|euch} gelernt habe, begleitet mich jeden Tag.'),
      ],
      [
        t('Zum Lehrertag denke ich an all die Stunden in {deinem|Ihrem|eurem} Unterricht.'),
        t('Danke, dass {du an mich geglaubt hast|Sie an mich geglaubt haben|ihr an mich geglaubt habt} – auch als ich selbst gezweifelt habe.'),
      ],
    ],
  },
  national_day: {
    titles: [t('Einen schönen Nationalfeiertag, [who]!'), t('Einen schönen Nationalfeiertag!'), t('Ein Feiertag für alle')],
    subtitles: [
      t('Fahnen an den Fenstern und Feuerwerk am Himmel.'),
      t('Ein freier Tag, um ihn mit den Liebsten zu genießen.'),
    ],
    bodies: [
      [
        t('Zum Nationalfeiertag wünsche ich {dir|Ihnen|euch} schöne Stunden mit Familie und Freunden.'),
        t('{Genieß|Genießen Sie|Genießt} den freien Tag und das Feuerwerk!'),
      ],
      [
        t('Ein Land, das sind vor allem die Menschen, die darin zusammenleben.'),
        t('Einen sonnigen, fröhlichen Feiertag {dir|Ihnen|euch}!'),
      ],
    ],
  },
  seollal: {
    titles: [t('Frohes Seollal, [who]!'), t('Frohes koreanisches Neujahr!'), t('Viel Glück im neuen Jahr')],
    subtitles: [
      t('Möge das neue Jahr {dir|Ihnen|euch} viel Glück bringen – wie man es sich in Korea wünscht.'),
      t('Tteokguk, Verbeugungen und Wünsche für das ganze Jahr.'),
    ],
    bodies: [
      [
        t('Zu Seollal wünsche ich {dir|Ihnen|euch} ein Jahr voller Glück und Segen.'),
        t('Möge die erste Schale Tteokguk {dir|Ihnen|euch} Gesundheit für alle zwölf Monate schenken.'),
      ],
      [
        t('In Korea sagt man „Saehae bok mani badeuseyo“: {Empfange|Empfangen Sie|Empfangt} viel Glück im neuen Jahr.'),
        t('Das wünsche ich {dir|Ihnen|euch} von Herzen.'),
      ],
    ],
  },
  chuseok: {
    titles: [t('Frohes Chuseok, [who]!'), t('Frohes Chuseok!'), t('Eine reiche Ernte an Glück')],
    subtitles: [
      t('Möge {dein|Ihr|euer} Fest so reich sein wie die Ernte unter dem Vollmond.'),
      t('Songpyeon, Vollmond und die ganze Familie beisammen.'),
    ],
    bodies: [
      [
        t('Zu Chuseok wünsche ich {dir|Ihnen|euch} ein reiches, großzügiges Fest wie eine gute Ernte.'),
        t('Möge der Vollmond über {dich|Sie|euch} und {deine|Ihre|eure} Lieben wachen.'),
      ],
      [
        t('Die Songpyeon sind geformt und die ganze Familie kommt zusammen.'),
        t('Ich schicke {dir|Ihnen|euch} die herzlichsten Grüße zu Chuseok.'),
      ],
    ],
  },
};
