import { addressed, named, placed, r, reg, type OccasionTable } from './lines.js';

type WorldHoliday = 'diwali' | 'eid' | 'hanukkah' | 'seollal' | 'chuseok';

/** Fiestas del sur de Asia, musulmanas, judías y coreanas, como se desean en español. */
export const WORLD_HOLIDAYS: OccasionTable<WorldHoliday> = {
  diwali: {
    titles: [named((n) => `¡Feliz Diwali, ${n}!`), '¡Feliz Diwali!', reg('Que la luz te guíe', 'Que la luz le guíe')],
    subtitles: ['Luz, amor y prosperidad en la fiesta de las luces', reg('Que cada diya encendida te traiga alegría', 'Que cada diya encendida le traiga alegría')],
    bodies: [
      [reg('Que el brillo de las diyas llene tu casa de calidez y tu año de prosperidad.', 'Que el brillo de las diyas llene su casa de calidez y su año de prosperidad.'), reg('Te deseo a ti y a tu familia un Diwali luminoso y feliz.', 'Le deseo a usted y a su familia un Diwali luminoso y feliz.')],
      ['Rangoli en la puerta, dulces en la mesa y lámparas en cada ventana.', reg('Que esta fiesta de las luces te traiga felicidad, salud y nuevos comienzos.', 'Que esta fiesta de las luces le traiga felicidad, salud y nuevos comienzos.')],
      [placed((p, c) => r(c, `Desde ${p} te envío toda la luz de estos días.`, `Desde ${p} le envío toda la luz de estos días.`)), reg('Que Lakshmi llene de abundancia tu hogar.', 'Que Lakshmi llene de abundancia su hogar.')],
    ],
  },
  eid: {
    titles: [named((n) => `¡Eid Mubarak, ${n}!`), '¡Eid Mubarak!', 'Bendiciones en este Eid'],
    subtitles: [reg('Te deseo paz, alegría y bendiciones', 'Le deseo paz, alegría y bendiciones'), reg('Que Dios acepte tus oraciones y tus buenas obras', 'Que Dios acepte sus oraciones y sus buenas obras')],
    bodies: [
      [reg('Que este Eid traiga paz a tu corazón y alegría a tu casa.', 'Que este Eid traiga paz a su corazón y alegría a su casa.'), reg('Te deseo a ti y a los tuyos una celebración llena de bendiciones.', 'Le deseo a usted y a los suyos una celebración llena de bendiciones.')],
      [reg('Con la luna nueva, te envío mis mejores deseos para el Eid.', 'Con la luna nueva, le envío mis mejores deseos para el Eid.'), reg('Que tu mesa esté llena, tu familia cerca y tus oraciones escuchadas.', 'Que su mesa esté llena, su familia cerca y sus oraciones escuchadas.')],
    ],
  },
  hanukkah: {
    titles: [named((n) => `¡Feliz Janucá, ${n}!`), '¡Feliz Janucá!', 'Jag Sameaj'],
    subtitles: ['Ocho noches de luz y de cariño', reg('Te deseo una fiesta de las luminarias llena de alegría', 'Le deseo una fiesta de las luminarias llena de alegría')],
    bodies: [
      [reg('Que las luces de la janukiá llenen tu casa de calidez, noche tras noche.', 'Que las luces de la janukiá llenen su casa de calidez, noche tras noche.'), 'Con buñuelos, risas y una Janucá llena de milagros.'],
      ['Cada noche, una vela más, y un poco más de luz para todos.', reg('Te deseo a ti y a tu familia una Janucá feliz.', 'Le deseo a usted y a su familia una Janucá feliz.')],
    ],
  },
  seollal: {
    titles: [named((n) => `¡Feliz Seollal, ${n}!`), addressed((a) => `¡Feliz Seollal, ${a}!`), '¡Feliz Año Nuevo Lunar!', 'Saehae bok mani badeuseyo'],
    subtitles: [reg('Que el año nuevo te colme de bendiciones', 'Que el año nuevo le colme de bendiciones'), 'Tteokguk, familia y un comienzo nuevo'],
    bodies: [
      ['Un cuenco de tteokguk, una reverencia a los mayores y un año entero por delante.', reg('Que te traiga muchas bendiciones, salud y buena suerte.', 'Que le traiga muchas bendiciones, salud y buena suerte.')],
      [reg('Te deseo un Seollal lleno de familia, comida caliente y reencuentros felices.', 'Le deseo un Seollal lleno de familia, comida caliente y reencuentros felices.'), reg('Que se cumplan todos los deseos que pidas este año.', 'Que se cumplan todos los deseos que pida este año.')],
    ],
  },
  chuseok: {
    titles: [named((n) => `¡Feliz Chuseok, ${n}!`), '¡Feliz Chuseok!', 'Una cosecha abundante'],
    subtitles: [reg('Que tu Chuseok sea tan generoso como la luna de la cosecha', 'Que su Chuseok sea tan generoso como la luna de la cosecha'), 'Familia, songpyeon y la luna más brillante del año'],
    bodies: [
      [reg('Que tu Chuseok sea abundante como la cosecha y luminoso como la luna llena.', 'Que su Chuseok sea abundante como la cosecha y luminoso como la luna llena.'), 'Días felices en familia y una mesa llena de songpyeon.'],
      [reg('Bajo la gran luna de la cosecha pienso en ti y te doy las gracias por este año.', 'Bajo la gran luna de la cosecha pienso en usted y le doy las gracias por este año.'), 'Que la temporada traiga descanso, abundancia y paz.'],
    ],
  },
};
