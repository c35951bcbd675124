// The `identities` section of a policy, after validation: how a connection gets its principal.
// The list order is the precedence: the first source that yields a principal wins.

import type { CidrBlock } from './cidr.js';

export type TlsCertificateField = 'san-uri' | 'san-dns' | 'subject-cn' | 'subject';
export type IdentitySourceType = 'sasl' | 'tlsCertificate' | 'sourceCidr' | 'static' | 'kubernetes';

interface SourceBase {
  /** `identities[2]`: where it sits in the policy, for explanations and audit. */
  readonly id: string;
  /** Only connections accepted on these listeners use this source; absent means every listener. */
  readonly listeners?: readonly string[];
}

export interface SaslIdentitySource extends SourceBase {
  readonly type: 'sasl';
  /** Accepted mechanisms (e.g. SCRAM-SHA-512); absent means any the broker verified. */
  readonly mechanisms?: readonly string[];
  /** Principal template; `${user}` is the SASL user name. */
  readonly principal: string;
}

export interface TlsCertificateIdentitySource extends SourceBase {
  readonly type: 'tlsCertificate';
  readonly from: TlsCertificateField;
  /** Anchored: the whole field value must match. Absent means any value. */
  readonly match?: RegExp;
  /** Principal template; `${value}` is the whole field value, `${name}` a named group of `match`. */
  readonly principal: string;
}

export interface SourceCidrIdentitySource extends SourceBase {
  readonly type: 'sourceCidr';
  readonly cidrs: readonly CidrBlock[];
  readonly principal: string;
}

export interface StaticIdentitySource extends SourceBase {
  readonly type: 'static';
  readonly principal: string;
}

/**
 * The running pod whose IP the connection comes from, as the proxy's pod watch knows it
 * (src/identity/kubernetes-pods.ts). Gateway mode: source IPs must survive to the proxy.
 */
export interface KubernetesIdentitySource extends SourceBase {
  readonly type: 'kubernetes';
  /** Principal template; `${namespace}`, `${name}`, `${serviceAccount}`, `${node}`. */
  readonly principal: string;
}

export type IdentitySource =
  | SaslIdentitySource
  | TlsCertificateIdentitySource
  | SourceCidrIdentitySource
  | StaticIdentitySource
  | KubernetesIdentitySource;

/** Principal of a connection no source identified: Kafka's own name for it. */
export const ANONYMOUS_PRINCIPAL = 'User:ANONYMOUS';

export const DEFAULT_SASL_PRINCIPAL_TEMPLATE = 'User:${user}';
export const DEFAULT_TLS_PRINCIPAL_TEMPLATE = 'User:${value}';
export const DEFAULT_KUBERNETES_PRINCIPAL_TEMPLATE = 'Pod:${namespace}/${name}';
