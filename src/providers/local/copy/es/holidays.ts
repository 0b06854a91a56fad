import { addressed, dated, keen, named, placed, r, reg, type OccasionTable } from './lines.js';

type Holiday = 'christmas' | 'new_year' | 'valentines' | 'easter' | 'mothers_day' | 'fathers_day' | 'halloween' | 'thanksgiving';

/** Las fiestas del calendario occidental, como se felicitan en español. */
export const HOLIDAYS: OccasionTable<Holiday> = {
  christmas: {
    titles: [named((n) => `¡Feliz Navidad, ${n}!`), addressed((a) => `¡Feliz Navidad, ${a}!`), '¡Feliz Navidad!', 'Felices fiestas', 'Paz y amor en Navidad'],
    subtitles: ['Feliz Navidad y próspero Año Nuevo', reg('Que la magia de estas fiestas llene tu casa', 'Que la magia de estas fiestas llene su casa'), placed((p) => `Felices fiestas desde ${p}`), 'Paz, cariño y un poco de magia'],
    bodies: [
      [reg('Que esta Navidad te traiga luces, buena mesa y la compañía de quienes más quieres.', 'Que esta Navidad le traiga luces, buena mesa y la compañía de quienes más quiere.'), 'Gracias por hacer este año un poco más bonito.', reg('Te deseo unas fiestas tranquilas y un año nuevo lleno de cosas buenas.', 'Le deseo unas fiestas tranquilas y un año nuevo lleno de cosas buenas.')],
      ['Ya está puesto el árbol, suenan los villancicos y huele a turrón.', reg('Ojalá tu Navidad sea cálida, alegre y llena de pequeñas sorpresas.', 'Ojalá su Navidad sea cálida, alegre y llena de pequeñas sorpresas.')],
      [reg('Te deseo la alegría serena de estas fechas:', 'Le deseo la alegría serena de estas fechas:'), reg('una mesa llena, una casa caliente y tiempo para descansar con los tuyos.', 'una mesa llena, una casa caliente y tiempo para descansar con los suyos.')],
      [placed((p, c) => r(c, `Desde ${p} te mando todo el calor de estas fiestas.`, `Desde ${p} le mando todo el calor de estas fiestas.`)), 'Feliz Navidad, y que el año nuevo venga cargado de cosas buenas.'],
      [keen((i) => `Que esta Navidad venga llena de luces, turrón y ${i}.`), reg('Feliz Navidad, y disfruta cada momento de estas fiestas.', 'Feliz Navidad, y disfrute cada momento de estas fiestas.')],
    ],
  },
  new_year: {
    titles: [named((n) => `¡Feliz Año Nuevo, ${n}!`), dated((y) => `¡Feliz ${y}!`), '¡Feliz Año Nuevo!', 'Próspero Año Nuevo', 'Brindemos por lo que viene'],
    subtitles: ['Nuevos comienzos, nuevos capítulos y días luminosos', 'Que cada mes traiga algo que celebrar', dated((y, c) => r(c, `Que ${y} sea tu mejor año`, `Que ${y} sea su mejor año`))],
    bodies: [
      ['Gracias por formar parte de mi año.', reg('Que el que empieza te traiga salud, nuevas aventuras y momentos de felicidad de verdad.', 'Que el que empieza le traiga salud, nuevas aventuras y momentos de felicidad de verdad.')],
      [reg('Con las doce campanadas me acordé de ti.', 'Con las doce campanadas me acordé de usted.'), reg('Que se cumplan tus deseos uno a uno, como las uvas, y que compartamos muchos momentos más.', 'Que se cumplan sus deseos uno a uno, como las uvas, y que compartamos muchos momentos más.')],
      ['Dejemos las preocupaciones del año pasado donde corresponde.', reg('Que este año sea amable contigo, generoso en suerte y lleno de sorpresas bonitas.', 'Que este año sea amable con usted, generoso en suerte y lleno de sorpresas bonitas.')],
      [dated((y, c) => r(c, `Que ${y} sea tu mejor año hasta ahora:`, `Que ${y} sea su mejor año hasta ahora:`)), 'con salud, buenos amigos y sueños cumplidos.'],
      [keen((i) => `Que el año nuevo venga lleno de salud, buenos planes y ${i}.`), reg('Por un año que se parezca a ti.', 'Por un año que se parezca a usted.')],
    ],
  },
  valentines: {
    titles: [named((n) => `Para ti, ${n}, con todo mi amor`), '¡Feliz San Valentín!', 'Mi corazón es tuyo'],
    subtitles: ['Para quien hace más dulce cada día', 'Mi persona favorita, hoy y siempre'],
    bodies: [
      ['Contigo, cada día se parece a un regalo que puedo abrir una y otra vez.', 'Gracias por quererme tal como soy. Feliz San Valentín, mi amor.'],
      ['No me hace falta un día especial para decirte que te quiero,', 'pero hoy lo escribo para que lo guardes.'],
      [keen((i) => `Tú, yo y ${i}: esa es mi idea de un día perfecto.`), 'Te quiero más de lo que cabe en una tarjeta.'],
    ],
  },
  easter: {
    titles: [named((n) => `¡Feliz Pascua, ${n}!`), '¡Feliz Pascua!', 'Felices Pascuas de Resurrección'],
    subtitles: [reg('Te deseo una Pascua llena de paz y esperanza', 'Le deseo una Pascua llena de paz y esperanza'), 'Primavera, vida nueva y huevos de chocolate'],
    bodies: [
      [reg('Que esta Pascua llene tu casa de esperanza y tu corazón de paz.', 'Que esta Pascua llene su casa de esperanza y su corazón de paz.'), 'Que la primavera venga luminosa y llena de bendiciones.'],
      ['Las flores ya se abren y los días se alargan.', reg('Ojalá tu Pascua venga con sol, chocolate y tiempo en familia.', 'Ojalá su Pascua venga con sol, chocolate y tiempo en familia.')],
    ],
  },
  mothers_day: {
    titles: [named((n) => `¡Feliz Día de la Madre, ${n}!`), addressed((a) => `¡Feliz día, ${a}!`), '¡Feliz Día de la Madre!', 'Para la mejor mamá del mundo'],
    subtitles: [reg('Gracias por todo lo que haces', 'Gracias por todo lo que hace'), reg('Por todo el amor que das, cada día', 'Por todo el amor que da, cada día')],
    bodies: [
      ['Gracias por los cuentos antes de dormir, las meriendas y esa paciencia infinita.', reg('Todo lo bueno que hay en mí empezó contigo.', 'Todo lo bueno que hay en mí empezó con usted.')],
      [reg('Me enseñaste a ser amable, a ser valiente y a volver siempre a casa con hambre.', 'Me enseñó a ser amable, a ser valiente y a volver siempre a casa con hambre.'), reg('Te quiero más de lo que sé decir.', 'La quiero más de lo que sé decir.')],
      [keen((i, c) => r(c, `Hoy toca descansar: sofá, mimos y ${i}, que te lo has ganado de sobra.`, `Hoy toca descansar: sofá, mimos y ${i}, que se lo ha ganado de sobra.`)), reg('Gracias por ser como eres.', 'Gracias por ser como es.')],
    ],
  },
  fathers_day: {
    titles: [named((n) => `¡Feliz Día del Padre, ${n}!`), addressed((a) => `¡Feliz día, ${a}!`), '¡Feliz Día del Padre!', 'Para un papá de los que no hay dos'],
    subtitles: ['Gracias por estar siempre ahí', 'Por los consejos, los chistes malos y ese corazón enorme'],
    bodies: [
      [reg('Gracias por enseñarme a montar en bici, a arreglar lo que se rompe y a reírme de tus chistes.', 'Gracias por enseñarme a montar en bici, a arreglar lo que se rompe y a reírme de sus chistes.'), reg('Es un orgullo tenerte como padre.', 'Es un orgullo tenerle como padre.')],
      [reg('Siempre has sido mi suelo firme y mi mayor fan.', 'Siempre ha sido mi suelo firme y mi mayor apoyo.'), reg('Hoy el día es todo tuyo. ¡Disfrútalo!', 'Hoy el día es todo suyo. ¡Disfrútelo!')],
      [keen((i) => `Que hoy no falten la buena mesa, el descanso y ${i}.`), reg('Te mereces un día solo para ti. Gracias por todo.', 'Se merece un día solo para usted. Gracias por todo.')],
    ],
  },
  halloween: {
    titles: [named((n) => `¡Feliz Halloween, ${n}!`), '¡Feliz Halloween!', '¿Truco o trato?'],
    subtitles: ['Que haya más tratos que trucos', 'Una noche de brujas de lo más terrorífica'],
    bodies: [
      ['Las calabazas ya sonríen, las velas están encendidas y algo se mueve entre las hojas…', reg('Te deseo un Halloween lleno de dulces y con el susto justo.', 'Le deseo un Halloween lleno de dulces y con el susto justo.')],
      [reg('Saca la escoba, el disfraz y la bolsa de caramelos más grande que tengas.', 'Saque la escoba, el disfraz y la bolsa de caramelos más grande que tenga.'), reg('Que tu noche sea terrorífica, divertida y muy dulce.', 'Que su noche sea terrorífica, divertida y muy dulce.')],
    ],
  },
  thanksgiving: {
    titles: [named((n) => `¡Feliz Día de Acción de Gracias, ${n}!`), 'Feliz Día de Acción de Gracias', 'Gracias por estar en mi vida'],
    subtitles: [reg('Hoy doy gracias por muchas cosas, y una de ellas eres tú', 'Hoy doy gracias por muchas cosas, y una de ellas es usted'), 'Buena comida, corazones llenos y la familia a la mesa'],
    bodies: [
      [reg('En este Día de Acción de Gracias tengo mucho que agradecer, y tú estás entre lo primero.', 'En este Día de Acción de Gracias tengo mucho que agradecer, y usted está entre lo primero.'), reg('Que tu mesa esté llena y tu corazón, más todavía.', 'Que su mesa esté llena y su corazón, más todavía.')],
      ['Por el pavo, el pastel de calabaza, las historias de siempre y la gente que las hace especiales.', reg('Te deseo un Día de Acción de Gracias cálido y maravilloso.', 'Le deseo un Día de Acción de Gracias cálido y maravilloso.')],
      [placed((p, c) => r(c, `Desde ${p} levanto mi copa por ti en este Día de Acción de Gracias.`, `Desde ${p} levanto mi copa por usted en este Día de Acción de Gracias.`)), reg('Doy gracias por ti todos los días del año.', 'Doy gracias por usted todos los días del año.')],
    ],
  },
};
