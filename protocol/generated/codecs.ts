// GENERATED FILE - DO NOT EDIT.
// Regenerate with `npm run codegen` (protocol/generator/main.ts) from the Kafka message schemas:
//   *Request.json and *Response.json

import type { Reader, Writer } from '../primitives/index.js';
import { decodeProduceRequest, encodeProduceRequest, sizeProduceRequest, writeProduceRequest, decodeProduceResponse, encodeProduceResponse, sizeProduceResponse, writeProduceResponse, peekProduceRequest } from './messages/produce.js';
import { decodeFetchRequest, encodeFetchRequest, sizeFetchRequest, writeFetchRequest, decodeFetchResponse, encodeFetchResponse, sizeFetchResponse, writeFetchResponse, peekFetchRequest } from './messages/fetch.js';
import { decodeListOffsetsRequest, encodeListOffsetsRequest, sizeListOffsetsRequest, writeListOffsetsRequest, decodeListOffsetsResponse, encodeListOffsetsResponse, sizeListOffsetsResponse, writeListOffsetsResponse, peekListOffsetsRequest } from './messages/list-offsets.js';
import { decodeMetadataRequest, encodeMetadataRequest, sizeMetadataRequest, writeMetadataRequest, decodeMetadataResponse, encodeMetadataResponse, sizeMetadataResponse, writeMetadataResponse, peekMetadataRequest } from './messages/metadata.js';
import { decodeLeaderAndIsrRequest, encodeLeaderAndIsrRequest, sizeLeaderAndIsrRequest, writeLeaderAndIsrRequest, decodeLeaderAndIsrResponse, encodeLeaderAndIsrResponse, sizeLeaderAndIsrResponse, writeLeaderAndIsrResponse } from './messages/leader-and-isr.js';
import { decodeStopReplicaRequest, encodeStopReplicaRequest, sizeStopReplicaRequest, writeStopReplicaRequest, decodeStopReplicaResponse, encodeStopReplicaResponse, sizeStopReplicaResponse, writeStopReplicaResponse } from './messages/stop-replica.js';
import { decodeUpdateMetadataRequest, encodeUpdateMetadataRequest, sizeUpdateMetadataRequest, writeUpdateMetadataRequest, decodeUpdateMetadataResponse, encodeUpdateMetadataResponse, sizeUpdateMetadataResponse, writeUpdateMetadataResponse } from './messages/update-metadata.js';
import { decodeControlledShutdownRequest, encodeControlledShutdownRequest, sizeControlledShutdownRequest, writeControlledShutdownRequest, decodeControlledShutdownResponse, encodeControlledShutdownResponse, sizeControlledShutdownResponse, writeControlledShutdownResponse } from './messages/controlled-shutdown.js';
import { decodeOffsetCommitRequest, encodeOffsetCommitRequest, sizeOffsetCommitRequest, writeOffsetCommitRequest, decodeOffsetCommitResponse, encodeOffsetCommitResponse, sizeOffsetCommitResponse, writeOffsetCommitResponse, peekOffsetCommitRequest } from './messages/offset-commit.js';
import { decodeOffsetFetchRequest, encodeOffsetFetchRequest, sizeOffsetFetchRequest, writeOffsetFetchRequest, decodeOffsetFetchResponse, encodeOffsetFetchResponse, sizeOffsetFetchResponse, writeOffsetFetchResponse, peekOffsetFetchRequest } from './messages/offset-fetch.js';
import { decodeFindCoordinatorRequest, encodeFindCoordinatorRequest, sizeFindCoordinatorRequest, writeFindCoordinatorRequest, decodeFindCoordinatorResponse, encodeFindCoordinatorResponse, sizeFindCoordinatorResponse, writeFindCoordinatorResponse } from './messages/find-coordinator.js';
import { decodeJoinGroupRequest, encodeJoinGroupRequest, sizeJoinGroupRequest, writeJoinGroupRequest, decodeJoinGroupResponse, encodeJoinGroupResponse, sizeJoinGroupResponse, writeJoinGroupResponse, peekJoinGroupRequest } from './messages/join-group.js';
import { decodeHeartbeatRequest, encodeHeartbeatRequest, sizeHeartbeatRequest, writeHeartbeatRequest, decodeHeartbeatResponse, encodeHeartbeatResponse, sizeHeartbeatResponse, writeHeartbeatResponse, peekHeartbeatRequest } from './messages/heartbeat.js';
import { decodeLeaveGroupRequest, encodeLeaveGroupRequest, sizeLeaveGroupRequest, writeLeaveGroupRequest, decodeLeaveGroupResponse, encodeLeaveGroupResponse, sizeLeaveGroupResponse, writeLeaveGroupResponse, peekLeaveGroupRequest } from './messages/leave-group.js';
import { decodeSyncGroupRequest, encodeSyncGroupRequest, sizeSyncGroupRequest, writeSyncGroupRequest, decodeSyncGroupResponse, encodeSyncGroupResponse, sizeSyncGroupResponse, writeSyncGroupResponse, peekSyncGroupRequest } from './messages/sync-group.js';
import { decodeDescribeGroupsRequest, encodeDescribeGroupsRequest, sizeDescribeGroupsRequest, writeDescribeGroupsRequest, decodeDescribeGroupsResponse, encodeDescribeGroupsResponse, sizeDescribeGroupsResponse, writeDescribeGroupsResponse, peekDescribeGroupsRequest } from './messages/describe-groups.js';
import { decodeListGroupsRequest, encodeListGroupsRequest, sizeListGroupsRequest, writeListGroupsRequest, decodeListGroupsResponse, encodeListGroupsResponse, sizeListGroupsResponse, writeListGroupsResponse } from './messages/list-groups.js';
import { decodeSaslHandshakeRequest, encodeSaslHandshakeRequest, sizeSaslHandshakeRequest, writeSaslHandshakeRequest, decodeSaslHandshakeResponse, encodeSaslHandshakeResponse, sizeSaslHandshakeResponse, writeSaslHandshakeResponse } from './messages/sasl-handshake.js';
import { decodeApiVersionsRequest, encodeApiVersionsRequest, sizeApiVersionsRequest, writeApiVersionsRequest, decodeApiVersionsResponse, encodeApiVersionsResponse, sizeApiVersionsResponse, writeApiVersionsResponse } from './messages/api-versions.js';
import { decodeCreateTopicsRequest, encodeCreateTopicsRequest, sizeCreateTopicsRequest, writeCreateTopicsRequest, decodeCreateTopicsResponse, encodeCreateTopicsResponse, sizeCreateTopicsResponse, writeCreateTopicsResponse, peekCreateTopicsRequest } from './messages/create-topics.js';
import { decodeDeleteTopicsRequest, encodeDeleteTopicsRequest, sizeDeleteTopicsRequest, writeDeleteTopicsRequest, decodeDeleteTopicsResponse, encodeDeleteTopicsResponse, sizeDeleteTopicsResponse, writeDeleteTopicsResponse, peekDeleteTopicsRequest } from './messages/delete-topics.js';
import { decodeDeleteRecordsRequest, encodeDeleteRecordsRequest, sizeDeleteRecordsRequest, writeDeleteRecordsRequest, decodeDeleteRecordsResponse, encodeDeleteRecordsResponse, sizeDeleteRecordsResponse, writeDeleteRecordsResponse, peekDeleteRecordsRequest } from './messages/delete-records.js';
import { decodeInitProducerIdRequest, encodeInitProducerIdRequest, sizeInitProducerIdRequest, writeInitProducerIdRequest, decodeInitProducerIdResponse, encodeInitProducerIdResponse, sizeInitProducerIdResponse, writeInitProducerIdResponse, peekInitProducerIdRequest } from './messages/init-producer-id.js';
import { decodeOffsetForLeaderEpochRequest, encodeOffsetForLeaderEpochRequest, sizeOffsetForLeaderEpochRequest, writeOffsetForLeaderEpochRequest, decodeOffsetForLeaderEpochResponse, encodeOffsetForLeaderEpochResponse, sizeOffsetForLeaderEpochResponse, writeOffsetForLeaderEpochResponse, peekOffsetForLeaderEpochRequest } from './messages/offset-for-leader-epoch.js';
import { decodeAddPartitionsToTxnRequest, encodeAddPartitionsToTxnRequest, sizeAddPartitionsToTxnRequest, writeAddPartitionsToTxnRequest, decodeAddPartitionsToTxnResponse, encodeAddPartitionsToTxnResponse, sizeAddPartitionsToTxnResponse, writeAddPartitionsToTxnResponse, peekAddPartitionsToTxnRequest } from './messages/add-partitions-to-txn.js';
import { decodeAddOffsetsToTxnRequest, encodeAddOffsetsToTxnRequest, sizeAddOffsetsToTxnRequest, writeAddOffsetsToTxnRequest, decodeAddOffsetsToTxnResponse, encodeAddOffsetsToTxnResponse, sizeAddOffsetsToTxnResponse, writeAddOffsetsToTxnResponse, peekAddOffsetsToTxnRequest } from './messages/add-offsets-to-txn.js';
import { decodeEndTxnRequest, encodeEndTxnRequest, sizeEndTxnRequest, writeEndTxnRequest, decodeEndTxnResponse, encodeEndTxnResponse, sizeEndTxnResponse, writeEndTxnResponse, peekEndTxnRequest } from './messages/end-txn.js';
import { decodeWriteTxnMarkersRequest, encodeWriteTxnMarkersRequest, sizeWriteTxnMarkersRequest, writeWriteTxnMarkersRequest, decodeWriteTxnMarkersResponse, encodeWriteTxnMarkersResponse, sizeWriteTxnMarkersResponse, writeWriteTxnMarkersResponse, peekWriteTxnMarkersRequest } from './messages/write-txn-markers.js';
import { decodeTxnOffsetCommitRequest, encodeTxnOffsetCommitRequest, sizeTxnOffsetCommitRequest, writeTxnOffsetCommitRequest, decodeTxnOffsetCommitResponse, encodeTxnOffsetCommitResponse, sizeTxnOffsetCommitResponse, writeTxnOffsetCommitResponse, peekTxnOffsetCommitRequest } from './messages/txn-offset-commit.js';
import { decodeDescribeAclsRequest, encodeDescribeAclsRequest, sizeDescribeAclsRequest, writeDescribeAclsRequest, decodeDescribeAclsResponse, encodeDescribeAclsResponse, sizeDescribeAclsResponse, writeDescribeAclsResponse } from './messages/describe-acls.js';
import { decodeCreateAclsRequest, encodeCreateAclsRequest, sizeCreateAclsRequest, writeCreateAclsRequest, decodeCreateAclsResponse, encodeCreateAclsResponse, sizeCreateAclsResponse, writeCreateAclsResponse } from './messages/create-acls.js';
import { decodeDeleteAclsRequest, encodeDeleteAclsRequest, sizeDeleteAclsRequest, writeDeleteAclsRequest, decodeDeleteAclsResponse, encodeDeleteAclsResponse, sizeDeleteAclsResponse, writeDeleteAclsResponse } from './messages/delete-acls.js';
import { decodeDescribeConfigsRequest, encodeDescribeConfigsRequest, sizeDescribeConfigsRequest, writeDescribeConfigsRequest, decodeDescribeConfigsResponse, encodeDescribeConfigsResponse, sizeDescribeConfigsResponse, writeDescribeConfigsResponse } from './messages/describe-configs.js';
import { decodeAlterConfigsRequest, encodeAlterConfigsRequest, sizeAlterConfigsRequest, writeAlterConfigsRequest, decodeAlterConfigsResponse, encodeAlterConfigsResponse, sizeAlterConfigsResponse, writeAlterConfigsResponse } from './messages/alter-configs.js';
import { decodeAlterReplicaLogDirsRequest, encodeAlterReplicaLogDirsRequest, sizeAlterReplicaLogDirsRequest, writeAlterReplicaLogDirsRequest, decodeAlterReplicaLogDirsResponse, encodeAlterReplicaLogDirsResponse, sizeAlterReplicaLogDirsResponse, writeAlterReplicaLogDirsResponse, peekAlterReplicaLogDirsRequest } from './messages/alter-replica-log-dirs.js';
import { decodeDescribeLogDirsRequest, encodeDescribeLogDirsRequest, sizeDescribeLogDirsRequest, writeDescribeLogDirsRequest, decodeDescribeLogDirsResponse, encodeDescribeLogDirsResponse, sizeDescribeLogDirsResponse, writeDescribeLogDirsResponse, peekDescribeLogDirsRequest } from './messages/describe-log-dirs.js';
import { decodeSaslAuthenticateRequest, encodeSaslAuthenticateRequest, sizeSaslAuthenticateRequest, writeSaslAuthenticateRequest, decodeSaslAuthenticateResponse, encodeSaslAuthenticateResponse, sizeSaslAuthenticateResponse, writeSaslAuthenticateResponse } from './messages/sasl-authenticate.js';
import { decodeCreatePartitionsRequest, encodeCreatePartitionsRequest, sizeCreatePartitionsRequest, writeCreatePartitionsRequest, decodeCreatePartitionsResponse, encodeCreatePartitionsResponse, sizeCreatePartitionsResponse, writeCreatePartitionsResponse, peekCreatePartitionsRequest } from './messages/create-partitions.js';
import { decodeCreateDelegationTokenRequest, encodeCreateDelegationTokenRequest, sizeCreateDelegationTokenRequest, writeCreateDelegationTokenRequest, decodeCreateDelegationTokenResponse, encodeCreateDelegationTokenResponse, sizeCreateDelegationTokenResponse, writeCreateDelegationTokenResponse } from './messages/create-delegation-token.js';
import { decodeRenewDelegationTokenRequest, encodeRenewDelegationTokenRequest, sizeRenewDelegationTokenRequest, writeRenewDelegationTokenRequest, decodeRenewDelegationTokenResponse, encodeRenewDelegationTokenResponse, sizeRenewDelegationTokenResponse, writeRenewDelegationTokenResponse } from './messages/renew-delegation-token.js';
import { decodeExpireDelegationTokenRequest, encodeExpireDelegationTokenRequest, sizeExpireDelegationTokenRequest, writeExpireDelegationTokenRequest, decodeExpireDelegationTokenResponse, encodeExpireDelegationTokenResponse, sizeExpireDelegationTokenResponse, writeExpireDelegationTokenResponse } from './messages/expire-delegation-token.js';
import { decodeDescribeDelegationTokenRequest, encodeDescribeDelegationTokenRequest, sizeDescribeDelegationTokenRequest, writeDescribeDelegationTokenRequest, decodeDescribeDelegationTokenResponse, encodeDescribeDelegationTokenResponse, sizeDescribeDelegationTokenResponse, writeDescribeDelegationTokenResponse } from './messages/describe-delegation-token.js';
import { decodeDeleteGroupsRequest, encodeDeleteGroupsRequest, sizeDeleteGroupsRequest, writeDeleteGroupsRequest, decodeDeleteGroupsResponse, encodeDeleteGroupsResponse, sizeDeleteGroupsResponse, writeDeleteGroupsResponse, peekDeleteGroupsRequest } from './messages/delete-groups.js';
import { decodeElectLeadersRequest, encodeElectLeadersRequest, sizeElectLeadersRequest, writeElectLeadersRequest, decodeElectLeadersResponse, encodeElectLeadersResponse, sizeElectLeadersResponse, writeElectLeadersResponse, peekElectLeadersRequest } from './messages/elect-leaders.js';
import { decodeIncrementalAlterConfigsRequest, encodeIncrementalAlterConfigsRequest, sizeIncrementalAlterConfigsRequest, writeIncrementalAlterConfigsRequest, decodeIncrementalAlterConfigsResponse, encodeIncrementalAlterConfigsResponse, sizeIncrementalAlterConfigsResponse, writeIncrementalAlterConfigsResponse } from './messages/incremental-alter-configs.js';
import { decodeAlterPartitionReassignmentsRequest, encodeAlterPartitionReassignmentsRequest, sizeAlterPartitionReassignmentsRequest, writeAlterPartitionReassignmentsRequest, decodeAlterPartitionReassignmentsResponse, encodeAlterPartitionReassignmentsResponse, sizeAlterPartitionReassignmentsResponse, writeAlterPartitionReassignmentsResponse, peekAlterPartitionReassignmentsRequest } from './messages/alter-partition-reassignments.js';
import { decodeListPartitionReassignmentsRequest, encodeListPartitionReassignmentsRequest, sizeListPartitionReassignmentsRequest, writeListPartitionReassignmentsRequest, decodeListPartitionReassignmentsResponse, encodeListPartitionReassignmentsResponse, sizeListPartitionReassignmentsResponse, writeListPartitionReassignmentsResponse, peekListPartitionReassignmentsRequest } from './messages/list-partition-reassignments.js';
import { decodeOffsetDeleteRequest, encodeOffsetDeleteRequest, sizeOffsetDeleteRequest, writeOffsetDeleteRequest, decodeOffsetDeleteResponse, encodeOffsetDeleteResponse, sizeOffsetDeleteResponse, writeOffsetDeleteResponse, peekOffsetDeleteRequest } from './messages/offset-delete.js';
import { decodeDescribeClientQuotasRequest, encodeDescribeClientQuotasRequest, sizeDescribeClientQuotasRequest, writeDescribeClientQuotasRequest, decodeDescribeClientQuotasResponse, encodeDescribeClientQuotasResponse, sizeDescribeClientQuotasResponse, writeDescribeClientQuotasResponse } from './messages/describe-client-quotas.js';
import { decodeAlterClientQuotasRequest, encodeAlterClientQuotasRequest, sizeAlterClientQuotasRequest, writeAlterClientQuotasRequest, decodeAlterClientQuotasResponse, encodeAlterClientQuotasResponse, sizeAlterClientQuotasResponse, writeAlterClientQuotasResponse } from './messages/alter-client-quotas.js';
import { decodeDescribeUserScramCredentialsRequest, encodeDescribeUserScramCredentialsRequest, sizeDescribeUserScramCredentialsRequest, writeDescribeUserScramCredentialsRequest, decodeDescribeUserScramCredentialsResponse, encodeDescribeUserScramCredentialsResponse, sizeDescribeUserScramCredentialsResponse, writeDescribeUserScramCredentialsResponse } from './messages/describe-user-scram-credentials.js';
import { decodeAlterUserScramCredentialsRequest, encodeAlterUserScramCredentialsRequest, sizeAlterUserScramCredentialsRequest, writeAlterUserScramCredentialsRequest, decodeAlterUserScramCredentialsResponse, encodeAlterUserScramCredentialsResponse, sizeAlterUserScramCredentialsResponse, writeAlterUserScramCredentialsResponse } from './messages/alter-user-scram-credentials.js';
import { decodeVoteRequest, encodeVoteRequest, sizeVoteRequest, writeVoteRequest, decodeVoteResponse, encodeVoteResponse, sizeVoteResponse, writeVoteResponse, peekVoteRequest } from './messages/vote.js';
import { decodeBeginQuorumEpochRequest, encodeBeginQuorumEpochRequest, sizeBeginQuorumEpochRequest, writeBeginQuorumEpochRequest, decodeBeginQuorumEpochResponse, encodeBeginQuorumEpochResponse, sizeBeginQuorumEpochResponse, writeBeginQuorumEpochResponse, peekBeginQuorumEpochRequest } from './messages/begin-quorum-epoch.js';
import { decodeEndQuorumEpochRequest, encodeEndQuorumEpochRequest, sizeEndQuorumEpochRequest, writeEndQuorumEpochRequest, decodeEndQuorumEpochResponse, encodeEndQuorumEpochResponse, sizeEndQuorumEpochResponse, writeEndQuorumEpochResponse, peekEndQuorumEpochRequest } from './messages/end-quorum-epoch.js';
import { decodeDescribeQuorumRequest, encodeDescribeQuorumRequest, sizeDescribeQuorumRequest, writeDescribeQuorumRequest, decodeDescribeQuorumResponse, encodeDescribeQuorumResponse, sizeDescribeQuorumResponse, writeDescribeQuorumResponse, peekDescribeQuorumRequest } from './messages/describe-quorum.js';
import { decodeAlterPartitionRequest, encodeAlterPartitionRequest, sizeAlterPartitionRequest, writeAlterPartitionRequest, decodeAlterPartitionResponse, encodeAlterPartitionResponse, sizeAlterPartitionResponse, writeAlterPartitionResponse, peekAlterPartitionRequest } from './messages/alter-partition.js';
import { decodeUpdateFeaturesRequest, encodeUpdateFeaturesRequest, sizeUpdateFeaturesRequest, writeUpdateFeaturesRequest, decodeUpdateFeaturesResponse, encodeUpdateFeaturesResponse, sizeUpdateFeaturesResponse, writeUpdateFeaturesResponse } from './messages/update-features.js';
import { decodeEnvelopeRequest, encodeEnvelopeRequest, sizeEnvelopeRequest, writeEnvelopeRequest, decodeEnvelopeResponse, encodeEnvelopeResponse, sizeEnvelopeResponse, writeEnvelopeResponse } from './messages/envelope.js';
import { decodeFetchSnapshotRequest, encodeFetchSnapshotRequest, sizeFetchSnapshotRequest, writeFetchSnapshotRequest, decodeFetchSnapshotResponse, encodeFetchSnapshotResponse, sizeFetchSnapshotResponse, writeFetchSnapshotResponse, peekFetchSnapshotRequest } from './messages/fetch-snapshot.js';
import { decodeDescribeClusterRequest, encodeDescribeClusterRequest, sizeDescribeClusterRequest, writeDescribeClusterRequest, decodeDescribeClusterResponse, encodeDescribeClusterResponse, sizeDescribeClusterResponse, writeDescribeClusterResponse } from './messages/describe-cluster.js';
import { decodeDescribeProducersRequest, encodeDescribeProducersRequest, sizeDescribeProducersRequest, writeDescribeProducersRequest, decodeDescribeProducersResponse, encodeDescribeProducersResponse, sizeDescribeProducersResponse, writeDescribeProducersResponse, peekDescribeProducersRequest } from './messages/describe-producers.js';
import { decodeBrokerRegistrationRequest, encodeBrokerRegistrationRequest, sizeBrokerRegistrationRequest, writeBrokerRegistrationRequest, decodeBrokerRegistrationResponse, encodeBrokerRegistrationResponse, sizeBrokerRegistrationResponse, writeBrokerRegistrationResponse } from './messages/broker-registration.js';
import { decodeBrokerHeartbeatRequest, encodeBrokerHeartbeatRequest, sizeBrokerHeartbeatRequest, writeBrokerHeartbeatRequest, decodeBrokerHeartbeatResponse, encodeBrokerHeartbeatResponse, sizeBrokerHeartbeatResponse, writeBrokerHeartbeatResponse } from './messages/broker-heartbeat.js';
import { decodeUnregisterBrokerRequest, encodeUnregisterBrokerRequest, sizeUnregisterBrokerRequest, writeUnregisterBrokerRequest, decodeUnregisterBrokerResponse, encodeUnregisterBrokerResponse, sizeUnregisterBrokerResponse, writeUnregisterBrokerResponse } from './messages/unregister-broker.js';
import { decodeDescribeTransactionsRequest, encodeDescribeTransactionsRequest, sizeDescribeTransactionsRequest, writeDescribeTransactionsRequest, decodeDescribeTransactionsResponse, encodeDescribeTransactionsResponse, sizeDescribeTransactionsResponse, writeDescribeTransactionsResponse, peekDescribeTransactionsRequest } from './messages/describe-transactions.js';
import { decodeListTransactionsRequest, encodeListTransactionsRequest, sizeListTransactionsRequest, writeListTransactionsRequest, decodeListTransactionsResponse, encodeListTransactionsResponse, sizeListTransactionsResponse, writeListTransactionsResponse } from './messages/list-transactions.js';
import { decodeAllocateProducerIdsRequest, encodeAllocateProducerIdsRequest, sizeAllocateProducerIdsRequest, writeAllocateProducerIdsRequest, decodeAllocateProducerIdsResponse, encodeAllocateProducerIdsResponse, sizeAllocateProducerIdsResponse, writeAllocateProducerIdsResponse } from './messages/allocate-producer-ids.js';
import { decodeConsumerGroupHeartbeatRequest, encodeConsumerGroupHeartbeatRequest, sizeConsumerGroupHeartbeatRequest, writeConsumerGroupHeartbeatRequest, decodeConsumerGroupHeartbeatResponse, encodeConsumerGroupHeartbeatResponse, sizeConsumerGroupHeartbeatResponse, writeConsumerGroupHeartbeatResponse, peekConsumerGroupHeartbeatRequest } from './messages/consumer-group-heartbeat.js';
import { decodeConsumerGroupDescribeRequest, encodeConsumerGroupDescribeRequest, sizeConsumerGroupDescribeRequest, writeConsumerGroupDescribeRequest, decodeConsumerGroupDescribeResponse, encodeConsumerGroupDescribeResponse, sizeConsumerGroupDescribeResponse, writeConsumerGroupDescribeResponse, peekConsumerGroupDescribeRequest } from './messages/consumer-group-describe.js';
import { decodeControllerRegistrationRequest, encodeControllerRegistrationRequest, sizeControllerRegistrationRequest, writeControllerRegistrationRequest, decodeControllerRegistrationResponse, encodeControllerRegistrationResponse, sizeControllerRegistrationResponse, writeControllerRegistrationResponse } from './messages/controller-registration.js';
import { decodeGetTelemetrySubscriptionsRequest, encodeGetTelemetrySubscriptionsRequest, sizeGetTelemetrySubscriptionsRequest, writeGetTelemetrySubscriptionsRequest, decodeGetTelemetrySubscriptionsResponse, encodeGetTelemetrySubscriptionsResponse, sizeGetTelemetrySubscriptionsResponse, writeGetTelemetrySubscriptionsResponse } from './messages/get-telemetry-subscriptions.js';
import { decodePushTelemetryRequest, encodePushTelemetryRequest, sizePushTelemetryRequest, writePushTelemetryRequest, decodePushTelemetryResponse, encodePushTelemetryResponse, sizePushTelemetryResponse, writePushTelemetryResponse } from './messages/push-telemetry.js';
import { decodeAssignReplicasToDirsRequest, encodeAssignReplicasToDirsRequest, sizeAssignReplicasToDirsRequest, writeAssignReplicasToDirsRequest, decodeAssignReplicasToDirsResponse, encodeAssignReplicasToDirsResponse, sizeAssignReplicasToDirsResponse, writeAssignReplicasToDirsResponse, peekAssignReplicasToDirsRequest } from './messages/assign-replicas-to-dirs.js';
import { decodeListConfigResourcesRequest, encodeListConfigResourcesRequest, sizeListConfigResourcesRequest, writeListConfigResourcesRequest, decodeListConfigResourcesResponse, encodeListConfigResourcesResponse, sizeListConfigResourcesResponse, writeListConfigResourcesResponse } from './messages/list-config-resources.js';
import { decodeDescribeTopicPartitionsRequest, encodeDescribeTopicPartitionsRequest, sizeDescribeTopicPartitionsRequest, writeDescribeTopicPartitionsRequest, decodeDescribeTopicPartitionsResponse, encodeDescribeTopicPartitionsResponse, sizeDescribeTopicPartitionsResponse, writeDescribeTopicPartitionsResponse, peekDescribeTopicPartitionsRequest } from './messages/describe-topic-partitions.js';
import { decodeShareGroupHeartbeatRequest, encodeShareGroupHeartbeatRequest, sizeShareGroupHeartbeatRequest, writeShareGroupHeartbeatRequest, decodeShareGroupHeartbeatResponse, encodeShareGroupHeartbeatResponse, sizeShareGroupHeartbeatResponse, writeShareGroupHeartbeatResponse, peekShareGroupHeartbeatRequest } from './messages/share-group-heartbeat.js';
import { decodeShareGroupDescribeRequest, encodeShareGroupDescribeRequest, sizeShareGroupDescribeRequest, writeShareGroupDescribeRequest, decodeShareGroupDescribeResponse, encodeShareGroupDescribeResponse, sizeShareGroupDescribeResponse, writeShareGroupDescribeResponse, peekShareGroupDescribeRequest } from './messages/share-group-describe.js';
import { decodeShareFetchRequest, encodeShareFetchRequest, sizeShareFetchRequest, writeShareFetchRequest, decodeShareFetchResponse, encodeShareFetchResponse, sizeShareFetchResponse, writeShareFetchResponse, peekShareFetchRequest } from './messages/share-fetch.js';
import { decodeShareAcknowledgeRequest, encodeShareAcknowledgeRequest, sizeShareAcknowledgeRequest, writeShareAcknowledgeRequest, decodeShareAcknowledgeResponse, encodeShareAcknowledgeResponse, sizeShareAcknowledgeResponse, writeShareAcknowledgeResponse, peekShareAcknowledgeRequest } from './messages/share-acknowledge.js';
import { decodeAddRaftVoterRequest, encodeAddRaftVoterRequest, sizeAddRaftVoterRequest, writeAddRaftVoterRequest, decodeAddRaftVoterResponse, encodeAddRaftVoterResponse, sizeAddRaftVoterResponse, writeAddRaftVoterResponse } from './messages/add-raft-voter.js';
import { decodeRemoveRaftVoterRequest, encodeRemoveRaftVoterRequest, sizeRemoveRaftVoterRequest, writeRemoveRaftVoterRequest, decodeRemoveRaftVoterResponse, encodeRemoveRaftVoterResponse, sizeRemoveRaftVoterResponse, writeRemoveRaftVoterResponse } from './messages/remove-raft-voter.js';
import { decodeUpdateRaftVoterRequest, encodeUpdateRaftVoterRequest, sizeUpdateRaftVoterRequest, writeUpdateRaftVoterRequest, decodeUpdateRaftVoterResponse, encodeUpdateRaftVoterResponse, sizeUpdateRaftVoterResponse, writeUpdateRaftVoterResponse } from './messages/update-raft-voter.js';
import { decodeInitializeShareGroupStateRequest, encodeInitializeShareGroupStateRequest, sizeInitializeShareGroupStateRequest, writeInitializeShareGroupStateRequest, decodeInitializeShareGroupStateResponse, encodeInitializeShareGroupStateResponse, sizeInitializeShareGroupStateResponse, writeInitializeShareGroupStateResponse, peekInitializeShareGroupStateRequest } from './messages/initialize-share-group-state.js';
import { decodeReadShareGroupStateRequest, encodeReadShareGroupStateRequest, sizeReadShareGroupStateRequest, writeReadShareGroupStateRequest, decodeReadShareGroupStateResponse, encodeReadShareGroupStateResponse, sizeReadShareGroupStateResponse, writeReadShareGroupStateResponse, peekReadShareGroupStateRequest } from './messages/read-share-group-state.js';
import { decodeWriteShareGroupStateRequest, encodeWriteShareGroupStateRequest, sizeWriteShareGroupStateRequest, writeWriteShareGroupStateRequest, decodeWriteShareGroupStateResponse, encodeWriteShareGroupStateResponse, sizeWriteShareGroupStateResponse, writeWriteShareGroupStateResponse, peekWriteShareGroupStateRequest } from './messages/write-share-group-state.js';
import { decodeDeleteShareGroupStateRequest, encodeDeleteShareGroupStateRequest, sizeDeleteShareGroupStateRequest, writeDeleteShareGroupStateRequest, decodeDeleteShareGroupStateResponse, encodeDeleteShareGroupStateResponse, sizeDeleteShareGroupStateResponse, writeDeleteShareGroupStateResponse, peekDeleteShareGroupStateRequest } from './messages/delete-share-group-state.js';
import { decodeReadShareGroupStateSummaryRequest, encodeReadShareGroupStateSummaryRequest, sizeReadShareGroupStateSummaryRequest, writeReadShareGroupStateSummaryRequest, decodeReadShareGroupStateSummaryResponse, encodeReadShareGroupStateSummaryResponse, sizeReadShareGroupStateSummaryResponse, writeReadShareGroupStateSummaryResponse, peekReadShareGroupStateSummaryRequest } from './messages/read-share-group-state-summary.js';
import { decodeStreamsGroupHeartbeatRequest, encodeStreamsGroupHeartbeatRequest, sizeStreamsGroupHeartbeatRequest, writeStreamsGroupHeartbeatRequest, decodeStreamsGroupHeartbeatResponse, encodeStreamsGroupHeartbeatResponse, sizeStreamsGroupHeartbeatResponse, writeStreamsGroupHeartbeatResponse, peekStreamsGroupHeartbeatRequest } from './messages/streams-group-heartbeat.js';
import { decodeStreamsGroupDescribeRequest, encodeStreamsGroupDescribeRequest, sizeStreamsGroupDescribeRequest, writeStreamsGroupDescribeRequest, decodeStreamsGroupDescribeResponse, encodeStreamsGroupDescribeResponse, sizeStreamsGroupDescribeResponse, writeStreamsGroupDescribeResponse, peekStreamsGroupDescribeRequest } from './messages/streams-group-describe.js';
import { decodeDescribeShareGroupOffsetsRequest, encodeDescribeShareGroupOffsetsRequest, sizeDescribeShareGroupOffsetsRequest, writeDescribeShareGroupOffsetsRequest, decodeDescribeShareGroupOffsetsResponse, encodeDescribeShareGroupOffsetsResponse, sizeDescribeShareGroupOffsetsResponse, writeDescribeShareGroupOffsetsResponse, peekDescribeShareGroupOffsetsRequest } from './messages/describe-share-group-offsets.js';
import { decodeAlterShareGroupOffsetsRequest, encodeAlterShareGroupOffsetsRequest, sizeAlterShareGroupOffsetsRequest, writeAlterShareGroupOffsetsRequest, decodeAlterShareGroupOffsetsResponse, encodeAlterShareGroupOffsetsResponse, sizeAlterShareGroupOffsetsResponse, writeAlterShareGroupOffsetsResponse, peekAlterShareGroupOffsetsRequest } from './messages/alter-share-group-offsets.js';
import { decodeDeleteShareGroupOffsetsRequest, encodeDeleteShareGroupOffsetsRequest, sizeDeleteShareGroupOffsetsRequest, writeDeleteShareGroupOffsetsRequest, decodeDeleteShareGroupOffsetsResponse, encodeDeleteShareGroupOffsetsResponse, sizeDeleteShareGroupOffsetsResponse, writeDeleteShareGroupOffsetsResponse, peekDeleteShareGroupOffsetsRequest } from './messages/delete-share-group-offsets.js';
import type { ProduceRequest, ProduceResponse } from './messages/produce.js';
import type { FetchRequest, FetchResponse } from './messages/fetch.js';
import type { ListOffsetsRequest, ListOffsetsResponse } from './messages/list-offsets.js';
import type { MetadataRequest, MetadataResponse } from './messages/metadata.js';
import type { LeaderAndIsrRequest, LeaderAndIsrResponse } from './messages/leader-and-isr.js';
import type { StopReplicaRequest, StopReplicaResponse } from './messages/stop-replica.js';
import type { UpdateMetadataRequest, UpdateMetadataResponse } from './messages/update-metadata.js';
import type { ControlledShutdownRequest, ControlledShutdownResponse } from './messages/controlled-shutdown.js';
import type { OffsetCommitRequest, OffsetCommitResponse } from './messages/offset-commit.js';
import type { OffsetFetchRequest, OffsetFetchResponse } from './messages/offset-fetch.js';
import type { FindCoordinatorRequest, FindCoordinatorResponse } from './messages/find-coordinator.js';
import type { JoinGroupRequest, JoinGroupResponse } from './messages/join-group.js';
import type { HeartbeatRequest, HeartbeatResponse } from './messages/heartbeat.js';
import type { LeaveGroupRequest, LeaveGroupResponse } from './messages/leave-group.js';
import type { SyncGroupRequest, SyncGroupResponse } from './messages/sync-group.js';
import type { DescribeGroupsRequest, DescribeGroupsResponse } from './messages/describe-groups.js';
import type { ListGroupsRequest, ListGroupsResponse } from './messages/list-groups.js';
import type { SaslHandshakeRequest, SaslHandshakeResponse } from './messages/sasl-handshake.js';
import type { ApiVersionsRequest, ApiVersionsResponse } from './messages/api-versions.js';
import type { CreateTopicsRequest, CreateTopicsResponse } from './messages/create-topics.js';
import type { DeleteTopicsRequest, DeleteTopicsResponse } from './messages/delete-topics.js';
import type { DeleteRecordsRequest, DeleteRecordsResponse } from './messages/delete-records.js';
import type { InitProducerIdRequest, InitProducerIdResponse } from './messages/init-producer-id.js';
import type { OffsetForLeaderEpochRequest, OffsetForLeaderEpochResponse } from './messages/offset-for-leader-epoch.js';
import type { AddPartitionsToTxnRequest, AddPartitionsToTxnResponse } from './messages/add-partitions-to-txn.js';
import type { AddOffsetsToTxnRequest, AddOffsetsToTxnResponse } from './messages/add-offsets-to-txn.js';
import type { EndTxnRequest, EndTxnResponse } from './messages/end-txn.js';
import type { WriteTxnMarkersRequest, WriteTxnMarkersResponse } from './messages/write-txn-markers.js';
import type { TxnOffsetCommitRequest, TxnOffsetCommitResponse } from './messages/txn-offset-commit.js';
import type { DescribeAclsRequest, DescribeAclsResponse } from './messages/describe-acls.js';
import type { CreateAclsRequest, CreateAclsResponse } from './messages/create-acls.js';
import type { DeleteAclsRequest, DeleteAclsResponse } from './messages/delete-acls.js';
import type { DescribeConfigsRequest, DescribeConfigsResponse } from './messages/describe-configs.js';
import type { AlterConfigsRequest, AlterConfigsResponse } from './messages/alter-configs.js';
import type { AlterReplicaLogDirsRequest, AlterReplicaLogDirsResponse } from './messages/alter-replica-log-dirs.js';
import type { DescribeLogDirsRequest, DescribeLogDirsResponse } from './messages/describe-log-dirs.js';
import type { SaslAuthenticateRequest, SaslAuthenticateResponse } from './messages/sasl-authenticate.js';
import type { CreatePartitionsRequest, CreatePartitionsResponse } from './messages/create-partitions.js';
import type { CreateDelegationTokenRequest, CreateDelegationTokenResponse } from './messages/create-delegation-token.js';
import type { RenewDelegationTokenRequest, RenewDelegationTokenResponse } from './messages/renew-delegation-token.js';
import type { ExpireDelegationTokenRequest, ExpireDelegationTokenResponse } from './messages/expire-delegation-token.js';
import type { DescribeDelegationTokenRequest, DescribeDelegationTokenResponse } from './messages/describe-delegation-token.js';
import type { DeleteGroupsRequest, DeleteGroupsResponse } from './messages/delete-groups.js';
import type { ElectLeadersRequest, ElectLeadersResponse } from './messages/elect-leaders.js';
import type { IncrementalAlterConfigsRequest, IncrementalAlterConfigsResponse } from './messages/incremental-alter-configs.js';
import type { AlterPartitionReassignmentsRequest, AlterPartitionReassignmentsResponse } from './messages/alter-partition-reassignments.js';
import type { ListPartitionReassignmentsRequest, ListPartitionReassignmentsResponse } from './messages/list-partition-reassignments.js';
import type { OffsetDeleteRequest, OffsetDeleteResponse } from './messages/offset-delete.js';
import type { DescribeClientQuotasRequest, DescribeClientQuotasResponse } from './messages/describe-client-quotas.js';
import type { AlterClientQuotasRequest, AlterClientQuotasResponse } from './messages/alter-client-quotas.js';
import type { DescribeUserScramCredentialsRequest, DescribeUserScramCredentialsResponse } from './messages/describe-user-scram-credentials.js';
import type { AlterUserScramCredentialsRequest, AlterUserScramCredentialsResponse } from './messages/alter-user-scram-credentials.js';
import type { VoteRequest, VoteResponse } from './messages/vote.js';
import type { BeginQuorumEpochRequest, BeginQuorumEpochResponse } from './messages/begin-quorum-epoch.js';
import type { EndQuorumEpochRequest, EndQuorumEpochResponse } from './messages/end-quorum-epoch.js';
import type { DescribeQuorumRequest, DescribeQuorumResponse } from './messages/describe-quorum.js';
import type { AlterPartitionRequest, AlterPartitionResponse } from './messages/alter-partition.js';
import type { UpdateFeaturesRequest, UpdateFeaturesResponse } from './messages/update-features.js';
import type { EnvelopeRequest, EnvelopeResponse } from './messages/envelope.js';
import type { FetchSnapshotRequest, FetchSnapshotResponse } from './messages/fetch-snapshot.js';
import type { DescribeClusterRequest, DescribeClusterResponse } from './messages/describe-cluster.js';
import type { DescribeProducersRequest, DescribeProducersResponse } from './messages/describe-producers.js';
import type { BrokerRegistrationRequest, BrokerRegistrationResponse } from './messages/broker-registration.js';
import type { BrokerHeartbeatRequest, BrokerHeartbeatResponse } from './messages/broker-heartbeat.js';
import type { UnregisterBrokerRequest, UnregisterBrokerResponse } from './messages/unregister-broker.js';
import type { DescribeTransactionsRequest, DescribeTransactionsResponse } from './messages/describe-transactions.js';
import type { ListTransactionsRequest, ListTransactionsResponse } from './messages/list-transactions.js';
import type { AllocateProducerIdsRequest, AllocateProducerIdsResponse } from './messages/allocate-producer-ids.js';
import type { ConsumerGroupHeartbeatRequest, ConsumerGroupHeartbeatResponse } from './messages/consumer-group-heartbeat.js';
import type { ConsumerGroupDescribeRequest, ConsumerGroupDescribeResponse } from './messages/consumer-group-describe.js';
import type { ControllerRegistrationRequest, ControllerRegistrationResponse } from './messages/controller-registration.js';
import type { GetTelemetrySubscriptionsRequest, GetTelemetrySubscriptionsResponse } from './messages/get-telemetry-subscriptions.js';
import type { PushTelemetryRequest, PushTelemetryResponse } from './messages/push-telemetry.js';
import type { AssignReplicasToDirsRequest, AssignReplicasToDirsResponse } from './messages/assign-replicas-to-dirs.js';
import type { ListConfigResourcesRequest, ListConfigResourcesResponse } from './messages/list-config-resources.js';
import type { DescribeTopicPartitionsRequest, DescribeTopicPartitionsResponse } from './messages/describe-topic-partitions.js';
import type { ShareGroupHeartbeatRequest, ShareGroupHeartbeatResponse } from './messages/share-group-heartbeat.js';
import type { ShareGroupDescribeRequest, ShareGroupDescribeResponse } from './messages/share-group-describe.js';
import type { ShareFetchRequest, ShareFetchResponse } from './messages/share-fetch.js';
import type { ShareAcknowledgeRequest, ShareAcknowledgeResponse } from './messages/share-acknowledge.js';
import type { AddRaftVoterRequest, AddRaftVoterResponse } from './messages/add-raft-voter.js';
import type { RemoveRaftVoterRequest, RemoveRaftVoterResponse } from './messages/remove-raft-voter.js';
import type { UpdateRaftVoterRequest, UpdateRaftVoterResponse } from './messages/update-raft-voter.js';
import type { InitializeShareGroupStateRequest, InitializeShareGroupStateResponse } from './messages/initialize-share-group-state.js';
import type { ReadShareGroupStateRequest, ReadShareGroupStateResponse } from './messages/read-share-group-state.js';
import type { WriteShareGroupStateRequest, WriteShareGroupStateResponse } from './messages/write-share-group-state.js';
import type { DeleteShareGroupStateRequest, DeleteShareGroupStateResponse } from './messages/delete-share-group-state.js';
import type { ReadShareGroupStateSummaryRequest, ReadShareGroupStateSummaryResponse } from './messages/read-share-group-state-summary.js';
import type { StreamsGroupHeartbeatRequest, StreamsGroupHeartbeatResponse } from './messages/streams-group-heartbeat.js';
import type { StreamsGroupDescribeRequest, StreamsGroupDescribeResponse } from './messages/streams-group-describe.js';
import type { DescribeShareGroupOffsetsRequest, DescribeShareGroupOffsetsResponse } from './messages/describe-share-group-offsets.js';
import type { AlterShareGroupOffsetsRequest, AlterShareGroupOffsetsResponse } from './messages/alter-share-group-offsets.js';
import type { DeleteShareGroupOffsetsRequest, DeleteShareGroupOffsetsResponse } from './messages/delete-share-group-offsets.js';

/** The codec of one message, for callers that dispatch on the API key. */
export interface MessageCodec<T = unknown> {
  readonly name: string;
  decode(r: Reader, v: number): T;
  encode(value: T, v: number): Buffer;
  size(value: T, v: number): number;
  write(w: Writer, value: T, v: number): void;
  /** Partial decoder reading only what a policy needs (requests that carry topics, groups, ids). */
  peek?(r: Reader, v: number): unknown;
}

/** The request message of each API key, by number: `RequestTypes[0]` is `ProduceRequest`. */
export interface RequestTypes {
  0: ProduceRequest;
  1: FetchRequest;
  2: ListOffsetsRequest;
  3: MetadataRequest;
  4: LeaderAndIsrRequest;
  5: StopReplicaRequest;
  6: UpdateMetadataRequest;
  7: ControlledShutdownRequest;
  8: OffsetCommitRequest;
  9: OffsetFetchRequest;
  10: FindCoordinatorRequest;
  11: JoinGroupRequest;
  12: HeartbeatRequest;
  13: LeaveGroupRequest;
  14: SyncGroupRequest;
  15: DescribeGroupsRequest;
  16: ListGroupsRequest;
  17: SaslHandshakeRequest;
  18: ApiVersionsRequest;
  19: CreateTopicsRequest;
  20: DeleteTopicsRequest;
  21: DeleteRecordsRequest;
  22: InitProducerIdRequest;
  23: OffsetForLeaderEpochRequest;
  24: AddPartitionsToTxnRequest;
  25: AddOffsetsToTxnRequest;
  26: EndTxnRequest;
  27: WriteTxnMarkersRequest;
  28: TxnOffsetCommitRequest;
  29: DescribeAclsRequest;
  30: CreateAclsRequest;
  31: DeleteAclsRequest;
  32: DescribeConfigsRequest;
  33: AlterConfigsRequest;
  34: AlterReplicaLogDirsRequest;
  35: DescribeLogDirsRequest;
  36: SaslAuthenticateRequest;
  37: CreatePartitionsRequest;
  38: CreateDelegationTokenRequest;
  39: RenewDelegationTokenRequest;
  40: ExpireDelegationTokenRequest;
  41: DescribeDelegationTokenRequest;
  42: DeleteGroupsRequest;
  43: ElectLeadersRequest;
  44: IncrementalAlterConfigsRequest;
  45: AlterPartitionReassignmentsRequest;
  46: ListPartitionReassignmentsRequest;
  47: OffsetDeleteRequest;
  48: DescribeClientQuotasRequest;
  49: AlterClientQuotasRequest;
  50: DescribeUserScramCredentialsRequest;
  51: AlterUserScramCredentialsRequest;
  52: VoteRequest;
  53: BeginQuorumEpochRequest;
  54: EndQuorumEpochRequest;
  55: DescribeQuorumRequest;
  56: AlterPartitionRequest;
  57: UpdateFeaturesRequest;
  58: EnvelopeRequest;
  59: FetchSnapshotRequest;
  60: DescribeClusterRequest;
  61: DescribeProducersRequest;
  62: BrokerRegistrationRequest;
  63: BrokerHeartbeatRequest;
  64: UnregisterBrokerRequest;
  65: DescribeTransactionsRequest;
  66: ListTransactionsRequest;
  67: AllocateProducerIdsRequest;
  68: ConsumerGroupHeartbeatRequest;
  69: ConsumerGroupDescribeRequest;
  70: ControllerRegistrationRequest;
  71: GetTelemetrySubscriptionsRequest;
  72: PushTelemetryRequest;
  73: AssignReplicasToDirsRequest;
  74: ListConfigResourcesRequest;
  75: DescribeTopicPartitionsRequest;
  76: ShareGroupHeartbeatRequest;
  77: ShareGroupDescribeRequest;
  78: ShareFetchRequest;
  79: ShareAcknowledgeRequest;
  80: AddRaftVoterRequest;
  81: RemoveRaftVoterRequest;
  82: UpdateRaftVoterRequest;
  83: InitializeShareGroupStateRequest;
  84: ReadShareGroupStateRequest;
  85: WriteShareGroupStateRequest;
  86: DeleteShareGroupStateRequest;
  87: ReadShareGroupStateSummaryRequest;
  88: StreamsGroupHeartbeatRequest;
  89: StreamsGroupDescribeRequest;
  90: DescribeShareGroupOffsetsRequest;
  91: AlterShareGroupOffsetsRequest;
  92: DeleteShareGroupOffsetsRequest;
}

/** The response message of each API key, by number. */
export interface ResponseTypes {
  0: ProduceResponse;
  1: FetchResponse;
  2: ListOffsetsResponse;
  3: MetadataResponse;
  4: LeaderAndIsrResponse;
  5: StopReplicaResponse;
  6: UpdateMetadataResponse;
  7: ControlledShutdownResponse;
  8: OffsetCommitResponse;
  9: OffsetFetchResponse;
  10: FindCoordinatorResponse;
  11: JoinGroupResponse;
  12: HeartbeatResponse;
  13: LeaveGroupResponse;
  14: SyncGroupResponse;
  15: DescribeGroupsResponse;
  16: ListGroupsResponse;
  17: SaslHandshakeResponse;
  18: ApiVersionsResponse;
  19: CreateTopicsResponse;
  20: DeleteTopicsResponse;
  21: DeleteRecordsResponse;
  22: InitProducerIdResponse;
  23: OffsetForLeaderEpochResponse;
  24: AddPartitionsToTxnResponse;
  25: AddOffsetsToTxnResponse;
  26: EndTxnResponse;
  27: WriteTxnMarkersResponse;
  28: TxnOffsetCommitResponse;
  29: DescribeAclsResponse;
  30: CreateAclsResponse;
  31: DeleteAclsResponse;
  32: DescribeConfigsResponse;
  33: AlterConfigsResponse;
  34: AlterReplicaLogDirsResponse;
  35: DescribeLogDirsResponse;
  36: SaslAuthenticateResponse;
  37: CreatePartitionsResponse;
  38: CreateDelegationTokenResponse;
  39: RenewDelegationTokenResponse;
  40: ExpireDelegationTokenResponse;
  41: DescribeDelegationTokenResponse;
  42: DeleteGroupsResponse;
  43: ElectLeadersResponse;
  44: IncrementalAlterConfigsResponse;
  45: AlterPartitionReassignmentsResponse;
  46: ListPartitionReassignmentsResponse;
  47: OffsetDeleteResponse;
  48: DescribeClientQuotasResponse;
  49: AlterClientQuotasResponse;
  50: DescribeUserScramCredentialsResponse;
  51: AlterUserScramCredentialsResponse;
  52: VoteResponse;
  53: BeginQuorumEpochResponse;
  54: EndQuorumEpochResponse;
  55: DescribeQuorumResponse;
  56: AlterPartitionResponse;
  57: UpdateFeaturesResponse;
  58: EnvelopeResponse;
  59: FetchSnapshotResponse;
  60: DescribeClusterResponse;
  61: DescribeProducersResponse;
  62: BrokerRegistrationResponse;
  63: BrokerHeartbeatResponse;
  64: UnregisterBrokerResponse;
  65: DescribeTransactionsResponse;
  66: ListTransactionsResponse;
  67: AllocateProducerIdsResponse;
  68: ConsumerGroupHeartbeatResponse;
  69: ConsumerGroupDescribeResponse;
  70: ControllerRegistrationResponse;
  71: GetTelemetrySubscriptionsResponse;
  72: PushTelemetryResponse;
  73: AssignReplicasToDirsResponse;
  74: ListConfigResourcesResponse;
  75: DescribeTopicPartitionsResponse;
  76: ShareGroupHeartbeatResponse;
  77: ShareGroupDescribeResponse;
  78: ShareFetchResponse;
  79: ShareAcknowledgeResponse;
  80: AddRaftVoterResponse;
  81: RemoveRaftVoterResponse;
  82: UpdateRaftVoterResponse;
  83: InitializeShareGroupStateResponse;
  84: ReadShareGroupStateResponse;
  85: WriteShareGroupStateResponse;
  86: DeleteShareGroupStateResponse;
  87: ReadShareGroupStateSummaryResponse;
  88: StreamsGroupHeartbeatResponse;
  89: StreamsGroupDescribeResponse;
  90: DescribeShareGroupOffsetsResponse;
  91: AlterShareGroupOffsetsResponse;
  92: DeleteShareGroupOffsetsResponse;
}

/** An API key the schemas define (a literal type: `typeof ApiKey.Produce` is `0`). */
export type ApiKeyNumber = keyof RequestTypes;
/** The decoded request of API key `K`, e.g. `RequestOf<typeof ApiKey.Fetch>` is `FetchRequest`. */
export type RequestOf<K extends ApiKeyNumber> = RequestTypes[K];
/** The decoded response of API key `K`. */
export type ResponseOf<K extends ApiKeyNumber> = ResponseTypes[K];

/** The request codec of every API key, typed by key. */
export const TYPED_REQUEST_CODECS: { readonly [K in ApiKeyNumber]: MessageCodec<RequestTypes[K]> } = {
  0: { name: 'ProduceRequest', decode: decodeProduceRequest, encode: encodeProduceRequest, size: sizeProduceRequest, write: writeProduceRequest, peek: peekProduceRequest },
  1: { name: 'FetchRequest', decode: decodeFetchRequest, encode: encodeFetchRequest, size: sizeFetchRequest, write: writeFetchRequest, peek: peekFetchRequest },
  2: { name: 'ListOffsetsRequest', decode: decodeListOffsetsRequest, encode: encodeListOffsetsRequest, size: sizeListOffsetsRequest, write: writeListOffsetsRequest, peek: peekListOffsetsRequest },
  3: { name: 'MetadataRequest', decode: decodeMetadataRequest, encode: encodeMetadataRequest, size: sizeMetadataRequest, write: writeMetadataRequest, peek: peekMetadataRequest },
  4: { name: 'LeaderAndIsrRequest', decode: decodeLeaderAndIsrRequest, encode: encodeLeaderAndIsrRequest, size: sizeLeaderAndIsrRequest, write: writeLeaderAndIsrRequest },
  5: { name: 'StopReplicaRequest', decode: decodeStopReplicaRequest, encode: encodeStopReplicaRequest, size: sizeStopReplicaRequest, write: writeStopReplicaRequest },
  6: { name: 'UpdateMetadataRequest', decode: decodeUpdateMetadataRequest, encode: encodeUpdateMetadataRequest, size: sizeUpdateMetadataRequest, write: writeUpdateMetadataRequest },
  7: { name: 'ControlledShutdownRequest', decode: decodeControlledShutdownRequest, encode: encodeControlledShutdownRequest, size: sizeControlledShutdownRequest, write: writeControlledShutdownRequest },
  8: { name: 'OffsetCommitRequest', decode: decodeOffsetCommitRequest, encode: encodeOffsetCommitRequest, size: sizeOffsetCommitRequest, write: writeOffsetCommitRequest, peek: peekOffsetCommitRequest },
  9: { name: 'OffsetFetchRequest', decode: decodeOffsetFetchRequest, encode: encodeOffsetFetchRequest, size: sizeOffsetFetchRequest, write: writeOffsetFetchRequest, peek: peekOffsetFetchRequest },
  10: { name: 'FindCoordinatorRequest', decode: decodeFindCoordinatorRequest, encode: encodeFindCoordinatorRequest, size: sizeFindCoordinatorRequest, write: writeFindCoordinatorRequest },
  11: { name: 'JoinGroupRequest', decode: decodeJoinGroupRequest, encode: encodeJoinGroupRequest, size: sizeJoinGroupRequest, write: writeJoinGroupRequest, peek: peekJoinGroupRequest },
  12: { name: 'HeartbeatRequest', decode: decodeHeartbeatRequest, encode: encodeHeartbeatRequest, size: sizeHeartbeatRequest, write: writeHeartbeatRequest, peek: peekHeartbeatRequest },
  13: { name: 'LeaveGroupRequest', decode: decodeLeaveGroupRequest, encode: encodeLeaveGroupRequest, size: sizeLeaveGroupRequest, write: writeLeaveGroupRequest, peek: peekLeaveGroupRequest },
  14: { name: 'SyncGroupRequest', decode: decodeSyncGroupRequest, encode: encodeSyncGroupRequest, size: sizeSyncGroupRequest, write: writeSyncGroupRequest, peek: peekSyncGroupRequest },
  15: { name: 'DescribeGroupsRequest', decode: decodeDescribeGroupsRequest, encode: encodeDescribeGroupsRequest, size: sizeDescribeGroupsRequest, write: writeDescribeGroupsRequest, peek: peekDescribeGroupsRequest },
  16: { name: 'ListGroupsRequest', decode: decodeListGroupsRequest, encode: encodeListGroupsRequest, size: sizeListGroupsRequest, write: writeListGroupsRequest },
  17: { name: 'SaslHandshakeRequest', decode: decodeSaslHandshakeRequest, encode: encodeSaslHandshakeRequest, size: sizeSaslHandshakeRequest, write: writeSaslHandshakeRequest },
  18: { name: 'ApiVersionsRequest', decode: decodeApiVersionsRequest, encode: encodeApiVersionsRequest, size: sizeApiVersionsRequest, write: writeApiVersionsRequest },
  19: { name: 'CreateTopicsRequest', decode: decodeCreateTopicsRequest, encode: encodeCreateTopicsRequest, size: sizeCreateTopicsRequest, write: writeCreateTopicsRequest, peek: peekCreateTopicsRequest },
  20: { name: 'DeleteTopicsRequest', decode: decodeDeleteTopicsRequest, encode: encodeDeleteTopicsRequest, size: sizeDeleteTopicsRequest, write: writeDeleteTopicsRequest, peek: peekDeleteTopicsRequest },
  21: { name: 'DeleteRecordsRequest', decode: decodeDeleteRecordsRequest, encode: encodeDeleteRecordsRequest, size: sizeDeleteRecordsRequest, write: writeDeleteRecordsRequest, peek: peekDeleteRecordsRequest },
  22: { name: 'InitProducerIdRequest', decode: decodeInitProducerIdRequest, encode: encodeInitProducerIdRequest, size: sizeInitProducerIdRequest, write: writeInitProducerIdRequest, peek: peekInitProducerIdRequest },
  23: { name: 'OffsetForLeaderEpochRequest', decode: decodeOffsetForLeaderEpochRequest, encode: encodeOffsetForLeaderEpochRequest, size: sizeOffsetForLeaderEpochRequest, write: writeOffsetForLeaderEpochRequest, peek: peekOffsetForLeaderEpochRequest },
  24: { name: 'AddPartitionsToTxnRequest', decode: decodeAddPartitionsToTxnRequest, encode: encodeAddPartitionsToTxnRequest, size: sizeAddPartitionsToTxnRequest, write: writeAddPartitionsToTxnRequest, peek: peekAddPartitionsToTxnRequest },
  25: { name: 'AddOffsetsToTxnRequest', decode: decodeAddOffsetsToTxnRequest, encode: encodeAddOffsetsToTxnRequest, size: sizeAddOffsetsToTxnRequest, write: writeAddOffsetsToTxnRequest, peek: peekAddOffsetsToTxnRequest },
  26: { name: 'EndTxnRequest', decode: decodeEndTxnRequest, encode: encodeEndTxnRequest, size: sizeEndTxnRequest, write: writeEndTxnRequest, peek: peekEndTxnRequest },
  27: { name: 'WriteTxnMarkersRequest', decode: decodeWriteTxnMarkersRequest, encode: encodeWriteTxnMarkersRequest, size: sizeWriteTxnMarkersRequest, write: writeWriteTxnMarkersRequest, peek: peekWriteTxnMarkersRequest },
  28: { name: 'TxnOffsetCommitRequest', decode: decodeTxnOffsetCommitRequest, encode: encodeTxnOffsetCommitRequest, size: sizeTxnOffsetCommitRequest, write: writeTxnOffsetCommitRequest, peek: peekTxnOffsetCommitRequest },
  29: { name: 'DescribeAclsRequest', decode: decodeDescribeAclsRequest, encode: encodeDescribeAclsRequest, size: sizeDescribeAclsRequest, write: writeDescribeAclsRequest },
  30: { name: 'CreateAclsRequest', decode: decodeCreateAclsRequest, encode: encodeCreateAclsRequest, size: sizeCreateAclsRequest, write: writeCreateAclsRequest },
  31: { name: 'DeleteAclsRequest', decode: decodeDeleteAclsRequest, encode: encodeDeleteAclsRequest, size: sizeDeleteAclsRequest, write: writeDeleteAclsRequest },
  32: { name: 'DescribeConfigsRequest', decode: decodeDescribeConfigsRequest, encode: encodeDescribeConfigsRequest, size: sizeDescribeConfigsRequest, write: writeDescribeConfigsRequest },
  33: { name: 'AlterConfigsRequest', decode: decodeAlterConfigsRequest, encode: encodeAlterConfigsRequest, size: sizeAlterConfigsRequest, write: writeAlterConfigsRequest },
  34: { name: 'AlterReplicaLogDirsRequest', decode: decodeAlterReplicaLogDirsRequest, encode: encodeAlterReplicaLogDirsRequest, size: sizeAlterReplicaLogDirsRequest, write: writeAlterReplicaLogDirsRequest, peek: peekAlterReplicaLogDirsRequest },
  35: { name: 'DescribeLogDirsRequest', decode: decodeDescribeLogDirsRequest, encode: encodeDescribeLogDirsRequest, size: sizeDescribeLogDirsRequest, write: writeDescribeLogDirsRequest, peek: peekDescribeLogDirsRequest },
  36: { name: 'SaslAuthenticateRequest', decode: decodeSaslAuthenticateRequest, encode: encodeSaslAuthenticateRequest, size: sizeSaslAuthenticateRequest, write: writeSaslAuthenticateRequest },
  37: { name: 'CreatePartitionsRequest', decode: decodeCreatePartitionsRequest, encode: encodeCreatePartitionsRequest, size: sizeCreatePartitionsRequest, write: writeCreatePartitionsRequest, peek: peekCreatePartitionsRequest },
  38: { name: 'CreateDelegationTokenRequest', decode: decodeCreateDelegationTokenRequest, encode: encodeCreateDelegationTokenRequest, size: sizeCreateDelegationTokenRequest, write: writeCreateDelegationTokenRequest },
  39: { name: 'RenewDelegationTokenRequest', decode: decodeRenewDelegationTokenRequest, encode: encodeRenewDelegationTokenRequest, size: sizeRenewDelegationTokenRequest, write: writeRenewDelegationTokenRequest },
  40: { name: 'ExpireDelegationTokenRequest', decode: decodeExpireDelegationTokenRequest, encode: encodeExpireDelegationTokenRequest, size: sizeExpireDelegationTokenRequest, write: writeExpireDelegationTokenRequest },
  41: { name: 'DescribeDelegationTokenRequest', decode: decodeDescribeDelegationTokenRequest, encode: encodeDescribeDelegationTokenRequest, size: sizeDescribeDelegationTokenRequest, write: writeDescribeDelegationTokenRequest },
  42: { name: 'DeleteGroupsRequest', decode: decodeDeleteGroupsRequest, encode: encodeDeleteGroupsRequest, size: sizeDeleteGroupsRequest, write: writeDeleteGroupsRequest, peek: peekDeleteGroupsRequest },
  43: { name: 'ElectLeadersRequest', decode: decodeElectLeadersRequest, encode: encodeElectLeadersRequest, size: sizeElectLeadersRequest, write: writeElectLeadersRequest, peek: peekElectLeadersRequest },
  44: { name: 'IncrementalAlterConfigsRequest', decode: decodeIncrementalAlterConfigsRequest, encode: encodeIncrementalAlterConfigsRequest, size: sizeIncrementalAlterConfigsRequest, write: writeIncrementalAlterConfigsRequest },
  45: { name: 'AlterPartitionReassignmentsRequest', decode: decodeAlterPartitionReassignmentsRequest, encode: encodeAlterPartitionReassignmentsRequest, size: sizeAlterPartitionReassignmentsRequest, write: writeAlterPartitionReassignmentsRequest, peek: peekAlterPartitionReassignmentsRequest },
  46: { name: 'ListPartitionReassignmentsRequest', decode: decodeListPartitionReassignmentsRequest, encode: encodeListPartitionReassignmentsRequest, size: sizeListPartitionReassignmentsRequest, write: writeListPartitionReassignmentsRequest, peek: peekListPartitionReassignmentsRequest },
  47: { name: 'OffsetDeleteRequest', decode: decodeOffsetDeleteRequest, encode: encodeOffsetDeleteRequest, size: sizeOffsetDeleteRequest, write: writeOffsetDeleteRequest, peek: peekOffsetDeleteRequest },
  48: { name: 'DescribeClientQuotasRequest', decode: decodeDescribeClientQuotasRequest, encode: encodeDescribeClientQuotasRequest, size: sizeDescribeClientQuotasRequest, write: writeDescribeClientQuotasRequest },
  49: { name: 'AlterClientQuotasRequest', decode: decodeAlterClientQuotasRequest, encode: encodeAlterClientQuotasRequest, size: sizeAlterClientQuotasRequest, write: writeAlterClientQuotasRequest },
  50: { name: 'DescribeUserScramCredentialsRequest', decode: decodeDescribeUserScramCredentialsRequest, encode: encodeDescribeUserScramCredentialsRequest, size: sizeDescribeUserScramCredentialsRequest, write: writeDescribeUserScramCredentialsRequest },
  51: { name: 'AlterUserScramCredentialsRequest', decode: decodeAlterUserScramCredentialsRequest, encode: encodeAlterUserScramCredentialsRequest, size: sizeAlterUserScramCredentialsRequest, write: writeAlterUserScramCredentialsRequest },
  52: { name: 'VoteRequest', decode: decodeVoteRequest, encode: encodeVoteRequest, size: sizeVoteRequest, write: writeVoteRequest, peek: peekVoteRequest },
  53: { name: 'BeginQuorumEpochRequest', decode: decodeBeginQuorumEpochRequest, encode: encodeBeginQuorumEpochRequest, size: sizeBeginQuorumEpochRequest, write: writeBeginQuorumEpochRequest, peek: peekBeginQuorumEpochRequest },
  54: { name: 'EndQuorumEpochRequest', decode: decodeEndQuorumEpochRequest, encode: encodeEndQuorumEpochRequest, size: sizeEndQuorumEpochRequest, write: writeEndQuorumEpochRequest, peek: peekEndQuorumEpochRequest },
  55: { name: 'DescribeQuorumRequest', decode: decodeDescribeQuorumRequest, encode: encodeDescribeQuorumRequest, size: sizeDescribeQuorumRequest, write: writeDescribeQuorumRequest, peek: peekDescribeQuorumRequest },
  56: { name: 'AlterPartitionRequest', decode: decodeAlterPartitionRequest, encode: encodeAlterPartitionRequest, size: sizeAlterPartitionRequest, write: writeAlterPartitionRequest, peek: peekAlterPartitionRequest },
  57: { name: 'UpdateFeaturesRequest', decode: decodeUpdateFeaturesRequest, encode: encodeUpdateFeaturesRequest, size: sizeUpdateFeaturesRequest, write: writeUpdateFeaturesRequest },
  58: { name: 'EnvelopeRequest', decode: decodeEnvelopeRequest, encode: encodeEnvelopeRequest, size: sizeEnvelopeRequest, write: writeEnvelopeRequest },
  59: { name: 'FetchSnapshotRequest', decode: decodeFetchSnapshotRequest, encode: encodeFetchSnapshotRequest, size: sizeFetchSnapshotRequest, write: writeFetchSnapshotRequest, peek: peekFetchSnapshotRequest },
  60: { name: 'DescribeClusterRequest', decode: decodeDescribeClusterRequest, encode: encodeDescribeClusterRequest, size: sizeDescribeClusterRequest, write: writeDescribeClusterRequest },
  61: { name: 'DescribeProducersRequest', decode: decodeDescribeProducersRequest, encode: encodeDescribeProducersRequest, size: sizeDescribeProducersRequest, write: writeDescribeProducersRequest, peek: peekDescribeProducersRequest },
  62: { name: 'BrokerRegistrationRequest', decode: decodeBrokerRegistrationRequest, encode: encodeBrokerRegistrationRequest, size: sizeBrokerRegistrationRequest, write: writeBrokerRegistrationRequest },
  63: { name: 'BrokerHeartbeatRequest', decode: decodeBrokerHeartbeatRequest, encode: encodeBrokerHeartbeatRequest, size: sizeBrokerHeartbeatRequest, write: writeBrokerHeartbeatRequest },
  64: { name: 'UnregisterBrokerRequest', decode: decodeUnregisterBrokerRequest, encode: encodeUnregisterBrokerRequest, size: sizeUnregisterBrokerRequest, write: writeUnregisterBrokerRequest },
  65: { name: 'DescribeTransactionsRequest', decode: decodeDescribeTransactionsRequest, encode: encodeDescribeTransactionsRequest, size: sizeDescribeTransactionsRequest, write: writeDescribeTransactionsRequest, peek: peekDescribeTransactionsRequest },
  66: { name: 'ListTransactionsRequest', decode: decodeListTransactionsRequest, encode: encodeListTransactionsRequest, size: sizeListTransactionsRequest, write: writeListTransactionsRequest },
  67: { name: 'AllocateProducerIdsRequest', decode: decodeAllocateProducerIdsRequest, encode: encodeAllocateProducerIdsRequest, size: sizeAllocateProducerIdsRequest, write: writeAllocateProducerIdsRequest },
  68: { name: 'ConsumerGroupHeartbeatRequest', decode: decodeConsumerGroupHeartbeatRequest, encode: encodeConsumerGroupHeartbeatRequest, size: sizeConsumerGroupHeartbeatRequest, write: writeConsumerGroupHeartbeatRequest, peek: peekConsumerGroupHeartbeatRequest },
  69: { name: 'ConsumerGroupDescribeRequest', decode: decodeConsumerGroupDescribeRequest, encode: encodeConsumerGroupDescribeRequest, size: sizeConsumerGroupDescribeRequest, write: writeConsumerGroupDescribeRequest, peek: peekConsumerGroupDescribeRequest },
  70: { name: 'ControllerRegistrationRequest', decode: decodeControllerRegistrationRequest, encode: encodeControllerRegistrationRequest, size: sizeControllerRegistrationRequest, write: writeControllerRegistrationRequest },
  71: { name: 'GetTelemetrySubscriptionsRequest', decode: decodeGetTelemetrySubscriptionsRequest, encode: encodeGetTelemetrySubscriptionsRequest, size: sizeGetTelemetrySubscriptionsRequest, write: writeGetTelemetrySubscriptionsRequest },
  72: { name: 'PushTelemetryRequest', decode: decodePushTelemetryRequest, encode: encodePushTelemetryRequest, size: sizePushTelemetryRequest, write: writePushTelemetryRequest },
  73: { name: 'AssignReplicasToDirsRequest', decode: decodeAssignReplicasToDirsRequest, encode: encodeAssignReplicasToDirsRequest, size: sizeAssignReplicasToDirsRequest, write: writeAssignReplicasToDirsRequest, peek: peekAssignReplicasToDirsRequest },
  74: { name: 'ListConfigResourcesRequest', decode: decodeListConfigResourcesRequest, encode: encodeListConfigResourcesRequest, size: sizeListConfigResourcesRequest, write: writeListConfigResourcesRequest },
  75: { name: 'DescribeTopicPartitionsRequest', decode: decodeDescribeTopicPartitionsRequest, encode: encodeDescribeTopicPartitionsRequest, size: sizeDescribeTopicPartitionsRequest, write: writeDescribeTopicPartitionsRequest, peek: peekDescribeTopicPartitionsRequest },
  76: { name: 'ShareGroupHeartbeatRequest', decode: decodeShareGroupHeartbeatRequest, encode: encodeShareGroupHeartbeatRequest, size: sizeShareGroupHeartbeatRequest, write: writeShareGroupHeartbeatRequest, peek: peekShareGroupHeartbeatRequest },
  77: { name: 'ShareGroupDescribeRequest', decode: decodeShareGroupDescribeRequest, encode: encodeShareGroupDescribeRequest, size: sizeShareGroupDescribeRequest, write: writeShareGroupDescribeRequest, peek: peekShareGroupDescribeRequest },
  78: { name: 'ShareFetchRequest', decode: decodeShareFetchRequest, encode: encodeShareFetchRequest, size: sizeShareFetchRequest, write: writeShareFetchRequest, peek: peekShareFetchRequest },
  79: { name: 'ShareAcknowledgeRequest', decode: decodeShareAcknowledgeRequest, encode: encodeShareAcknowledgeRequest, size: sizeShareAcknowledgeRequest, write: writeShareAcknowledgeRequest, peek: peekShareAcknowledgeRequest },
  80: { name: 'AddRaftVoterRequest', decode: decodeAddRaftVoterRequest, encode: encodeAddRaftVoterRequest, size: sizeAddRaftVoterRequest, write: writeAddRaftVoterRequest },
  81: { name: 'RemoveRaftVoterRequest', decode: decodeRemoveRaftVoterRequest, encode: encodeRemoveRaftVoterRequest, size: sizeRemoveRaftVoterRequest, write: writeRemoveRaftVoterRequest },
  82: { name: 'UpdateRaftVoterRequest', decode: decodeUpdateRaftVoterRequest, encode: encodeUpdateRaftVoterRequest, size: sizeUpdateRaftVoterRequest, write: writeUpdateRaftVoterRequest },
  83: { name: 'InitializeShareGroupStateRequest', decode: decodeInitializeShareGroupStateRequest, encode: encodeInitializeShareGroupStateRequest, size: sizeInitializeShareGroupStateRequest, write: writeInitializeShareGroupStateRequest, peek: peekInitializeShareGroupStateRequest },
  84: { name: 'ReadShareGroupStateRequest', decode: decodeReadShareGroupStateRequest, encode: encodeReadShareGroupStateRequest, size: sizeReadShareGroupStateRequest, write: writeReadShareGroupStateRequest, peek: peekReadShareGroupStateRequest },
  85: { name: 'WriteShareGroupStateRequest', decode: decodeWriteShareGroupStateRequest, encode: encodeWriteShareGroupStateRequest, size: sizeWriteShareGroupStateRequest, write: writeWriteShareGroupStateRequest, peek: peekWriteShareGroupStateRequest },
  86: { name: 'DeleteShareGroupStateRequest', decode: decodeDeleteShareGroupStateRequest, encode: encodeDeleteShareGroupStateRequest, size: sizeDeleteShareGroupStateRequest, write: writeDeleteShareGroupStateRequest, peek: peekDeleteShareGroupStateRequest },
  87: { name: 'ReadShareGroupStateSummaryRequest', decode: decodeReadShareGroupStateSummaryRequest, encode: encodeReadShareGroupStateSummaryRequest, size: sizeReadShareGroupStateSummaryRequest, write: writeReadShareGroupStateSummaryRequest, peek: peekReadShareGroupStateSummaryRequest },
  88: { name: 'StreamsGroupHeartbeatRequest', decode: decodeStreamsGroupHeartbeatRequest, encode: encodeStreamsGroupHeartbeatRequest, size: sizeStreamsGroupHeartbeatRequest, write: writeStreamsGroupHeartbeatRequest, peek: peekStreamsGroupHeartbeatRequest },
  89: { name: 'StreamsGroupDescribeRequest', decode: decodeStreamsGroupDescribeRequest, encode: encodeStreamsGroupDescribeRequest, size: sizeStreamsGroupDescribeRequest, write: writeStreamsGroupDescribeRequest, peek: peekStreamsGroupDescribeRequest },
  90: { name: 'DescribeShareGroupOffsetsRequest', decode: decodeDescribeShareGroupOffsetsRequest, encode: encodeDescribeShareGroupOffsetsRequest, size: sizeDescribeShareGroupOffsetsRequest, write: writeDescribeShareGroupOffsetsRequest, peek: peekDescribeShareGroupOffsetsRequest },
  91: { name: 'AlterShareGroupOffsetsRequest', decode: decodeAlterShareGroupOffsetsRequest, encode: encodeAlterShareGroupOffsetsRequest, size: sizeAlterShareGroupOffsetsRequest, write: writeAlterShareGroupOffsetsRequest, peek: peekAlterShareGroupOffsetsRequest },
  92: { name: 'DeleteShareGroupOffsetsRequest', decode: decodeDeleteShareGroupOffsetsRequest, encode: encodeDeleteShareGroupOffsetsRequest, size: sizeDeleteShareGroupOffsetsRequest, write: writeDeleteShareGroupOffsetsRequest, peek: peekDeleteShareGroupOffsetsRequest },
};

/** The response codec of every API key, typed by key. */
export const TYPED_RESPONSE_CODECS: { readonly [K in ApiKeyNumber]: MessageCodec<ResponseTypes[K]> } = {
  0: { name: 'ProduceResponse', decode: decodeProduceResponse, encode: encodeProduceResponse, size: sizeProduceResponse, write: writeProduceResponse },
  1: { name: 'FetchResponse', decode: decodeFetchResponse, encode: encodeFetchResponse, size: sizeFetchResponse, write: writeFetchResponse },
  2: { name: 'ListOffsetsResponse', decode: decodeListOffsetsResponse, encode: encodeListOffsetsResponse, size: sizeListOffsetsResponse, write: writeListOffsetsResponse },
  3: { name: 'MetadataResponse', decode: decodeMetadataResponse, encode: encodeMetadataResponse, size: sizeMetadataResponse, write: writeMetadataResponse },
  4: { name: 'LeaderAndIsrResponse', decode: decodeLeaderAndIsrResponse, encode: encodeLeaderAndIsrResponse, size: sizeLeaderAndIsrResponse, write: writeLeaderAndIsrResponse },
  5: { name: 'StopReplicaResponse', decode: decodeStopReplicaResponse, encode: encodeStopReplicaResponse, size: sizeStopReplicaResponse, write: writeStopReplicaResponse },
  6: { name: 'UpdateMetadataResponse', decode: decodeUpdateMetadataResponse, encode: encodeUpdateMetadataResponse, size: sizeUpdateMetadataResponse, write: writeUpdateMetadataResponse },
  7: { name: 'ControlledShutdownResponse', decode: decodeControlledShutdownResponse, encode: encodeControlledShutdownResponse, size: sizeControlledShutdownResponse, write: writeControlledShutdownResponse },
  8: { name: 'OffsetCommitResponse', decode: decodeOffsetCommitResponse, encode: encodeOffsetCommitResponse, size: sizeOffsetCommitResponse, write: writeOffsetCommitResponse },
  9: { name: 'OffsetFetchResponse', decode: decodeOffsetFetchResponse, encode: encodeOffsetFetchResponse, size: sizeOffsetFetchResponse, write: writeOffsetFetchResponse },
  10: { name: 'FindCoordinatorResponse', decode: decodeFindCoordinatorResponse, encode: encodeFindCoordinatorResponse, size: sizeFindCoordinatorResponse, write: writeFindCoordinatorResponse },
  11: { name: 'JoinGroupResponse', decode: decodeJoinGroupResponse, encode: encodeJoinGroupResponse, size: sizeJoinGroupResponse, write: writeJoinGroupResponse },
  12: { name: 'HeartbeatResponse', decode: decodeHeartbeatResponse, encode: encodeHeartbeatResponse, size: sizeHeartbeatResponse, write: writeHeartbeatResponse },
  13: { name: 'LeaveGroupResponse', decode: decodeLeaveGroupResponse, encode: encodeLeaveGroupResponse, size: sizeLeaveGroupResponse, write: writeLeaveGroupResponse },
  14: { name: 'SyncGroupResponse', decode: decodeSyncGroupResponse, encode: encodeSyncGroupResponse, size: sizeSyncGroupResponse, write: writeSyncGroupResponse },
  15: { name: 'DescribeGroupsResponse', decode: decodeDescribeGroupsResponse, encode: encodeDescribeGroupsResponse, size: sizeDescribeGroupsResponse, write: writeDescribeGroupsResponse },
  16: { name: 'ListGroupsResponse', decode: decodeListGroupsResponse, encode: encodeListGroupsResponse, size: sizeListGroupsResponse, write: writeListGroupsResponse },
  17: { name: 'SaslHandshakeResponse', decode: decodeSaslHandshakeResponse, encode: encodeSaslHandshakeResponse, size: sizeSaslHandshakeResponse, write: writeSaslHandshakeResponse },
  18: { name: 'ApiVersionsResponse', decode: decodeApiVersionsResponse, encode: encodeApiVersionsResponse, size: sizeApiVersionsResponse, write: writeApiVersionsResponse },
  19: { name: 'CreateTopicsResponse', decode: decodeCreateTopicsResponse, encode: encodeCreateTopicsResponse, size: sizeCreateTopicsResponse, write: writeCreateTopicsResponse },
  20: { name: 'DeleteTopicsResponse', decode: decodeDeleteTopicsResponse, encode: encodeDeleteTopicsResponse, size: sizeDeleteTopicsResponse, write: writeDeleteTopicsResponse },
  21: { name: 'DeleteRecordsResponse', decode: decodeDeleteRecordsResponse, encode: encodeDeleteRecordsResponse, size: sizeDeleteRecordsResponse, write: writeDeleteRecordsResponse },
  22: { name: 'InitProducerIdResponse', decode: decodeInitProducerIdResponse, encode: encodeInitProducerIdResponse, size: sizeInitProducerIdResponse, write: writeInitProducerIdResponse },
  23: { name: 'OffsetForLeaderEpochResponse', decode: decodeOffsetForLeaderEpochResponse, encode: encodeOffsetForLeaderEpochResponse, size: sizeOffsetForLeaderEpochResponse, write: writeOffsetForLeaderEpochResponse },
  24: { name: 'AddPartitionsToTxnResponse', decode: decodeAddPartitionsToTxnResponse, encode: encodeAddPartitionsToTxnResponse, size: sizeAddPartitionsToTxnResponse, write: writeAddPartitionsToTxnResponse },
  25: { name: 'AddOffsetsToTxnResponse', decode: decodeAddOffsetsToTxnResponse, encode: encodeAddOffsetsToTxnResponse, size: sizeAddOffsetsToTxnResponse, write: writeAddOffsetsToTxnResponse },
  26: { name: 'EndTxnResponse', decode: decodeEndTxnResponse, encode: encodeEndTxnResponse, size: sizeEndTxnResponse, write: writeEndTxnResponse },
  27: { name: 'WriteTxnMarkersResponse', decode: decodeWriteTxnMarkersResponse, encode: encodeWriteTxnMarkersResponse, size: sizeWriteTxnMarkersResponse, write: writeWriteTxnMarkersResponse },
  28: { name: 'TxnOffsetCommitResponse', decode: decodeTxnOffsetCommitResponse, encode: encodeTxnOffsetCommitResponse, size: sizeTxnOffsetCommitResponse, write: writeTxnOffsetCommitResponse },
  29: { name: 'DescribeAclsResponse', decode: decodeDescribeAclsResponse, encode: encodeDescribeAclsResponse, size: sizeDescribeAclsResponse, write: writeDescribeAclsResponse },
  30: { name: 'CreateAclsResponse', decode: decodeCreateAclsResponse, encode: encodeCreateAclsResponse, size: sizeCreateAclsResponse, write: writeCreateAclsResponse },
  31: { name: 'DeleteAclsResponse', decode: decodeDeleteAclsResponse, encode: encodeDeleteAclsResponse, size: sizeDeleteAclsResponse, write: writeDeleteAclsResponse },
  32: { name: 'DescribeConfigsResponse', decode: decodeDescribeConfigsResponse, encode: encodeDescribeConfigsResponse, size: sizeDescribeConfigsResponse, write: writeDescribeConfigsResponse },
  33: { name: 'AlterConfigsResponse', decode: decodeAlterConfigsResponse, encode: encodeAlterConfigsResponse, size: sizeAlterConfigsResponse, write: writeAlterConfigsResponse },
  34: { name: 'AlterReplicaLogDirsResponse', decode: decodeAlterReplicaLogDirsResponse, encode: encodeAlterReplicaLogDirsResponse, size: sizeAlterReplicaLogDirsResponse, write: writeAlterReplicaLogDirsResponse },
  35: { name: 'DescribeLogDirsResponse', decode: decodeDescribeLogDirsResponse, encode: encodeDescribeLogDirsResponse, size: sizeDescribeLogDirsResponse, write: writeDescribeLogDirsResponse },
  36: { name: 'SaslAuthenticateResponse', decode: decodeSaslAuthenticateResponse, encode: encodeSaslAuthenticateResponse, size: sizeSaslAuthenticateResponse, write: writeSaslAuthenticateResponse },
  37: { name: 'CreatePartitionsResponse', decode: decodeCreatePartitionsResponse, encode: encodeCreatePartitionsResponse, size: sizeCreatePartitionsResponse, write: writeCreatePartitionsResponse },
  38: { name: 'CreateDelegationTokenResponse', decode: decodeCreateDelegationTokenResponse, encode: encodeCreateDelegationTokenResponse, size: sizeCreateDelegationTokenResponse, write: writeCreateDelegationTokenResponse },
  39: { name: 'RenewDelegationTokenResponse', decode: decodeRenewDelegationTokenResponse, encode: encodeRenewDelegationTokenResponse, size: sizeRenewDelegationTokenResponse, write: writeRenewDelegationTokenResponse },
  40: { name: 'ExpireDelegationTokenResponse', decode: decodeExpireDelegationTokenResponse, encode: encodeExpireDelegationTokenResponse, size: sizeExpireDelegationTokenResponse, write: writeExpireDelegationTokenResponse },
  41: { name: 'DescribeDelegationTokenResponse', decode: decodeDescribeDelegationTokenResponse, encode: encodeDescribeDelegationTokenResponse, size: sizeDescribeDelegationTokenResponse, write: writeDescribeDelegationTokenResponse },
  42: { name: 'DeleteGroupsResponse', decode: decodeDeleteGroupsResponse, encode: encodeDeleteGroupsResponse, size: sizeDeleteGroupsResponse, write: writeDeleteGroupsResponse },
  43: { name: 'ElectLeadersResponse', decode: decodeElectLeadersResponse, encode: encodeElectLeadersResponse, size: sizeElectLeadersResponse, write: writeElectLeadersResponse },
  44: { name: 'IncrementalAlterConfigsResponse', decode: decodeIncrementalAlterConfigsResponse, encode: encodeIncrementalAlterConfigsResponse, size: sizeIncrementalAlterConfigsResponse, write: writeIncrementalAlterConfigsResponse },
  45: { name: 'AlterPartitionReassignmentsResponse', decode: decodeAlterPartitionReassignmentsResponse, encode: encodeAlterPartitionReassignmentsResponse, size: sizeAlterPartitionReassignmentsResponse, write: writeAlterPartitionReassignmentsResponse },
  46: { name: 'ListPartitionReassignmentsResponse', decode: decodeListPartitionReassignmentsResponse, encode: encodeListPartitionReassignmentsResponse, size: sizeListPartitionReassignmentsResponse, write: writeListPartitionReassignmentsResponse },
  47: { name: 'OffsetDeleteResponse', decode: decodeOffsetDeleteResponse, encode: encodeOffsetDeleteResponse, size: sizeOffsetDeleteResponse, write: writeOffsetDeleteResponse },
  48: { name: 'DescribeClientQuotasResponse', decode: decodeDescribeClientQuotasResponse, encode: encodeDescribeClientQuotasResponse, size: sizeDescribeClientQuotasResponse, write: writeDescribeClientQuotasResponse },
  49: { name: 'AlterClientQuotasResponse', decode: decodeAlterClientQuotasResponse, encode: encodeAlterClientQuotasResponse, size: sizeAlterClientQuotasResponse, write: writeAlterClientQuotasResponse },
  50: { name: 'DescribeUserScramCredentialsResponse', decode: decodeDescribeUserScramCredentialsResponse, encode: encodeDescribeUserScramCredentialsResponse, size: sizeDescribeUserScramCredentialsResponse, write: writeDescribeUserScramCredentialsResponse },
  51: { name: 'AlterUserScramCredentialsResponse', decode: decodeAlterUserScramCredentialsResponse, encode: encodeAlterUserScramCredentialsResponse, size: sizeAlterUserScramCredentialsResponse, write: writeAlterUserScramCredentialsResponse },
  52: { name: 'VoteResponse', decode: decodeVoteResponse, encode: encodeVoteResponse, size: sizeVoteResponse, write: writeVoteResponse },
  53: { name: 'BeginQuorumEpochResponse', decode: decodeBeginQuorumEpochResponse, encode: encodeBeginQuorumEpochResponse, size: sizeBeginQuorumEpochResponse, write: writeBeginQuorumEpochResponse },
  54: { name: 'EndQuorumEpochResponse', decode: decodeEndQuorumEpochResponse, encode: encodeEndQuorumEpochResponse, size: sizeEndQuorumEpochResponse, write: writeEndQuorumEpochResponse },
  55: { name: 'DescribeQuorumResponse', decode: decodeDescribeQuorumResponse, encode: encodeDescribeQuorumResponse, size: sizeDescribeQuorumResponse, write: writeDescribeQuorumResponse },
  56: { name: 'AlterPartitionResponse', decode: decodeAlterPartitionResponse, encode: encodeAlterPartitionResponse, size: sizeAlterPartitionResponse, write: writeAlterPartitionResponse },
  57: { name: 'UpdateFeaturesResponse', decode: decodeUpdateFeaturesResponse, encode: encodeUpdateFeaturesResponse, size: sizeUpdateFeaturesResponse, write: writeUpdateFeaturesResponse },
  58: { name: 'EnvelopeResponse', decode: decodeEnvelopeResponse, encode: encodeEnvelopeResponse, size: sizeEnvelopeResponse, write: writeEnvelopeResponse },
  59: { name: 'FetchSnapshotResponse', decode: decodeFetchSnapshotResponse, encode: encodeFetchSnapshotResponse, size: sizeFetchSnapshotResponse, write: writeFetchSnapshotResponse },
  60: { name: 'DescribeClusterResponse', decode: decodeDescribeClusterResponse, encode: encodeDescribeClusterResponse, size: sizeDescribeClusterResponse, write: writeDescribeClusterResponse },
  61: { name: 'DescribeProducersResponse', decode: decodeDescribeProducersResponse, encode: encodeDescribeProducersResponse, size: sizeDescribeProducersResponse, write: writeDescribeProducersResponse },
  62: { name: 'BrokerRegistrationResponse', decode: decodeBrokerRegistrationResponse, encode: encodeBrokerRegistrationResponse, size: sizeBrokerRegistrationResponse, write: writeBrokerRegistrationResponse },
  63: { name: 'BrokerHeartbeatResponse', decode: decodeBrokerHeartbeatResponse, encode: encodeBrokerHeartbeatResponse, size: sizeBrokerHeartbeatResponse, write: writeBrokerHeartbeatResponse },
  64: { name: 'UnregisterBrokerResponse', decode: decodeUnregisterBrokerResponse, encode: encodeUnregisterBrokerResponse, size: sizeUnregisterBrokerResponse, write: writeUnregisterBrokerResponse },
  65: { name: 'DescribeTransactionsResponse', decode: decodeDescribeTransactionsResponse, encode: encodeDescribeTransactionsResponse, size: sizeDescribeTransactionsResponse, write: writeDescribeTransactionsResponse },
  66: { name: 'ListTransactionsResponse', decode: decodeListTransactionsResponse, encode: encodeListTransactionsResponse, size: sizeListTransactionsResponse, write: writeListTransactionsResponse },
  67: { name: 'AllocateProducerIdsResponse', decode: decodeAllocateProducerIdsResponse, encode: encodeAllocateProducerIdsResponse, size: sizeAllocateProducerIdsResponse, write: writeAllocateProducerIdsResponse },
  68: { name: 'ConsumerGroupHeartbeatResponse', decode: decodeConsumerGroupHeartbeatResponse, encode: encodeConsumerGroupHeartbeatResponse, size: sizeConsumerGroupHeartbeatResponse, write: writeConsumerGroupHeartbeatResponse },
  69: { name: 'ConsumerGroupDescribeResponse', decode: decodeConsumerGroupDescribeResponse, encode: encodeConsumerGroupDescribeResponse, size: sizeConsumerGroupDescribeResponse, write: writeConsumerGroupDescribeResponse },
  70: { name: 'ControllerRegistrationResponse', decode: decodeControllerRegistrationResponse, encode: encodeControllerRegistrationResponse, size: sizeControllerRegistrationResponse, write: writeControllerRegistrationResponse },
  71: { name: 'GetTelemetrySubscriptionsResponse', decode: decodeGetTelemetrySubscriptionsResponse, encode: encodeGetTelemetrySubscriptionsResponse, size: sizeGetTelemetrySubscriptionsResponse, write: writeGetTelemetrySubscriptionsResponse },
  72: { name: 'PushTelemetryResponse', decode: decodePushTelemetryResponse, encode: encodePushTelemetryResponse, size: sizePushTelemetryResponse, write: writePushTelemetryResponse },
  73: { name: 'AssignReplicasToDirsResponse', decode: decodeAssignReplicasToDirsResponse, encode: encodeAssignReplicasToDirsResponse, size: sizeAssignReplicasToDirsResponse, write: writeAssignReplicasToDirsResponse },
  74: { name: 'ListConfigResourcesResponse', decode: decodeListConfigResourcesResponse, encode: encodeListConfigResourcesResponse, size: sizeListConfigResourcesResponse, write: writeListConfigResourcesResponse },
  75: { name: 'DescribeTopicPartitionsResponse', decode: decodeDescribeTopicPartitionsResponse, encode: encodeDescribeTopicPartitionsResponse, size: sizeDescribeTopicPartitionsResponse, write: writeDescribeTopicPartitionsResponse },
  76: { name: 'ShareGroupHeartbeatResponse', decode: decodeShareGroupHeartbeatResponse, encode: encodeShareGroupHeartbeatResponse, size: sizeShareGroupHeartbeatResponse, write: writeShareGroupHeartbeatResponse },
  77: { name: 'ShareGroupDescribeResponse', decode: decodeShareGroupDescribeResponse, encode: encodeShareGroupDescribeResponse, size: sizeShareGroupDescribeResponse, write: writeShareGroupDescribeResponse },
  78: { name: 'ShareFetchResponse', decode: decodeShareFetchResponse, encode: encodeShareFetchResponse, size: sizeShareFetchResponse, write: writeShareFetchResponse },
  79: { name: 'ShareAcknowledgeResponse', decode: decodeShareAcknowledgeResponse, encode: encodeShareAcknowledgeResponse, size: sizeShareAcknowledgeResponse, write: writeShareAcknowledgeResponse },
  80: { name: 'AddRaftVoterResponse', decode: decodeAddRaftVoterResponse, encode: encodeAddRaftVoterResponse, size: sizeAddRaftVoterResponse, write: writeAddRaftVoterResponse },
  81: { name: 'RemoveRaftVoterResponse', decode: decodeRemoveRaftVoterResponse, encode: encodeRemoveRaftVoterResponse, size: sizeRemoveRaftVoterResponse, write: writeRemoveRaftVoterResponse },
  82: { name: 'UpdateRaftVoterResponse', decode: decodeUpdateRaftVoterResponse, encode: encodeUpdateRaftVoterResponse, size: sizeUpdateRaftVoterResponse, write: writeUpdateRaftVoterResponse },
  83: { name: 'InitializeShareGroupStateResponse', decode: decodeInitializeShareGroupStateResponse, encode: encodeInitializeShareGroupStateResponse, size: sizeInitializeShareGroupStateResponse, write: writeInitializeShareGroupStateResponse },
  84: { name: 'ReadShareGroupStateResponse', decode: decodeReadShareGroupStateResponse, encode: encodeReadShareGroupStateResponse, size: sizeReadShareGroupStateResponse, write: writeReadShareGroupStateResponse },
  85: { name: 'WriteShareGroupStateResponse', decode: decodeWriteShareGroupStateResponse, encode: encodeWriteShareGroupStateResponse, size: sizeWriteShareGroupStateResponse, write: writeWriteShareGroupStateResponse },
  86: { name: 'DeleteShareGroupStateResponse', decode: decodeDeleteShareGroupStateResponse, encode: encodeDeleteShareGroupStateResponse, size: sizeDeleteShareGroupStateResponse, write: writeDeleteShareGroupStateResponse },
  87: { name: 'ReadShareGroupStateSummaryResponse', decode: decodeReadShareGroupStateSummaryResponse, encode: encodeReadShareGroupStateSummaryResponse, size: sizeReadShareGroupStateSummaryResponse, write: writeReadShareGroupStateSummaryResponse },
  88: { name: 'StreamsGroupHeartbeatResponse', decode: decodeStreamsGroupHeartbeatResponse, encode: encodeStreamsGroupHeartbeatResponse, size: sizeStreamsGroupHeartbeatResponse, write: writeStreamsGroupHeartbeatResponse },
  89: { name: 'StreamsGroupDescribeResponse', decode: decodeStreamsGroupDescribeResponse, encode: encodeStreamsGroupDescribeResponse, size: sizeStreamsGroupDescribeResponse, write: writeStreamsGroupDescribeResponse },
  90: { name: 'DescribeShareGroupOffsetsResponse', decode: decodeDescribeShareGroupOffsetsResponse, encode: encodeDescribeShareGroupOffsetsResponse, size: sizeDescribeShareGroupOffsetsResponse, write: writeDescribeShareGroupOffsetsResponse },
  91: { name: 'AlterShareGroupOffsetsResponse', decode: decodeAlterShareGroupOffsetsResponse, encode: encodeAlterShareGroupOffsetsResponse, size: sizeAlterShareGroupOffsetsResponse, write: writeAlterShareGroupOffsetsResponse },
  92: { name: 'DeleteShareGroupOffsetsResponse', decode: decodeDeleteShareGroupOffsetsResponse, encode: encodeDeleteShareGroupOffsetsResponse, size: sizeDeleteShareGroupOffsetsResponse, write: writeDeleteShareGroupOffsetsResponse },
};

/** The request codec of `apiKey`, typed: `requestCodecOf(ApiKey.Fetch).decode(r, v)` is a `FetchRequest`. */
export function requestCodecOf<K extends ApiKeyNumber>(apiKey: K): MessageCodec<RequestOf<K>> {
  return TYPED_REQUEST_CODECS[apiKey];
}

/** The response codec of `apiKey`, typed. */
export function responseCodecOf<K extends ApiKeyNumber>(apiKey: K): MessageCodec<ResponseOf<K>> {
  return TYPED_RESPONSE_CODECS[apiKey];
}

export const REQUEST_CODECS: ReadonlyMap<number, MessageCodec> = new Map<number, MessageCodec>([
  [0, TYPED_REQUEST_CODECS[0]],
  [1, TYPED_REQUEST_CODECS[1]],
  [2, TYPED_REQUEST_CODECS[2]],
  [3, TYPED_REQUEST_CODECS[3]],
  [4, TYPED_REQUEST_CODECS[4]],
  [5, TYPED_REQUEST_CODECS[5]],
  [6, TYPED_REQUEST_CODECS[6]],
  [7, TYPED_REQUEST_CODECS[7]],
  [8, TYPED_REQUEST_CODECS[8]],
  [9, TYPED_REQUEST_CODECS[9]],
  [10, TYPED_REQUEST_CODECS[10]],
  [11, TYPED_REQUEST_CODECS[11]],
  [12, TYPED_REQUEST_CODECS[12]],
  [13, TYPED_REQUEST_CODECS[13]],
  [14, TYPED_REQUEST_CODECS[14]],
  [15, TYPED_REQUEST_CODECS[15]],
  [16, TYPED_REQUEST_CODECS[16]],
  [17, TYPED_REQUEST_CODECS[17]],
  [18, TYPED_REQUEST_CODECS[18]],
  [19, TYPED_REQUEST_CODECS[19]],
  [20, TYPED_REQUEST_CODECS[20]],
  [21, TYPED_REQUEST_CODECS[21]],
  [22, TYPED_REQUEST_CODECS[22]],
  [23, TYPED_REQUEST_CODECS[23]],
  [24, TYPED_REQUEST_CODECS[24]],
  [25, TYPED_REQUEST_CODECS[25]],
  [26, TYPED_REQUEST_CODECS[26]],
  [27, TYPED_REQUEST_CODECS[27]],
  [28, TYPED_REQUEST_CODECS[28]],
  [29, TYPED_REQUEST_CODECS[29]],
  [30, TYPED_REQUEST_CODECS[30]],
  [31, TYPED_REQUEST_CODECS[31]],
  [32, TYPED_REQUEST_CODECS[32]],
  [33, TYPED_REQUEST_CODECS[33]],
  [34, TYPED_REQUEST_CODECS[34]],
  [35, TYPED_REQUEST_CODECS[35]],
  [36, TYPED_REQUEST_CODECS[36]],
  [37, TYPED_REQUEST_CODECS[37]],
  [38, TYPED_REQUEST_CODECS[38]],
  [39, TYPED_REQUEST_CODECS[39]],
  [40, TYPED_REQUEST_CODECS[40]],
  [41, TYPED_REQUEST_CODECS[41]],
  [42, TYPED_REQUEST_CODECS[42]],
  [43, TYPED_REQUEST_CODECS[43]],
  [44, TYPED_REQUEST_CODECS[44]],
  [45, TYPED_REQUEST_CODECS[45]],
  [46, TYPED_REQUEST_CODECS[46]],
  [47, TYPED_REQUEST_CODECS[47]],
  [48, TYPED_REQUEST_CODECS[48]],
  [49, TYPED_REQUEST_CODECS[49]],
  [50, TYPED_REQUEST_CODECS[50]],
  [51, TYPED_REQUEST_CODECS[51]],
  [52, TYPED_REQUEST_CODECS[52]],
  [53, TYPED_REQUEST_CODECS[53]],
  [54, TYPED_REQUEST_CODECS[54]],
  [55, TYPED_REQUEST_CODECS[55]],
  [56, TYPED_REQUEST_CODECS[56]],
  [57, TYPED_REQUEST_CODECS[57]],
  [58, TYPED_REQUEST_CODECS[58]],
  [59, TYPED_REQUEST_CODECS[59]],
  [60, TYPED_REQUEST_CODECS[60]],
  [61, TYPED_REQUEST_CODECS[61]],
  [62, TYPED_REQUEST_CODECS[62]],
  [63, TYPED_REQUEST_CODECS[63]],
  [64, TYPED_REQUEST_CODECS[64]],
  [65, TYPED_REQUEST_CODECS[65]],
  [66, TYPED_REQUEST_CODECS[66]],
  [67, TYPED_REQUEST_CODECS[67]],
  [68, TYPED_REQUEST_CODECS[68]],
  [69, TYPED_REQUEST_CODECS[69]],
  [70, TYPED_REQUEST_CODECS[70]],
  [71, TYPED_REQUEST_CODECS[71]],
  [72, TYPED_REQUEST_CODECS[72]],
  [73, TYPED_REQUEST_CODECS[73]],
  [74, TYPED_REQUEST_CODECS[74]],
  [75, TYPED_REQUEST_CODECS[75]],
  [76, TYPED_REQUEST_CODECS[76]],
  [77, TYPED_REQUEST_CODECS[77]],
  [78, TYPED_REQUEST_CODECS[78]],
  [79, TYPED_REQUEST_CODECS[79]],
  [80, TYPED_REQUEST_CODECS[80]],
  [81, TYPED_REQUEST_CODECS[81]],
  [82, TYPED_REQUEST_CODECS[82]],
  [83, TYPED_REQUEST_CODECS[83]],
  [84, TYPED_REQUEST_CODECS[84]],
  [85, TYPED_REQUEST_CODECS[85]],
  [86, TYPED_REQUEST_CODECS[86]],
  [87, TYPED_REQUEST_CODECS[87]],
  [88, TYPED_REQUEST_CODECS[88]],
  [89, TYPED_REQUEST_CODECS[89]],
  [90, TYPED_REQUEST_CODECS[90]],
  [91, TYPED_REQUEST_CODECS[91]],
  [92, TYPED_REQUEST_CODECS[92]],
]);

export const RESPONSE_CODECS: ReadonlyMap<number, MessageCodec> = new Map<number, MessageCodec>([
  [0, TYPED_RESPONSE_CODECS[0]],
  [1, TYPED_RESPONSE_CODECS[1]],
  [2, TYPED_RESPONSE_CODECS[2]],
  [3, TYPED_RESPONSE_CODECS[3]],
  [4, TYPED_RESPONSE_CODECS[4]],
  [5, TYPED_RESPONSE_CODECS[5]],
  [6, TYPED_RESPONSE_CODECS[6]],
  [7, TYPED_RESPONSE_CODECS[7]],
  [8, TYPED_RESPONSE_CODECS[8]],
  [9, TYPED_RESPONSE_CODECS[9]],
  [10, TYPED_RESPONSE_CODECS[10]],
  [11, TYPED_RESPONSE_CODECS[11]],
  [12, TYPED_RESPONSE_CODECS[12]],
  [13, TYPED_RESPONSE_CODECS[13]],
  [14, TYPED_RESPONSE_CODECS[14]],
  [15, TYPED_RESPONSE_CODECS[15]],
  [16, TYPED_RESPONSE_CODECS[16]],
  [17, TYPED_RESPONSE_CODECS[17]],
  [18, TYPED_RESPONSE_CODECS[18]],
  [19, TYPED_RESPONSE_CODECS[19]],
  [20, TYPED_RESPONSE_CODECS[20]],
  [21, TYPED_RESPONSE_CODECS[21]],
  [22, TYPED_RESPONSE_CODECS[22]],
  [23, TYPED_RESPONSE_CODECS[23]],
  [24, TYPED_RESPONSE_CODECS[24]],
  [25, TYPED_RESPONSE_CODECS[25]],
  [26, TYPED_RESPONSE_CODECS[26]],
  [27, TYPED_RESPONSE_CODECS[27]],
  [28, TYPED_RESPONSE_CODECS[28]],
  [29, TYPED_RESPONSE_CODECS[29]],
  [30, TYPED_RESPONSE_CODECS[30]],
  [31, TYPED_RESPONSE_CODECS[31]],
  [32, TYPED_RESPONSE_CODECS[32]],
  [33, TYPED_RESPONSE_CODECS[33]],
  [34, TYPED_RESPONSE_CODECS[34]],
  [35, TYPED_RESPONSE_CODECS[35]],
  [36, TYPED_RESPONSE_CODECS[36]],
  [37, TYPED_RESPONSE_CODECS[37]],
  [38, TYPED_RESPONSE_CODECS[38]],
  [39, TYPED_RESPONSE_CODECS[39]],
  [40, TYPED_RESPONSE_CODECS[40]],
  [41, TYPED_RESPONSE_CODECS[41]],
  [42, TYPED_RESPONSE_CODECS[42]],
  [43, TYPED_RESPONSE_CODECS[43]],
  [44, TYPED_RESPONSE_CODECS[44]],
  [45, TYPED_RESPONSE_CODECS[45]],
  [46, TYPED_RESPONSE_CODECS[46]],
  [47, TYPED_RESPONSE_CODECS[47]],
  [48, TYPED_RESPONSE_CODECS[48]],
  [49, TYPED_RESPONSE_CODECS[49]],
  [50, TYPED_RESPONSE_CODECS[50]],
  [51, TYPED_RESPONSE_CODECS[51]],
  [52, TYPED_RESPONSE_CODECS[52]],
  [53, TYPED_RESPONSE_CODECS[53]],
  [54, TYPED_RESPONSE_CODECS[54]],
  [55, TYPED_RESPONSE_CODECS[55]],
  [56, TYPED_RESPONSE_CODECS[56]],
  [57, TYPED_RESPONSE_CODECS[57]],
  [58, TYPED_RESPONSE_CODECS[58]],
  [59, TYPED_RESPONSE_CODECS[59]],
  [60, TYPED_RESPONSE_CODECS[60]],
  [61, TYPED_RESPONSE_CODECS[61]],
  [62, TYPED_RESPONSE_CODECS[62]],
  [63, TYPED_RESPONSE_CODECS[63]],
  [64, TYPED_RESPONSE_CODECS[64]],
  [65, TYPED_RESPONSE_CODECS[65]],
  [66, TYPED_RESPONSE_CODECS[66]],
  [67, TYPED_RESPONSE_CODECS[67]],
  [68, TYPED_RESPONSE_CODECS[68]],
  [69, TYPED_RESPONSE_CODECS[69]],
  [70, TYPED_RESPONSE_CODECS[70]],
  [71, TYPED_RESPONSE_CODECS[71]],
  [72, TYPED_RESPONSE_CODECS[72]],
  [73, TYPED_RESPONSE_CODECS[73]],
  [74, TYPED_RESPONSE_CODECS[74]],
  [75, TYPED_RESPONSE_CODECS[75]],
  [76, TYPED_RESPONSE_CODECS[76]],
  [77, TYPED_RESPONSE_CODECS[77]],
  [78, TYPED_RESPONSE_CODECS[78]],
  [79, TYPED_RESPONSE_CODECS[79]],
  [80, TYPED_RESPONSE_CODECS[80]],
  [81, TYPED_RESPONSE_CODECS[81]],
  [82, TYPED_RESPONSE_CODECS[82]],
  [83, TYPED_RESPONSE_CODECS[83]],
  [84, TYPED_RESPONSE_CODECS[84]],
  [85, TYPED_RESPONSE_CODECS[85]],
  [86, TYPED_RESPONSE_CODECS[86]],
  [87, TYPED_RESPONSE_CODECS[87]],
  [88, TYPED_RESPONSE_CODECS[88]],
  [89, TYPED_RESPONSE_CODECS[89]],
  [90, TYPED_RESPONSE_CODECS[90]],
  [91, TYPED_RESPONSE_CODECS[91]],
  [92, TYPED_RESPONSE_CODECS[92]],
]);
