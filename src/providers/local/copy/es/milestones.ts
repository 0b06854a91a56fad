import { addressed, aged, keen, named, placed, r, reg, type OccasionTable } from './lines.js';

type Milestone = 'retirement' | 'housewarming' | 'farewell' | 'get_well' | 'sympathy' | 'congratulations';

/** Jubilaciones, casas nuevas, despedidas, enfermedad y duelo: las tarjetas que piden más tacto. */
export const MILESTONES: OccasionTable<Milestone> = {
  retirement: {
    titles: [named((n) => `¡Feliz jubilación, ${n}!`), '¡Feliz jubilación!', 'Empieza la gran aventura'],
    subtitles: ['Se acabaron los despertadores: llegan las aventuras', 'Gracias por tantos años de trabajo y entrega'],
    bodies: [
      [reg('Después de tantos años de trabajo, por fin llega tu momento.', 'Después de tantos años de trabajo, por fin llega su momento.'), reg('Que tu jubilación esté llena de sobremesas largas, mañanas sin prisa y nuevas aventuras.', 'Que su jubilación esté llena de sobremesas largas, mañanas sin prisa y nuevas aventuras.')],
      [reg('Te lo has ganado a pulso.', 'Se lo ha ganado a pulso.'), reg('Gracias por todo lo que has dado a tu trabajo y a quienes te rodean. ¡A disfrutar!', 'Gracias por todo lo que ha dado a su trabajo y a quienes le rodean. ¡A disfrutar!')],
      [aged((a) => `${a} años de dedicación merecen una despedida por todo lo alto.`), reg('Por las mañanas tranquilas y todos los planes que guardabas para después.', 'Por las mañanas tranquilas y todos los planes que guardaba para después.')],
      [keen((i) => `Por fin, todo el tiempo del mundo para paseos, siestas y ${i}.`), reg('Te deseo una jubilación larga, sana y feliz.', 'Le deseo una jubilación larga, sana y feliz.')],
    ],
  },
  housewarming: {
    titles: [named((n) => `¡Feliz casa nueva, ${n}!`), '¡Feliz casa nueva!', 'Hogar, dulce hogar'],
    subtitles: [reg('Que tu nuevo hogar se llene de amor y de risas', 'Que su nuevo hogar se llene de amor y de risas'), 'Llaves nuevas, rincones nuevos y muchos recuerdos por estrenar'],
    bodies: [
      [reg('¡Felicidades por tu casa nueva!', '¡Felicidades por su casa nueva!'), 'Que sus paredes guarden muchos recuerdos felices y su puerta esté siempre abierta a los amigos.'],
      ['Una casa nueva es un nuevo comienzo.', reg('Te deseo tardes tranquilas, buenos vecinos y una cocina que siempre huela a algo rico.', 'Le deseo tardes tranquilas, buenos vecinos y una cocina que siempre huela a algo rico.')],
      [placed((p, c) => r(c, `Tu casa nueva en ${p} suena de maravilla.`, `Su casa nueva en ${p} suena de maravilla.`)), reg('Estoy deseando ir a verte. Que seas muy feliz allí.', 'Estoy deseando ir a verle. Que sea muy feliz allí.')],
    ],
  },
  farewell: {
    titles: [named((n) => `Hasta pronto, ${n}`), '¡Hasta pronto y mucha suerte!', 'Esto no es un adiós'],
    subtitles: ['No es un adiós, es un hasta luego', reg('Te vamos a echar muchísimo de menos', 'Le vamos a echar muchísimo de menos')],
    bodies: [
      [reg('Sin ti no va a ser lo mismo.', 'Sin usted no va a ser lo mismo.'), 'Gracias por las risas, la ayuda y los recuerdos. Mucha suerte en todo lo que venga.'],
      ['Las despedidas cuestan, pero abren la puerta a nuevos comienzos.', reg('Vayas donde vayas, te llevas un pedacito de nosotros.', 'Vaya donde vaya, se lleva un pedacito de nosotros.')],
      [placed((p, c) => r(c, `${p} tiene mucha suerte de recibirte.`, `${p} tiene mucha suerte de recibirle.`)), reg('No pierdas el contacto: aquí siempre tendrás un sitio.', 'No pierda el contacto: aquí siempre tendrá un sitio.')],
    ],
  },
  get_well: {
    titles: [named((n, c) => r(c, `¡Que te mejores pronto, ${n}!`, `¡Que se mejore pronto, ${n}!`)), addressed((a, c) => r(c, `Mejórate pronto, ${a}`, `Que se mejore pronto, ${a}`)), reg('¡Que te mejores pronto!', '¡Que se mejore pronto!'), 'Mucho ánimo y mucha fuerza', 'Un abrazo que reconforta'],
    subtitles: [reg('Descansa y cuídate mucho', 'Descanse y cuídese mucho'), reg('Pienso en ti y te deseo una pronta recuperación', 'Pienso en usted y le deseo una pronta recuperación'), 'Una tarjeta pequeña con un montón de ánimos'],
    bodies: [
      [reg('Siento mucho que no te encuentres bien.', 'Siento mucho que no se encuentre bien.'), reg('Tómate todo el tiempo que necesites para descansar. Pienso en ti y espero que cada día sea un poco mejor.', 'Tómese todo el tiempo que necesite para descansar. Pienso en usted y espero que cada día sea un poco mejor.')],
      [reg('Te mando sopa calentita, mantas suaves y un abrazo enorme desde lejos.', 'Le mando sopa calentita, mantas suaves y un abrazo enorme desde lejos.'), reg('Mejórate pronto: te echamos de menos.', 'Mejórese pronto: le echamos de menos.')],
      [reg('Ten paciencia contigo y deja que te cuiden un tiempo.', 'Tenga paciencia consigo y deje que le cuiden un tiempo.'), reg('Te deseo una recuperación rápida y completa.', 'Le deseo una recuperación rápida y completa.')],
      [keen((i, c) => r(c, `Recupérate pronto, que te esperan los paseos, las charlas y ${i}.`, `Recupérese pronto, que le esperan los paseos, las charlas y ${i}.`)), reg('Pienso en ti cada día.', 'Pienso en usted cada día.')],
    ],
  },
  sympathy: {
    titles: [named((n, c) => r(c, `Pensando en ti, ${n}`, `Pensando en usted, ${n}`)), 'Mi más sentido pésame', reg('Te acompaño en el sentimiento', 'Le acompaño en el sentimiento'), 'Con todo mi cariño'],
    subtitles: [reg('Te tengo muy presente en estos momentos tan difíciles', 'Le tengo muy presente en estos momentos tan difíciles'), reg('Que encuentres consuelo en el cariño de quienes te rodean', 'Que encuentre consuelo en el cariño de quienes le rodean'), reg('Aquí estoy para lo que necesites', 'Aquí estoy para lo que necesite')],
    bodies: [
      [reg('Siento muchísimo tu pérdida.', 'Siento muchísimo su pérdida.'), reg('No hay palabras que alivien este dolor, pero quiero que sepas que pienso en ti y te llevo en el corazón.', 'No hay palabras que alivien este dolor, pero quiero que sepa que pienso en usted y le llevo en el corazón.')],
      [reg('Que el cariño de quienes te rodean te dé consuelo en los días que vienen,', 'Que el cariño de quienes le rodean le dé consuelo en los días que vienen,'), 'y que, con el tiempo, los recuerdos compartidos traigan un poco de paz.'],
      ['En momentos así, las palabras se quedan cortas.', reg('Aquí estoy para lo que necesites, ahora y en las semanas que vienen.', 'Aquí estoy para lo que necesite, ahora y en las semanas que vienen.')],
      [named((n, c) => r(c, `${n}, siento muchísimo lo que estás pasando.`, `${n}, siento muchísimo lo que está pasando.`)), reg('Que sientas a tu alrededor mucho cariño y recuerdos llenos de ternura.', 'Que sienta a su alrededor mucho cariño y recuerdos llenos de ternura.')],
    ],
  },
  congratulations: {
    titles: [named((n) => `¡Felicidades, ${n}!`), '¡Enhorabuena!', '¡Bien hecho!', reg('¡Lo conseguiste!', '¡Lo consiguió!')],
    subtitles: ['Todo el esfuerzo ha valido la pena', '¡Esto hay que celebrarlo!', reg('Me alegro muchísimo por ti', 'Me alegro muchísimo por usted')],
    bodies: [
      ['¡Enhorabuena por este logro tan merecido!', reg('Tu esfuerzo y tu constancia han dado fruto, y te mereces cada pedacito de este momento.', 'Su esfuerzo y su constancia han dado fruto, y se merece cada pedacito de este momento.')],
      [reg('Siempre supe que lo conseguirías.', 'Siempre supe que lo conseguiría.'), reg('Tómate un momento para disfrutarlo: te lo has ganado.', 'Tómese un momento para disfrutarlo: se lo ha ganado.')],
      [keen((i, c) => r(c, `Celébralo a lo grande, con buena compañía y ${i}.`, `Celébrelo a lo grande, con buena compañía y ${i}.`)), '¡Felicidades, y a por lo siguiente!'],
    ],
  },
};
