// The principal of a TLS connection comes from its verified client certificate (policies/payments.yaml
// maps SPIFFE IDs to users); an unverified certificate is no identity at all.

import { describe, expect, it } from 'vitest';
import { connectionFor, decideFrame, filterFor, loadPolicy, requestFrame } from './scenario-support.js';
import type { ConnectionContext } from '../../../src/connection/connection-context.js';

function tlsConnection(authorized: boolean): ConnectionContext {
  return {
    ...connectionFor({}),
    tls: {
      subject: 'CN=payments-api,O=Acme',
      subjectAttributes: { CN: ['payments-api'], O: ['Acme'] },
      subjectAltNames: ['URI:spiffe://cluster.local/ns/payments/sa/payments-api'],
      issuer: 'CN=ca',
      serialNumber: '01',
      fingerprint256: 'AA',
      authorized,
    },
  };
}

const produce = requestFrame(0, 9, {
  acks: -1,
  timeoutMs: 100,
  topicData: [{ name: 'payments.commands', partitionData: [{ index: 0 }] }],
});

describe('TLS client certificate identity', () => {
  it('maps a verified SPIFFE ID to its principal and decides for it', async () => {
    const { filter } = filterFor(loadPolicy('policies/payments.yaml'));
    const connection = tlsConnection(true);
    expect((await decideFrame(filter, connection, produce)).outcome).toBe('forward');
    expect(filter.connectionPolicy(connection).identity).toMatchObject({
      principal: 'User:payments-api',
      source: 'tlsCertificate',
    });
  });

  it('ignores a certificate that did not verify: the connection is User:ANONYMOUS and denied', async () => {
    const { filter } = filterFor(loadPolicy('policies/payments.yaml'));
    const connection = tlsConnection(false);
    expect((await decideFrame(filter, connection, produce)).outcome).toBe('answer');
    expect(filter.connectionPolicy(connection).identity.principal).toBe('User:ANONYMOUS');
  });
});
