import { IMAGE_SIZE_PRESETS, type ImageSizePreset } from './model-types.js';

/**
 * GEMINI_IMAGE_SIZE as people write it: a preset ("1K", "2K", "4K") or a
 * pixel size ("1024x1024", "1536x1024", as the design document's .env has it).
 * A pixel size is mapped to the nearest preset and aspect ratio the model
 * accepts, so the document's value works instead of stopping the boot.
 */
export type RequestedImageSize = { readonly preset: ImageSizePreset } | { readonly width: number; readonly height: number };

const PIXELS = /^\s*(\d{2,5})\s*[x×*]\s*(\d{2,5})\s*$/i;

/** Parses the setting; undefined when it is neither form. */
export function parseImageSize(text: string): RequestedImageSize | undefined {
  const preset = IMAGE_SIZE_PRESETS.find((p) => p.toLowerCase() === text.trim().toLowerCase());
  if (preset !== undefined) return { preset };
  const match = PIXELS.exec(text);
  if (match === null) return undefined;
  const width = Number(match[1]);
  const height = Number(match[2]);
  if (width < 64 || height < 64 || width > 8192 || height > 8192) return undefined;
  return { width, height };
}

/** The long edge each preset renders, in pixels (Gemini image models: 1K ≈ 1024, 2K ≈ 2048, 4K ≈ 4096). */
const PRESET_EDGE: Record<ImageSizePreset, number> = { '1K': 1024, '2K': 2048, '4K': 4096 };

function ratioOf(aspect: string): number {
  const [w = '1', h = '1'] = aspect.split(':');
  return Number(w) / Number(h);
}

/** The accepted aspect ratio closest to width:height, compared on a log scale so 2:1 and 1:2 are equally far from 1:1. */
export function nearestAspectRatio(width: number, height: number, accepted: readonly string[]): string | undefined {
  const target = Math.log(width / height);
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const aspect of accepted) {
    const distance = Math.abs(Math.log(ratioOf(aspect)) - target);
    if (distance < bestDistance) {
      best = aspect;
      bestDistance = distance;
    }
  }
  return best;
}

/** The smallest accepted preset whose long edge covers the requested one, else the largest accepted. */
export function nearestPreset(longEdge: number, accepted: readonly ImageSizePreset[]): ImageSizePreset | undefined {
  const sorted = [...accepted].sort((a, b) => PRESET_EDGE[a] - PRESET_EDGE[b]);
  // A little tolerance: 1080 px asks for "about 1K", not 2K.
  return sorted.find((p) => PRESET_EDGE[p] * 1.1 >= longEdge) ?? sorted.at(-1);
}

/** The design document's GEMINI_IMAGE_QUALITY. "hd" asks for more pixels where the model has presets. */
export const IMAGE_QUALITIES = ['standard', 'hd', 'high', 'low'] as const;
export type ImageQuality = (typeof IMAGE_QUALITIES)[number];

const QUALITY_PRESET: Record<ImageQuality, ImageSizePreset> = { low: '1K', standard: '1K', hd: '2K', high: '2K' };

export interface ImageSizing {
  readonly imageSize: ImageSizePreset | undefined;
  readonly aspectRatio: string;
  /** Settings that this model cannot honour and were dropped, for one warning at boot. */
  readonly ignored: readonly string[];
}

export interface ImageSizingRequest {
  readonly size: RequestedImageSize | undefined;
  readonly aspectRatio: string | undefined;
  readonly quality: ImageQuality | undefined;
}

/**
 * What to send a given image model. An explicit aspect ratio wins over one
 * derived from a pixel size; a model without presets gets no imageSize at all
 * (sending one is a 400), and the dropped setting is reported.
 */
export function resolveImageSizing(
  request: ImageSizingRequest,
  model: { readonly sizes: readonly ImageSizePreset[]; readonly aspectRatios: readonly string[] },
): ImageSizing {
  const ignored: string[] = [];
  const derivedAspect = request.size !== undefined && 'width' in request.size
    ? nearestAspectRatio(request.size.width, request.size.height, model.aspectRatios)
    : undefined;
  const wantedAspect = request.aspectRatio ?? derivedAspect ?? '1:1';
  const aspectRatio = model.aspectRatios.includes(wantedAspect) ? wantedAspect : (nearestAspectRatio(...ratioPair(wantedAspect), model.aspectRatios) ?? '1:1');
  if (request.aspectRatio !== undefined && aspectRatio !== request.aspectRatio) ignored.push(`GEMINI_IMAGE_ASPECT_RATIO=${request.aspectRatio} (using ${aspectRatio})`);

  let imageSize: ImageSizePreset | undefined;
  if (request.size !== undefined) {
    const wanted = 'preset' in request.size ? PRESET_EDGE[request.size.preset] : Math.max(request.size.width, request.size.height);
    imageSize = nearestPreset(wanted, model.sizes);
    if (imageSize === undefined) ignored.push('GEMINI_IMAGE_SIZE (this model has one fixed size)');
  } else if (request.quality !== undefined) {
    imageSize = nearestPreset(PRESET_EDGE[QUALITY_PRESET[request.quality]], model.sizes);
    if (imageSize === undefined) ignored.push(`GEMINI_IMAGE_QUALITY=${request.quality} (this model has one fixed size and no quality setting)`);
  }
  return { imageSize, aspectRatio, ignored };
}

function ratioPair(aspect: string): [number, number] {
  const [w = '1', h = '1'] = aspect.split(':');
  return [Number(w), Number(h)];
}
