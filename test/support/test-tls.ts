import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** A private certificate authority and one server certificate it signed, for 127.0.0.1 and localhost. */
export interface TestTls {
  readonly caFile: string;
  readonly certFile: string;
  readonly keyFile: string;
  /** The CA's certificate, PEM. */
  readonly caPem: string;
  /** Removes the files. */
  remove(): Promise<void>;
}

/** Made with openssl on the spot: no certificate or key is ever committed. */
export async function createTestTls(): Promise<TestTls> {
  const dir = await mkdtemp(join(tmpdir(), 'postcard-tls-'));
  const file = (name: string) => join(dir, name);
  const openssl = (...args: string[]) => run('openssl', args, { timeout: 30_000 });
  await openssl('req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=postcard test CA', '-keyout', file('ca.key'), '-out', file('ca.crt'));
  await openssl('req', '-newkey', 'rsa:2048', '-nodes', '-subj', '/CN=127.0.0.1', '-keyout', file('server.key'), '-out', file('server.csr'));
  // The clients check the name they dialled against the certificate's subject alternative names.
  await writeFile(file('san.cnf'), 'subjectAltName = IP:127.0.0.1, DNS:localhost\n');
  await openssl(
    'x509', '-req', '-in', file('server.csr'), '-CA', file('ca.crt'), '-CAkey', file('ca.key'), '-CAcreateserial', '-days', '2',
    '-extfile', file('san.cnf'), '-out', file('server.crt'),
  );
  return {
    caFile: file('ca.crt'),
    certFile: file('server.crt'),
    keyFile: file('server.key'),
    caPem: await readFile(file('ca.crt'), 'utf8'),
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}

