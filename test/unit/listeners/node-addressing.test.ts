import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../../src/config/load-config.js';
import { nodeAddressing } from '../../../src/listeners/node-addressing.js';

function addressing(listen: object, advertised: object) {
  return nodeAddressing(resolveConfig({ upstream: { bootstrapServers: ['k:1'] }, listen, advertised }, {}));
}

describe('port-per-broker addressing', () => {
  it('listens on base + node id unless a node has an explicit port', () => {
    const a = addressing({ brokerPortBase: 9100, brokerPorts: { '7': 9500 } }, {});
    expect(a.listenPort(1)).toBe(9101);
    expect(a.listenPort(7)).toBe(9500);
    expect(a.advertisedPort(1)).toBe(9101);
    expect(a.advertisedHost(1)).toBe('127.0.0.1');
  });

  it('advertises per-pod names and a fixed or offset port from the patterns', () => {
    const perPod = addressing({}, { host: 'broker-{nodeId}.kafka-proxy.svc', port: '9092' });
    expect(perPod.advertisedHost(3)).toBe('broker-3.kafka-proxy.svc');
    expect(perPod.advertisedPort(3)).toBe(9092);
    const loadBalancer = addressing({}, { host: 'kafka.example.com', port: '31000+{nodeId}' });
    expect(loadBalancer.advertisedPort(2)).toBe(31002);
  });

  it('refuses a node id whose port would fall outside the port range', () => {
    expect(() => addressing({ brokerPortBase: 65000 }, {}).listenPort(1000)).toThrow(RangeError);
  });
});
