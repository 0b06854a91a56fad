import type { CodeProvider, ImageProvider, TextProvider } from './contracts.js';

/**
 * Providers whose module (and SDK) loads on their first call. The Gemini and
 * Claude families pull in @google/genai, google-auth-library and
 * @anthropic-ai/sdk: ≈ 6 MB of RSS and 13 MB of heap in every worker and API
 * process, which a deployment on the `local` family never uses (BENCHMARKS.md,
 * "Worker memory"). A failed load is kept: a module that cannot be imported
 * will not import on the next call either, and each call reports it.
 */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () => (loaded ??= load());
}

export function lazyText(name: string, load: () => Promise<TextProvider>): TextProvider {
  const provider = once(load);
  return {
    name,
    concept: async (input, ctx) => (await provider()).concept(input, ctx),
    copy: async (input, ctx) => (await provider()).copy(input, ctx),
  };
}

export function lazyImage(name: string, load: () => Promise<ImageProvider>): ImageProvider {
  const provider = once(load);
  return { name, illustrate: async (input, ctx) => (await provider()).illustrate(input, ctx) };
}

export function lazyCode(name: string, load: () => Promise<CodeProvider>): CodeProvider {
  const provider = once(load);
  return { name, render: async (input, ctx) => (await provider()).render(input, ctx) };
}
