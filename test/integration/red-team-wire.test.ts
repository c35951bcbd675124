// Red team, wire level: requests a careful client library never sends but an attacker can, compared
// between a broker with StandardAuthorizer and the ACLs `policy to-acls` gives for the policy below,
// and the proxy enforcing that policy in front of a broker without an authorizer (red-team-sides.ts).
//
//   identities: the SASL user (SCRAM-SHA-512), then connections from 127.0.0.0/8 that SASL does not
//               name are User:trusted-net (which may consume `secret`);
//   User:app    may produce and consume `allowed`.
//
// Covers: data requests pipelined in the same write as the SCRAM client-final message (sent before
// the broker has answered it; the broker runs them as the SASL user, while the proxy, which has not
// seen the answer yet, could only have decided them as the next identity source: it closes), ApiVersions at a version the
// broker does not support, a request header with a client id of the largest length a Kafka string
// holds, and a request at a version of a known API the broker does not support.

/* eslint-disable @typescript-eslint/no-explicit-any -- projections read decoded responses of many message types */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RawClient } from './policy-raw-client.js';
import {
  adminClientOf,
  fetchPartition,
  onBothSides,
  produceUntilAccepted,
  sessionlessFetch,
  startSides,
  topicIdsOf,
  type RedTeamSides,
  type Side,
  policyOf,
  rule,
  TRUSTED_NET_IDENTITY,
} from './red-team-sides.js';

const ALLOWED = 'allowed';
const SECRET = 'secret';

const POLICY = policyOf(
  ['sasl: { mechanisms: [SCRAM-SHA-512] }', TRUSTED_NET_IDENTITY],
  [
    rule('User:trusted-net', [`{ role: consume, topic: ${SECRET} }`]),
    rule('User:app', [`{ role: produce, topic: ${ALLOWED} }`, `{ role: consume, topic: ${ALLOWED} }`]),
  ],
);

let both: RedTeamSides;
let sides: readonly Side[];

beforeAll(async () => {
  both = await startSides({ policy: POLICY, users: ['app'], topics: { [ALLOWED]: 1, [SECRET]: 1 } });
  sides = both.sides;
  for (const side of sides) {
    const admin = await adminClientOf(side);
    try {
      await produceUntilAccepted(admin, side, SECRET, 'the-secret');
    } finally {
      admin.end();
    }
  }
}, 600_000);

afterAll(async () => {
  await both?.stop();
});

/** The frame of one response as bytes after its correlation id (the same on both sides or not). */
async function rawAnswer(side: Side, frame: Buffer): Promise<string> {
  const client = await RawClient.connect(side.port);
  try {
    const got: Buffer[] = [];
    (client as any).socket.on('data', (chunk: Buffer) => got.push(chunk));
    const outcome = await client.sendRaw(frame);
    if (outcome === 'closed') return 'closed';
    const bytes = Buffer.concat(got);
    return bytes.subarray(8, 4 + bytes.readInt32BE(0)).toString('hex');
  } finally {
    client.end();
  }
}

/** A request frame built by hand: header v1 (api, version, correlation id 7, client id) and `body`. */
function handFrame(api: number, version: number, clientId: string, body: Buffer, flexible: boolean): Buffer {
  const id = Buffer.from(clientId);
  const header = Buffer.alloc(10 + id.length);
  header.writeInt16BE(api, 0);
  header.writeInt16BE(version, 2);
  header.writeInt32BE(7, 4);
  header.writeInt16BE(id.length, 8);
  id.copy(header, 10);
  const parts = [header, ...(flexible ? [Buffer.from([0])] : []), body];
  const size = Buffer.alloc(4);
  size.writeInt32BE(parts.reduce((n, p) => n + p.length, 0));
  return Buffer.concat([size, ...parts]);
}

describe('wire-level requests through the proxy are answered as the broker with equivalent ACLs answers them', () => {
  it('a Metadata and a Fetch for a topic the SASL user may not read, sent in the same write as the SCRAM client-final message: the reference runs them as the SASL user (29), the proxy closes the connection after the SASL answer, never deciding them as the next identity source (documented divergence)', async () => {
    const seenBy = await onBothSides(sides, async (side) => {
      const secretId = (await topicIdsOf(side)).get(SECRET);
      const client = await RawClient.connect(side.port);
      try {
        const [metadata, fetch] = (await client.scram('app', 'app-secret', {
          pipelined: [
            {
              api: 3,
              version: 12,
              body: {
                topics: [{ name: SECRET, topicId: 'AAAAAAAAAAAAAAAAAAAAAA' }],
                allowAutoTopicCreation: false,
              },
            },
            {
              api: 1,
              version: 17,
              body: sessionlessFetch([{ topicId: secretId, partitions: [fetchPartition(0)] }]),
            },
          ],
        })) as any[];
        return {
          metadata: metadata === 'closed' ? 'closed' : metadata.topics.map((t: any) => [t.name, t.errorCode]),
          fetch:
            fetch === 'closed'
              ? 'closed'
              : fetch.responses.flatMap((t: any) =>
                  t.partitions.map((p: any) => [p.partitionIndex, p.errorCode, (p.records?.length ?? 0) > 0]),
                ),
        };
      } finally {
        client.end();
      }
    });
    expect(seenBy.reference).toEqual({ metadata: [[SECRET, 29]], fetch: [[0, 29, false]] });
    // The SCRAM exchange succeeded through the proxy (scram() did not throw); what followed it in
    // the same write was not decided while the exchange was in flight.
    expect(seenBy.proxy).toEqual({ metadata: 'closed', fetch: 'closed' });
  });

  for (const version of [5, 127]) {
    it(`ApiVersions v${version} (a version the broker does not support): answered as v0 with UNSUPPORTED_VERSION and the ApiVersions range`, async () => {
      // Header v2 (ApiVersions v3+ is flexible), and no body: the broker reads only the header.
      const frame = handFrame(18, version, 'red-team', Buffer.alloc(0), true);
      const seenBy = await onBothSides(sides, (side) => rawAnswer(side, frame));
      expect(seenBy.proxy).toEqual(seenBy.reference);
      // Error code 35, one entry: api key 18 from version 0 up (Kafka 4.1 answers max 4).
      expect(String(seenBy.reference).slice(0, 4)).toBe('0023');
    });
  }

  it('a Metadata request whose client id is 32767 bytes long (the longest a Kafka string holds) is answered as on the broker', async () => {
    const seenBy = await onBothSides(sides, async (side) => {
      const client = await RawClient.connect(side.port);
      try {
        await client.scram('app', 'app-secret');
        // Metadata v4: no topics named (an empty array), no auto-creation.
        return await client.sendRaw(handFrame(3, 4, 'c'.repeat(32767), Buffer.from([0, 0, 0, 0, 0]), false));
      } finally {
        client.end();
      }
    });
    expect(seenBy.proxy).toEqual(seenBy.reference);
    expect(seenBy.reference).toBe('answered');
  });

  it('Metadata at a version the broker does not support (v99) closes the connection without an answer, as the broker does', async () => {
    const seenBy = await onBothSides(sides, async (side) => {
      const client = await RawClient.connect(side.port);
      try {
        await client.scram('app', 'app-secret');
        return await client.sendRawUntilClosed(handFrame(3, 99, 'red-team', Buffer.alloc(8), true), 60_000);
      } finally {
        client.end();
      }
    });
    expect(seenBy.proxy).toEqual(seenBy.reference);
    expect(seenBy.reference).toEqual({ answers: 0, closed: true });
  });
});
