export { checkGeminiHealth } from './health.js';
export { createGeminiCodeProvider, type GeminiCodeOptions } from './code-provider.js';
export { createGeminiImageProvider, type GeminiImageOptions } from './image-provider.js';
export { createGeminiTextProvider, type GeminiTextOptions } from './text-provider.js';
