import {
  ConceptSchema,
  CopySchema,
  GeneratedImageSchema,
  HtmlDocumentSchema,
  type CodeProvider,
  type ImageProvider,
  type Providers,
  type TextProvider,
} from '../contracts.js';
import { buildConcept } from './concept.js';
import { writeCopy } from './copy/index.js';
import { renderPostcardHtml } from './html.js';
import { paintIllustration } from './illustration.js';

const NAME = 'local';

/**
 * The offline provider family and the default: deterministic, no network, no
 * keys. Each method re-validates its own output with the shared schemas; a
 * failure there is a bug in this folder, so it is allowed to throw.
 */
export function createLocalProviders(): Providers {
  const text: TextProvider = {
    name: NAME,
    async concept({ request }, { signal }) {
      signal.throwIfAborted();
      return ConceptSchema.parse(buildConcept(request));
    },
    async copy({ request, concept }, { signal }) {
      signal.throwIfAborted();
      return CopySchema.parse(writeCopy(request, concept));
    },
  };
  const image: ImageProvider = {
    name: NAME,
    async illustrate({ request, concept }, { signal, recordPrompt }) {
      signal.throwIfAborted();
      const painted = paintIllustration(concept, request.prompt);
      // No model was prompted: what it drew, in words, stands where a prompt would be reported.
      recordPrompt?.(painted.description);
      return GeneratedImageSchema.parse(painted);
    },
  };
  const code: CodeProvider = {
    name: NAME,
    async render({ concept, copy, imageUrl, imageWidth, imageHeight }, { signal }) {
      signal.throwIfAborted();
      return HtmlDocumentSchema.parse(renderPostcardHtml({ concept, copy, imageUrl, imageWidth, imageHeight }));
    },
  };
  return { text, image, code };
}
