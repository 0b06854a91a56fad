import { execFile } from 'node:child_process';
import { appendFile, chmod, chown, mkdtemp, rm } from 'node:fs/promises';
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import type { NetnsHost, NetnsLab } from './netns-hosts';
import { applyMigrations, queryDatabase } from './postgres';
import { waitFor } from './wait';

const run = promisify(execFile);

/**
 * Redis and PostgreSQL of a lab's own, running inside its "data" host and
 * listening only on that host's address: whoever reaches them does so over
 * the bridge, by address, as workers on other machines do.
 */
export interface DataServices {
  readonly redisUrl: string;
  /** A migrated database, `postcards`. */
  readonly databaseUrl: string;
  query<R extends object>(sql: string, params?: unknown[]): Promise<R[]>;
  /** Stops PostgreSQL and removes both servers' directory (the lab kills Redis with its namespace). */
  destroy(): Promise<void>;
}

const REDIS_PORT = 6379;
const POSTGRES_PORT = 5432;

function postgresBinary(name: string): string {
  const latest = readdirSync('/usr/lib/postgresql').sort().at(-1);
  if (latest === undefined) throw new Error('no PostgreSQL installation under /usr/lib/postgresql');
  return join('/usr/lib/postgresql', latest, 'bin', name);
}

async function canConnect(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  // A refused connection is the answer we are polling for, not a failure.
  return client.connect().then(
    () => client.end().then(() => true),
    () => false,
  );
}

/** Starts both servers on `host` (the lab runs as root: PostgreSQL itself runs as the `postgres` user). */
export async function startDataServices(host: NetnsHost, lab: Pick<NetnsLab, 'cidr'>): Promise<DataServices> {
  const dir = await mkdtemp(join(tmpdir(), 'postcard-netns-data-'));
  const pgData = join(dir, 'pg');
  const databaseUrl = `postgresql://postgres@${host.address}:${POSTGRES_PORT}/postcards`;
  let postgresStarted = false;
  const destroy = async () => {
    if (postgresStarted) await run('runuser', ['-u', 'postgres', '--', postgresBinary('pg_ctl'), '-D', pgData, '-m', 'immediate', '-w', 'stop'], { timeout: 30_000 });
    postgresStarted = false;
    await rm(dir, { recursive: true, force: true });
  };
  try {
    // The ports are the host's own (its namespace), so the usual ones clash with nothing.
    // Protected mode refuses every client but loopback when there is no password; here only the lab's bridge can reach this address.
    const redisArgs = ['--bind', host.address, '--port', String(REDIS_PORT), '--protected-mode', 'no', '--dir', dir, '--save', '', '--appendonly', 'no'];
    await host.start('redis', 'redis-server', redisArgs, {
      ready: 'Ready to accept connections',
    });

    await chmod(dir, 0o755);
    const uid = Number((await run('id', ['-u', 'postgres'])).stdout.trim());
    const gid = Number((await run('id', ['-g', 'postgres'])).stdout.trim());
    await chown(dir, uid, gid);
    await run('runuser', ['-u', 'postgres', '--', postgresBinary('initdb'), '-D', pgData, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8'], { timeout: 60_000 });
    // initdb trusts loopback only; the clients here come from the bridge.
    await appendFile(join(pgData, 'pg_hba.conf'), `host all all ${lab.cidr} trust\n`);
    const options = `-p ${POSTGRES_PORT} -k ${dir} -c listen_addresses=${host.address} -c fsync=off -c max_connections=100`;
    await host.exec('runuser', ['-u', 'postgres', '--', postgresBinary('pg_ctl'), '-D', pgData, '-o', options, '-l', join(dir, 'pg.log'), '-w', 'start']);
    postgresStarted = true;
    const admin = `postgresql://postgres@${host.address}:${POSTGRES_PORT}/postgres`;
    await waitFor(() => canConnect(admin), (up) => up, { what: `postgres on ${host.address}` });
    const client = new Client({ connectionString: admin });
    await client.connect();
    await client.query('CREATE DATABASE postcards');
    await client.end();
    await applyMigrations(databaseUrl);
  } catch (error) {
    await destroy();
    throw error;
  }
  return {
    redisUrl: `redis://${host.address}:${REDIS_PORT}`,
    databaseUrl,
    query: (sql, params) => queryDatabase(databaseUrl, sql, params),
    destroy,
  };
}
