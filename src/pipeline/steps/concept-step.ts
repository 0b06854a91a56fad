import { ConceptSchema, type Concept, type ConceptInput } from '../../providers/contracts.js';
import { requestOf, storedJson, type StepDefinition } from './step-definition.js';

export const conceptStep: StepDefinition<ConceptInput, Concept> = {
  name: 'concept',
  input: async (postcard) => ({ request: requestOf(postcard) }),
  run: (input, providers, ctx) => providers.text.concept(input, ctx),
  stored: async (postcard) => storedJson(ConceptSchema, postcard.concept),
  persist: async (_save, concept) => ({ concept }),
};
