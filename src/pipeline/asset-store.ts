import { createHash } from 'node:crypto';
import type { Db } from '../platform/db.js';
import { IMAGE_CONTENT_TYPES, type GeneratedImage } from '../providers/contracts.js';

export interface StoredAsset {
  readonly id: string;
  readonly contentType: string;
  readonly bytes: Uint8Array;
  readonly createdAt: Date;
}

/** Content address: the same bytes always get the same id, so a re-run never stores a copy. */
export function assetIdFor(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function assetPath(id: string): string {
  return `/api/v1/assets/${id}`;
}

/** Stores an image and returns its content address; what a step's result points at is written before the result. */
export type AssetWriter = (image: GeneratedImage) => Promise<string>;

export async function saveAsset(db: Db, image: GeneratedImage): Promise<string> {
  const id = assetIdFor(image.bytes);
  // ON CONFLICT DO NOTHING: two workers storing the same bytes at once must both succeed.
  await db.asset.createMany({
    data: [
      {
        id,
        contentType: image.contentType,
        byteSize: image.bytes.byteLength,
        width: image.width,
        height: image.height,
        bytes: Uint8Array.from(image.bytes),
      },
    ],
    skipDuplicates: true,
  });
  return id;
}

export async function findAsset(db: Db, id: string): Promise<StoredAsset | null> {
  return db.asset.findUnique({ where: { id }, select: { id: true, contentType: true, bytes: true, createdAt: true } });
}

export async function findImageSize(db: Db, id: string): Promise<{ width: number; height: number } | null> {
  const asset = await db.asset.findUnique({ where: { id }, select: { width: true, height: true } });
  if (asset === null) return null;
  // Assets stored without dimensions are treated as the pipeline's default square.
  return { width: asset.width ?? 1024, height: asset.height ?? 1024 };
}

/** What an image is, without its bytes: the status's image_metadata. */
export interface ImageInfo {
  readonly contentType: string;
  readonly width: number;
  readonly height: number;
}

export async function findImageInfo(db: Db, id: string): Promise<ImageInfo | null> {
  const asset = await db.asset.findUnique({ where: { id }, select: { contentType: true, width: true, height: true } });
  // Assets stored without dimensions are treated as the pipeline's default square, as findImageSize does.
  return asset === null ? null : { contentType: asset.contentType, width: asset.width ?? 1024, height: asset.height ?? 1024 };
}

/** An asset as a GeneratedImage, for reusing a stored illustration (cache hits). */
export async function findImage(db: Db, id: string): Promise<GeneratedImage | null> {
  const asset = await db.asset.findUnique({ where: { id } });
  if (asset === null || !isImageType(asset.contentType)) return null;
  return { contentType: asset.contentType, bytes: asset.bytes, width: asset.width ?? 1024, height: asset.height ?? 1024 };
}

function isImageType(type: string): type is GeneratedImage['contentType'] {
  return (IMAGE_CONTENT_TYPES as readonly string[]).includes(type);
}
