/**
 * The quality gate for postcard pages: one module that providers, the
 * pipeline and scripts share. It imports nothing above src/providers.
 */
export { checkPage, documentProblems, imageSources, MAX_PAGE_BYTES, type PageCheck, type PageExpectations } from './page-check.js';
export { PageQualitySchema, type PageQuality } from './page-quality-schema.js';
export { PageRejectedError } from './page-rejected-error.js';
