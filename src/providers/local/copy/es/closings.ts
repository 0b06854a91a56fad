import type { LanguageCopy, Line } from '../copy-types.js';
import { r, reg } from './lines.js';

/** La última línea del cuerpo, según el tono. Las de pésame acompañan: sin exclamaciones y sin nada festivo. */
export const CLOSINGS: LanguageCopy['closings'] = {
  joyful: [reg('¡Que lo disfrutes muchísimo!', '¡Que lo disfrute muchísimo!'), reg('¡Un abrazo enorme y a celebrarlo!', '¡Reciba un abrazo enorme!'), '¡Que no falten las risas!'],
  warm: [reg('Te mando un abrazo muy fuerte.', 'Le mando un abrazo muy fuerte.'), reg('Te llevo siempre en el corazón.', 'Le llevo siempre en el corazón.'), 'Con todo mi cariño y mis mejores deseos.'],
  formal: [reg('Recibe un cordial saludo y mis mejores deseos.', 'Reciba un cordial saludo y mis mejores deseos.'), reg('Te deseo salud y éxito en todo lo que emprendas.', 'Le deseo salud y éxito en todo lo que emprenda.')],
  somber: [reg('Te acompaño en el sentimiento, hoy y en los días que vienen.', 'Le acompaño en el sentimiento, hoy y en los días que vienen.'), reg('Mis pensamientos están contigo y con los tuyos.', 'Mis pensamientos están con usted y con los suyos.'), 'Un abrazo lleno de cariño y de recuerdo.'],
  romantic: ['Te quiero hoy, mañana y siempre.', 'Contigo, cada día es un regalo.', 'Mi corazón es tuyo, para siempre.'],
  playful: [reg('¡Pórtate bien, o por lo menos pásalo en grande!', '¡Pórtese bien, o por lo menos páselo en grande!'), '¡Y que no pare la fiesta!', reg('¡Tú sigue así de genial!', '¡Siga así de genial!')],
};

/** El remitente hijo o hija: con el género cuando se sabe; si no, «Te quiero, mamá», que no lo necesita. */
const child: Line = (c) => {
  if (c.sender === 'daughter') return r(c, 'Con todo mi amor, tu hija', 'Con todo mi cariño, su hija');
  if (c.sender === 'son') return r(c, 'Con todo mi amor, tu hijo', 'Con todo mi cariño, su hijo');
  switch (c.relation) {
    case 'mother':
      return r(c, 'Te quiero mucho, mamá', 'La quiero mucho, mamá');
    case 'father':
      return r(c, 'Te quiero mucho, papá', 'Lo quiero mucho, papá');
    case 'parents':
      return 'Los quiero mucho, mamá y papá';
    default:
      return null;
  }
};

const grandchild: Line = (c) => {
  switch (c.relation) {
    case 'grandmother':
      return 'Un beso enorme y todo mi cariño, abuela';
    case 'grandfather':
      return 'Un beso enorme y todo mi cariño, abuelo';
    case 'grandparents':
      return 'Los quiero mucho, abuelos';
    default:
      return null;
  }
};

const parent: Line = (c) => {
  switch (c.sender) {
    case 'mother':
      return r(c, 'Te quiere, mamá', 'Con todo mi cariño, mamá');
    case 'father':
      return r(c, 'Te quiere, papá', 'Con todo mi cariño, papá');
    case 'parents':
      return r(c, 'Te queremos, papá y mamá', 'Con todo nuestro cariño, papá y mamá');
    default:
      return null;
  }
};

const grandparent: Line = (c) => {
  switch (c.sender) {
    case 'grandmother':
      return r(c, 'Un beso muy fuerte de tu abuela', 'Un beso muy fuerte de su abuela');
    case 'grandfather':
      return r(c, 'Un beso muy fuerte de tu abuelo', 'Un beso muy fuerte de su abuelo');
    case 'grandparents':
      return r(c, 'Con todo el cariño de tus abuelos', 'Con todo el cariño de sus abuelos');
    default:
      return null;
  }
};

/**
 * Firmas según quién envía. `none` es neutra y nunca dice «amigo». Donde el
 * español pide género y no lo sabemos, la firma se apoya en el destinatario o
 * en palabras que no lo necesitan (colega, profe, peque).
 */
export const SIGNOFFS: LanguageCopy['signoffs'] = {
  none: ['Con mis mejores deseos', 'Con cariño', reg('Un abrazo', 'Un cordial saludo')],
  child: [child, reg('Con todo mi amor, de tu peque de siempre', 'Con todo mi amor y mi respeto, de quien más le quiere')],
  grandchild: [grandchild, reg('Mil besos de quien más te quiere', 'Con todo el cariño de quien más le quiere')],
  parent: [parent, reg('Con el amor de quien te vio crecer', 'Con el amor de quien le vio crecer'), reg('Te queremos con locura', 'Con todo nuestro cariño')],
  grandparent: [grandparent, reg('Con el cariño infinito de quien te vio crecer', 'Con el cariño infinito de quien le vio crecer')],
  partner: ['Con todo mi amor, siempre', 'Siempre contigo', 'Te quiero, mi amor'],
  sibling: ['Un abrazo fraternal y todo mi cariño', 'Con el cariño de toda la vida'],
  relative: ['Con todo el cariño de la familia', 'Un abrazo de toda la familia'],
  friend: [reg('Un abrazo enorme, como siempre', 'Un afectuoso saludo'), reg('Con cariño, siempre a tu lado', 'Con el afecto de siempre')],
  student: [reg('Con gratitud, de quien tanto aprendió de ti', 'Con gratitud y respeto, de quien tanto aprendió de usted')],
  teacher: [reg('Con orgullo y cariño, tu profe', 'Con afecto y orgullo, de quien fue su docente')],
  colleague: [reg('Un abrazo de tu colega', 'Un cordial saludo de su colega'), reg('Con cariño, de parte de todo el equipo', 'Atentamente, de parte de todo el equipo')],
};

/** Despedidas con el nombre de quien firma ("Con cariño, Lucía"). */
export const SIGNED_BY: LanguageCopy['signedBy'] = {
  close: [(n) => `Con cariño, ${n}`, (n) => `Un abrazo fuerte, ${n}`, (n) => `Besos, ${n}`],
  formal: [(n) => `Un cordial saludo, ${n}`, (n) => `Con los mejores deseos, ${n}`],
  somber: [(n) => `Con mi más sentido pésame, ${n}`, (n) => `Con todo mi cariño, ${n}`],
  romantic: [(n) => `Con todo mi amor, ${n}`, (n) => `Siempre contigo, ${n}`],
};
