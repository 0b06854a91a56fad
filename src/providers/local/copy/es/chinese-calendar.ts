import { addressed, keen, named, placed, r, reg, type OccasionTable } from './lines.js';

type ChineseCalendar =
  | 'spring_festival'
  | 'lantern_festival'
  | 'qingming'
  | 'dragon_boat'
  | 'qixi'
  | 'mid_autumn'
  | 'double_ninth'
  | 'teachers_day'
  | 'national_day';

/** El calendario chino y sus días cívicos, escritos para quien los vive en español. */
export const CHINESE_CALENDAR: OccasionTable<ChineseCalendar> = {
  spring_festival: {
    titles: [named((n) => `¡Feliz Año Nuevo Chino, ${n}!`), addressed((a) => `¡Feliz Año Nuevo Chino, ${a}!`), '¡Feliz Año Nuevo Chino!', 'Feliz Fiesta de la Primavera', 'Gong Xi Fa Cai'],
    subtitles: [reg('Que el nuevo año te traiga suerte, salud y prosperidad', 'Que el nuevo año le traiga suerte, salud y prosperidad'), 'Faroles rojos, mesa llena y la familia reunida', 'Buena fortuna para el año que empieza'],
    bodies: [
      ['Los faroles rojos ya brillan y la mesa está llena de platos para compartir.', reg('Estés donde estés, ojalá sientas el calor del hogar en esta Fiesta de la Primavera.', 'Esté donde esté, ojalá sienta el calor del hogar en esta Fiesta de la Primavera.'), 'Que el año nuevo llegue cargado de buena fortuna y salud.'],
      [reg('Mientras los petardos despiden el año viejo, te envío mis mejores deseos.', 'Mientras los petardos despiden el año viejo, le envío mis mejores deseos.'), reg('Que tus días brillen como los faroles y que a tu mesa nunca le falte nada.', 'Que sus días brillen como los faroles y que a su mesa nunca le falte nada.')],
      [placed((p, c) => r(c, `Aunque estés lejos, en ${p}, que el año nuevo te encuentre entre gente que te quiere.`, `Aunque esté lejos, en ${p}, que el año nuevo le encuentre entre gente que le quiere.`)), 'Por los reencuentros, los sobres rojos y un año lleno de suerte.'],
      [keen((i) => `Que el año que empieza venga lleno de salud, suerte y ${i}.`), 'La primavera ya llega, y con ella todo lo bueno.'],
    ],
  },
  lantern_festival: {
    titles: [named((n) => `¡Feliz Festival de los Faroles, ${n}!`), 'Feliz Festival de los Faroles', 'Bajo la primera luna llena'],
    subtitles: ['La primera luna llena del año y todos los faroles encendidos', 'Bolitas de arroz dulces y acertijos a la luz de los faroles'],
    bodies: [
      ['Esta noche, la primera luna llena del año brilla sobre un cielo de faroles.', reg('Ojalá tengas un cuenco de tangyuan entre las manos y a alguien querido a tu lado.', 'Ojalá tenga un cuenco de tangyuan entre las manos y a alguien querido a su lado.')],
      [reg('Que cada farol que veas esta noche encienda un deseo,', 'Que cada farol que vea esta noche encienda un deseo,'), 'que los acertijos sean fáciles y las bolitas de arroz, bien dulces.'],
    ],
  },
  qingming: {
    titles: [named((n, c) => r(c, `Pensando en ti, ${n}`, `Pensando en usted, ${n}`)), 'En memoria', 'Qingming: tiempo de recordar'],
    subtitles: ['Un día sereno para honrar a quienes nos precedieron', 'Con gratitud, respeto y memoria'],
    bodies: [
      ['En Qingming se limpian las tumbas, se enciende incienso y se recuerda.', reg('Hoy pienso en ti y en los tuyos, en quienes llevas siempre en el corazón.', 'Hoy pienso en usted y en los suyos, en quienes lleva siempre en el corazón.')],
      ['La lluvia de primavera cae despacio en este día de memoria.', reg('Que el recuerdo de quienes ya no están te dé consuelo y paz.', 'Que el recuerdo de quienes ya no están le dé consuelo y paz.')],
      [placed((p, c) => r(c, `Desde ${p}, mis pensamientos te acompañan a ti y a tu familia en Qingming.`, `Desde ${p}, mis pensamientos le acompañan a usted y a su familia en Qingming.`)), 'Que el amor que nos dieron siga siempre con nosotros.'],
    ],
  },
  dragon_boat: {
    titles: [named((n) => `¡Feliz Festival del Bote del Dragón, ${n}!`), 'Feliz Festival del Bote del Dragón', 'Al ritmo de los tambores'],
    subtitles: ['Tambores en el río y zongzi en la mesa', reg('Salud y buena fortuna para ti en este Duanwu', 'Salud y buena fortuna para usted en este Duanwu')],
    bodies: [
      ['Suenan los tambores, compiten los botes y humean los zongzi.', reg('Que este festival te traiga salud y mantenga lejos cualquier mal.', 'Que este festival le traiga salud y mantenga lejos cualquier mal.')],
      [reg('Te mando un paquetito de buenos deseos, bien atado como un zongzi:', 'Le mando un paquetito de buenos deseos, bien atado como un zongzi:'), 'salud, buena compañía y aguas tranquilas por delante.'],
    ],
  },
  qixi: {
    titles: [named((n) => `Para ti en Qixi, ${n}`), 'Feliz Qixi', 'Al otro lado de la Vía Láctea'],
    subtitles: ['La noche en que las urracas tienden un puente para los enamorados', 'El amor siempre encuentra el camino'],
    bodies: [
      ['Una vez al año, las urracas forman un puente para que el pastor y la tejedora puedan encontrarse.', 'Yo tengo suerte: no necesito un puente de pájaros para estar contigo.'],
      ['En la séptima noche del séptimo mes, las estrellas me hablan de nosotros.', 'Por lejos que estemos, mi corazón siempre encuentra el camino hacia ti.'],
      [placed((p) => `Aunque ${p} nos separe, esta noche compartimos las mismas estrellas.`), 'Feliz Qixi, mi amor.'],
    ],
  },
  mid_autumn: {
    titles: [named((n) => `¡Feliz Festival del Medio Otoño, ${n}!`), addressed((a) => `¡Feliz Fiesta de la Luna, ${a}!`), 'Feliz Festival del Medio Otoño', 'Bajo la misma luna llena', 'Luna llena, familia reunida'],
    subtitles: ['Cuando la luna está llena, la familia se reúne', 'Pasteles de luna, faroles y la luna más brillante del año', 'Una misma luna, por lejos que estemos'],
    bodies: [
      ['Esta noche la luna está más llena y más brillante que nunca.', reg('Estés donde estés, miramos la misma luna, y yo pienso en ti.', 'Esté donde esté, miramos la misma luna, y yo pienso en usted.'), reg('Que tu casa se llene de calor y tus pasteles de luna sean bien dulces.', 'Que su casa se llene de calor y sus pasteles de luna sean bien dulces.')],
      ['Una luna redonda para una familia otra vez reunida.', reg('Te envío un trocito de pastel de luna y el corazón lleno de buenos deseos.', 'Le envío un trocito de pastel de luna y el corazón lleno de buenos deseos.')],
      [reg('Bajo esta luna de otoño te deseo salud, paz y reencuentros felices.', 'Bajo esta luna de otoño le deseo salud, paz y reencuentros felices.'), reg('Que todos los que quieres estén cerca, en persona o en el corazón.', 'Que todos los que quiere estén cerca, en persona o en el corazón.')],
      [placed((p) => `La misma luna que brilla esta noche sobre ${p} brilla también sobre casa.`), reg('Que te lleve mi cariño y nos reúna pronto.', 'Que le lleve mi cariño y nos reúna pronto.')],
    ],
  },
  double_ninth: {
    titles: [named((n) => `Feliz Doble Nueve, ${n}`), addressed((a) => `Larga vida, ${a}`), 'Feliz Festival del Doble Nueve', 'Crisantemos y larga vida'],
    subtitles: ['Honrando a nuestros mayores el noveno día del noveno mes', reg('Que tus años sean largos y tu salud, fuerte', 'Que sus años sean largos y su salud, fuerte')],
    bodies: [
      ['En el Doble Nueve se sube a lo alto, se admiran los crisantemos y se honra a los mayores.', reg('Gracias por tu cariño y tu sabiduría. Te deseo salud y muchos años de paz.', 'Gracias por su cariño y su sabiduría. Le deseo salud y muchos años de paz.')],
      ['Los crisantemos están en flor y el aire de otoño es limpio.', reg('Te envío todo mi cariño y respeto, con deseos de larga vida.', 'Le envío todo mi cariño y respeto, con deseos de larga vida.')],
    ],
  },
  teachers_day: {
    titles: [named((n) => `Gracias, ${n}`), addressed((a) => `¡Feliz día, ${a}!`), 'Feliz Día del Maestro', 'Para alguien que enseña con el corazón'],
    subtitles: ['Por cada lección y por creer en mí', reg('Con gratitud por todo lo que me enseñaste', 'Con gratitud por todo lo que me enseñó')],
    bodies: [
      [reg('Gracias por tu paciencia, tus ánimos y cada lección que se quedó conmigo.', 'Gracias por su paciencia, sus ánimos y cada lección que se quedó conmigo.'), reg('Contigo aprender era descubrir. Te lo agradezco de corazón.', 'Con usted aprender era descubrir. Se lo agradezco de corazón.')],
      [reg('Hay quien enseña una materia; tú me enseñaste a pensar.', 'Hay quien enseña una materia; usted me enseñó a pensar.'), reg('En el Día del Maestro quiero que sepas cuánto significa eso para mí.', 'En el Día del Maestro quiero que sepa cuánto significa eso para mí.')],
      [keen((i, c) => r(c, `Gracias a ti, las clases de ${i} eran lo mejor de la semana, y todavía me acompañan.`, `Gracias a usted, las clases de ${i} eran lo mejor de la semana, y todavía me acompañan.`)), reg('Gracias por todo lo que das a tus alumnos.', 'Gracias por todo lo que da a sus alumnos.')],
    ],
  },
  national_day: {
    titles: [named((n) => `¡Feliz Día Nacional, ${n}!`), '¡Feliz Día Nacional!', 'Felices fiestas patrias'],
    subtitles: [reg('Que disfrutes de unos días de descanso y alegría', 'Que disfrute de unos días de descanso y alegría'), reg('Banderas, fuegos artificiales y tiempo con los tuyos', 'Banderas, fuegos artificiales y tiempo con los suyos')],
    bodies: [
      [reg('Espero que estos días festivos te traigan descanso, buena comida y mejor compañía.', 'Espero que estos días festivos le traigan descanso, buena comida y mejor compañía.'), reg('Disfruta cada día de la fiesta.', 'Disfrute cada día de la fiesta.')],
      [reg('Tanto si viajas como si te quedas en casa,', 'Tanto si viaja como si se queda en casa,'), 'que estos días vengan llenos de sol y de tiempo con la gente querida.'],
      [placed((p, c) => r(c, `Que la fiesta en ${p} sea estupenda y puedas descansar como mereces.`, `Que la fiesta en ${p} sea estupenda y pueda descansar como merece.`)), reg('Disfruta cada minuto.', 'Disfrute cada minuto.')],
    ],
  },
};
