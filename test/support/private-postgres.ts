import { execFile } from 'node:child_process';
import { chmod, chown, mkdtemp, rm } from 'node:fs/promises';
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { applyMigrations } from './postgres';
import { waitFor } from './wait';

const run = promisify(execFile);

/**
 * A PostgreSQL cluster of a test's own (initdb in a temporary directory, on a
 * free port), which the test may stop and start. The shared cluster is never touched.
 * PostgreSQL refuses to run as root, so the cluster runs as the `postgres` user.
 */
export interface PrivatePostgres {
  /** A migrated database in the cluster. */
  readonly url: string;
  stop(): Promise<void>;
  start(): Promise<void>;
  destroy(): Promise<void>;
}

function binary(name: string): string {
  const versions = readdirSync('/usr/lib/postgresql').sort();
  const latest = versions.at(-1);
  if (latest === undefined) throw new Error('no PostgreSQL installation under /usr/lib/postgresql');
  return join('/usr/lib/postgresql', latest, 'bin', name);
}

async function asPostgres(command: string, args: readonly string[]): Promise<void> {
  const isRoot = process.getuid?.() === 0;
  await (isRoot ? run('runuser', ['-u', 'postgres', '--', command, ...args]) : run(command, [...args]));
}

async function canConnect(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  // A refused connection is the answer we are polling for, not a failure.
  return client.connect().then(
    () => client.end().then(() => true),
    () => false,
  );
}

export async function startPrivatePostgres(port: number): Promise<PrivatePostgres> {
  const dir = await mkdtemp(join(tmpdir(), 'postcard-pg-'));
  await chmod(dir, 0o700);
  if (process.getuid?.() === 0) {
    const { stdout } = await run('id', ['-u', 'postgres']);
    const { stdout: gid } = await run('id', ['-g', 'postgres']);
    await chown(dir, Number(stdout.trim()), Number(gid.trim()));
  }
  const data = join(dir, 'data');
  await asPostgres(binary('initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8']);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`;
  let running = false;
  const start = async () => {
    if (running) return;
    await asPostgres(binary('pg_ctl'), ['-D', data, '-o', options, '-l', join(dir, 'log'), '-w', 'start']);
    running = true;
  };
  const admin = `postgresql://postgres@127.0.0.1:${port}/postgres`;
  const url = `postgresql://postgres@127.0.0.1:${port}/postcards`;
  await start();
  await waitFor(() => canConnect(admin), (up) => up, { what: 'private postgres' });
  const client = new Client({ connectionString: admin });
  await client.connect();
  await client.query('CREATE DATABASE postcards');
  await client.end();
  await applyMigrations(url);
  const stop = async () => {
    if (!running) return;
    await asPostgres(binary('pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']);
    running = false;
  };
  return {
    url,
    stop,
    start,
    async destroy() {
      await stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
