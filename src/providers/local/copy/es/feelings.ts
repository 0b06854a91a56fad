import { addressed, keen, named, placed, r, reg, type OccasionTable } from './lines.js';

type Feeling = 'thanks' | 'apology' | 'love' | 'friendship' | 'travel' | 'general';

/** Tarjetas sin fecha: gracias, perdón, amor, amistad, viajes y porque sí. El amor y la amistad se tutean. */
export const FEELINGS: OccasionTable<Feeling> = {
  thanks: {
    titles: [named((n) => `Gracias, ${n}`), addressed((a) => `Gracias, ${a}`), '¡Gracias!', 'Gracias de corazón', 'Mil gracias'],
    subtitles: [reg('Tu generosidad significa más de lo que imaginas', 'Su generosidad significa más de lo que imagina'), reg('Por todo lo que haces', 'Por todo lo que hace'), 'Una tarjeta pequeña para un gracias enorme'],
    bodies: [
      [reg('Gracias por tu generosidad, tu tiempo y tu buen corazón.', 'Gracias por su generosidad, su tiempo y su buen corazón.'), reg('Has marcado la diferencia, y no lo voy a olvidar.', 'Ha marcado la diferencia, y no lo voy a olvidar.')],
      [reg('Hay personas que hacen el mundo mejor solo con estar en él, y tú eres una de ellas.', 'Hay personas que hacen el mundo mejor solo con estar en él, y usted es una de ellas.'), 'Gracias, de todo corazón.'],
      [reg('No te lo digo tan a menudo como debería, así que aquí lo dejo por escrito:', 'No se lo digo tan a menudo como debería, así que aquí lo dejo por escrito:'), 'gracias por estar siempre ahí cuando hace falta.'],
      [keen((i) => `Gracias por todo, y por ese toque de ${i} que lo hizo tan especial.`), reg('De verdad, me alegraste el día.', 'De verdad, me alegró el día.')],
    ],
  },
  apology: {
    titles: [named((n) => `Lo siento, ${n}`), 'Lo siento mucho', reg('Te pido perdón', 'Le pido perdón')],
    subtitles: ['Me equivoqué, y lo siento', reg('Me importas demasiado como para no decirlo', 'Me importa demasiado como para no decirlo')],
    bodies: [
      [reg('Siento lo que dije y el daño que te hice.', 'Siento lo que dije y el daño que le hice.'), reg('Me importas muchísimo, y espero que puedas perdonarme.', 'Me importa muchísimo, y espero que pueda perdonarme.')],
      ['He pensado mucho en lo que pasó, y me equivoqué.', reg('Me encantaría tener la oportunidad de arreglarlo, cuando tú quieras.', 'Me encantaría tener la oportunidad de arreglarlo, cuando usted quiera.')],
    ],
  },
  love: {
    titles: [named((n) => `Te quiero, ${n}`), addressed((a) => `Te quiero, ${a}`), 'Te quiero', 'Mi corazón es tuyo', 'Hoy y siempre'],
    subtitles: ['Contigo, cada día es mi día favorito', 'Eres mi hola favorito y mi adiós más difícil', 'Mi corazón es, y será siempre, tuyo'],
    bodies: [
      ['Contigo, los días normales se vuelven especiales.', 'Gracias por tu risa, tu paciencia y tu forma de darme la mano.'],
      ['Si tuviera una flor por cada vez que pienso en ti, podría pasear por mi jardín para siempre.', 'Te quiero hoy y siempre.'],
      ['Contigo, el hogar no es un lugar: es una sensación.', 'Gracias por elegirme, una y otra vez.'],
      [keen((i) => `Mañanas lentas, charlas largas y ${i}: todo es mejor contigo.`), 'Cada día te quiero un poco más.'],
      [placed((p) => `En ${p} o en cualquier otro sitio, mi lugar favorito es a tu lado.`), 'Con todo mi amor, siempre.'],
    ],
  },
  friendship: {
    titles: [named((n) => `Para ti, ${n}`), 'Por nuestra amistad', 'Qué suerte tenerte'],
    subtitles: ['Gracias por estar siempre ahí', 'Los amigos son la familia que elegimos'],
    bodies: [
      ['Gracias por las risas, las charlas hasta las tantas y por estar siempre de mi lado.', 'No sé qué haría sin ti.'],
      ['Un buen amigo conoce todas tus historias y te quiere igual.', 'Y yo tengo la suerte de tenerte.'],
      [keen((i) => `Por más ${i}, más risas y muchos años más de amistad.`), 'No hay nadie como tú.'],
    ],
  },
  travel: {
    titles: [
      (c) => (c.place === null || c.name === null ? null : `Saludos desde ${c.place}, ${c.name}`),
      placed((p) => `Saludos desde ${p}`),
      named((n, c) => r(c, `Ojalá estuvieras aquí, ${n}`, `Ojalá estuviera aquí, ${n}`)),
      reg('Ojalá estuvieras aquí', 'Ojalá estuviera aquí'),
      'Saludos desde lejos',
    ],
    subtitles: [placed((p) => `Un saludito desde ${p}`), reg('Te mando sol y un poco de aventura', 'Le mando sol y un poco de aventura'), 'Las postales son el mejor recuerdo de viaje'],
    bodies: [
      [placed((p, c) => r(c, `${p} es una maravilla, y me acuerdo de ti en cada calle.`, `${p} es una maravilla, y me acuerdo de usted en cada calle.`)), reg('Te llevaré alguna historia de vuelta.', 'Le llevaré alguna historia de vuelta.')],
      ['Las vistas son impresionantes, la comida está buenísima y los días son largos y dorados.', reg('Lo único que falta eres tú.', 'Lo único que falta es usted.')],
      ['¡Saludos desde el camino!', reg('Voy coleccionando atardeceres, sabores nuevos e historias para contarte a la vuelta.', 'Voy coleccionando atardeceres, sabores nuevos e historias para contarle a la vuelta.')],
      [keen((i, c) => r(c, `Entre ${i} y paseos sin prisa, me acuerdo mucho de ti.`, `Entre ${i} y paseos sin prisa, me acuerdo mucho de usted.`)), reg('Ojalá estuvieras aquí.', 'Ojalá estuviera aquí.')],
    ],
  },
  general: {
    titles: [named((n) => `Hola, ${n}`), addressed((a, c) => r(c, `Pensando en ti, ${a}`, `Pensando en usted, ${a}`)), reg('Pensando en ti', 'Pensando en usted'), 'Porque sí', 'Un saludito'],
    subtitles: [reg('Una notita para alegrarte el día', 'Una notita para alegrarle el día'), reg('Sin motivo, solo por ti', 'Sin motivo, solo por usted'), placed((p) => `Un saludo cariñoso desde ${p}`)],
    bodies: [
      [reg('Me acordé de ti y quería saludarte.', 'Me acordé de usted y quería saludarle.'), reg('Espero que tus días vengan llenos de cosas buenas y tus noches, de buen descanso.', 'Espero que sus días vengan llenos de cosas buenas y sus noches, de buen descanso.')],
      ['Esta tarjeta no necesita motivo.', reg('Solo quiere recordarte lo mucho que se te aprecia, hoy y siempre.', 'Solo quiere recordarle lo mucho que se le aprecia, hoy y siempre.')],
      [reg('Te mando un poquito de sol.', 'Le mando un poquito de sol.'), reg('Que tu semana sea amable, tu café bien cargado y tus preocupaciones, pequeñas.', 'Que su semana sea amable, su café bien cargado y sus preocupaciones, pequeñas.')],
      [keen((i, c) => r(c, `Hoy vi algo de ${i} y me acordé de ti al instante.`, `Hoy vi algo de ${i} y me acordé de usted al instante.`)), 'Espero que todo vaya muy bien.'],
      [placed((p, c) => r(c, `Saludos desde ${p}, donde me acuerdo mucho de ti.`, `Saludos desde ${p}, donde me acuerdo mucho de usted.`)), reg('Espero que estés bien y que nos veamos pronto.', 'Espero que esté bien y que nos veamos pronto.')],
    ],
  },
};
