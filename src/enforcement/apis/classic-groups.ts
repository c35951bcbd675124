// The classic group protocol: JoinGroup (11), Heartbeat (12), LeaveGroup (13), SyncGroup (14),
// DescribeGroups (15), ListGroups (16), DeleteGroups (42).
// - Names: the group id (Read for membership, Describe per described group, Delete per deleted one).
// - Denial: GROUP_AUTHORIZATION_FAILED as a whole for membership calls (JoinGroup: no generation and
//   no member id, whatever id the client sent, as the differential harness found the broker
//   answering; SyncGroup: no protocol); per group in DescribeGroups and DeleteGroups.
// - Reveals: ListGroups lists only the groups the caller may Describe (the broker filters them the
//   same way); DescribeGroups v3+ AuthorizedOperations restricted to what the policy grants.
// - Rejected before authorization: SyncGroup v5+ without its protocol type and name.

import { ApiKey } from '../../../protocol/generated/api-keys.js';
import { restrictGroupOperations } from '../authorized-operations.js';
import { ErrorCode } from '../../../protocol/errors.js';
import { type ApiModule, decidedApi } from './api-module.js';
import { describableOnly } from './describable-listing.js';
import { AUTHORIZED_OPERATIONS_OMITTED, listApi, namedIn, type ListOf } from './resource-list.js';
import { wholeRequestDenial } from './whole-denial.js';

/** DescribeGroups v3+ can ask for the groups' authorized operations (KIP-430). */
const DESCRIBE_GROUPS_AUTHORIZED_OPERATIONS_FROM = 3;

/** JoinGroup v7+ has a nullable ProtocolName (KIP-559). */
const JOIN_GROUP_NULLABLE_PROTOCOL_FROM = 7;

export const joinGroup = decidedApi(ApiKey.JoinGroup, {
  denial(response, _request, version) {
    response.generationId = -1;
    response.memberId = '';
    response.protocolName = version >= JOIN_GROUP_NULLABLE_PROTOCOL_FROM ? null : '';
  },
});

export const heartbeat = decidedApi(ApiKey.Heartbeat);

export const leaveGroup = decidedApi(ApiKey.LeaveGroup);

/** SyncGroup v5+ carries ProtocolType and ProtocolName (KIP-559). */
const SYNC_GROUP_PROTOCOL_FROM = 5;

export const syncGroup: ApiModule<typeof ApiKey.SyncGroup> = decidedApi(ApiKey.SyncGroup, {
  denial(response) {
    response.protocolType = null;
    response.protocolName = null;
  },
  /**
   * SyncGroup v5+ without both ProtocolType and ProtocolName: the broker answers
   * INCONSISTENT_GROUP_PROTOCOL (23) before it authorizes the group (KafkaApis
   * handleSyncGroupRequest, `areMandatoryProtocolTypeAndNamePresent`).
   */
  rejectedBeforeAuthorization(request, version) {
    if (
      version < SYNC_GROUP_PROTOCOL_FROM ||
      (request.protocolType !== null && request.protocolName !== null)
    )
      return undefined;
    return wholeRequestDenial(syncGroup, version, request, ErrorCode.INCONSISTENT_GROUP_PROTOCOL);
  },
});

const describeGroupsList: ListOf<typeof ApiKey.DescribeGroups, 'groups', 'groups'> = {
  kind: 'group',
  ...namedIn('groups', 'groups', 'groupId'),
  deniedResult: (g, code) => ({
    errorCode: code,
    errorMessage: null,
    groupId: g,
    groupState: '',
    protocolType: '',
    protocolData: '',
    members: [],
    authorizedOperations: AUTHORIZED_OPERATIONS_OMITTED,
  }),
};

export const describeGroups = decidedApi(ApiKey.DescribeGroups, {
  list: describeGroupsList,
  reveals(request, v, ops) {
    if (v < DESCRIBE_GROUPS_AUTHORIZED_OPERATIONS_FROM || !request.includeAuthorizedOperations)
      return undefined;
    return (response) => restrictGroupOperations(response.groups, ops());
  },
});

export const listGroups = decidedApi(ApiKey.ListGroups, {
  // Listed are the groups the client may describe.
  decide: (ctx) => describableOnly(ctx, ApiKey.DescribeGroups, 'groups', (g) => g.groupId),
});

const deleteGroupsList: ListOf<typeof ApiKey.DeleteGroups, 'groupsNames', 'results'> = {
  kind: 'group',
  ...namedIn('groupsNames', 'results', 'groupId'),
  deniedResult: (g, code) => ({ groupId: g, errorCode: code }),
};

export const deleteGroups = listApi(ApiKey.DeleteGroups, deleteGroupsList);
