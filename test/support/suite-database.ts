import { createDatabase, type Database } from '../../src/platform/db';
import { createTestDatabase, type TestDatabase } from './postgres';

/**
 * A database of the suite's own for every test of a file, as the service
 * opens it (Prisma and the prepared `pg` path on one pool), closed and dropped
 * after them. Call at the top of a file; the result is usable in its tests.
 */
export function useSuiteDatabase(poolSize = 4): Database {
  let database: TestDatabase | undefined;
  let opened: Database | undefined;
  beforeAll(async () => {
    database = await createTestDatabase();
    opened = createDatabase({ url: database.url, poolSize });
  });
  afterAll(async () => {
    await opened?.close();
    await database?.drop();
  });
  const current = (): Database => {
    if (opened === undefined) throw new Error('the suite database is opened in beforeAll');
    return opened;
  };
  return {
    get db() {
      return current().db;
    },
    get sql() {
      return current().sql;
    },
    close: () => current().close(),
  };
}
