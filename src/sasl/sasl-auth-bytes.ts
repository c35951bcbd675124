/**
 * Reads the user name out of the first client message of a SASL exchange, without judging it: the
 * broker authenticates, the proxy only notes who is trying. Returns undefined for mechanisms whose
 * first message names no user (OAUTHBEARER tokens, GSSAPI) or for bytes that do not parse.
 */
export function saslUserFromClientMessage(mechanism: string, authBytes: Buffer): string | undefined {
  const upper = mechanism.toUpperCase();
  if (upper === 'PLAIN') return plainUser(authBytes);
  if (upper === 'SCRAM-SHA-256' || upper === 'SCRAM-SHA-512') return scramUser(authBytes);
  return undefined;
}

/** PLAIN (RFC 4616): `authzid NUL authcid NUL passwd`; the authenticated user is authcid. */
function plainUser(bytes: Buffer): string | undefined {
  const first = bytes.indexOf(0);
  if (first < 0) return undefined;
  const second = bytes.indexOf(0, first + 1);
  if (second < 0) return undefined;
  const user = bytes.toString('utf8', first + 1, second);
  return user === '' ? undefined : user;
}

/**
 * SCRAM client-first-message (RFC 5802): `gs2-header client-first-bare`, where the GS2 header is
 * `n,,` or `y,,` or `p=...,` plus an optional `a=authzid`, and the bare part starts with an optional
 * reserved `m=...,` attribute, then `n=user,r=nonce`. Kafka's broker accepts the `m=` attribute
 * (`ScramMessages.ClientFirstMessage`'s pattern, Kafka 4.1 clients module): a user read past it is
 * the user the broker authenticates, never a missing one that would let a later identity source
 * name the connection. In the user name `=2C` stands for `,` and `=3D` for `=`. A delegation token
 * (`tokenauth=true` extension) gives undefined: its principal is the token's owner.
 */
function scramUser(bytes: Buffer): string | undefined {
  const text = bytes.toString('utf8');
  const match = /^[nyp][^,]*,[^,]*,(?:m=[^,]+,)?n=([^,]*),r=[^,]*(.*)$/s.exec(text);
  if (match === null) return undefined;
  // Kafka's SCRAM extensions follow the nonce (`,key=value`); `tokenauth=true` makes the user a
  // delegation token ID, and the broker authenticates the token's owner, which these bytes do not name
  // (Kafka 4.1 ScramSaslServer, KIP-48).
  if (/(^|,)tokenauth=true(,|$)/i.test(match[2]!)) return undefined;
  const user = match[1]!.replaceAll('=2C', ',').replaceAll('=3D', '=');
  return user === '' ? undefined : user;
}
