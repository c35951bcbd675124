import type { FromSchema } from 'json-schema-to-ts';
import type { configSchema } from './config-schema.js';

/**
 * The shape of a proxy configuration after defaults are applied, derived from the JSON Schema in
 * `config-schema.ts` (json-schema-to-ts's FromSchema: a property with a `default` is always present,
 * one without is optional), so the schema and the types cannot drift apart. What each setting means
 * is documented beside it in the schema. `load-config.ts` turns YAML and environment variables into
 * this; everything else in the proxy reads only this. The sections defined beside their modules
 * (`audit:`, `admin:`) derive their types the same way (AuditConfig, AdminConfig).
 */
export type ProxyConfig = FromSchema<typeof configSchema>;

/** `listen:`: where the proxy's bootstrap and per-node listeners bind. */
export type ListenConfig = ProxyConfig['listen'];
/** `advertised:`: the host and port the clients are told for each broker node. */
export type AdvertisedConfig = ProxyConfig['advertised'];
/** `upstream:`: the real brokers and how the proxy connects to them. */
export type UpstreamConfig = ProxyConfig['upstream'];
/** `upstream.tls:`: TLS of the proxy's connections to the brokers. */
export type UpstreamTlsConfig = UpstreamConfig['tls'];
/** `tls:`: TLS of the proxy's own listeners (client side). */
export type DownstreamTlsConfig = ProxyConfig['tls'];
/** `tls.clientAuth`: whether clients must present a certificate. */
export type ClientAuth = DownstreamTlsConfig['clientAuth'];
/** `limits:`: frame size, timeouts, memory budget, connection and in-flight bounds. */
export type LimitsConfig = ProxyConfig['limits'];
/** `policy:`: the policy file and whether it is enforced or audited. */
export type PolicyConfig = ProxyConfig['policy'];
/** `kubernetes:`: the pod watch behind the policy's `kubernetes` identity source (docs/kubernetes.md). */
export type KubernetesConfig = ProxyConfig['kubernetes'];
/** `kubernetes.policies:`: which policy objects the proxy watches (src/policy/kubernetes-policy-watch.ts). */
export type KubernetesPoliciesConfig = KubernetesConfig['policies'];
