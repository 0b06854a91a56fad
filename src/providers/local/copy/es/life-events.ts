import type { Line } from '../copy-types.js';
import { addressed, aged, anniversaryName, keen, named, placed, r, reg, type OccasionTable } from './lines.js';

type LifeEvent = 'birthday' | 'wedding' | 'anniversary' | 'new_baby' | 'graduation' | 'new_job';

/** "¡Felices 30, Carmen!": needs both the age and the name. */
const birthdayWithAge: Line = (c) => (c.name === null || c.age === null ? null : `¡Felices ${c.age}, ${c.name}!`);

/** "¡Felicidades por sus bodas de plata!" where the years have a name, else "¡Felices 12 años juntos!". */
const anniversaryYears: Line = (c) => {
  if (c.age === null) return null;
  const name = anniversaryName(c.age);
  return name === null ? `¡Felices ${c.age} años juntos!` : `¡Felicidades por esas ${name}!`;
};

/** Cumpleaños, bodas, nacimientos, graduaciones y primeros días. Las bodas se dirigen a los dos (ustedes). */
export const LIFE_EVENTS: OccasionTable<LifeEvent> = {
  birthday: {
    titles: [birthdayWithAge, named((n) => `¡Feliz cumpleaños, ${n}!`), aged((a) => `¡Felices ${a}!`), addressed((a) => `¡Feliz cumpleaños, ${a}!`), '¡Feliz cumpleaños!', 'Pide un deseo', 'Un año más, y cada vez mejor'],
    subtitles: [reg('¡Que cumplas muchos más!', '¡Que cumpla muchos más!'), reg('Hoy es tu día', 'Hoy es su día'), aged((a, c) => (a >= 80 ? `${a} años de cariño, sabiduría e historias` : r(c, `Los ${a} te sientan de maravilla`, `Los ${a} le sientan de maravilla`)))],
    bodies: [
      ['Un año más, y cada día más especial.', reg('Que este año te traiga mañanas tranquilas, buenas sorpresas y muchos motivos para reír.', 'Que este año le traiga mañanas tranquilas, buenas sorpresas y muchos motivos para reír.')],
      [reg('Sopla las velas y pide un deseo bien grande.', 'Sople las velas y pida un deseo bien grande.'), reg('Que se cumpla, y que cada día de este año te regale algo bonito.', 'Que se cumpla, y que cada día de este año le regale algo bonito.')],
      ['Gracias por hacer el mundo más bonito solo con estar en él.', reg('Ojalá hoy tengas velas, abrazos y a toda la gente que te quiere cerca.', 'Ojalá hoy tenga velas, abrazos y a toda la gente que le quiere cerca.')],
      [aged((a, c) => r(c, `Cumplir ${a} años es todo un acontecimiento, y lo llevas de maravilla.`, `Cumplir ${a} años es todo un acontecimiento, y lo lleva de maravilla.`)), reg('Que este sea tu año más feliz.', 'Que este sea su año más feliz.')],
      [keen((i, c) => r(c, `Que tu día venga lleno de risas, abrazos y ${i}.`, `Que su día venga lleno de risas, abrazos y ${i}.`)), reg('Te mereces todo lo bueno que traiga este año.', 'Se merece todo lo bueno que traiga este año.')],
    ],
  },
  wedding: {
    titles: [named((n) => `¡Felicidades, ${n}!`), '¡Vivan los novios!', 'Felices para siempre', 'Dos corazones, un hogar'],
    subtitles: ['Toda una vida de amor y de risas', 'Por el amor, la complicidad y el «sí, quiero»', placed((p) => `Una boda inolvidable en ${p}`)],
    bodies: [
      ['Hoy dos historias se convierten en una.', 'Que su matrimonio esté lleno de paciencia, ternura y risas que nunca pasen de moda.'],
      ['Les deseo toda una vida de aventuras juntos,', 'un hogar lleno de calidez y un amor que crezca cada año.'],
      ['¡Muchas felicidades en el día de su boda!', 'Que siempre encuentren el uno en el otro a su mejor amigo, su refugio y su mayor alegría.'],
      [keen((i) => `Que su vida en común esté llena de amor, buenos amigos y ${i}.`), 'Mis felicidades a los dos.'],
    ],
  },
  anniversary: {
    titles: [
      (c) => (c.name === null || c.age === null ? null : `¡${c.age} años juntos, ${c.name}!`),
      named((n) => `¡Feliz aniversario, ${n}!`),
      aged((a) => `${a} años juntos`),
      '¡Feliz aniversario!',
      'Enamorados como el primer día',
    ],
    subtitles: [anniversaryYears, 'Por un amor que crece con los años', 'Un brindis por los dos'],
    bodies: [
      ['Un año más de bromas compartidas, sueños en común y manos entrelazadas.', 'Por todos los años vividos y por todas las aventuras que quedan por venir.'],
      ['Un amor como este es raro y maravilloso.', '¡Feliz aniversario, y que los años que vienen sean aún más dulces!'],
      [aged((a) => `${a} años eligiéndose cada día.`), 'Eso merece una celebración. ¡Feliz aniversario!'],
    ],
  },
  new_baby: {
    titles: [named((n) => `¡Felicidades, ${n}!`), 'La familia crece', 'Un pequeño gran milagro'],
    subtitles: ['Manos diminutas, pies diminutos y un amor enorme', 'Un corazón nuevo al que querer'],
    bodies: [
      [reg('¡Muchas felicidades por la llegada de tu bebé!', '¡Muchas felicidades por la llegada de su bebé!'), reg('Que tus días se llenen de mimos, tus noches de (algo de) sueño y tu casa de amor.', 'Que sus días se llenen de mimos, sus noches de (algo de) sueño y su casa de amor.')],
      ['Ha llegado una personita nueva y el mundo ya brilla un poco más.', reg('Te deseo a ti y a tu familia salud, alegría y mucha ternura.', 'Le deseo a usted y a su familia salud, alegría y mucha ternura.')],
    ],
  },
  graduation: {
    titles: [named((n) => `¡Felicidades, ${n}!`), reg('¡Lo lograste!', '¡Lo logró!'), reg('¡Enhorabuena por tu graduación!', '¡Enhorabuena por su graduación!'), reg('El futuro es tuyo', 'El futuro es suyo')],
    subtitles: [reg('Qué orgullo verte llegar hasta aquí', 'Qué orgullo verle llegar hasta aquí'), reg('Todo tu esfuerzo ha valido la pena', 'Todo su esfuerzo ha valido la pena'), 'Birrete al aire y a por lo que viene'],
    bodies: [
      ['Tantas noches de estudio y tanto esfuerzo han dado su fruto.', reg('Qué orgullo me das, y qué ganas de ver lo que harás ahora.', 'Es un orgullo, y tengo muchas ganas de ver lo que hará ahora.')],
      [reg('Lanza el birrete bien alto: este momento es solo tuyo.', 'Lance el birrete bien alto: este momento es solo suyo.'), 'Que el camino que empieza esté lleno de puertas abiertas y grandes aventuras.'],
      [reg('Hoy cierras un capítulo y abres uno completamente nuevo.', 'Hoy cierra un capítulo y abre uno completamente nuevo.'), reg('Sigue aprendiendo, sigue soñando y sigue siendo tú.', 'Siga aprendiendo, siga soñando y siga siendo usted.')],
      [keen((i, c) => r(c, `Tanto si lo que viene tiene que ver con ${i} como si es algo nuevo, tienes todo lo necesario.`, `Tanto si lo que viene tiene que ver con ${i} como si es algo nuevo, tiene todo lo necesario.`)), '¡Felicidades, y a por todas!'],
    ],
  },
  new_job: {
    titles: [named((n) => `¡Felicidades, ${n}!`), '¡Enhorabuena por el nuevo trabajo!', 'Nuevos comienzos'],
    subtitles: [reg('Tienen suerte de contar contigo', 'Tienen suerte de contar con usted'), 'Nuevo puesto, nuevo equipo y un gran capítulo por delante'],
    bodies: [
      [reg('¡Felicidades por el nuevo trabajo! Te lo mereces de verdad.', '¡Felicidades por el nuevo trabajo! Se lo merece de verdad.'), reg('Sé que vas a poner tu talento y tu energía en todo lo que hagas.', 'Sé que va a poner su talento y su energía en todo lo que haga.')],
      [reg('Los comienzos siempre dan un poco de vértigo, pero este te queda como anillo al dedo.', 'Los comienzos siempre dan un poco de vértigo, pero este le queda como anillo al dedo.'), reg('Te deseo buenos compañeros, retos interesantes y muchos éxitos.', 'Le deseo buenos compañeros, retos interesantes y muchos éxitos.')],
      [placed((p) => `Trabajo nuevo y vida nueva en ${p}: ¡qué emoción!`), reg('Te deseo todo el éxito en esta nueva etapa.', 'Le deseo todo el éxito en esta nueva etapa.')],
    ],
  },
};
