import type { TLSSocket, PeerCertificate } from 'node:tls';

/** What a client certificate says about the client, kept on the connection for the policy to match. */
export interface TlsPeerIdentity {
  /** The subject as an RFC 4514-style string, most specific first (`CN=app,OU=payments,O=acme`). */
  subject: string;
  /** Subject attributes by short name (CN, O, OU, ...); multi-valued attributes keep every value. */
  subjectAttributes: Record<string, string[]>;
  /** Subject alternative names, each with its type: `DNS:app.example`, `URI:spiffe://...`, `IP:10.0.0.1`. */
  subjectAltNames: string[];
  issuer: string;
  serialNumber: string;
  fingerprint256: string;
  /** Whether the chain verified against the configured client CA. */
  authorized: boolean;
}

function attributes(record: PeerCertificate['subject'] | undefined): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  if (record === undefined || record === null) return out;
  for (const [key, value] of Object.entries(record)) {
    if (value === undefined) continue;
    out[key] = Array.isArray(value) ? value.map(String) : [String(value)];
  }
  return out;
}

function distinguishedName(attrs: Record<string, string[]>): string {
  // Node gives attributes in certificate order (least specific first); LDAP strings go the other way.
  return Object.entries(attrs)
    .flatMap(([key, values]) => values.map((value) => `${key}=${value}`))
    .reverse()
    .join(',');
}

/** Reads the verified client certificate of a TLS socket, or undefined when the client sent none. */
export function tlsPeerIdentity(socket: TLSSocket): TlsPeerIdentity | undefined {
  const cert = socket.getPeerCertificate(false);
  if (cert === undefined || cert === null || Object.keys(cert).length === 0) return undefined;
  const subjectAttributes = attributes(cert.subject);
  return {
    subject: distinguishedName(subjectAttributes),
    subjectAttributes,
    subjectAltNames:
      cert.subjectaltname === undefined || cert.subjectaltname === ''
        ? []
        : cert.subjectaltname.split(/,\s*/).map((name) => name.replace('IP Address:', 'IP:')),
    issuer: distinguishedName(attributes(cert.issuer)),
    serialNumber: cert.serialNumber,
    fingerprint256: cert.fingerprint256,
    authorized: socket.authorized,
  };
}
