import { ConceptSchema, CopySchema, GeneratedImageSchema, type CodeInput, type Concept, type ConceptInput, type Copy, type CopyInput, type GeneratedImage, type ImageInput } from '../contracts.js';
import { buildConcept } from '../local/concept.js';
import { writeCopy } from '../local/copy/index.js';
import { renderPostcardHtml } from '../local/html.js';
import { paintIllustration } from '../local/illustration.js';
import { checkPage, type PageCheck, type PageExpectations } from '../shared/page-quality/index.js';

/**
 * The CPU-bound work of a worker process, as plain data in and out, so that
 * it can run in a worker thread (cpu-pool.ts) as well as in-process: the page
 * quality gate, and each call of the offline `local` provider family.
 */
export type CpuTask =
  | { readonly kind: 'check-page'; readonly html: string; readonly expected: PageExpectations }
  | { readonly kind: 'concept'; readonly input: ConceptInput }
  | { readonly kind: 'copy'; readonly input: CopyInput }
  | { readonly kind: 'illustrate'; readonly input: ImageInput }
  | { readonly kind: 'render'; readonly input: CodeInput };

export interface CpuResults {
  readonly 'check-page': PageCheck;
  readonly concept: Concept;
  readonly copy: Copy;
  /** The image, and what it shows in words (an offline illustrator's stand-in for a prompt). */
  readonly illustrate: { readonly image: GeneratedImage; readonly description: string };
  readonly render: string;
}

export type CpuKind = CpuTask['kind'];
export type CpuTaskOf<K extends CpuKind> = Extract<CpuTask, { readonly kind: K }>;

// Each local method re-validates its own output with the shared schemas; a
// failure there is a bug in the local family, so it is allowed to throw. The
// page is the exception: its one consumer, the code step, sends every page
// through the whole gate (checkPage) anyway, so a second parse here only cost
// CPU (≈ 0.7 ms a postcard); the local family's tests hold every rendered page
// to HtmlDocumentSchema instead (test/support/local-checks.ts).
const HANDLERS: { readonly [K in CpuKind]: (task: CpuTaskOf<K>) => CpuResults[K] } = {
  'check-page': ({ html, expected }) => checkPage(html, expected),
  concept: ({ input }) => ConceptSchema.parse(buildConcept(input.request)),
  copy: ({ input }) => CopySchema.parse(writeCopy(input.request, input.concept)),
  illustrate: ({ input }) => {
    const { description, ...image } = paintIllustration(input.concept, input.request.prompt);
    return { image: GeneratedImageSchema.parse(image), description };
  },
  render: ({ input }) => renderPostcardHtml(input),
};

export function runCpuTask<K extends CpuKind>(task: CpuTaskOf<K>): CpuResults[K] {
  const handler: (task: CpuTaskOf<K>) => CpuResults[K] = HANDLERS[task.kind];
  return handler(task);
}

/** The worker thread's entry: cpu-pool.ts loads this file by name in a Piscina pool. */
export default function runInThread(task: CpuTask): CpuResults[CpuKind] {
  return runCpuTask(task);
}
