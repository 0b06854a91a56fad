import type { Relation, Tone } from '../../../contracts.js';
import type { CopyContext, Line, SignedKind, SignedLine, SignoffKey } from '../copy-types.js';
import { anrede, t, type Anrede } from './template.js';

/**
 * The line that closes the body, per tone. Somber closings carry sympathy
 * and nothing that celebrates.
 */
export const CLOSINGS: { readonly [T in Tone]: readonly [Line, Line, ...Line[]] } = {
  joyful: [t('{Genieß|Genießen Sie|Genießt} jeden Augenblick!'), t('{Lass dich|Lassen Sie sich|Lasst euch} richtig feiern!'), t('Ich wünsche {dir|Ihnen|euch} ganz viel Freude!')],
  warm: [
    t('{Ich drück dich ganz fest.|Ich sende Ihnen herzliche Grüße.|Ich drück euch ganz fest.}'),
    t('Von Herzen alles Liebe.'),
    t('{Pass gut auf dich auf|Passen Sie gut auf sich auf|Passt gut auf euch auf}.'),
  ],
  formal: [t('Mit den besten Wünschen und herzlichen Grüßen.'), t('Ich wünsche {dir|Ihnen|euch} weiterhin alles Gute.')],
  somber: [t('In stiller Anteilnahme.'), t('In Gedanken bin ich bei {dir|Ihnen|euch}.'), t('Ich fühle mit {dir|Ihnen|euch}.')],
  romantic: [t('Ich liebe {dich|Sie|euch}, heute und für immer.'), t('Tausend Küsse.'), t('Mein Herz gehört {dir|Ihnen|euch}, für immer.')],
  playful: [
    t('Und vor allem: {bleib so, wie du bist|bleiben Sie so, wie Sie sind|bleibt so, wie ihr seid}!'),
    t('{Lach|Lachen Sie|Lacht} mal wieder – das ist ein Befehl!'),
    t('Bis bald zu neuen Abenteuern!'),
  ],
};

/** The possessive for each form of address: masculine or neuter, feminine. */
const POSSESSIVE: Readonly<Record<Anrede, readonly [string, string]>> = {
  du: ['dein', 'deine'],
  Sie: ['Ihr', 'Ihre'],
  ihr: ['euer', 'eure'],
};

/** "deine Tochter", "Ihr Sohn", "euer Kind": the child's own word when the request gives it. */
function child(c: CopyContext): string {
  const [his, her] = POSSESSIVE[anrede(c)];
  if (c.sender === 'daughter') return `${her} Tochter`;
  return `${his} ${c.sender === 'son' ? 'Sohn' : 'Kind'}`;
}

/** How parents and grandparents sign to their family: a name, not a title. */
const FAMILY_NAME: Partial<Record<Relation, string>> = {
  mother: 'Mama',
  father: 'Papa',
  parents: 'Mama und Papa',
  grandmother: 'Oma',
  grandfather: 'Opa',
  grandparents: 'Oma und Opa',
};

/** "In Liebe, Oma"; null when the request does not say which parent or grandparent. */
const signedBy =
  (write: (name: string) => string): Line =>
  (c) => {
    const name = c.sender === null ? undefined : FAMILY_NAME[c.sender];
    return name === undefined ? null : write(name);
  };

/**
 * Sign-offs by who sends the card. `none` stays neutral and never claims a
 * friendship; no sign-off celebrates, as any may close a card of sympathy.
 */
export const SIGNOFFS: { readonly [K in SignoffKey]: readonly [Line, ...Line[]] } = {
  none: [t('Herzliche Grüße'), t('{Alles Liebe|Mit herzlichen Grüßen|Alles Liebe}'), t('Von Herzen')],
  child: [(c) => `In Liebe, ${child(c)}`, (c) => `Von Herzen, ${child(c)}`],
  grandchild: [t('In Liebe, {dein|Ihr|euer} Enkelkind'), t('Ganz liebe Grüße von {deinem|Ihrem|eurem} Enkelkind')],
  parent: [signedBy((name) => `In Liebe, ${name}`), t('In Liebe'), t('Hab {dich|Sie|euch} lieb')],
  grandparent: [signedBy((name) => `Ganz liebe Grüße, ${name}`), t('In Liebe'), t('Von Herzen, in Liebe')],
  partner: [t('Für immer in Liebe'), t('{Dein|Ihr|Euer} Schatz')],
  sibling: [t('Liebe geschwisterliche Grüße'), t('Hab {dich|Sie|euch} lieb')],
  relative: [t('Herzliche Grüße aus der Familie'), t('Alles Liebe von der Familie')],
  friend: [t('In Freundschaft'), t('Liebe freundschaftliche Grüße')],
  student: [t('{Dein|Ihr|Euer} dankbarer Schützling'), t('Herzliche Grüße von {deinem|Ihrem|eurem} Schützling')],
  teacher: [t('Mit den besten Wünschen für {deinen|Ihren|euren} Weg'), t('Mit herzlichen Grüßen')],
  colleague: [t('Viele Grüße aus dem Büro'), t('Beste Grüße'), t('Herzliche kollegiale Grüße')],
};

/** Grußformeln mit dem Namen dessen, der unterschreibt ("Alles Liebe, Anna"). */
export const SIGNED_BY: { readonly [K in SignedKind]: readonly [SignedLine, ...SignedLine[]] } = {
  close: [(n) => `Alles Liebe, ${n}`, (n) => `Liebe Grüße, ${n}`, (n) => `Herzlichst, ${n}`],
  formal: [(n) => `Herzliche Grüße, ${n}`, (n) => `Mit besten Wünschen, ${n}`],
  somber: [(n) => `In stiller Anteilnahme, ${n}`, (n, c) => (c.polite ? `In Gedanken bei Ihnen, ${n}` : `In Gedanken bei dir, ${n}`)],
  romantic: [(n) => `In Liebe, ${n}`, (n) => `Für immer, ${n}`],
};
