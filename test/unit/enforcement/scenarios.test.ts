// Authorization cases as data: every test/scenarios/*.yaml file lists requests (API, versions,
// fields), the principal, and what the client must see. Each runs through the real filter and the
// generated codecs, once per version listed.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { applyResponseHooks } from '../../../src/connection/response-head.js';
import {
  apiKeyOf,
  brokerResponseFrame,
  connectionFor,
  decideFrame,
  decodeAnswer,
  decodeForwarded,
  decodeResponse,
  filterFor,
  loadPolicy,
  mismatches,
  requestFrame,
  type ScenarioConnection,
} from './scenario-support.js';

interface Scenario extends ScenarioConnection {
  name: string;
  api: string;
  versions: string | number;
  request: unknown;
  acks0?: boolean;
  policy?: string;
  expect: {
    outcome: 'forward' | 'forward-modified' | 'answer' | 'close' | 'drop';
    reason?: string;
    forwarded?: unknown;
    forwardedVersion?: number;
    brokerResponse?: unknown;
    response?: unknown;
  };
}

interface ScenarioFile {
  policy: string;
  topicIds?: Record<string, string>;
  scenarios: Scenario[];
}

const DIR = 'test/scenarios';

function versionsOf(spec: string | number): number[] {
  if (typeof spec === 'number') return [spec];
  return spec.split(',').flatMap((part) => {
    const [a, b] = part.trim().split('-').map(Number);
    const out: number[] = [];
    for (let v = a!; v <= (b ?? a!); v++) out.push(v);
    return out;
  });
}

for (const file of readdirSync(DIR)
  .filter((f) => f.endsWith('.yaml'))
  .sort()) {
  const data = parse(readFileSync(join(DIR, file), 'utf8')) as ScenarioFile;
  describe(`scenarios/${file}`, () => {
    for (const s of data.scenarios) {
      for (const version of versionsOf(s.versions)) {
        it(`${s.api} v${version}: ${s.name}`, async () => {
          const policy = loadPolicy(s.policy ?? data.policy);
          const { filter } = filterFor(policy, data.topicIds ?? {});
          const apiKey = apiKeyOf(s.api);
          const frame = requestFrame(apiKey, version, s.request);
          const decision = await decideFrame(filter, connectionFor(s), frame, !s.acks0);
          expect(decision.outcome, JSON.stringify(decision).slice(0, 300)).toBe(s.expect.outcome);
          if (decision.outcome === 'close' && s.expect.reason !== undefined) {
            expect(decision.reason).toContain(s.expect.reason);
          }
          if (decision.outcome === 'answer') {
            const response = decodeAnswer(decision.responseBody, apiKey, version);
            expect(mismatches(response, s.expect.response ?? {})).toEqual([]);
          }
          if (decision.outcome === 'forward-modified') {
            const forwarded = decodeForwarded(decision.frame);
            expect(forwarded.version).toBe(s.expect.forwardedVersion ?? version);
            expect(mismatches(forwarded.body, s.expect.forwarded ?? {})).toEqual([]);
            if (s.expect.brokerResponse !== undefined) {
              const brokerFrame = brokerResponseFrame(decision.frame, s.expect.brokerResponse);
              const rewritten = applyResponseHooks(decision, brokerFrame, apiKey, version);
              const response = decodeResponse(rewritten, apiKey, version);
              expect(mismatches(response, s.expect.response ?? {})).toEqual([]);
            }
          }
        });
      }
    }
  });
}
