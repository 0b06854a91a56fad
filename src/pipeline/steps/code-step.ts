import { ConceptSchema, CopySchema, HtmlDocumentSchema, type CodeInput } from '../../providers/contracts.js';
import { StepInputError } from '../errors.js';
import { persisted, requestOf, type StepDefinition } from './step-definition.js';

export const codeStep: StepDefinition<CodeInput, string> = {
  name: 'code',
  async input(postcard, lookup) {
    if (postcard.imageAssetId === null || postcard.imageUrl === null) {
      throw new StepInputError('the illustration is missing: its step has not stored a result');
    }
    const size = await lookup.imageSize(postcard.imageAssetId);
    if (size === null) throw new StepInputError(`the illustration asset ${postcard.imageAssetId} does not exist`);
    return {
      request: requestOf(postcard),
      concept: persisted(ConceptSchema, postcard.concept, 'the concept'),
      copy: persisted(CopySchema, postcard.content, 'the copy'),
      imageUrl: postcard.imageUrl,
      imageWidth: size.width,
      imageHeight: size.height,
    };
  },
  // The provider validates its own document; checking again here keeps a
  // misbehaving provider from ever storing something we would not serve.
  run: async (input, providers, ctx) => HtmlDocumentSchema.parse(await providers.code.render(input, ctx)),
  stored: async (postcard) => postcard.frontendCode,
  persist: async (_db, html) => ({ frontendCode: html }),
};
