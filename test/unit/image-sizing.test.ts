import {
  nearestAspectRatio,
  nearestPreset,
  parseImageSize,
  resolveImageSizing,
  type ImageSizingRequest,
} from '../../src/platform/models/image-sizing';
import { findModel } from '../../src/platform/models/registry';

/** The image models as the registry describes them, so a registry change shows here. */
function imageModel(id: string) {
  const image = findModel(id)?.image;
  if (image === undefined) throw new Error(`${id} is not an image model in the registry`);
  return image;
}
const NANO_BANANA = imageModel('gemini-nano-banana-2.1');
const FIXED_SIZE = imageModel('gemini-3.1-flash-lite-image');
const PRO_IMAGE = imageModel('gemini-3-pro-image');

const request = (overrides: Partial<ImageSizingRequest>): ImageSizingRequest => ({ size: undefined, aspectRatio: undefined, quality: undefined, ...overrides });

describe('parseImageSize (GEMINI_IMAGE_SIZE)', () => {
  it('reads presets in any case and pixel sizes as the design document writes them', () => {
    expect(parseImageSize('2K')).toEqual({ preset: '2K' });
    expect(parseImageSize(' 4k ')).toEqual({ preset: '4K' });
    expect(parseImageSize('1024x1024')).toEqual({ width: 1024, height: 1024 });
    expect(parseImageSize('1536 × 1024')).toEqual({ width: 1536, height: 1024 });
  });

  it('refuses anything else, and sizes outside 64–8192 pixels', () => {
    expect(parseImageSize('large')).toBeUndefined();
    expect(parseImageSize('3K')).toBeUndefined();
    expect(parseImageSize('32x32')).toBeUndefined();
    expect(parseImageSize('10000x1024')).toBeUndefined();
  });
});

describe('nearestAspectRatio and nearestPreset', () => {
  it('picks the closest accepted ratio on a log scale', () => {
    expect(nearestAspectRatio(1024, 1024, NANO_BANANA.aspectRatios)).toBe('1:1');
    expect(nearestAspectRatio(1536, 1024, NANO_BANANA.aspectRatios)).toBe('3:2');
    expect(nearestAspectRatio(1024, 1536, NANO_BANANA.aspectRatios)).toBe('2:3');
    expect(nearestAspectRatio(1792, 1024, NANO_BANANA.aspectRatios)).toBe('16:9');
    expect(nearestAspectRatio(1000, 1000, [])).toBeUndefined();
  });

  it('takes the smallest preset covering the long edge (with a little tolerance), else the largest', () => {
    expect(nearestPreset(1024, ['1K', '2K', '4K'])).toBe('1K');
    expect(nearestPreset(1080, ['1K', '2K', '4K'])).toBe('1K');
    expect(nearestPreset(1536, ['1K', '2K', '4K'])).toBe('2K');
    expect(nearestPreset(4096, ['2K', '1K'])).toBe('2K');
    expect(nearestPreset(1024, [])).toBeUndefined();
  });
});

describe('resolveImageSizing', () => {
  it("maps the document's GEMINI_IMAGE_SIZE=1024x1024 to 1K and 1:1", () => {
    expect(resolveImageSizing(request({ size: { width: 1024, height: 1024 } }), NANO_BANANA)).toEqual({ imageSize: '1K', aspectRatio: '1:1', ignored: [] });
  });

  it('maps a landscape pixel size to the nearest ratio and a preset that covers it', () => {
    expect(resolveImageSizing(request({ size: { width: 1536, height: 1024 } }), NANO_BANANA)).toEqual({ imageSize: '2K', aspectRatio: '3:2', ignored: [] });
  });

  it('lets an explicit aspect ratio win over the one derived from a pixel size', () => {
    expect(resolveImageSizing(request({ size: { width: 1536, height: 1024 }, aspectRatio: '3:4' }), NANO_BANANA)).toMatchObject({ imageSize: '2K', aspectRatio: '3:4', ignored: [] });
  });

  it('replaces an aspect ratio the model does not take with its nearest, and reports it', () => {
    const sizing = resolveImageSizing(request({ aspectRatio: '1:4' }), PRO_IMAGE);
    expect(sizing.aspectRatio).toBe('9:16');
    expect(sizing.ignored).toEqual(['GEMINI_IMAGE_ASPECT_RATIO=1:4 (using 9:16)']);
  });

  it('maps quality hd (and high) to 2K, standard and low to 1K', () => {
    expect(resolveImageSizing(request({ quality: 'hd' }), NANO_BANANA).imageSize).toBe('2K');
    expect(resolveImageSizing(request({ quality: 'high' }), NANO_BANANA).imageSize).toBe('2K');
    expect(resolveImageSizing(request({ quality: 'standard' }), NANO_BANANA).imageSize).toBe('1K');
    expect(resolveImageSizing(request({ quality: 'low' }), NANO_BANANA).imageSize).toBe('1K');
  });

  it('lets an explicit size win over the quality', () => {
    expect(resolveImageSizing(request({ size: { preset: '4K' }, quality: 'low' }), NANO_BANANA).imageSize).toBe('4K');
  });

  it('sends nothing but the default ratio when nothing is configured', () => {
    expect(resolveImageSizing(request({}), NANO_BANANA)).toEqual({ imageSize: undefined, aspectRatio: '1:1', ignored: [] });
  });

  it('gives a fixed-size model no imageSize at all, keeps the derived ratio, and reports the dropped setting', () => {
    const fromPixels = resolveImageSizing(request({ size: { width: 1024, height: 1536 } }), FIXED_SIZE);
    expect(fromPixels).toMatchObject({ imageSize: undefined, aspectRatio: '2:3' });
    expect(fromPixels.ignored).toEqual([expect.stringContaining('GEMINI_IMAGE_SIZE')]);

    const fromQuality = resolveImageSizing(request({ quality: 'hd' }), FIXED_SIZE);
    expect(fromQuality.imageSize).toBeUndefined();
    expect(fromQuality.ignored).toEqual([expect.stringContaining('GEMINI_IMAGE_QUALITY=hd')]);
  });
});
