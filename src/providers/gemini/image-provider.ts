import type { GenerateContentResponse, GenerateImagesResponse, GoogleGenAI } from '@google/genai';
import { findModel } from '../../platform/models/registry.js';
import { GeneratedImageSchema, type GeneratedImage, type ImageInput, type ImageProvider, type StepContext } from '../contracts.js';
import { ProviderError } from '../provider-error.js';
import { sniffImage } from '../shared/image-size.js';
import { blockReason, createGeminiClient, geminiCall, geminiTokens, type VertexTarget } from './client.js';
import { GEMINI } from './errors.js';
import { illustrationPrompt } from './image-prompt.js';

export interface GeminiImageOptions {
  /** Used in API-key mode; ignored when `vertex` is given (Vertex authenticates with Google credentials). */
  readonly apiKey: string;
  /** A Gemini image model (the registry's default is gemini-nano-banana-2.1); an `imagen-*` id paints with Imagen. */
  readonly model: string;
  /** Already resolved against the model's accepted ratios (see resolveImageSizing). */
  readonly aspectRatio: string;
  /** '1K' | '2K' | '4K' where the model takes a size; omitted otherwise (sending one to a fixed-size model is a 400). */
  readonly imageSize?: string | undefined;
  readonly baseUrl?: string;
  readonly timeoutMs: number;
  /** Vertex AI instead of the Gemini API: the same Gemini image models, with Google credentials. */
  readonly vertex?: VertexTarget;
}

function safety(reason: string): ProviderError {
  return new ProviderError(GEMINI, 'safety', `gemini refused the illustration: ${reason}`);
}

/**
 * An answer with no image and no block reason: the model sometimes replies
 * with text only. Generation is stochastic, so this stays retryable (BullMQ's
 * bounded attempts); an explicit refusal arrives as a block reason instead.
 */
function noImage(detail: string): ProviderError {
  return new ProviderError(GEMINI, 'invalid_output', `gemini returned no image (${detail})`);
}

/** Trusts the bytes over the declared mime type, and takes the size from the header. */
function toGeneratedImage(base64: string, declaredType: string | undefined): GeneratedImage {
  const bytes = new Uint8Array(Buffer.from(base64, 'base64'));
  const sniffed = sniffImage(bytes);
  if (sniffed === undefined) {
    throw new ProviderError(GEMINI, 'invalid_output', `gemini returned image data that is not PNG, JPEG or WebP (declared ${declaredType ?? 'no type'})`);
  }
  const parsed = GeneratedImageSchema.safeParse({ bytes, ...sniffed });
  if (!parsed.success) throw new ProviderError(GEMINI, 'invalid_output', `gemini image rejected: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
  return parsed.data;
}

function imageFromContent(response: GenerateContentResponse): GeneratedImage {
  const blocked = blockReason(response);
  if (blocked !== undefined) throw safety(blocked);
  const candidate = response.candidates?.[0];
  // Image models that think may send draft images as thought parts before the final one: those are not the answer.
  const parts = (candidate?.content?.parts ?? []).filter((p) => p.thought !== true);
  const image = parts.find((p) => p.inlineData?.data !== undefined && (p.inlineData.mimeType ?? 'image/').startsWith('image/'));
  if (image?.inlineData?.data === undefined) {
    const text = parts.map((p) => p.text ?? '').join(' ').trim().slice(0, 200);
    throw noImage(`finishReason ${candidate?.finishReason ?? 'none'}${text === '' ? '' : `, text: ${text}`}`);
  }
  return toGeneratedImage(image.inlineData.data, image.inlineData.mimeType);
}

function imageFromImagen(response: GenerateImagesResponse): GeneratedImage {
  const generated = response.generatedImages ?? [];
  const first = generated.find((g) => g.image?.imageBytes !== undefined);
  if (first?.image?.imageBytes !== undefined) return toGeneratedImage(first.image.imageBytes, first.image.mimeType);
  const filtered = generated.map((g) => g.raiFilteredReason).filter((r) => r !== undefined);
  if (filtered.length > 0) throw safety(`Imagen RAI filter: ${filtered.join('; ')}`);
  throw noImage('Imagen returned no predictions');
}

/**
 * The illustration from a Gemini image model, through the Gemini API or
 * Vertex AI alike. Imagen (`models.generateImages`) is used only when an
 * `imagen-*` model is named; Google shut Imagen down in 2026, so the registry
 * refuses those ids at boot unless an operator knows better.
 */
export function createGeminiImageProvider(options: GeminiImageOptions): ImageProvider {
  const client: GoogleGenAI = createGeminiClient(options, options.vertex);
  const { model } = options;
  const sizing = options.imageSize === undefined || findModel(model)?.rejects.includes('imageSize') === true ? {} : { imageSize: options.imageSize };
  const imagen = model.startsWith('imagen');

  /** Reports what this request carries before it is sent, so a failed attempt records it too. */
  function announce(input: ImageInput, ctx: StepContext): string {
    const prompt = illustrationPrompt(input);
    ctx.recordParams?.({ provider: GEMINI, model, aspect_ratio: options.aspectRatio, ...(sizing.imageSize === undefined ? {} : { image_size: sizing.imageSize }) });
    ctx.recordPrompt?.(prompt);
    return prompt;
  }

  async function withGemini(input: ImageInput, ctx: StepContext): Promise<GeneratedImage> {
    const prompt = announce(input, ctx);
    const response = await geminiCall(model, options.timeoutMs, ctx, (signal) =>
      client.models.generateContent({
        model,
        contents: [{ role: 'user', parts: [{ text: prompt }] }],
        config: {
          abortSignal: signal,
          automaticContinuation: false,
          responseModalities: ['IMAGE'],
          imageConfig: { aspectRatio: options.aspectRatio, ...sizing },
        },
      }),
    );
    const images = (response.candidates?.[0]?.content?.parts ?? []).filter((p) => p.inlineData !== undefined && p.thought !== true).length;
    ctx.recordUsage?.({ provider: GEMINI, model, ...geminiTokens(response), images });
    return imageFromContent(response);
  }

  async function withImagen(input: ImageInput, ctx: StepContext): Promise<GeneratedImage> {
    const prompt = announce(input, ctx);
    const response = await geminiCall(model, options.timeoutMs, ctx, (signal) =>
      client.models.generateImages({
        model,
        prompt,
        config: { abortSignal: signal, numberOfImages: 1, aspectRatio: options.aspectRatio, includeRaiReason: true, ...sizing },
      }),
    );
    // Imagen bills per image produced and reports no tokens.
    const images = (response.generatedImages ?? []).filter((g) => g.image?.imageBytes !== undefined).length;
    ctx.recordUsage?.({ provider: GEMINI, model, inputTokens: 0, outputTokens: 0, images });
    return imageFromImagen(response);
  }

  return {
    name: GEMINI,
    illustrate: (input, ctx) => (imagen ? withImagen(input, ctx) : withGemini(input, ctx)),
  };
}
