import { ConceptSchema, type Copy, type CopyInput } from '../../providers/contracts.js';
import { persisted, requestOf, type StepDefinition } from './step-definition.js';

export const contentStep: StepDefinition<CopyInput, Copy> = {
  name: 'content',
  providerName: (providers) => providers.text.name,
  input: async (postcard) => ({
    request: requestOf(postcard),
    concept: persisted(ConceptSchema, postcard.concept, 'the concept'),
  }),
  run: (input, providers, ctx) => providers.text.copy(input, ctx),
  async persist(tx, postcard, content) {
    await tx.postcard.update({ where: { taskId: postcard.taskId }, data: { content } });
  },
};
