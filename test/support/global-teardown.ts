import { adminQuery, dropDatabasesWithPrefix } from './postgres';

export default async function globalTeardown(): Promise<void> {
  const runId = process.env.TEST_RUN_ID;
  if (runId === undefined) return;
  const template = process.env.TEST_TEMPLATE_DB;
  if (template !== undefined) await adminQuery(`ALTER DATABASE "${template}" WITH ALLOW_CONNECTIONS true`);
  await dropDatabasesWithPrefix(`postcard_test_${runId}_`);
}
