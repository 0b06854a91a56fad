import { ConceptSchema, type Concept, type Language, type Occasion, type Tone } from '../../src/providers/contracts.js';

/** A valid concept for the local copy engine: the occasion, language and tone under test, plain visuals, and the entities given. */
export function conceptFor(language: Language, occasion: Occasion, tone: Tone, entities: Partial<Concept['entities']>): Concept {
  return ConceptSchema.parse({
    theme: occasion,
    occasion,
    language,
    emotional_tone: tone,
    visual_style: 'flat',
    palette: ['#ffffff', '#eeeeee', '#333333'],
    motifs: ['star'],
    copy_direction: 'warm',
    audience: 'family',
    tone,
    entities: { recipients: [], recipient_relation: null, sender_relation: null, numbers: [], age: null, places: [], interests: [], ...entities },
  });
}
