import type { Concept, Copy, Language, PostcardRequest } from '../../contracts.js';
import { stableHash } from '../hash.js';
import { composeCopy } from './compose.js';
import type { LanguageCopy } from './copy-types.js';
import { DE_COPY } from './de/index.js';
import { EN_COPY } from './en/index.js';
import { ES_COPY } from './es/index.js';
import { FR_COPY } from './fr/index.js';
import { JA_COPY } from './ja/index.js';
import { KO_COPY } from './ko/index.js';
import { ZH_COPY } from './zh/index.js';

/** The copy of every language the local family writes; `satisfies` keeps it complete. */
const COPY = { zh: ZH_COPY, en: EN_COPY, ja: JA_COPY, ko: KO_COPY, es: ES_COPY, fr: FR_COPY, de: DE_COPY } as const satisfies Record<Language, LanguageCopy>;

/** The card's words in the concept's language, for its occasion, tone and people; same request, same words. */
export function writeCopy(request: PostcardRequest, concept: Concept): Copy {
  return composeCopy(COPY[concept.language], concept, stableHash(request.prompt.trim()));
}
