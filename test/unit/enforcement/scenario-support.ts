// Runs a request through the PolicyEnforcementFilter the way the proxy does: the request is encoded
// with the generated encoder into a whole frame, the filter decides, and the response the client
// would receive is decoded with the generated decoder (an answer from the proxy, or a broker
// response passed through the filter's response rewrite).

import { readFileSync } from 'node:fs';
import { encodeRequestFrame, decodeRequestHeader } from '../../../protocol/framing/index.js';
import { apiKeyInfo, responseHeaderVersion } from '../../../protocol/generated/api-keys.js';
import { REQUEST_CODECS, RESPONSE_CODECS, type MessageCodec } from '../../../protocol/generated/codecs.js';
import { Reader } from '../../../protocol/primitives/index.js';
import type { ConnectionContext } from '../../../src/connection/connection-context.js';
import type { RequestDecision, RequestHeaderInfo } from '../../../src/connection/request-decision.js';
import { templateOf } from '../../../src/enforcement/default-value-reader.js';
import { PolicyEnforcementFilter } from '../../../src/enforcement/policy-enforcement-filter.js';
import { TopicIdResolver } from '../../../src/enforcement/topic-id-resolver.js';
import {
  FixedPolicySource,
  RecordingDecisionSink,
  compilePolicy,
  lookupApi,
  parsePolicy,
} from '../../../src/policy/index.js';

function isHex(value: unknown): value is { hex: string } {
  return (
    value !== null &&
    typeof value === 'object' &&
    Object.keys(value).length === 1 &&
    typeof (value as { hex?: unknown }).hex === 'string'
  );
}

/** Completes a partial value from a template of the message (arrays: each element from the template's first). */
export function complete(partial: unknown, template: unknown): unknown {
  if (partial === undefined) return template;
  // `{ hex: '...' }` spells bytes where the template has no Buffer to convert to (nullable bytes).
  if (isHex(partial)) return Buffer.from(partial.hex, 'hex');
  if (Buffer.isBuffer(partial) || typeof partial === 'bigint') return partial;
  if (Array.isArray(partial)) {
    const element = Array.isArray(template) ? template[0] : undefined;
    return partial.map((p) => complete(p, element));
  }
  if (typeof template === 'bigint' && (typeof partial === 'number' || typeof partial === 'string')) {
    return BigInt(partial);
  }
  if (Buffer.isBuffer(template) && typeof partial === 'string') return Buffer.from(partial);
  if (partial !== null && typeof partial === 'object' && template !== null && typeof template === 'object') {
    const out: Record<string, unknown> = { ...(template as Record<string, unknown>) };
    for (const [key, value] of Object.entries(partial))
      out[key] = complete(value, (template as Record<string, unknown>)[key]);
    return out;
  }
  return partial;
}

/** Deep partial match: every key of `expected` must match; arrays must have the same length. */
export function mismatches(actual: unknown, expected: unknown, path = '$'): string[] {
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return [`${path}: expected an array, got ${show(actual)}`];
    if (actual.length !== expected.length)
      return [`${path}: expected ${expected.length} entries, got ${actual.length}: ${show(actual)}`];
    return expected.flatMap((e, i) => mismatches(actual[i], e, `${path}[${i}]`));
  }
  if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object')
      return [`${path}: expected an object, got ${show(actual)}`];
    return Object.entries(expected).flatMap(([k, v]) =>
      mismatches((actual as Record<string, unknown>)[k], v, `${path}.${k}`),
    );
  }
  const a = typeof actual === 'bigint' ? Number(actual) : actual;
  return a === expected ? [] : [`${path}: expected ${show(expected)}, got ${show(actual)}`];
}

function show(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? Number(v) : v));
}

export interface ScenarioConnection {
  principal?: string;
  /** SASL state: a user with the mechanism, and whether the broker has accepted it. */
  sasl?: { mechanism: string; user?: string; authenticated: boolean };
}

export function connectionFor(c: ScenarioConnection): ConnectionContext {
  const user = c.principal?.startsWith('User:') ? c.principal.slice(5) : undefined;
  const sasl =
    c.sasl ?? (user !== undefined ? { mechanism: 'SCRAM-SHA-512', user, authenticated: true } : undefined);
  return {
    id: Math.floor(Math.random() * 1e9),
    listener: { kind: 'bootstrap' },
    remoteAddress: '127.0.0.1',
    remotePort: 40000,
    tls: undefined,
    sasl: { mechanism: sasl?.mechanism, user: sasl?.user, authenticated: sasl?.authenticated ?? false },
    clientId: 'scenario',
  };
}

export function loadPolicy(textOrFile: string): FixedPolicySource {
  const text = textOrFile.includes('\n') ? textOrFile : readFileSync(textOrFile, 'utf8');
  const parsed = parsePolicy(text, textOrFile.includes('\n') ? '<scenario>' : textOrFile);
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.toString()).join('\n'));
  return new FixedPolicySource(compilePolicy(parsed.policy, 1));
}

/**
 * A policy document from its `identities:` and `rules:` lists (YAML, entries indented two spaces as
 * under a top-level key), compiled as generation 1.
 */
export function policyOf(identitiesYaml: string, rulesYaml: string): FixedPolicySource {
  return loadPolicy(
    `apiVersion: kafka-l7-proxy/v1\nkind: KafkaPolicy\nidentities:\n${identitiesYaml}rules:\n${rulesYaml}`,
  );
}

/** {@link policyOf} with principals from SASL (`identities: [{ sasl: {} }]`). */
export function saslPolicy(rulesYaml: string): FixedPolicySource {
  return policyOf('  - sasl: {}\n', rulesYaml);
}

export function apiKeyOf(api: string | number): number {
  const c = lookupApi(api);
  if (c === undefined) throw new Error(`unknown API ${api}`);
  return c.apiKey;
}

export function requestFrame(apiKey: number, version: number, body: unknown, correlationId = 7): Buffer {
  const codec = REQUEST_CODECS.get(apiKey)! as MessageCodec<unknown>;
  const value = complete(body, templateOf(codec, version));
  return encodeRequestFrame(
    codec,
    { apiKey, apiVersion: version, correlationId, clientId: 'scenario' },
    value,
  );
}

export function headerOf(frame: Buffer): RequestHeaderInfo {
  const h = decodeRequestHeader(frame.subarray(4));
  return {
    apiKey: h.apiKey,
    apiVersion: h.apiVersion,
    correlationId: h.correlationId,
    clientId: h.clientId,
    headerLength: h.headerLength,
  };
}

/** A broker response frame for a forwarded request frame, built from a partial body. */
export function brokerResponseFrame(forwarded: Buffer, body: unknown): Buffer {
  const h = headerOf(forwarded);
  const codec = RESPONSE_CODECS.get(h.apiKey)! as MessageCodec<unknown>;
  const encoded = codec.encode(complete(body, templateOf(codec, h.apiVersion)), h.apiVersion);
  const flexible = responseHeaderVersion(h.apiKey, h.apiVersion) === 1;
  const headerLength = flexible ? 5 : 4;
  const frame = Buffer.alloc(4 + headerLength + encoded.length);
  frame.writeInt32BE(headerLength + encoded.length, 0);
  frame.writeInt32BE(h.correlationId, 4);
  encoded.copy(frame, 4 + headerLength);
  return frame;
}

export function decodeResponse(frame: Buffer, apiKey: number, version: number): unknown {
  const headerLength = responseHeaderVersion(apiKey, version) === 1 ? 5 : 4;
  return RESPONSE_CODECS.get(apiKey)!.decode(new Reader(frame, 4 + headerLength), version);
}

export function decodeAnswer(body: Buffer, apiKey: number, version: number): unknown {
  return RESPONSE_CODECS.get(apiKey)!.decode(new Reader(body), version);
}

export function decodeForwarded(frame: Buffer): { version: number; body: unknown } {
  const h = headerOf(frame);
  return {
    version: h.apiVersion,
    body: REQUEST_CODECS.get(h.apiKey)!.decode(new Reader(frame, 4 + h.headerLength), h.apiVersion),
  };
}

export interface Harness {
  filter: PolicyEnforcementFilter;
  sink: RecordingDecisionSink;
  topicIds: TopicIdResolver;
}

export function filterFor(policy: FixedPolicySource, topicIds: Record<string, string> = {}): Harness {
  const sink = new RecordingDecisionSink();
  const resolver = new TopicIdResolver(undefined);
  for (const [name, id] of Object.entries(topicIds)) resolver.learn(id, name);
  return {
    filter: new PolicyEnforcementFilter({ policy, sink, topicIds: resolver }),
    sink,
    topicIds: resolver,
  };
}

export async function decideFrame(
  filter: PolicyEnforcementFilter,
  connection: ConnectionContext,
  frame: Buffer,
  expectsResponse = true,
): Promise<RequestDecision> {
  const header = headerOf(frame);
  return await filter.decide({
    connection,
    header,
    expectsResponse,
    frame: filter.wantsFrame(header) ? frame : undefined,
  });
}

export function apiName(apiKey: number): string {
  return apiKeyInfo(apiKey)?.name ?? String(apiKey);
}
