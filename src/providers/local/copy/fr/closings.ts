import type { Relation, Tone } from '../../../contracts.js';
import type { CopyContext, LanguageCopy, Line, SignoffKey } from '../copy-types.js';
import { t, vouvoie } from './template.js';

/**
 * The line that closes the body, per tone. Somber closings carry sympathy
 * and nothing that celebrates.
 */
export const CLOSINGS: { readonly [T in Tone]: readonly [Line, Line, ...Line[]] } = {
  joyful: [t('{Profite|Profitez} bien de chaque instant !'), t('Que la fête soit belle !'), t('Plein de joie et de bonheur à {toi|vous} !')],
  warm: [
    t('{Je t’embrasse bien fort.|Je vous adresse mes pensées les plus chaleureuses.}'),
    t('Avec toute mon affection.'),
    t('{Prends soin de toi|Prenez soin de vous}.'),
  ],
  formal: [
    t('{Avec mes salutations les plus chaleureuses.|Veuillez recevoir mes salutations les plus chaleureuses.}'),
    t('Je {te|vous} souhaite le meilleur, avec toute ma considération.'),
  ],
  somber: [t('Je pense très fort à {toi|vous}.'), t('Avec toute ma sympathie.'), t('Je suis de tout cœur avec {toi|vous}.')],
  romantic: [t('Je {t’aime|vous aime}, aujourd’hui et pour toujours.'), t('Mille baisers.'), t('{À toi|À vous}, pour toujours.')],
  playful: [t('Et surtout, {ne change rien|ne changez rien} !'), t('{Allez, souris|Allez, souriez} : c’est un ordre !'), t('Bisous, et à très vite pour de nouvelles aventures !')],
};

/** "Ta fille", "Votre fils", "Ton enfant": the child's own word when the request gives it. */
function child(c: CopyContext): string {
  const you = vouvoie(c);
  if (c.sender === 'daughter') return you ? 'Votre fille' : 'Ta fille';
  if (c.sender === 'son') return you ? 'Votre fils' : 'Ton fils';
  return you ? 'Votre enfant' : 'Ton enfant';
}

/** How parents and grandparents sign to their family: a name, not a title. */
const FAMILY_NAME: Partial<Record<Relation, string>> = {
  mother: 'Maman',
  father: 'Papa',
  parents: 'Papa et Maman',
  grandmother: 'Mamie',
  grandfather: 'Papi',
  grandparents: 'Papi et Mamie',
};

/** A line signed with the sender's family name ("Je t’embrasse, Mamie"); null when the request does not say which parent. */
const signedBy =
  (write: (name: string, c: CopyContext) => string): Line =>
  (c) => {
    const name = c.sender === null ? undefined : FAMILY_NAME[c.sender];
    return name === undefined ? null : write(name, c);
  };

const embrace = (c: CopyContext): string => (vouvoie(c) ? 'Je vous embrasse' : 'Je t’embrasse');

/**
 * Sign-offs by who sends the card. `none` stays neutral and never claims a
 * friendship; no sign-off celebrates, as any may close a card of sympathy.
 */
export const SIGNOFFS: { readonly [K in SignoffKey]: readonly [Line, ...Line[]] } = {
  none: [t('Chaleureusement'), t('{Je t’embrasse|Bien à vous}'), t('Avec toutes mes pensées')],
  child: [(c) => `${child(c)} qui ${vouvoie(c) ? 'vous aime' : 't’aime'}`, (c) => `Avec tout mon amour, ${child(c).toLowerCase()}`],
  grandchild: [t('{Ton|Votre} petit-enfant qui {t’aime|vous aime}'), t('Avec toute la tendresse de {ton|votre} petit-enfant')],
  parent: [signedBy((name, c) => `${embrace(c)} très fort, ${name}`), t('Avec tout mon amour'), t('{Je t’embrasse|Je vous embrasse} très fort')],
  grandparent: [signedBy((name, c) => `${embrace(c)} tendrement, ${name}`), t('Avec toute ma tendresse'), t('{Je t’embrasse|Je vous embrasse} bien fort')],
  partner: [t('Avec tout mon amour'), t('{À toi|À vous}, pour toujours')],
  sibling: [t('Gros bisous fraternels'), t('{Je t’embrasse|Je vous embrasse} fort')],
  relative: [t('Bien affectueusement'), t('Avec toute l’affection de la famille')],
  friend: [t('Amitiés'), t('{Bises, avec toute mon amitié|Bien amicalement}')],
  student: [t('Avec toute la gratitude de {ton|votre} élève'), t('Respectueusement, {ton|votre} élève')],
  teacher: [t('Avec tous mes encouragements'), t('Avec toute mon estime')],
  colleague: [t('Bien cordialement'), t('Avec mes salutations chaleureuses')],
};

/** Formules avec le prénom de qui signe ("Je t'embrasse, Léa"); jamais de tutoiement quand on vouvoie. */
export const SIGNED_BY: LanguageCopy['signedBy'] = {
  close: [(n, c) => (c.polite ? `Affectueusement, ${n}` : `Je t’embrasse, ${n}`), (n, c) => (c.polite ? `Avec toute mon affection, ${n}` : `Gros bisous, ${n}`)],
  formal: [(n) => `Bien cordialement, ${n}`, (n) => `Avec mes meilleurs vœux, ${n}`],
  somber: [(n) => `Avec toute ma sympathie, ${n}`, (n) => `En pensée avec vous, ${n}`],
  romantic: [(n) => `Avec tout mon amour, ${n}`, (n) => `À toi pour toujours, ${n}`],
};
