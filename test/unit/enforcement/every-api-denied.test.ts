// Every client API key at every version, sent by a principal the policy denies everything: the proxy
// must answer with the API's own error response (never forward), except for the few APIs whose
// responses have no place for a whole-request error, where it closes the connection (documented in
// policies/README.md, "Enforcement").

import { describe, expect, it } from 'vitest';
import { encodeRequestFrame } from '../../../protocol/framing/index.js';
import { API_KEYS } from '../../../protocol/generated/api-keys.js';
import { REQUEST_CODECS, RESPONSE_CODECS, type MessageCodec } from '../../../protocol/generated/codecs.js';
import { Reader } from '../../../protocol/primitives/index.js';
import { templateOf } from '../../../src/enforcement/default-value-reader.js';
import { classifyApiKey, isAlwaysAllowed } from '../../../src/policy/index.js';
import { connectionFor, decideFrame, filterFor, loadPolicy } from './scenario-support.js';

describe('every client API denied for a principal denied everything', () => {
  it('is answered with an error response that decodes at the request version, never closed', async () => {
    const policy = loadPolicy('policies/payments.yaml');
    const forwarded: string[] = [];
    const closed = new Set<string>();
    let answered = 0;
    for (const api of API_KEYS) {
      const c = classifyApiKey(api.apiKey);
      if (
        api.minVersion < 0 ||
        c === undefined ||
        c.category === 'inter-broker' ||
        isAlwaysAllowed(api.apiKey)
      )
        continue;
      const codec = REQUEST_CODECS.get(api.apiKey)! as MessageCodec<unknown>;
      for (let v = api.minVersion; v <= api.maxVersion; v++) {
        const frame = encodeRequestFrame(
          codec,
          { apiKey: api.apiKey, apiVersion: v, correlationId: 1, clientId: 'sweep' },
          templateOf(codec, v),
        );
        const { filter } = filterFor(policy);
        const decision = await decideFrame(filter, connectionFor({ principal: 'User:analytics' }), frame);
        if (decision.outcome === 'close') {
          closed.add(`${api.name} v${v}`);
        } else if (decision.outcome === 'answer') {
          const r = new Reader(decision.responseBody);
          RESPONSE_CODECS.get(api.apiKey)!.decode(r, v);
          expect(r.pos, `${api.name} v${v}`).toBe(decision.responseBody.length);
          answered++;
        } else if (![3, 16, 60, 66, 75].includes(api.apiKey) && !(api.apiKey === 1 && v >= 7)) {
          // Metadata and the listings are forwarded with their answers filtered, DescribeCluster as the
          // broker answers it to everyone; a Fetch v7+ opening a session (the template's epoch 0) is
          // forwarded unchanged so that the broker's session holds what the client's does, its answer
          // filtered (test/unit/enforcement/fetch-sessions.test.ts); nothing else may pass.
          forwarded.push(`${api.name} v${v}: ${decision.outcome}`);
        }
      }
    }
    expect(forwarded).toEqual([]);
    expect([...closed]).toEqual([]);
    expect(answered).toBeGreaterThan(200);
  });
});
