import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { KafkaHarnessError } from './errors.js';

export interface TlsMaterial {
  /** CA certificate clients trust. */
  caPemPath: string;
  /** Broker private key (unencrypted PKCS#8) followed by its certificate and the CA: a Kafka PEM keystore. */
  keystorePemPath: string;
}

function openssl(args: string[], cwd: string): void {
  const result = spawnSync('openssl', args, { cwd, encoding: 'utf8', timeout: 30_000 });
  if (result.error && (result.error as NodeJS.ErrnoException).code === 'ENOENT') {
    throw new KafkaHarnessError(
      'openssl not found on PATH: it is needed to create the certificates of the TLS listener',
    );
  }
  if (result.status !== 0) {
    throw new KafkaHarnessError(
      `openssl ${args[0]} failed: ${(result.stderr || String(result.error)).trim().split('\n')[0]}`,
    );
  }
}

/**
 * Creates a throwaway CA and one broker certificate (valid for 127.0.0.1 and localhost, so every
 * node on loopback can share it) in `dir`.
 */
export function createTlsMaterial(dir: string): TlsMaterial {
  mkdirSync(dir, { recursive: true });
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  openssl(
    [
      'req',
      '-x509',
      ...ec,
      '-keyout',
      'ca.key',
      '-out',
      'ca.pem',
      '-days',
      '7',
      '-subj',
      '/CN=kafka-l7-proxy test CA',
      '-addext',
      'basicConstraints=critical,CA:TRUE',
      '-addext',
      'keyUsage=critical,keyCertSign,cRLSign',
    ],
    dir,
  );
  openssl(['req', ...ec, '-keyout', 'broker.key', '-out', 'broker.csr', '-subj', '/CN=localhost'], dir);
  writeFileSync(
    join(dir, 'broker.ext'),
    'subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth,clientAuth\nbasicConstraints=CA:FALSE\n',
  );
  openssl(
    [
      'x509',
      '-req',
      '-in',
      'broker.csr',
      '-CA',
      'ca.pem',
      '-CAkey',
      'ca.key',
      '-CAcreateserial',
      '-out',
      'broker.pem',
      '-days',
      '7',
      '-extfile',
      'broker.ext',
    ],
    dir,
  );
  const keystorePemPath = join(dir, 'broker-keystore.pem');
  const read = (name: string): string => readFileSync(join(dir, name), 'utf8');
  writeFileSync(keystorePemPath, read('broker.key') + read('broker.pem') + read('ca.pem'), { mode: 0o600 });
  return { caPemPath: join(dir, 'ca.pem'), keystorePemPath };
}
