import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { getCACertificates, setDefaultCACertificates } from 'node:tls';
import { Cluster } from 'ioredis';
import { createRedis, type RedisConnection } from '../../src/platform/redis';
import { waitUntilFinished } from '../support/postcard-api';
import { accepts, freePort } from '../support/ports';
import { onPrivateCluster } from '../support/cluster-system';
import { postJson } from '../support/test-system';
import { createTestTls, type TestTls } from '../support/test-tls';
import { waitFor } from '../support/wait';

/**
 * `rediss://` as a deployment writes it, against redis-servers that speak TLS
 * only, with a certificate from a private CA. The service passes no CA of its
 * own: it trusts what Node trusts, so a private CA is added the way an
 * operator adds it (NODE_EXTRA_CA_CERTS; here setDefaultCACertificates, the
 * same store, since this process has started already), and taken out again.
 */
let tls: TestTls;
const trustedBefore = getCACertificates('default');

beforeAll(async () => {
  tls = await createTestTls();
}, 60_000);
afterAll(async () => {
  setDefaultCACertificates(trustedBefore);
  await tls?.remove();
});

async function ping(connection: RedisConnection): Promise<string> {
  try {
    return await connection.ping();
  } finally {
    connection.disconnect();
  }
}

describe('one Redis over TLS', () => {
  let server: ChildProcess;
  let port: number;
  beforeAll(async () => {
    port = await freePort();
    server = spawn('redis-server', [
      '--port', '0', '--tls-port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no',
      '--tls-cert-file', tls.certFile, '--tls-key-file', tls.keyFile, '--tls-ca-cert-file', tls.caFile, '--tls-auth-clients', 'no',
    ], { stdio: 'ignore' });
    await waitFor(() => accepts(port), (up) => up, { what: 'redis-server on its TLS port', timeoutMs: 10_000 });
  });
  afterAll(() => {
    server?.kill('SIGKILL');
  });

  it('refuses a server whose certificate no trusted CA signed, and connects once the CA is trusted', async () => {
    setDefaultCACertificates(trustedBefore);
    const untrusted = createRedis({ url: `rediss://127.0.0.1:${port}`, clusterNodes: null }, 'request', 'untrusted');
    const errors: string[] = [];
    untrusted.on('error', (error: Error) => errors.push(error.message));
    await expect(ping(untrusted)).rejects.toThrow();
    expect(errors.join('\n')).toMatch(/certificate/);

    setDefaultCACertificates([...trustedBefore, tls.caPem]);
    expect(await ping(createRedis({ url: `rediss://127.0.0.1:${port}`, clusterNodes: null }, 'request', 'trusted'))).toBe('PONG');
    // The plain protocol gets nowhere: the server has no plain port.
    const plain = createRedis({ url: `redis://127.0.0.1:${port}`, clusterNodes: null }, 'request', 'plain');
    plain.on('error', () => undefined);
    await expect(ping(plain)).rejects.toThrow();
  });
});

describe('a Redis Cluster over TLS', () => {
  const prefix = `{tls-${randomUUID()}}`;
  // As the README writes it: the seeds, and REDIS_URL for the scheme (and credentials) only.
  const suite = onPrivateCluster({ REDIS_URL: 'rediss://unused', QUEUE_PREFIX: prefix }, () => {
    setDefaultCACertificates([...trustedBefore, tls.caPem]);
    return { tls };
  });

  it('runs postcards to COMPLETED with every connection a TLS cluster client, all keys on the prefix\'s master', async () => {
    const { cluster, system } = suite;
    expect(system.services.redis('request')).toBeInstanceOf(Cluster);
    const ids = await Promise.all(
      ['Happy birthday over TLS', 'Congratulations on the new job', 'Merry Christmas, Oma'].map(async (prompt) => {
        const res = await postJson(system.baseUrl, '/api/v1/postcards', { prompt });
        expect(res.status).toBe(202);
        return String(res.body.task_id);
      }),
    );
    for (const id of ids) expect((await waitUntilFinished(system.baseUrl, id, { timeoutMs: 60_000 })).status).toBe('COMPLETED');
    const master = await cluster.masterOf(prefix);
    const keys = (await cluster.cli(master, '--scan', '--pattern', `${prefix}:events:*`)).split('\n').filter((k) => k !== '');
    expect(keys.sort()).toEqual(ids.map((id) => `${prefix}:events:${id}`).sort());
  });
});
