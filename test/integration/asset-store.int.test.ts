import { assetIdFor, findImage, findImageInfo, imageSizeLookup, saveAsset } from '../../src/pipeline/asset-store';
import type { GeneratedImage } from '../../src/providers/contracts';
import { useSuiteDatabase } from '../support/suite-database';

/** The workers' asset write and size read (prepared `pg` statements) against what the API reads back with Prisma. */
const db = useSuiteDatabase();

const image = (seed: number): GeneratedImage => {
  // A view into a larger buffer: only its own bytes may be stored.
  const backing = new Uint8Array(64).map((_, i) => (i * 7 + seed) % 256);
  return { contentType: 'image/png', bytes: backing.subarray(8, 40), width: 1024, height: 768 };
};

describe('the asset store', () => {
  it('stores an image under its content address, once however many workers store it at the same time', async () => {
    const png = image(1);
    const ids = await Promise.all([saveAsset(db.sql, png), saveAsset(db.sql, png), saveAsset(db.sql, image(1))]);
    expect(new Set(ids)).toEqual(new Set([assetIdFor(png.bytes)]));
    const id = ids[0] ?? '';
    expect(await db.db.asset.count({ where: { id } })).toBe(1);
    const read = await findImage(db.db, id);
    expect(read).toMatchObject({ contentType: 'image/png', width: 1024, height: 768 });
    expect(Buffer.from(read?.bytes ?? new Uint8Array())).toEqual(Buffer.from(png.bytes));
    expect(await db.db.asset.findUnique({ where: { id }, select: { byteSize: true } })).toEqual({ byteSize: 32 });
  });

  it('reads image sizes, all those of one event-loop turn in one statement: the default square for an image stored without, null for none', async () => {
    const id = await saveAsset(db.sql, image(2));
    const bare = assetIdFor(new Uint8Array([1, 2, 3]));
    await db.db.asset.create({ data: { id: bare, contentType: 'image/png', byteSize: 3, bytes: new Uint8Array([1, 2, 3]) } });
    expect(await findImageInfo(db.db, id)).toEqual({ contentType: 'image/png', width: 1024, height: 768 });
    const sizeOf = imageSizeLookup(db.sql);
    const sent: string[] = [];
    const query = db.sql.query.bind(db.sql);
    db.sql.query = (name, text, values) => (sent.push(name), query(name, text, values));
    try {
      const sizes = await Promise.all([sizeOf(id), sizeOf(bare), sizeOf('f'.repeat(64)), sizeOf(id)]);
      expect(sizes).toEqual([{ width: 1024, height: 768 }, { width: 1024, height: 1024 }, null, { width: 1024, height: 768 }]);
      expect(sent).toEqual(['asset_image_sizes']);
    } finally {
      db.sql.query = query;
    }
  });
});
