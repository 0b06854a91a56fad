import type { Concept, ConceptInput } from '../../providers/contracts.js';
import { requestOf, type StepDefinition } from './step-definition.js';

export const conceptStep: StepDefinition<ConceptInput, Concept> = {
  name: 'concept',
  providerName: (providers) => providers.text.name,
  input: async (postcard) => ({ request: requestOf(postcard) }),
  run: (input, providers, ctx) => providers.text.concept(input, ctx),
  async persist(tx, postcard, concept) {
    await tx.postcard.update({ where: { taskId: postcard.taskId }, data: { concept } });
  },
};
