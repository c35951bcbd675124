import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Files of a throwaway PKI for the proxy's downstream TLS tests. */
export interface TestPki {
  caCert: string;
  serverCert: string;
  serverKey: string;
  clientCert: string;
  clientKey: string;
  /** A client certificate from a CA the proxy does not trust. */
  strangerCert: string;
  strangerKey: string;
}

function openssl(args: string[], cwd: string): void {
  const result = spawnSync('openssl', args, { cwd, encoding: 'utf8', timeout: 30_000 });
  if (result.status !== 0) throw new Error(`openssl ${args.join(' ')}: ${result.stderr}`);
}

const EC = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];

function issue(dir: string, name: string, subject: string, sans: string, ca: string): void {
  writeFileSync(join(dir, `${name}.ext`), `subjectAltName=${sans}\n`);
  openssl(['req', ...EC, '-keyout', `${name}.key`, '-out', `${name}.csr`, '-subj', subject], dir);
  openssl(
    [
      'x509',
      '-req',
      '-in',
      `${name}.csr`,
      '-CA',
      `${ca}.crt`,
      '-CAkey',
      `${ca}.key`,
      '-CAcreateserial',
    ].concat(['-out', `${name}.crt`, '-days', '2', '-extfile', `${name}.ext`]),
    dir,
  );
}

/**
 * A CA, a server certificate for 127.0.0.1/localhost, a client certificate with a subject and
 * DNS and URI SANs, and a client certificate from another CA. `serverName` lets a test issue a
 * second server certificate (to check that a changed file is picked up).
 */
export function createTestPki(dir: string, serverName = 'proxy'): TestPki {
  mkdirSync(dir, { recursive: true });
  for (const ca of ['ca', 'stranger-ca']) {
    openssl(
      [
        'req',
        '-x509',
        ...EC,
        '-keyout',
        `${ca}.key`,
        '-out',
        `${ca}.crt`,
        '-days',
        '2',
        '-subj',
        `/CN=${ca}`,
      ],
      dir,
    );
  }
  issue(dir, 'server', `/CN=${serverName}`, 'IP:127.0.0.1,DNS:localhost', 'ca');
  issue(dir, 'client', '/O=acme/OU=payments/CN=app-1', 'DNS:app-1.example,URI:spiffe://example/app-1', 'ca');
  issue(dir, 'stranger', '/CN=stranger', 'DNS:stranger.example', 'stranger-ca');
  return {
    caCert: join(dir, 'ca.crt'),
    serverCert: join(dir, 'server.crt'),
    serverKey: join(dir, 'server.key'),
    clientCert: join(dir, 'client.crt'),
    clientKey: join(dir, 'client.key'),
    strangerCert: join(dir, 'stranger.crt'),
    strangerKey: join(dir, 'stranger.key'),
  };
}

/** Issues another server certificate from the same CA into `dir` under a new name. */
export function issueServerCert(
  dir: string,
  name: string,
  commonName: string,
): { cert: string; key: string } {
  issue(dir, name, `/CN=${commonName}`, 'IP:127.0.0.1,DNS:localhost', 'ca');
  return { cert: join(dir, `${name}.crt`), key: join(dir, `${name}.key`) };
}
