// The API registry (src/enforcement/apis/registry.ts): every API a client may send has a module, and
// any key or version without one is closed (fail closed).

import { describe, expect, it } from 'vitest';
import { API_KEYS, ApiKey } from '../../../protocol/generated/api-keys.js';
import { API_MODULES, apiModule, moduleOf } from '../../../src/enforcement/apis/registry.js';
import { classifyApiKey, isAlwaysAllowed } from '../../../src/policy/index.js';
import { connectionFor, decideFrame, filterFor, loadPolicy, requestFrame } from './scenario-support.js';

describe('the API registry', () => {
  it('has a module for every client API key and for the inter-broker keys a broker answers, none for the others', () => {
    for (const api of API_KEYS) {
      const c = classifyApiKey(api.apiKey);
      const module = moduleOf(api.apiKey);
      if (c !== undefined && c.category !== 'inter-broker') {
        expect(module?.name, api.name).toBe(api.name);
        expect(module?.handling, api.name).not.toBe('cluster-action');
      } else if (module !== undefined) {
        expect(module.handling, api.name).toBe('cluster-action');
      }
    }
    expect(moduleOf(ApiKey.Vote)).toBeUndefined();
    expect(moduleOf(ApiKey.LeaderAndIsr)).toBeUndefined();
    expect(moduleOf(-1)).toBeUndefined();
    expect(moduleOf(API_KEYS.length + 10)).toBeUndefined();
    for (const [key, module] of Object.entries(API_MODULES)) expect(module.apiKey).toBe(Number(key));
  });

  it('forwards unread exactly the keys the authorization table says Kafka never authorizes', () => {
    for (const api of API_KEYS) {
      const module = moduleOf(api.apiKey);
      if (module === undefined) continue;
      expect(module.handling === 'unauthorized', api.name).toBe(isAlwaysAllowed(api.apiKey));
    }
  });

  it('handles only the versions of the schemas, except keys forwarded unread', () => {
    const produce = API_KEYS.find((a) => a.apiKey === ApiKey.Produce)!;
    expect(apiModule(ApiKey.Produce, produce.maxVersion)).toBeDefined();
    expect(apiModule(ApiKey.Produce, produce.maxVersion + 1)).toBeUndefined();
    expect(apiModule(ApiKey.Produce, produce.minVersion - 1)).toBeUndefined();
    // A newer client's ApiVersions is the broker's to answer.
    expect(apiModule(ApiKey.ApiVersions, 99)).toBeDefined();
  });

  it('closes a request of a version no module handles', async () => {
    const produce = API_KEYS.find((a) => a.apiKey === ApiKey.Produce)!;
    const frame = requestFrame(ApiKey.Produce, produce.maxVersion, { topicData: [] });
    frame.writeInt16BE(produce.maxVersion + 1, 6);
    const { filter } = filterFor(loadPolicy('policies/payments.yaml'));
    const decision = await decideFrame(filter, connectionFor({ principal: 'User:payments-api' }), frame);
    expect(decision.outcome).toBe('close');
  });
});
