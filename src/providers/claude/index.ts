export { checkClaudeHealth, type ClaudeHealthOptions } from './health.js';
export type { ClaudeConnection } from './client.js';
export { createClaudeCodeProvider, DEFAULT_CLAUDE_MODEL, type ClaudeCodeOptions } from './code-provider.js';
export { createClaudeTextProvider, type ClaudeTextOptions } from './text-provider.js';
