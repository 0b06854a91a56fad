/**
 * What the real APIs serve and refuse on 2026-12-01, written from the
 * providers' pages independently of src/platform/models (a fake that read our
 * registry would agree with any mistake in it). A model missing here is
 * answered 404 by generate and by models.get.
 */

/** Gemini API models and the thinking levels each accepts (undefined: no thinking config at all). */
export const GEMINI_SERVED: Readonly<Record<string, { readonly levels?: readonly string[]; readonly budget?: boolean; readonly imageSizes?: readonly string[] }>> = {
  'gemini-3.8-flash': { levels: ['LOW', 'MEDIUM', 'HIGH'] },
  'gemini-3.6-flash': { levels: ['LOW', 'MEDIUM', 'HIGH'] },
  'gemini-3.5-flash-lite': { levels: ['MINIMAL', 'LOW', 'MEDIUM', 'HIGH'] },
  'gemini-3.1-flash-lite': { levels: ['MINIMAL', 'LOW', 'MEDIUM', 'HIGH'] },
  'gemini-3.1-pro-preview': { levels: ['LOW', 'MEDIUM', 'HIGH'] },
  'gemini-nano-banana-2.1': { levels: ['MINIMAL', 'MEDIUM', 'HIGH'], imageSizes: ['1K', '2K', '4K'] },
  'gemini-3-pro-image': { levels: ['HIGH'], imageSizes: ['1K', '2K', '4K'] },
  'gemini-3.1-flash-lite-image': { imageSizes: [] },
  'gemini-3.1-flash-image': { levels: ['MINIMAL', 'HIGH'], imageSizes: ['1K', '2K', '4K'] },
};

/** Claude models served under anthropic-version 2026-10-21. */
export const CLAUDE_SERVED: ReadonlySet<string> = new Set(['claude-sonnet-5-5', 'claude-opus-5-5', 'claude-haiku-5-5', 'claude-sonnet-5', 'claude-opus-5', 'claude-opus-4-5', 'claude-opus-4-5-20251101']);

/** Google's 404 for a model it does not serve, word for word. */
export function geminiNotFoundMessage(model: string, method: string): string {
  return `models/${model} is not found for API version v1beta, or is not supported for ${method}. Call ListModels to see the list of available models and their supported methods.`;
}
