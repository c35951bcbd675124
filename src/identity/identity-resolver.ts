// Resolves the principal of a connection from what the listener knows about it. Pure: no I/O.
//
// Precedence is the order of the `identities` list in the policy; the first source that yields a
// principal wins. A connection no source identifies is `User:ANONYMOUS`, as Kafka names it.

import { cidrContains, parseAddress } from './cidr.js';
import type { PodDirectory, PodIdentity } from './kubernetes-pods.js';
import {
  ANONYMOUS_PRINCIPAL,
  type IdentitySource,
  type IdentitySourceType,
  type SaslIdentitySource,
  type TlsCertificateIdentitySource,
} from './identity-sources.js';

/** A client certificate that verified against the listener's client CA; never an unverified one. */
export interface TlsPeer {
  /** Subject distinguished name, RFC 4514 string form (`CN=payments,O=Acme`). */
  readonly subject: string;
  readonly sans: { readonly uri: readonly string[]; readonly dns: readonly string[] };
}

export interface SaslSession {
  readonly mechanism: string;
  /**
   * The user the client's first SASL message names (PLAIN, SCRAM); undefined where the proxy cannot
   * read the principal the broker authenticates (OAUTHBEARER, GSSAPI, SCRAM with a delegation token).
   */
  readonly user: string | undefined;
  /** True only once the broker answered SaslAuthenticate with success. */
  readonly verified: boolean;
}

export interface ConnectionAttributes {
  readonly remoteAddress: string;
  readonly listener: string;
  readonly tls?: TlsPeer;
  readonly sasl?: SaslSession;
  /** The pod watch, for `kubernetes` sources; without it they identify nobody. */
  readonly pods?: PodDirectory;
}

export interface ResolvedIdentity {
  readonly principal: string;
  readonly source: IdentitySourceType | 'anonymous';
  /** `identities[1]` for a configured source. */
  readonly sourceId?: string;
  /** What established it, e.g. `san-uri spiffe://cluster.local/ns/payments/sa/api`. */
  readonly detail: string;
  /** The pod, when the `kubernetes` source identified the connection; its labels select rule sets. */
  readonly pod?: PodIdentity;
  /**
   * Set when a source that applies cannot say who the connection is: a `kubernetes` source before
   * the pods are listed or after the API watch was lost for too long, a `sasl` source after the broker
   * accepted an exchange whose principal the proxy cannot read. The connection must be refused
   * rather than decided as someone else (fail closed).
   */
  readonly refuse?: string;
}

/**
 * Builds a TlsPeer from typed subject alternative names as the TLS listener keeps them
 * (`URI:spiffe://...`, `DNS:app.example`, `IP:10.0.0.1`); types other than URI and DNS are not used
 * for identities.
 */
export function tlsPeerFromAltNames(subject: string, altNames: readonly string[]): TlsPeer {
  const uri: string[] = [];
  const dns: string[] = [];
  for (const name of altNames) {
    if (name.startsWith('URI:')) uri.push(name.slice(4));
    else if (name.startsWith('DNS:')) dns.push(name.slice(4));
  }
  return { subject, sans: { uri, dns } };
}

/** Replaces `${var}` in a principal template. Unknown variables were rejected when the policy loaded. */
export function expandPrincipalTemplate(template: string, vars: Readonly<Record<string, string>>): string {
  return template.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_m, key: string) => vars[key] ?? '');
}

/** The CN attribute of an RFC 4514 subject string; commas escaped with `\` stay inside the value. */
export function subjectCommonName(subject: string): string | undefined {
  const attributes: string[] = [];
  let current = '';
  for (let i = 0; i < subject.length; i++) {
    const ch = subject[i];
    if (ch === '\\' && i + 1 < subject.length) {
      current += subject[++i];
    } else if (ch === ',' || ch === '+') {
      attributes.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  attributes.push(current);
  for (const attribute of attributes) {
    const eq = attribute.indexOf('=');
    if (eq > 0 && attribute.slice(0, eq).trim().toUpperCase() === 'CN') return attribute.slice(eq + 1).trim();
  }
  return undefined;
}

function tlsCandidates(source: TlsCertificateIdentitySource, tls: TlsPeer): readonly string[] {
  switch (source.from) {
    case 'san-uri':
      return tls.sans.uri;
    case 'san-dns':
      return tls.sans.dns;
    case 'subject': {
      return tls.subject ? [tls.subject] : [];
    }
    case 'subject-cn': {
      const cn = subjectCommonName(tls.subject);
      return cn === undefined ? [] : [cn];
    }
  }
}

function fromTls(
  source: TlsCertificateIdentitySource,
  tls: TlsPeer | undefined,
): ResolvedIdentity | undefined {
  if (!tls) return undefined;
  for (const value of tlsCandidates(source, tls)) {
    let vars: Record<string, string> = { value };
    if (source.match) {
      const m = source.match.exec(value);
      if (!m) continue;
      vars = { ...(m.groups ?? {}), value };
    }
    return {
      principal: expandPrincipalTemplate(source.principal, vars),
      source: 'tlsCertificate',
      sourceId: source.id,
      detail: `${source.from} ${value}`,
    };
  }
  return undefined;
}

function fromSasl(source: SaslIdentitySource, sasl: SaslSession | undefined): ResolvedIdentity | undefined {
  // An unverified SASL user is only a claim; the broker's success answer makes it an identity.
  if (!sasl || !sasl.verified) return undefined;
  if (source.mechanisms && !source.mechanisms.includes(sasl.mechanism)) return undefined;
  if (sasl.user === undefined) {
    // The broker authenticated someone the proxy cannot name. A later source (a CIDR block, a static
    // principal) would decide the connection as someone the broker did not authenticate.
    const reason = `${sasl.mechanism} authenticated by the broker, but the proxy cannot read the principal it authenticated (only PLAIN and SCRAM user names are read; a SCRAM delegation token names its owner only on the broker)`;
    return {
      principal: ANONYMOUS_PRINCIPAL,
      source: 'sasl',
      sourceId: source.id,
      detail: reason,
      refuse: reason,
    };
  }
  return {
    principal: expandPrincipalTemplate(source.principal, { user: sasl.user }),
    source: 'sasl',
    sourceId: source.id,
    detail: `${sasl.mechanism} user ${sasl.user}`,
  };
}

function resolveFrom(source: IdentitySource, connection: ConnectionAttributes): ResolvedIdentity | undefined {
  if (!appliesOn(source, connection)) return undefined;
  switch (source.type) {
    case 'sasl':
      return fromSasl(source, connection.sasl);
    case 'tlsCertificate':
      return fromTls(source, connection.tls);
    case 'sourceCidr': {
      const address = parseAddress(connection.remoteAddress);
      if (!address) return undefined;
      const block = source.cidrs.find((c) => cidrContains(c, address));
      if (!block) return undefined;
      return {
        principal: source.principal,
        source: 'sourceCidr',
        sourceId: source.id,
        detail: `${connection.remoteAddress} in ${block.text}`,
      };
    }
    case 'static':
      return {
        principal: source.principal,
        source: 'static',
        sourceId: source.id,
        detail: 'static identity',
      };
    case 'kubernetes': {
      if (!connection.pods) return undefined;
      const found = connection.pods.lookup(connection.remoteAddress);
      if (found.kind === 'unavailable') {
        return {
          principal: ANONYMOUS_PRINCIPAL,
          source: 'kubernetes',
          sourceId: source.id,
          detail: found.reason,
          refuse: found.reason,
        };
      }
      if (found.kind === 'unknown') return undefined;
      const pod = found.pod;
      return {
        principal: expandPrincipalTemplate(source.principal, {
          namespace: pod.namespace,
          name: pod.name,
          serviceAccount: pod.serviceAccount,
          node: pod.node,
        }),
        source: 'kubernetes',
        sourceId: source.id,
        detail: `pod ${pod.namespace}/${pod.name} serviceaccount ${pod.namespace}/${pod.serviceAccount} node ${pod.node || '(none)'}`,
        pod,
      };
    }
  }
}

/**
 * The principal of a connection: the first of the policy's identity `sources` (in file order) that
 * matches the connection's attributes (SASL user, TLS client certificate, source address in a CIDR
 * block, a static principal, or the pod behind the address for the `kubernetes` source), else
 * `User:ANONYMOUS` with source `anonymous`. A connection the broker authenticated with SASL is named
 * only by sources listed before the first `sasl` source that applies on its listener, or by a `sasl`
 * source; otherwise the result carries `refuse`. Returns the principal (`User:alice`, or a custom
 * `<Type>:<name>`), which source produced it (`source`, `sourceId`), a human-readable `detail`, and
 * for a pod its identity and labels. Synchronous, pure over its inputs, never throws.
 */
export function resolveIdentity(
  sources: readonly IdentitySource[],
  connection: ConnectionAttributes,
): ResolvedIdentity {
  // Once the broker accepted a SASL exchange, the first `sasl` source that applies on the listener is
  // a barrier: only `sasl` sources may name the connection after it, else it is refused. A later
  // source (a CIDR block, a static principal) would decide it as someone the broker did not
  // authenticate, e.g. a PLAIN client when the `sasl` source lists only SCRAM-SHA-512.
  let barrier: SaslIdentitySource | undefined;
  for (const source of sources) {
    if (barrier !== undefined && source.type !== 'sasl') continue;
    const resolved = resolveFrom(source, connection);
    if (resolved) return resolved;
    if (source.type === 'sasl' && connection.sasl?.verified === true && appliesOn(source, connection)) {
      barrier ??= source;
    }
  }
  if (barrier !== undefined) {
    const sasl = connection.sasl!;
    const reason = `${sasl.mechanism} user ${sasl.user ?? '(unread)'} authenticated by the broker, but no sasl identity source accepts ${sasl.mechanism} (${barrier.id} accepts ${barrier.mechanisms?.join(', ') ?? 'any'}); a source listed after it would name someone the broker did not authenticate`;
    return {
      principal: ANONYMOUS_PRINCIPAL,
      source: 'sasl',
      sourceId: barrier.id,
      detail: reason,
      refuse: reason,
    };
  }
  return { principal: ANONYMOUS_PRINCIPAL, source: 'anonymous', detail: 'no identity source matched' };
}

function appliesOn(source: IdentitySource, connection: ConnectionAttributes): boolean {
  return !source.listeners || source.listeners.includes(connection.listener);
}
