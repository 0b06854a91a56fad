import { existsSync } from 'node:fs';
import { defineConfig } from 'prisma/config';

// Used only by the Prisma CLI (generate, migrate). The running service reads
// DATABASE_URL through src/platform/config.ts like every other setting.
// Prisma 7 no longer reads `.env` itself; load it as the service's entry points
// do (`node --env-file-if-exists=.env`): variables already set in the
// environment win over the file.
if (existsSync('.env')) process.loadEnvFile('.env');

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: {
    url: process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postcards',
  },
});
