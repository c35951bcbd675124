import { describe, expect, it } from 'vitest';
import {
  resolveIdentity,
  tlsPeerFromAltNames,
  subjectCommonName,
  type ConnectionAttributes,
} from '../../../src/identity/identity-resolver.js';
import type { IdentitySource } from '../../../src/identity/identity-sources.js';
import { parsePolicy } from '../../../src/policy/policy-loader.js';

function identities(yaml: string): readonly IdentitySource[] {
  const result = parsePolicy(
    `apiVersion: kafka-l7-proxy/v1\nkind: KafkaPolicy\nidentities:\n${yaml}rules: []\n`,
    'p.yaml',
  );
  if (!result.ok) throw new Error(result.errors.map(String).join('\n'));
  return result.policy.identities;
}

const SPIFFE = 'spiffe://cluster.local/ns/payments/sa/payments-api';

const sources = identities(`  - sasl: {}
  - tlsCertificate:
      from: san-uri
      match: 'spiffe://cluster\\.local/ns/payments/sa/(?<name>[a-z0-9-]+)'
      principal: 'User:\${name}'
  - sourceCidr: { cidr: 10.0.1.0/24, principal: 'User:analytics' }
  - static: { principal: 'User:sidecar', listeners: [local] }
`);

function conn(overrides: Partial<ConnectionAttributes>): ConnectionAttributes {
  return { remoteAddress: '192.0.2.1', listener: 'external', ...overrides };
}

const tls = (uri: string[], subject = 'CN=ignored') => ({ subject, sans: { uri, dns: [] } });

describe('identity resolution', () => {
  it('takes the broker-verified SASL user first', () => {
    const id = resolveIdentity(
      sources,
      conn({ sasl: { mechanism: 'SCRAM-SHA-512', user: 'alice', verified: true }, tls: tls([SPIFFE]) }),
    );
    expect(id).toEqual({
      principal: 'User:alice',
      source: 'sasl',
      sourceId: 'identities[0]',
      detail: 'SCRAM-SHA-512 user alice',
    });
  });

  it('ignores a SASL user the broker has not verified', () => {
    const id = resolveIdentity(
      sources,
      conn({ sasl: { mechanism: 'PLAIN', user: 'alice', verified: false } }),
    );
    expect(id.source).toBe('anonymous');
    expect(id.principal).toBe('User:ANONYMOUS');
  });

  it('maps a SPIFFE ID in the certificate SAN to a principal through the named group', () => {
    const id = resolveIdentity(sources, conn({ tls: tls(['https://other.example', SPIFFE]) }));
    expect(id.principal).toBe('User:payments-api');
    expect(id.detail).toBe(`san-uri ${SPIFFE}`);
  });

  it('anchors the certificate pattern: a SPIFFE ID with extra path segments does not match', () => {
    const id = resolveIdentity(sources, conn({ tls: tls([`${SPIFFE}/evil`, `x${SPIFFE}`]) }));
    expect(id.source).toBe('anonymous');
  });

  it('falls back to the source CIDR, IPv4-mapped addresses included', () => {
    expect(resolveIdentity(sources, conn({ remoteAddress: '10.0.1.20' })).principal).toBe('User:analytics');
    expect(resolveIdentity(sources, conn({ remoteAddress: '::ffff:10.0.1.20' })).principal).toBe(
      'User:analytics',
    );
    expect(resolveIdentity(sources, conn({ remoteAddress: '10.0.2.20' })).source).toBe('anonymous');
  });

  it('uses a static identity only on its listeners', () => {
    expect(resolveIdentity(sources, conn({ listener: 'local' })).principal).toBe('User:sidecar');
    expect(resolveIdentity(sources, conn({ listener: 'external' })).principal).toBe('User:ANONYMOUS');
  });

  it('follows the order of the list: a CIDR listed before SASL wins over SASL', () => {
    const cidrFirst = identities(`  - sourceCidr: { cidr: 10.0.0.0/8, principal: 'User:net' }
  - sasl: {}
`);
    const id = resolveIdentity(
      cidrFirst,
      conn({ remoteAddress: '10.1.2.3', sasl: { mechanism: 'PLAIN', user: 'bob', verified: true } }),
    );
    expect(id.principal).toBe('User:net');
  });

  it('reads subject CN and whole subjects, escaped commas included', () => {
    expect(subjectCommonName('CN=payments\\, inc,O=Acme')).toBe('payments, inc');
    expect(subjectCommonName('O=Acme,CN=worker')).toBe('worker');
    expect(subjectCommonName('O=Acme')).toBeUndefined();
    const bySubject = identities(
      `  - tlsCertificate: { from: subject }\n  - tlsCertificate: { from: subject-cn, principal: 'User:cn-\${value}' }\n`,
    );
    expect(resolveIdentity(bySubject, conn({ tls: tls([], 'CN=w,O=Acme') })).principal).toBe(
      'User:CN=w,O=Acme',
    );
    expect(resolveIdentity(bySubject.slice(1), conn({ tls: tls([], 'CN=w,O=Acme') })).principal).toBe(
      'User:cn-w',
    );
  });

  it('accepts only the configured SASL mechanisms', () => {
    const scramOnly = identities(`  - sasl: { mechanisms: [SCRAM-SHA-512] }\n`);
    // A mechanism the only sasl source does not list: refused, never User:ANONYMOUS.
    const plain = resolveIdentity(
      scramOnly,
      conn({ sasl: { mechanism: 'PLAIN', user: 'a', verified: true } }),
    );
    expect(plain.refuse).toBeDefined();
    expect(
      resolveIdentity(scramOnly, conn({ sasl: { mechanism: 'SCRAM-SHA-512', user: 'a', verified: true } }))
        .principal,
    ).toBe('User:a');
  });

  it('refuses a connection the broker authenticated with SASL when the proxy cannot read its principal, instead of letting a later source name it', () => {
    const id = resolveIdentity(
      sources,
      conn({
        remoteAddress: '10.0.1.7',
        sasl: { mechanism: 'OAUTHBEARER', user: undefined, verified: true },
      }),
    );
    expect(id.principal).toBe('User:ANONYMOUS');
    expect(id.source).toBe('sasl');
    expect(id.refuse).toMatch(/^OAUTHBEARER authenticated by the broker, but the proxy cannot read/);
    // Not yet accepted by the broker: no identity from SASL, so the CIDR source applies.
    expect(
      resolveIdentity(
        sources,
        conn({
          remoteAddress: '10.0.1.7',
          sasl: { mechanism: 'OAUTHBEARER', user: undefined, verified: false },
        }),
      ).principal,
    ).toBe('User:analytics');
  });

  it('never lets a source listed after a sasl source name a connection the broker authenticated with a mechanism the sasl source does not accept', () => {
    const at = (mechanism: string, verified = true) =>
      conn({ remoteAddress: '10.0.1.7', sasl: { mechanism, user: 'app', verified } });
    const scramFirst = identities(
      `  - sasl: { mechanisms: [SCRAM-SHA-512] }\n  - sourceCidr: { cidr: 10.0.1.0/24, principal: 'User:analytics' }\n`,
    );
    expect(resolveIdentity(scramFirst, at('PLAIN')).refuse).toMatch(
      /^PLAIN user app authenticated by the broker, but no sasl identity source accepts PLAIN/,
    );
    // A second sasl source for that mechanism still names it.
    const both = identities(
      `  - sasl: { mechanisms: [SCRAM-SHA-512] }\n  - sourceCidr: { cidr: 10.0.1.0/24, principal: 'User:analytics' }\n  - sasl: { mechanisms: [PLAIN], principal: 'User:plain-\${user}' }\n`,
    );
    expect(resolveIdentity(both, at('PLAIN'))).toMatchObject({ principal: 'User:plain-app', source: 'sasl' });
    // A source listed before the sasl source still wins, as the list order says.
    const cidrFirst = identities(
      `  - sourceCidr: { cidr: 10.0.1.0/24, principal: 'User:analytics' }\n  - sasl: { mechanisms: [SCRAM-SHA-512] }\n`,
    );
    expect(resolveIdentity(cidrFirst, at('PLAIN')).principal).toBe('User:analytics');
    // A sasl source scoped to another listener is no barrier on this one.
    const otherListener = identities(
      `  - sasl: { listeners: [internal] }\n  - sourceCidr: { cidr: 10.0.1.0/24, principal: 'User:analytics' }\n`,
    );
    expect(resolveIdentity(otherListener, at('PLAIN')).principal).toBe('User:analytics');
    // Before the broker accepted the exchange, SASL names nobody and the CIDR source applies.
    expect(resolveIdentity(scramFirst, at('PLAIN', false)).principal).toBe('User:analytics');
  });

  it('reads SANs in the typed form the TLS listener keeps them', () => {
    const peer = tlsPeerFromAltNames('CN=api', [`URI:${SPIFFE}`, 'DNS:api.payments.svc', 'IP:10.0.0.1']);
    expect(peer).toEqual({ subject: 'CN=api', sans: { uri: [SPIFFE], dns: ['api.payments.svc'] } });
    expect(resolveIdentity(sources, conn({ tls: peer })).principal).toBe('User:payments-api');
  });
});
