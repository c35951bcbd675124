import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  allApiClassifications,
  classifyApiKey,
  isClientFacing,
  lookupApi,
} from '../../../src/policy/api-classification.js';
import { REPO_ROOT } from './policy-fixtures.js';

// Kafka 4.1's API keys and versions as an independent reference table (docs/kafka-protocol-facts.md).
const TSV = `${REPO_ROOT}docs/kafka-4.1-api-versions.tsv`;

function referenceKeys(): Array<{ apiKey: number; name: string; listeners: string }> {
  const [header, ...rows] = readFileSync(TSV, 'utf8').trim().split('\n');
  expect(header?.split('\t').slice(0, 2)).toEqual(['apiKey', 'name']);
  return rows.map((row) => {
    const cols = row.split('\t');
    return { apiKey: Number(cols[0]), name: cols[1]!, listeners: cols[5] ?? '' };
  });
}

describe('API key classification', () => {
  it('classifies every API key of Kafka 4.1, under the same name', () => {
    const reference = referenceKeys();
    expect(reference.length).toBe(93);
    const unclassified = reference.filter((r) => classifyApiKey(r.apiKey)?.name !== r.name);
    expect(unclassified).toEqual([]);
    expect(allApiClassifications().map((c) => c.apiKey)).toEqual(reference.map((r) => r.apiKey));
  });

  it('treats keys that only controllers listen on as inter-broker, except the admin-tool ones', () => {
    // Controller-only listeners in the TSV; AddRaftVoter/RemoveRaftVoter are also broker-facing admin calls.
    for (const r of referenceKeys().filter((k) => k.listeners === 'controller')) {
      expect(classifyApiKey(r.apiKey)?.category, r.name).toBe('inter-broker');
    }
    // Keys Kafka 4 removed have no listener at all.
    for (const r of referenceKeys().filter((k) => k.listeners === '')) {
      expect(classifyApiKey(r.apiKey)?.category, r.name).toBe('inter-broker');
    }
  });

  it('names the resources of the multi-resource keys', () => {
    expect(lookupApi('TxnOffsetCommit')?.resources).toEqual(['transactionalId', 'group', 'topic']);
    expect(lookupApi('offsetcommit')?.resources).toEqual(['group', 'topic']);
    expect(lookupApi('initproducerid')?.resources).toEqual(['transactionalId', 'cluster']);
    expect(lookupApi('FindCoordinator')?.resources).toEqual(['group', 'transactionalId']);
  });

  it('resolves Cilium names, Kafka names and numbers to the same key', () => {
    expect(lookupApi('offsets')?.apiKey).toBe(2);
    expect(lookupApi('ListOffsets')?.apiKey).toBe(2);
    expect(lookupApi('listoffsets')?.apiKey).toBe(2);
    expect(lookupApi('2')?.apiKey).toBe(2);
    expect(lookupApi(68)?.name).toBe('ConsumerGroupHeartbeat');
    expect(lookupApi('apiversions')?.category).toBe('connection');
    expect(lookupApi('nonsense')).toBeUndefined();
    expect(lookupApi(93)).toBeUndefined();
  });

  it('keeps unknown and inter-broker keys away from clients', () => {
    expect(isClientFacing(93)).toBe(false);
    expect(isClientFacing(-1)).toBe(false);
    expect(isClientFacing(27)).toBe(false); // WriteTxnMarkers
    expect(isClientFacing(0)).toBe(true);
  });
});
