import { t, type OccasionTable } from './template.js';

type Feeling = 'thanks' | 'apology' | 'love' | 'friendship' | 'travel' | 'general';

/** Cards that need no date: thanks, sorry, love, friendship, news from a trip, a simple hello. */
export const FEELINGS: OccasionTable<Feeling> = {
  thanks: {
    titles: [t('Danke, [who]!'), t('Von Herzen danke'), t('Tausend Dank!'), t('Ein riesiges Dankeschön')],
    subtitles: [
      t('Für {deine|Ihre|eure} Herzlichkeit, {deine|Ihre|eure} Zeit und {dein|Ihr|euer} Lächeln.'),
      t('Ein kleiner Gruß für ein großes Dankeschön.'),
    ],
    bodies: [
      [
        t('Ich möchte {dir|Ihnen|euch} von Herzen danken.'),
        t('{Deine|Ihre|Eure} Hilfe hat mir mehr bedeutet, als {du ahnst|Sie ahnen|ihr ahnt}.'),
      ],
      [
        t('Es gibt Gesten, die man nie vergisst, und {deine|Ihre|eure} gehört dazu.'),
        t('Danke, ganz einfach.'),
      ],
      [
        t('Danke für {deine|Ihre|eure} Großzügigkeit und {deine|Ihre|eure} Unterstützung.'),
        t('Menschen wie {du|Sie|ihr} machen die Welt ein bisschen wärmer.'),
      ],
    ],
  },
  apology: {
    titles: [t('[who], es tut mir leid'), t('Es tut mir leid'), t('{Bitte verzeih mir|Bitte verzeihen Sie mir|Bitte verzeiht mir}')],
    subtitles: [
      t('Ich bereue es aufrichtig und möchte es wiedergutmachen.'),
      t('Ein paar Zeilen für das, was ich früher hätte sagen sollen.'),
    ],
    bodies: [
      [
        t('Es tut mir aufrichtig leid, was passiert ist.'),
        t('{Du bist|Sie sind|Ihr seid} mir zu wichtig, um das einfach so stehen zu lassen.'),
      ],
      [
        t('Ich habe weder die richtigen Worte noch die richtigen Gesten gefunden, und das bereue ich.'),
        t('Ich hoffe, {du kannst|Sie können|ihr könnt} mir verzeihen.'),
      ],
    ],
  },
  love: {
    titles: [t('[who], ich liebe {dich|Sie|euch}'), t('Nur für {dich|Sie|euch}'), t('Mein Herz gehört {dir|Ihnen|euch}'), t('Für immer')],
    subtitles: [
      t('Ein paar liebe Worte für das Wichtigste.'),
      t('Jeder Tag mit {dir|Ihnen|euch} ist mein liebster.'),
    ],
    bodies: [
      [
        t('Ich liebe {dich|Sie|euch} – heute mehr als gestern und weniger als morgen.'),
        t('Und daran wird sich nie etwas ändern.'),
      ],
      [
        t('Mit {dir|Ihnen|euch} werden ganz normale Tage zu etwas Besonderem.'),
        t('Danke, dass es {dich|Sie|euch} gibt.'),
      ],
      [
        t('[place] ist wunderschön, aber nichts ist so schön wie {dein|Ihr|euer} Lächeln.'),
        t('Ich zähle die Tage bis zu unserem Wiedersehen.'),
      ],
    ],
  },
  friendship: {
    titles: [t('[who], schön, dass es {dich|Sie|euch} gibt'), t('Auf unsere Freundschaft!'), t('Freunde fürs Leben')],
    subtitles: [
      t('Wahre Freunde sind die Familie, die man sich aussucht.'),
      t('Danke für das Lachen, die Gespräche und alles dazwischen.'),
    ],
    bodies: [
      [
        t('Danke, dass {du für mich da bist|Sie für mich da sind|ihr für mich da seid} – in guten wie in schweren Zeiten.'),
        t('Unsere Freundschaft ist eines der schönsten Geschenke meines Lebens.'),
      ],
      [
        t('Tausend Erinnerungen und Lachanfälle, bei denen uns die Luft wegblieb.'),
        t('Auf die nächsten – bis ganz bald!'),
      ],
    ],
  },
  travel: {
    titles: [t('[who], viele Grüße von unterwegs!'), t('Grüße [aus place]!'), t('Urlaubsgrüße'), t('Viele Grüße von unterwegs')],
    subtitles: [
      t('[place]: Landschaften, Spaziergänge und ein Gedanke an {dich|Sie|euch}.'),
      t('Die Reise ist schön, aber mit {dir|Ihnen|euch} wäre sie noch schöner.'),
      t('Ein paar Zeilen zwischen zwei Ausflügen.'),
    ],
    bodies: [
      [
        t('Ich schreibe {dir|Ihnen|euch} [aus place], wo hinter jeder Ecke eine Überraschung wartet.'),
        t('Ich erzähle {dir|Ihnen|euch} alles, wenn ich zurück bin.'),
      ],
      [
        t('Die Reise ist wunderbar: Entdeckungen, gutes Essen und lange Spaziergänge.'),
        t('Ich wünschte, {du wärst|Sie wären|ihr wärt} hier, um das alles mit mir zu teilen.'),
      ],
      [
        t('Ein kurzer Gruß von unterwegs, zwischen zwei Besichtigungen und einem Café in der Sonne.'),
        t('{Ich denke an dich und drück dich ganz fest.|Ich sende Ihnen die herzlichsten Grüße.|Ich denke an euch und drück euch ganz fest.}'),
      ],
    ],
  },
  general: {
    titles: [t('Ein kleiner Gruß für [who]'), t('Ein kleiner Gruß für {dich|Sie|euch}'), t('Ich denke an {dich|Sie|euch}'), t('Hallo!')],
    subtitles: [
      t('Weil eine kleine Nachricht immer Freude macht.'),
      t('Nur um zu sagen, dass ich an {dich|Sie|euch} denke.'),
    ],
    bodies: [
      [
        t('Ich wollte {dir|Ihnen|euch} einfach sagen, dass ich an {dich|Sie|euch} denke.'),
        t('Ich hoffe, bei {dir|Ihnen|euch} ist alles gut.'),
      ],
      [
        t('Eine Karte, ein paar Zeilen und ganz viel Herzlichkeit.'),
        t('{Pass gut auf dich auf|Passen Sie gut auf sich auf|Passt gut auf euch auf} – bis bald.'),
      ],
      [
        t('Ich hoffe, {du hast|Sie haben|ihr habt} weiterhin viel Zeit für [interest] und alles, was Freude macht.'),
        t('Ich freue mich schon, von {dir|Ihnen|euch} zu hören.'),
      ],
    ],
  },
};
