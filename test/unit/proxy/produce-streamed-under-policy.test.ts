import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiKey } from '../../../protocol/generated/api-keys.js';
import { encodeProduceRequest } from '../../../protocol/generated/messages/produce.js';
import { PolicyEnforcementFilter } from '../../../src/enforcement/policy-enforcement-filter.js';
import { TopicIdResolver } from '../../../src/enforcement/topic-id-resolver.js';
import type { RunningProxy } from '../../../src/proxy/proxy.js';
import { policyOf } from '../enforcement/scenario-support.js';
import { ScriptedBroker, TestClients, proxyInFrontOf, requestFrame } from './scripted-broker.js';

// Under a policy, a Produce naming one allowed topic and no transactional id is decided from the
// start of its frame and forwarded as it arrives (src/enforcement/produce-frame-walk.ts): the broker
// gets the frame unchanged while the proxy holds none of it (the broker's byte count grows before the
// client has sent the whole frame), and a frame whose rest does not decode never reaches the broker
// whole: the proxy withholds its last piece and closes the connection, after answering the request
// before it. A denied topic is still collected whole and answered as the broker would.

/** Every connection from 127.0.0.1 is User:app, which may produce to `orders` only. */
const IDENTITIES = "  - sourceCidr: { cidr: 127.0.0.1/32, principal: 'User:app' }\n";
const RULES = '  - principal: User:app\n    allow:\n      - { role: produce, topic: orders }\n';
const RECORDS = 300_000;

let broker: ScriptedBroker;
let proxy: RunningProxy | undefined;
let filter: PolicyEnforcementFilter;
const clients = new TestClients();

beforeEach(async () => {
  broker = new ScriptedBroker();
  await broker.start();
  filter = new PolicyEnforcementFilter({
    policy: policyOf(IDENTITIES, RULES),
    topicIds: new TopicIdResolver(undefined),
  });
  proxy = await proxyInFrontOf(broker, filter);
});

afterEach(async () => {
  clients.destroyAll();
  await proxy?.stop();
  proxy = undefined;
  await broker.stop();
});

function produce(correlationId: number, topic: string, records = RECORDS): Buffer {
  const body = encodeProduceRequest(
    {
      transactionalId: null,
      acks: -1,
      timeoutMs: 1000,
      topicData: [
        {
          name: topic,
          topicId: 'AAAAAAAAAAAAAAAAAAAAAA',
          partitionData: [{ index: 0, records: Buffer.alloc(records, 7) }],
        },
      ],
    },
    9,
  );
  return requestFrame(ApiKey.Produce, 9, correlationId, body);
}

async function until(what: string, condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** The Produce requests the broker got (the proxy's own Metadata requests left out). */
function produced(): number[] {
  return broker.received.filter((r) => r.header.apiKey === ApiKey.Produce).map((r) => r.header.correlationId);
}

/** A client connection to the proxy, closed after the test. */
const client = () => clients.open(proxy!.bootstrapPort);

describe('a Produce decided from the start of its frame under a policy', () => {
  it('streams to the broker before the client has sent the whole frame, and arrives unchanged', async () => {
    const { socket, responses } = await client();
    const frame = produce(1, 'orders');
    const half = frame.length >> 1;
    const before = broker.bytesReceived;
    socket.write(frame.subarray(0, half));
    // The proxy forwards what it has: the broker sees bytes of a frame not yet complete.
    await until('the first half at the broker', () => broker.bytesReceived - before >= half - 64 * 1024);
    expect(produced()).toEqual([]);
    socket.write(frame.subarray(half));
    await responses.waitFor(1, 10_000);
    expect(produced()).toEqual([1]);
    const received = broker.received.find((r) => r.header.apiKey === ApiKey.Produce)!;
    expect(received.frame.equals(frame)).toBe(true);
    expect(filter.counters.fromPeek).toBe(1);
  });

  it('a frame whose rest does not decode never reaches the broker whole; the request before it is answered', async () => {
    const { socket, responses } = await client();
    const good = produce(1, 'orders', 1000);
    const bad = produce(2, 'orders');
    // The request's tagged fields (the frame's last byte): a count of 5 fields where none can fit.
    bad[bad.length - 1] = 5;
    const before = broker.bytesReceived;
    socket.write(Buffer.concat([good, bad]));
    await responses.closed;
    expect(responses.correlationIds()).toEqual([1]);
    expect(produced()).toEqual([1]);
    // All of the bad frame but its last piece may have gone: never the whole of it.
    expect(broker.bytesReceived - before).toBeLessThan(good.length + bad.length);
  });

  it('a denied topic is collected whole and answered by the proxy, as before', async () => {
    const { socket, responses } = await client();
    const before = broker.bytesReceived;
    socket.write(produce(3, 'secret'));
    await responses.waitFor(1, 10_000);
    expect(produced()).toEqual([]);
    expect(broker.bytesReceived).toBe(before);
    expect(filter.counters.fromPeek).toBe(0);
  });
});
