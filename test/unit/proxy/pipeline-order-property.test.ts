import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveConfig } from '../../../src/config/load-config.js';
import type { RequestFilter } from '../../../src/connection/request-decision.js';
import { startProxy, type RunningProxy } from '../../../src/proxy/proxy.js';
import { freeBrokerPortBase } from './free-ports.js';
import { ResponseReader, ScriptedBroker, connectTo, requestFrame } from './scripted-broker.js';

/**
 * What happens to a request, encoded in its client id so that the broker and the filter agree:
 * f = forwarded (broker answers after `delay` ms), x = forwarded after an asynchronous decision,
 * a = answered by the proxy, p = Produce acks=0 forwarded (no response), q = Produce acks=0 dropped.
 */
type Fate = 'f' | 'x' | 'a' | 'p' | 'q';

let broker: ScriptedBroker;
let proxy: RunningProxy;

const filter: RequestFilter = {
  wantsFrame: (header) => header.clientId!.startsWith('x'),
  decide: (request) => {
    switch (request.header.clientId![0] as Fate) {
      case 'a':
        return { outcome: 'answer', responseBody: Buffer.alloc(7) };
      case 'q':
        return { outcome: 'drop' };
      case 'x':
        return new Promise((resolve) => setTimeout(() => resolve({ outcome: 'forward' }), 5));
      default:
        return { outcome: 'forward' };
    }
  },
};

beforeAll(async () => {
  broker = new ScriptedBroker();
  await broker.start();
  broker.respond = (request) => {
    const clientId = request.header.clientId!;
    if (clientId[0] === 'p') return undefined;
    return { body: Buffer.alloc(7), delayMs: Number(clientId.slice(1)) };
  };
  proxy = await startProxy(
    resolveConfig(
      {
        listen: { host: '127.0.0.1', bootstrapPort: 0, brokerPortBase: await freeBrokerPortBase([1]) },
        upstream: { bootstrapServers: [`127.0.0.1:${broker.port}`] },
        logging: { level: 'silent' },
      },
      {},
    ),
    { filter },
  );
});

afterAll(async () => {
  await proxy.stop();
  await broker.stop();
});

function frameFor(fate: Fate, delay: number, correlationId: number): Buffer {
  const clientId = `${fate}${delay}`;
  if (fate === 'p' || fate === 'q') {
    const body = Buffer.from([0, 0, 0, 0, 0, 0x75, 0x30, 1, 0]); // txn null, acks 0, timeout, no topics
    return requestFrame(0, 9, correlationId, body, clientId);
  }
  return requestFrame(
    12,
    4,
    correlationId,
    Buffer.from([0x02, 0x61, 0, 0, 0, 1, 0x02, 0x6d, 0x01, 0]),
    clientId,
  );
}

describe('ordered pipeline, property', () => {
  it('answers exactly the requests that expect an answer, in request order, whatever the mix and timing', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.constantFrom<Fate>('f', 'x', 'a', 'p', 'q'), fc.integer({ min: 0, max: 15 })), {
          minLength: 1,
          maxLength: 25,
        }),
        fc.array(fc.integer({ min: 1, max: 120 }), { minLength: 1, maxLength: 10 }),
        async (requests, cuts) => {
          const socket = await connectTo(proxy.bootstrapPort);
          const responses = new ResponseReader(socket);
          try {
            const wire = Buffer.concat(requests.map(([fate, delay], i) => frameFor(fate, delay, i + 1)));
            for (let at = 0, i = 0; at < wire.length; i++) {
              const n = cuts[i % cuts.length]!;
              socket.write(wire.subarray(at, at + n));
              at += n;
            }
            const expected = requests.flatMap(([fate], i) => (fate === 'p' || fate === 'q' ? [] : [i + 1]));
            await responses.waitFor(expected.length, 5000);
            await new Promise((resolve) => setTimeout(resolve, 30));
            expect(responses.correlationIds()).toEqual(expected);
          } finally {
            socket.destroy();
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});
