import { ConceptSchema, CopySchema, type Copy, type CopyInput } from '../../providers/contracts.js';
import { persisted, requestOf, storedJson, type StepDefinition } from './step-definition.js';

export const contentStep: StepDefinition<CopyInput, Copy> = {
  name: 'content',
  input: async (postcard) => ({
    request: requestOf(postcard),
    concept: persisted(ConceptSchema, postcard.concept, 'the concept'),
  }),
  run: (input, providers, ctx) => providers.text.copy(input, ctx),
  stored: async (postcard) => storedJson(CopySchema, postcard.content),
  persist: async (_save, content) => ({ content }),
};
