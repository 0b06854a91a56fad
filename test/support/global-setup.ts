import { randomBytes } from 'node:crypto';
import { adminQuery, applyMigrations, databaseUrl } from './postgres';

/**
 * Builds one migrated template database per test run. Every integration suite
 * then clones it (CREATE DATABASE … TEMPLATE), which takes milliseconds and
 * gives each suite a database of its own.
 */
export default async function globalSetup(): Promise<void> {
  const runId = `${process.pid}_${randomBytes(3).toString('hex')}`;
  const template = `postcard_test_${runId}_tmpl`;
  await adminQuery(`CREATE DATABASE "${template}"`);
  await applyMigrations(databaseUrl(template));
  await adminQuery(`ALTER DATABASE "${template}" WITH ALLOW_CONNECTIONS false`);
  // Workers are forked after this, so they inherit these.
  process.env.TEST_RUN_ID = runId;
  process.env.TEST_TEMPLATE_DB = template;
}
