import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../generated/prisma/client.js';

export type Db = PrismaClient;

export function createDb(options: { readonly url: string; readonly poolSize: number }): Db {
  const adapter = new PrismaPg({
    connectionString: options.url,
    max: options.poolSize,
    // Fail fast when PostgreSQL is unreachable instead of queueing requests forever.
    connectionTimeoutMillis: 5000,
  });
  return new PrismaClient({ adapter });
}
