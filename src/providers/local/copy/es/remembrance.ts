import type { LanguageCopy } from '../copy-types.js';
import { reg } from './lines.js';

/**
 * Una tarjeta para un ser querido que ya no está («en memoria de mi abuela»):
 * le habla a él o a ella, de recuerdos y de echarle de menos, y nunca le da
 * el pésame por su propia pérdida. Sin pronombres con género (lo, la).
 */
export const REMEMBRANCE: NonNullable<LanguageCopy['remembrance']> = {
  occasion: {
    titles: ['Siempre en mi corazón', 'En el recuerdo, para siempre', reg('Hoy también pienso en ti', 'Hoy también pienso en usted')],
    subtitles: [
      reg('El amor que nos diste nos acompaña cada día', 'El amor que nos dio nos acompaña cada día'),
      reg('Tu recuerdo es un regalo que llevo conmigo', 'Su recuerdo es un regalo que llevo conmigo'),
    ],
    bodies: [
      [
        reg('Hoy he vuelto a pensar mucho en ti.', 'Hoy he vuelto a pensar mucho en usted.'),
        reg('En tu risa, en tus historias y en todo el cariño que nos diste.', 'En su risa, en sus historias y en todo el cariño que nos dio.'),
        reg('Todo lo que me enseñaste sigue conmigo.', 'Todo lo que me enseñó sigue conmigo.'),
      ],
      [
        reg('El tiempo pasa, pero la falta que nos haces no se hace más pequeña.', 'El tiempo pasa, pero la falta que nos hace no se hace más pequeña.'),
        reg('Aquí estamos todos bien; no te preocupes.', 'Aquí estamos todos bien; no se preocupe.'),
        reg('Viviré bien, y llevaré tu amor conmigo a donde vaya.', 'Viviré bien, y llevaré su amor conmigo a donde vaya.'),
      ],
    ],
  },
  closings: [reg('Descansa en paz. Siempre estarás con nosotros.', 'Descanse en paz. Siempre estará con nosotros.'), 'Por siempre en nuestro recuerdo.'],
};
