import { createHash, createHmac, pbkdf2Sync, randomBytes, timingSafeEqual } from 'node:crypto';

export type ScramMechanism = 'SCRAM-SHA-256' | 'SCRAM-SHA-512';

/**
 * The client side of SCRAM (RFC 5802), for the proxy's own control connection to brokers that
 * require SASL. Client connections never use it: their SASL exchange passes through untouched.
 * User names are escaped as the RFC says; SASLprep is not applied (Kafka's own clients do not either).
 */
export class ScramClient {
  private readonly hash: 'sha256' | 'sha512';
  private readonly nonce: string;
  private clientFirstBare = '';
  private serverSignature: Buffer | undefined;

  constructor(
    mechanism: ScramMechanism,
    private readonly username: string,
    private readonly password: string,
    nonce = randomBytes(18).toString('base64'),
  ) {
    this.hash = mechanism === 'SCRAM-SHA-256' ? 'sha256' : 'sha512';
    this.nonce = nonce;
  }

  /** client-first-message: no channel binding, the user, a fresh nonce. */
  first(): Buffer {
    const user = this.username.replaceAll('=', '=3D').replaceAll(',', '=2C');
    this.clientFirstBare = `n=${user},r=${this.nonce}`;
    return Buffer.from(`n,,${this.clientFirstBare}`);
  }

  /** client-final-message with the proof, from the server-first-message. */
  final(serverFirstBytes: Buffer): Buffer {
    const serverFirst = serverFirstBytes.toString('utf8');
    const fields = new Map(serverFirst.split(',').map((kv) => [kv[0], kv.slice(2)] as const));
    const combinedNonce = fields.get('r');
    const salt = fields.get('s');
    const iterations = Number(fields.get('i'));
    if (combinedNonce === undefined || !combinedNonce.startsWith(this.nonce)) {
      throw new Error('SCRAM server nonce does not extend the client nonce');
    }
    if (salt === undefined || !Number.isInteger(iterations) || iterations < 1) {
      throw new Error('SCRAM server-first-message without salt or iteration count');
    }
    const keyLength = this.hash === 'sha256' ? 32 : 64;
    const salted = pbkdf2Sync(this.password, Buffer.from(salt, 'base64'), iterations, keyLength, this.hash);
    const clientKey = createHmac(this.hash, salted).update('Client Key').digest();
    const storedKey = createHash(this.hash).update(clientKey).digest();
    const withoutProof = `c=biws,r=${combinedNonce}`;
    const authMessage = `${this.clientFirstBare},${serverFirst},${withoutProof}`;
    const clientSignature = createHmac(this.hash, storedKey).update(authMessage).digest();
    const proof = Buffer.alloc(clientKey.length);
    for (let i = 0; i < proof.length; i++) proof[i] = clientKey[i]! ^ clientSignature[i]!;
    const serverKey = createHmac(this.hash, salted).update('Server Key').digest();
    this.serverSignature = createHmac(this.hash, serverKey).update(authMessage).digest();
    return Buffer.from(`${withoutProof},p=${proof.toString('base64')}`);
  }

  /** Checks the server-final-message: the broker proves it knows the password too. */
  verify(serverFinalBytes: Buffer): void {
    const serverFinal = serverFinalBytes.toString('utf8');
    if (serverFinal.startsWith('e=')) throw new Error(`SCRAM refused: ${serverFinal.slice(2)}`);
    const signature = serverFinal.startsWith('v=')
      ? Buffer.from(serverFinal.slice(2), 'base64')
      : Buffer.alloc(0);
    const expected = this.serverSignature;
    if (
      expected === undefined ||
      signature.length !== expected.length ||
      !timingSafeEqual(signature, expected)
    ) {
      throw new Error('SCRAM server signature does not match');
    }
  }
}
