import { assetPath } from '../asset-store.js';
import { ConceptSchema, CopySchema, type GeneratedImage, type ImageInput } from '../../providers/contracts.js';
import { persisted, requestOf, type StepDefinition } from './step-definition.js';

export const imageStep: StepDefinition<ImageInput, GeneratedImage> = {
  name: 'image',
  input: async (postcard) => ({
    request: requestOf(postcard),
    concept: persisted(ConceptSchema, postcard.concept, 'the concept'),
    copy: persisted(CopySchema, postcard.content, 'the copy'),
  }),
  run: (input, providers, ctx) => providers.image.illustrate(input, ctx),
  stored: async (postcard, lookup) => (postcard.imageAssetId === null ? null : lookup.image(postcard.imageAssetId)),
  async persist(save, image) {
    const assetId = await save(image);
    // Host-free: the API makes it absolute when it serves the status or the page.
    return { imageAssetId: assetId, imageUrl: assetPath(assetId) };
  },
};
