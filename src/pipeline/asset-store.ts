import { createHash } from 'node:crypto';
import { batchedLookup } from '../platform/batched-lookup.js';
import type { Db, Sql } from '../platform/db.js';
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

// ON CONFLICT DO NOTHING: two workers storing the same bytes at once must both succeed.
const INSERT_ASSET = `
  INSERT INTO assets (id, content_type, byte_size, width, height, bytes)
  VALUES ($1::text, $2::text, $3::int, $4::int, $5::int, $6::bytea)
  ON CONFLICT (id) DO NOTHING`;

const SELECT_IMAGE_SIZES = 'SELECT id, width, height FROM assets WHERE id = ANY($1::text[])';

/**
 * The image step's write and the code step's read run once per postcard, so
 * they are prepared statements through `pg` like the step transitions, not
 * Prisma calls (BENCHMARKS.md, "Levers toward the durable floor").
 */
export async function saveAsset(sql: Sql, image: GeneratedImage): Promise<string> {
  const id = assetIdFor(image.bytes);
  const bytes = Buffer.from(image.bytes.buffer, image.bytes.byteOffset, image.bytes.byteLength);
  await sql.query('asset_insert', INSERT_ASSET, [id, image.contentType, image.bytes.byteLength, image.width, image.height, bytes]);
  return id;
}

export async function findAsset(db: Db, id: string): Promise<StoredAsset | null> {
  return db.asset.findUnique({ where: { id }, select: { id: true, contentType: true, bytes: true, createdAt: true } });
}

/** The code step's read of its illustration's size; the reads of one event-loop turn share one statement (batched-lookup.ts). */
export function imageSizeLookup(sql: Sql): (id: string) => Promise<{ width: number; height: number } | null> {
  return batchedLookup(async (ids) => {
    const rows = await sql.query<{ id: string; width: number | null; height: number | null }>('asset_image_sizes', SELECT_IMAGE_SIZES, [ids]);
    // Assets stored without dimensions are treated as the pipeline's default square.
    return new Map(rows.map((row) => [row.id, { width: row.width ?? 1024, height: row.height ?? 1024 }]));
  });
}

/** What an image is, without its bytes: the status's image_metadata. */
export interface ImageInfo {
  readonly contentType: string;
  readonly width: number;
  readonly height: number;
}

export async function findImageInfo(db: Db, id: string): Promise<ImageInfo | null> {
  const asset = await db.asset.findUnique({ where: { id }, select: { contentType: true, width: true, height: true } });
  // Assets stored without dimensions are treated as the pipeline's default square, as imageSizeLookup does.
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
