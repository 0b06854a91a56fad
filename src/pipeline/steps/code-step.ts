import { ConceptSchema, CopySchema, type CodeInput } from '../../providers/contracts.js';
import { checkPage, PageQualitySchema, PageRejectedError, type PageQuality } from '../../providers/shared/page-quality/index.js';
import { StepInputError } from '../errors.js';
import { persisted, requestOf, storedJson, type StepDefinition } from './step-definition.js';

/** The page to store, with what the quality gate found on it. */
export interface CheckedPage {
  readonly html: string;
  readonly quality: PageQuality;
}

export const codeStep: StepDefinition<CodeInput, CheckedPage> = {
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
  // Every provider's page passes the same gate here, whatever the provider
  // checked itself: external resources are removed (and recorded), a page we
  // would not serve is never stored.
  async run(input, providers, ctx, { pageGate }) {
    const page = await pageGate.check(await providers.code.render(input, ctx), { copy: input.copy, imageUrl: input.imageUrl }, ctx.signal);
    if (page.problems.length > 0) throw new PageRejectedError(page.problems);
    return { html: page.html, quality: page.quality };
  },
  async stored(postcard) {
    if (postcard.frontendCode === null) return null;
    // Pages stored before the gate existed have no record: check them now.
    const quality = storedJson(PageQualitySchema, postcard.quality) ?? checkPage(postcard.frontendCode).quality;
    return { html: postcard.frontendCode, quality };
  },
  persist: async (_save, page) => ({ frontendCode: page.html, quality: page.quality }),
};
