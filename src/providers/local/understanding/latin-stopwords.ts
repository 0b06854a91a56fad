/**
 * Capitalised words that are not names: greetings, holidays, weekdays, months,
 * pronouns and the verbs a request starts with, in the Latin-script languages
 * (folded: lower case, no accents). German capitalises every noun, so German
 * names are only taken from a context ("an Anna", "liebe Oma Helga").
 */
export const NOT_NAMES: ReadonlySet<string> = new Set([
  // English
  'i', 'i\'m', 'i\'d', 'my', 'we', 'our', 'you', 'your', 'he', 'she', 'they', 'it', 'the', 'a', 'an', 'and', 'or', 'to', 'for', 'from', 'with', 'this', 'that', 'please',
  'happy', 'merry', 'dear', 'hi', 'hello', 'hey', 'love', 'lots', 'best', 'warm', 'warmest', 'wishes', 'wishing', 'greetings', 'congratulations', 'congrats', 'thanks', 'thank',
  'birthday', 'christmas', 'xmas', 'new', 'year', 'years', 'eve', 'day', 'easter', 'halloween', 'thanksgiving', 'valentine', 'valentine\'s', 'diwali', 'deepavali', 'eid', 'mubarak', 'al-fitr',
  'al-adha', 'ramadan', 'hanukkah', 'chanukah', 'lunar', 'chinese', 'spring', 'festival', 'moon', 'mid-autumn', 'autumn', 'dragon', 'boat', 'lantern', 'qixi', 'qingming', 'chuseok', 'seollal',
  'mother\'s', 'father\'s', 'mothers', 'fathers', 'teacher\'s', 'teachers', 'national', 'independence', 'holidays', 'holiday', 'season', 'season\'s', 'seasons', 'bon', 'voyage', 'god', 'lord',
  'co', 'cie', 'xoxo', 'xo', 'hugs', 'cheers', 'yours', 'regards',
  'write', 'make', 'send', 'create', 'design', 'draw', 'card', 'postcard', 'note', 'message', 'wish', 'hope', 'get', 'well', 'soon', 'sorry', 'our', 'condolences', 'sympathy', 'rest', 'peace',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'english', 'french', 'spanish', 'german', 'japanese', 'korean', 'italian', 'welcome', 'cheers', 'xoxo', 'ps', 'ok', 'okay', 'yes', 'no', 'mr', 'mrs', 'ms', 'dr',
  'mom', 'mum', 'dad', 'grandma', 'grandpa', 'granny', 'nana', 'mommy', 'daddy', 'team', 'everyone', 'all', 'family', 'friends', 'baby', 'graduation', 'wedding', 'anniversary',
  'retirement', 'farewell', 'goodbye', 'sweet', 'sixteen', 'class', 'just', 'married', 'watercolor', 'watercolour', 'style', 'retro', 'vintage', 'flat', 'papercut',
  // Spanish
  'feliz', 'felices', 'querida', 'querido', 'queridos', 'hola', 'para', 'de', 'del', 'la', 'el', 'los', 'las', 'mi', 'mis', 'tu', 'con', 'muchas', 'gracias', 'navidad', 'cumpleanos',
  'ano', 'nuevo', 'pascua', 'pascuas', 'dia', 'madre', 'padre', 'enhorabuena', 'felicidades', 'te', 'quiero', 'amo', 'un', 'una', 'buen', 'viaje', 'saludos', 'desde', 'mama', 'papa',
  'abuela', 'abuelo', 'tia', 'tio', 'senor', 'senora', 'don', 'dona', 'nochebuena', 'boda', 'pesame', 'lo', 'siento',
  // French
  'joyeux', 'joyeuse', 'joyeuses', 'bon', 'bonne', 'cher', 'chere', 'chers', 'pour', 'le', 'les', 'ma', 'mon', 'mes', 'noel', 'anniversaire', 'annee', 'fete', 'paques', 'merci', 'bravo',
  'felicitations', 'bisous', 'je', 't\'aime', 'maman', 'mamie', 'papi', 'monsieur', 'madame', 'mme', 'saint-valentin', 'voeux', 'meilleurs', 'sinceres', 'condoleances', 'bons', 'baisers',
  // German
  'alles', 'gute', 'zum', 'zur', 'frohe', 'frohes', 'fröhliche', 'frohliche', 'weihnachten', 'ostern', 'neues', 'jahr', 'geburtstag', 'herzlichen', 'gluckwunsch', 'liebe', 'lieber',
  'hallo', 'danke', 'oma', 'opa', 'mama', 'papa', 'herr', 'frau', 'gruße', 'grusse', 'viele', 'aus', 'von', 'fur', 'mein', 'meine', 'deine', 'dein', 'beileid', 'besserung',
  // Italian and Portuguese (fallback languages)
  'buon', 'buona', 'compleanno', 'auguri', 'tanti', 'natale', 'grazie', 'ciao', 'caro', 'cara', 'parabens', 'obrigado', 'obrigada', 'feliz', 'natal',
]);

/** Words that sit before a name and belong to it: titles and forms of address. */
export const TITLES: ReadonlySet<string> = new Set([
  'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'dr', 'dr.', 'prof', 'prof.', 'professor', 'aunt', 'auntie', 'uncle', 'cousin', 'grandma', 'grandpa', 'granny', 'nana', 'coach',
  'senor', 'senora', 'senorita', 'sr.', 'sra.', 'don', 'dona', 'tia', 'tio', 'abuela', 'abuelo', 'profesor', 'profesora', 'maestra', 'maestro',
  'monsieur', 'madame', 'mademoiselle', 'm.', 'mme', 'mme.', 'tante', 'oncle', 'mamie', 'papi', 'maitresse',
  'herr', 'frau', 'oma', 'opa', 'onkel', 'lehrerin', 'lehrer',
]);
