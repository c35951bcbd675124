// What the `produce` and `consume` roles expand to.
//
// Cilium's 2018 lists (produce: Produce, Metadata, ApiVersions; consume: Fetch, ListOffsets, Metadata,
// OffsetCommit, OffsetFetch, FindCoordinator, JoinGroup, Heartbeat, LeaveGroup, SyncGroup, ApiVersions)
// break today's clients: idempotent producers (the Java default since 3.0) need InitProducerId, a
// consumer needs OffsetForLeaderEpoch after a leader change, and KIP-848 consumers speak
// ConsumerGroupHeartbeat instead of JoinGroup/SyncGroup/Heartbeat.
//
// Each role grants, per API key, only the resource kinds that role is about. FindCoordinator shows why:
// a producer looks up its transaction coordinator (a transactional id), a consumer its group
// coordinator (a group). Sending offsets inside a transaction (TxnOffsetCommit, AddOffsetsToTxn) needs
// both roles, exactly as it needs both Write on the transactional id and Read on the group and input
// topics in Kafka's ACLs.

import { API_KEYS as K } from './api-classification.js';
import type { ResourceKind } from './api-classification.js';

export type Role = 'produce' | 'consume';
export const ROLES: readonly Role[] = ['produce', 'consume'];

export interface RoleGrant {
  readonly apiKey: number;
  /** Resource kinds this role grants on the key; an empty list means the API as such (e.g. ApiVersions). */
  readonly kinds: readonly ResourceKind[];
  /** Why a client in this role sends it. */
  readonly why: string;
}

const PRODUCE: readonly RoleGrant[] = [
  { apiKey: K.ApiVersions, kinds: [], why: 'first request of every client' },
  { apiKey: K.Metadata, kinds: ['topic'], why: 'find partition leaders of the topics it writes' },
  { apiKey: K.Produce, kinds: ['topic', 'transactionalId'], why: 'write records' },
  {
    apiKey: K.InitProducerId,
    kinds: ['cluster', 'transactionalId'],
    why: 'producer id for idempotence (default since Kafka 3.0 clients) or for a transactional id',
  },
  { apiKey: K.FindCoordinator, kinds: ['transactionalId'], why: 'locate the transaction coordinator' },
  {
    apiKey: K.AddPartitionsToTxn,
    kinds: ['transactionalId', 'topic'],
    why: 'add partitions to a transaction',
  },
  {
    apiKey: K.AddOffsetsToTxn,
    kinds: ['transactionalId'],
    why: 'sendOffsetsToTransaction (with consume for the group)',
  },
  {
    apiKey: K.TxnOffsetCommit,
    kinds: ['transactionalId'],
    why: 'sendOffsetsToTransaction (with consume for group and topics)',
  },
  { apiKey: K.EndTxn, kinds: ['transactionalId'], why: 'commit or abort' },
];

const CONSUME: readonly RoleGrant[] = [
  { apiKey: K.ApiVersions, kinds: [], why: 'first request of every client' },
  { apiKey: K.Metadata, kinds: ['topic'], why: 'find partition leaders of the topics it reads' },
  { apiKey: K.Fetch, kinds: ['topic'], why: 'read records' },
  { apiKey: K.ListOffsets, kinds: ['topic'], why: 'earliest/latest/by-time offsets' },
  {
    apiKey: K.OffsetForLeaderEpoch,
    kinds: ['topic'],
    why: 'validate positions after a leader change (KIP-320)',
  },
  { apiKey: K.FindCoordinator, kinds: ['group'], why: 'locate the group coordinator' },
  { apiKey: K.JoinGroup, kinds: ['group'], why: 'classic group protocol' },
  { apiKey: K.SyncGroup, kinds: ['group'], why: 'classic group protocol' },
  { apiKey: K.Heartbeat, kinds: ['group'], why: 'classic group protocol' },
  { apiKey: K.LeaveGroup, kinds: ['group'], why: 'classic group protocol' },
  { apiKey: K.OffsetCommit, kinds: ['group', 'topic'], why: 'commit positions' },
  { apiKey: K.OffsetFetch, kinds: ['group', 'topic'], why: 'resume from committed positions' },
  { apiKey: K.DescribeGroups, kinds: ['group'], why: 'group state (tools, Kafka Streams, kafkajs)' },
  { apiKey: K.ConsumerGroupHeartbeat, kinds: ['group', 'topic'], why: 'KIP-848 consumer group protocol' },
  { apiKey: K.ConsumerGroupDescribe, kinds: ['group'], why: 'KIP-848 group state' },
  {
    apiKey: K.AddOffsetsToTxn,
    kinds: ['group'],
    why: 'sendOffsetsToTransaction (with produce for the transactional id)',
  },
  {
    apiKey: K.TxnOffsetCommit,
    kinds: ['group', 'topic'],
    why: 'sendOffsetsToTransaction (with produce for the transactional id)',
  },
  { apiKey: K.ShareGroupHeartbeat, kinds: ['group', 'topic'], why: 'KIP-932 share consumers' },
  { apiKey: K.ShareGroupDescribe, kinds: ['group'], why: 'KIP-932 share group state' },
  { apiKey: K.ShareFetch, kinds: ['group', 'topic'], why: 'KIP-932 share consumers' },
  { apiKey: K.ShareAcknowledge, kinds: ['group', 'topic'], why: 'KIP-932 share consumers' },
];

const GRANTS: Readonly<Record<Role, readonly RoleGrant[]>> = { produce: PRODUCE, consume: CONSUME };

export function roleGrants(role: Role): readonly RoleGrant[] {
  return GRANTS[role];
}

export function isRole(value: string): value is Role {
  return value === 'produce' || value === 'consume';
}
