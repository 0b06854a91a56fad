export { checkClaudeHealth, type ClaudeHealthOptions } from './health.js';
export type { ClaudeConnection } from './client.js';
export { createClaudeCodeProvider, type ClaudeCodeOptions } from './code-provider.js';
export { createClaudeTextProvider, type ClaudeTextOptions } from './text-provider.js';
