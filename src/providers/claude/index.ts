export { checkClaudeHealth } from './health.js';
export { createClaudeCodeProvider, type ClaudeCodeOptions } from './code-provider.js';
export { createClaudeTextProvider, type ClaudeTextOptions } from './text-provider.js';
