// GENERATED FILE - DO NOT EDIT.
// Regenerate with `npm run codegen` (protocol/generator/main.ts) from the Kafka message schemas:
//   fields with an entityType, and uuid fields named *TopicId (entityType `topicId`)

/**
 * Where the names a policy decides on sit in each message. `path` walks the decoded value: `[]`
 * marks an array whose elements are visited. Versions are the ones in which the field exists.
 */
export interface EntityPath {
  readonly path: string;
  readonly entityType: string;
  readonly minVersion: number;
  readonly maxVersion: number;
}

export const ENTITY_PATHS: Readonly<Record<string, readonly EntityPath[]>> = {
  ProduceRequest: [
    { path: 'transactionalId', entityType: 'transactionalId', minVersion: 3, maxVersion: 13 },
    { path: 'topicData[].name', entityType: 'topicName', minVersion: 3, maxVersion: 12 },
    { path: 'topicData[].topicId', entityType: 'topicId', minVersion: 13, maxVersion: 13 },
  ],
  ProduceResponse: [
    { path: 'responses[].name', entityType: 'topicName', minVersion: 3, maxVersion: 12 },
    { path: 'responses[].topicId', entityType: 'topicId', minVersion: 13, maxVersion: 13 },
    { path: 'responses[].partitionResponses[].currentLeader.leaderId', entityType: 'brokerId', minVersion: 10, maxVersion: 13 },
    { path: 'nodeEndpoints[].nodeId', entityType: 'brokerId', minVersion: 10, maxVersion: 13 },
  ],
  FetchRequest: [
    { path: 'replicaId', entityType: 'brokerId', minVersion: 4, maxVersion: 14 },
    { path: 'replicaState.replicaId', entityType: 'brokerId', minVersion: 15, maxVersion: 18 },
    { path: 'topics[].topic', entityType: 'topicName', minVersion: 4, maxVersion: 12 },
    { path: 'topics[].topicId', entityType: 'topicId', minVersion: 13, maxVersion: 18 },
    { path: 'forgottenTopicsData[].topic', entityType: 'topicName', minVersion: 7, maxVersion: 12 },
    { path: 'forgottenTopicsData[].topicId', entityType: 'topicId', minVersion: 13, maxVersion: 18 },
  ],
  FetchResponse: [
    { path: 'responses[].topic', entityType: 'topicName', minVersion: 4, maxVersion: 12 },
    { path: 'responses[].topicId', entityType: 'topicId', minVersion: 13, maxVersion: 18 },
    { path: 'responses[].partitions[].currentLeader.leaderId', entityType: 'brokerId', minVersion: 12, maxVersion: 18 },
    { path: 'responses[].partitions[].abortedTransactions[].producerId', entityType: 'producerId', minVersion: 4, maxVersion: 18 },
    { path: 'responses[].partitions[].preferredReadReplica', entityType: 'brokerId', minVersion: 11, maxVersion: 18 },
    { path: 'nodeEndpoints[].nodeId', entityType: 'brokerId', minVersion: 16, maxVersion: 18 },
  ],
  ListOffsetsRequest: [
    { path: 'replicaId', entityType: 'brokerId', minVersion: 1, maxVersion: 10 },
    { path: 'topics[].name', entityType: 'topicName', minVersion: 1, maxVersion: 10 },
  ],
  ListOffsetsResponse: [
    { path: 'topics[].name', entityType: 'topicName', minVersion: 1, maxVersion: 10 },
  ],
  MetadataRequest: [
    { path: 'topics[].topicId', entityType: 'topicId', minVersion: 10, maxVersion: 13 },
    { path: 'topics[].name', entityType: 'topicName', minVersion: 0, maxVersion: 13 },
  ],
  MetadataResponse: [
    { path: 'brokers[].nodeId', entityType: 'brokerId', minVersion: 0, maxVersion: 13 },
    { path: 'controllerId', entityType: 'brokerId', minVersion: 1, maxVersion: 13 },
    { path: 'topics[].name', entityType: 'topicName', minVersion: 0, maxVersion: 13 },
    { path: 'topics[].topicId', entityType: 'topicId', minVersion: 10, maxVersion: 13 },
    { path: 'topics[].partitions[].leaderId', entityType: 'brokerId', minVersion: 0, maxVersion: 13 },
    { path: 'topics[].partitions[].replicaNodes[]', entityType: 'brokerId', minVersion: 0, maxVersion: 13 },
    { path: 'topics[].partitions[].isrNodes[]', entityType: 'brokerId', minVersion: 0, maxVersion: 13 },
    { path: 'topics[].partitions[].offlineReplicas[]', entityType: 'brokerId', minVersion: 5, maxVersion: 13 },
  ],
  OffsetCommitRequest: [
    { path: 'groupId', entityType: 'groupId', minVersion: 2, maxVersion: 10 },
    { path: 'topics[].name', entityType: 'topicName', minVersion: 2, maxVersion: 9 },
    { path: 'topics[].topicId', entityType: 'topicId', minVersion: 10, maxVersion: 10 },
  ],
  OffsetCommitResponse: [
    { path: 'topics[].name', entityType: 'topicName', minVersion: 2, maxVersion: 9 },
    { path: 'topics[].topicId', entityType: 'topicId', minVersion: 10, maxVersion: 10 },
  ],
  OffsetFetchRequest: [
    { path: 'groupId', entityType: 'groupId', minVersion: 1, maxVersion: 7 },
    { path: 'topics[].name', entityType: 'topicName', minVersion: 1, maxVersion: 7 },
    { path: 'groups[].groupId', entityType: 'groupId', minVersion: 8, maxVersion: 10 },
    { path: 'groups[].topics[].name', entityType: 'topicName', minVersion: 8, maxVersion: 9 },
    { path: 'groups[].topics[].topicId', entityType: 'topicId', minVersion: 10, maxVersion: 10 },
  ],
  OffsetFetchResponse: [
    { path: 'topics[].name', entityType: 'topicName', minVersion: 1, maxVersion: 7 },
    { path: 'groups[].groupId', entityType: 'groupId', minVersion: 8, maxVersion: 10 },
    { path: 'groups[].topics[].name', entityType: 'topicName', minVersion: 8, maxVersion: 9 },
    { path: 'groups[].topics[].topicId', entityType: 'topicId', minVersion: 10, maxVersion: 10 },
  ],
  FindCoordinatorResponse: [
    { path: 'nodeId', entityType: 'brokerId', minVersion: 0, maxVersion: 3 },
    { path: 'coordinators[].nodeId', entityType: 'brokerId', minVersion: 4, maxVersion: 6 },
  ],
  JoinGroupRequest: [
    { path: 'groupId', entityType: 'groupId', minVersion: 0, maxVersion: 9 },
  ],
  HeartbeatRequest: [
    { path: 'groupId', entityType: 'groupId', minVersion: 0, maxVersion: 4 },
  ],
  LeaveGroupRequest: [
    { path: 'groupId', entityType: 'groupId', minVersion: 0, maxVersion: 5 },
  ],
  SyncGroupRequest: [
    { path: 'groupId', entityType: 'groupId', minVersion: 0, maxVersion: 5 },
  ],
  DescribeGroupsRequest: [
    { path: 'groups[]', entityType: 'groupId', minVersion: 0, maxVersion: 6 },
  ],
  DescribeGroupsResponse: [
    { path: 'groups[].groupId', entityType: 'groupId', minVersion: 0, maxVersion: 6 },
  ],
  ListGroupsResponse: [
    { path: 'groups[].groupId', entityType: 'groupId', minVersion: 0, maxVersion: 5 },
  ],
  CreateTopicsRequest: [
    { path: 'topics[].name', entityType: 'topicName', minVersion: 2, maxVersion: 7 },
    { path: 'topics[].assignments[].brokerIds[]', entityType: 'brokerId', minVersion: 2, maxVersion: 7 },
  ],
  CreateTopicsResponse: [
    { path: 'topics[].name', entityType: 'topicName', minVersion: 2, maxVersion: 7 },
    { path: 'topics[].topicId', entityType: 'topicId', minVersion: 7, maxVersion: 7 },
  ],
  DeleteTopicsRequest: [
    { path: 'topics[].name', entityType: 'topicName', minVersion: 6, maxVersion: 6 },
    { path: 'topics[].topicId', entityType: 'topicId', minVersion: 6, maxVersion: 6 },
    { path: 'topicNames[]', entityType: 'topicName', minVersion: 1, maxVersion: 5 },
  ],
  DeleteTopicsResponse: [
    { path: 'responses[].name', entityType: 'topicName', minVersion: 1, maxVersion: 6 },
    { path: 'responses[].topicId', entityType: 'topicId', minVersion: 6, maxVersion: 6 },
  ],
  DeleteRecordsRequest: [
    { path: 'topics[].name', entityType: 'topicName', minVersion: 0, maxVersion: 2 },
  ],
  DeleteRecordsResponse: [
    { path: 'topics[].name', entityType: 'topicName', minVersion: 0, maxVersion: 2 },
  ],
  InitProducerIdRequest: [
    { path: 'transactionalId', entityType: 'transactionalId', minVersion: 0, maxVersion: 6 },
    { path: 'producerId', entityType: 'producerId', minVersion: 3, maxVersion: 6 },
  ],
  InitProducerIdResponse: [
    { path: 'producerId', entityType: 'producerId', minVersion: 0, maxVersion: 6 },
    { path: 'ongoingTxnProducerId', entityType: 'producerId', minVersion: 6, maxVersion: 6 },
  ],
  OffsetForLeaderEpochRequest: [
    { path: 'replicaId', entityType: 'brokerId', minVersion: 3, maxVersion: 4 },
    { path: 'topics[].topic', entityType: 'topicName', minVersion: 2, maxVersion: 4 },
  ],
  OffsetForLeaderEpochResponse: [
    { path: 'topics[].topic', entityType: 'topicName', minVersion: 2, maxVersion: 4 },
  ],
  AddPartitionsToTxnRequest: [
    { path: 'transactions[].transactionalId', entityType: 'transactionalId', minVersion: 4, maxVersion: 5 },
    { path: 'transactions[].producerId', entityType: 'producerId', minVersion: 4, maxVersion: 5 },
    { path: 'transactions[].topics[].name', entityType: 'topicName', minVersion: 4, maxVersion: 5 },
    { path: 'v3AndBelowTransactionalId', entityType: 'transactionalId', minVersion: 0, maxVersion: 3 },
    { path: 'v3AndBelowProducerId', entityType: 'producerId', minVersion: 0, maxVersion: 3 },
    { path: 'v3AndBelowTopics[].name', entityType: 'topicName', minVersion: 0, maxVersion: 3 },
  ],
  AddPartitionsToTxnResponse: [
    { path: 'resultsByTransaction[].transactionalId', entityType: 'transactionalId', minVersion: 4, maxVersion: 5 },
    { path: 'resultsByTransaction[].topicResults[].name', entityType: 'topicName', minVersion: 4, maxVersion: 5 },
    { path: 'resultsByTopicV3AndBelow[].name', entityType: 'topicName', minVersion: 0, maxVersion: 3 },
  ],
  AddOffsetsToTxnRequest: [
    { path: 'transactionalId', entityType: 'transactionalId', minVersion: 0, maxVersion: 4 },
    { path: 'producerId', entityType: 'producerId', minVersion: 0, maxVersion: 4 },
    { path: 'groupId', entityType: 'groupId', minVersion: 0, maxVersion: 4 },
  ],
  EndTxnRequest: [
    { path: 'transactionalId', entityType: 'transactionalId', minVersion: 0, maxVersion: 5 },
    { path: 'producerId', entityType: 'producerId', minVersion: 0, maxVersion: 5 },
  ],
  EndTxnResponse: [
    { path: 'producerId', entityType: 'producerId', minVersion: 5, maxVersion: 5 },
  ],
  WriteTxnMarkersRequest: [
    { path: 'markers[].producerId', entityType: 'producerId', minVersion: 1, maxVersion: 1 },
    { path: 'markers[].topics[].name', entityType: 'topicName', minVersion: 1, maxVersion: 1 },
  ],
  WriteTxnMarkersResponse: [
    { path: 'markers[].producerId', entityType: 'producerId', minVersion: 1, maxVersion: 1 },
    { path: 'markers[].topics[].name', entityType: 'topicName', minVersion: 1, maxVersion: 1 },
  ],
  TxnOffsetCommitRequest: [
    { path: 'transactionalId', entityType: 'transactionalId', minVersion: 0, maxVersion: 5 },
    { path: 'groupId', entityType: 'groupId', minVersion: 0, maxVersion: 5 },
    { path: 'producerId', entityType: 'producerId', minVersion: 0, maxVersion: 5 },
    { path: 'topics[].name', entityType: 'topicName', minVersion: 0, maxVersion: 5 },
  ],
  TxnOffsetCommitResponse: [
    { path: 'topics[].name', entityType: 'topicName', minVersion: 0, maxVersion: 5 },
  ],
  AlterReplicaLogDirsRequest: [
    { path: 'dirs[].topics[].name', entityType: 'topicName', minVersion: 1, maxVersion: 2 },
  ],
  AlterReplicaLogDirsResponse: [
    { path: 'results[].topicName', entityType: 'topicName', minVersion: 1, maxVersion: 2 },
  ],
  DescribeLogDirsRequest: [
    { path: 'topics[].topic', entityType: 'topicName', minVersion: 1, maxVersion: 4 },
  ],
  DescribeLogDirsResponse: [
    { path: 'results[].topics[].name', entityType: 'topicName', minVersion: 1, maxVersion: 4 },
  ],
  CreatePartitionsRequest: [
    { path: 'topics[].name', entityType: 'topicName', minVersion: 0, maxVersion: 3 },
    { path: 'topics[].assignments[].brokerIds[]', entityType: 'brokerId', minVersion: 0, maxVersion: 3 },
  ],
  CreatePartitionsResponse: [
    { path: 'results[].name', entityType: 'topicName', minVersion: 0, maxVersion: 3 },
  ],
  DeleteGroupsRequest: [
    { path: 'groupsNames[]', entityType: 'groupId', minVersion: 0, maxVersion: 2 },
  ],
  DeleteGroupsResponse: [
    { path: 'results[].groupId', entityType: 'groupId', minVersion: 0, maxVersion: 2 },
  ],
  ElectLeadersRequest: [
    { path: 'topicPartitions[].topic', entityType: 'topicName', minVersion: 0, maxVersion: 2 },
  ],
  ElectLeadersResponse: [
    { path: 'replicaElectionResults[].topic', entityType: 'topicName', minVersion: 0, maxVersion: 2 },
  ],
  AlterPartitionReassignmentsRequest: [
    { path: 'topics[].name', entityType: 'topicName', minVersion: 0, maxVersion: 1 },
    { path: 'topics[].partitions[].replicas[]', entityType: 'brokerId', minVersion: 0, maxVersion: 1 },
  ],
  AlterPartitionReassignmentsResponse: [
    { path: 'responses[].name', entityType: 'topicName', minVersion: 0, maxVersion: 1 },
  ],
  ListPartitionReassignmentsRequest: [
    { path: 'topics[].name', entityType: 'topicName', minVersion: 0, maxVersion: 0 },
  ],
  ListPartitionReassignmentsResponse: [
    { path: 'topics[].name', entityType: 'topicName', minVersion: 0, maxVersion: 0 },
    { path: 'topics[].partitions[].replicas[]', entityType: 'brokerId', minVersion: 0, maxVersion: 0 },
    { path: 'topics[].partitions[].addingReplicas[]', entityType: 'brokerId', minVersion: 0, maxVersion: 0 },
    { path: 'topics[].partitions[].removingReplicas[]', entityType: 'brokerId', minVersion: 0, maxVersion: 0 },
  ],
  OffsetDeleteRequest: [
    { path: 'groupId', entityType: 'groupId', minVersion: 0, maxVersion: 0 },
    { path: 'topics[].name', entityType: 'topicName', minVersion: 0, maxVersion: 0 },
  ],
  OffsetDeleteResponse: [
    { path: 'topics[].name', entityType: 'topicName', minVersion: 0, maxVersion: 0 },
  ],
  VoteRequest: [
    { path: 'voterId', entityType: 'brokerId', minVersion: 1, maxVersion: 2 },
    { path: 'topics[].topicName', entityType: 'topicName', minVersion: 0, maxVersion: 2 },
    { path: 'topics[].partitions[].replicaId', entityType: 'brokerId', minVersion: 0, maxVersion: 2 },
  ],
  VoteResponse: [
    { path: 'topics[].topicName', entityType: 'topicName', minVersion: 0, maxVersion: 2 },
    { path: 'topics[].partitions[].leaderId', entityType: 'brokerId', minVersion: 0, maxVersion: 2 },
    { path: 'nodeEndpoints[].nodeId', entityType: 'brokerId', minVersion: 1, maxVersion: 2 },
  ],
  BeginQuorumEpochRequest: [
    { path: 'voterId', entityType: 'brokerId', minVersion: 1, maxVersion: 1 },
    { path: 'topics[].topicName', entityType: 'topicName', minVersion: 0, maxVersion: 1 },
    { path: 'topics[].partitions[].leaderId', entityType: 'brokerId', minVersion: 0, maxVersion: 1 },
  ],
  BeginQuorumEpochResponse: [
    { path: 'topics[].topicName', entityType: 'topicName', minVersion: 0, maxVersion: 1 },
    { path: 'topics[].partitions[].leaderId', entityType: 'brokerId', minVersion: 0, maxVersion: 1 },
    { path: 'nodeEndpoints[].nodeId', entityType: 'brokerId', minVersion: 1, maxVersion: 1 },
  ],
  EndQuorumEpochRequest: [
    { path: 'topics[].topicName', entityType: 'topicName', minVersion: 0, maxVersion: 1 },
    { path: 'topics[].partitions[].leaderId', entityType: 'brokerId', minVersion: 0, maxVersion: 1 },
    { path: 'topics[].partitions[].preferredCandidates[].candidateId', entityType: 'brokerId', minVersion: 1, maxVersion: 1 },
  ],
  EndQuorumEpochResponse: [
    { path: 'topics[].topicName', entityType: 'topicName', minVersion: 0, maxVersion: 1 },
    { path: 'topics[].partitions[].leaderId', entityType: 'brokerId', minVersion: 0, maxVersion: 1 },
    { path: 'nodeEndpoints[].nodeId', entityType: 'brokerId', minVersion: 1, maxVersion: 1 },
  ],
  DescribeQuorumRequest: [
    { path: 'topics[].topicName', entityType: 'topicName', minVersion: 0, maxVersion: 2 },
  ],
  DescribeQuorumResponse: [
    { path: 'topics[].topicName', entityType: 'topicName', minVersion: 0, maxVersion: 2 },
    { path: 'topics[].partitions[].leaderId', entityType: 'brokerId', minVersion: 0, maxVersion: 2 },
    { path: 'topics[].partitions[].currentVoters[].replicaId', entityType: 'brokerId', minVersion: 0, maxVersion: 2 },
    { path: 'topics[].partitions[].observers[].replicaId', entityType: 'brokerId', minVersion: 0, maxVersion: 2 },
    { path: 'nodes[].nodeId', entityType: 'brokerId', minVersion: 2, maxVersion: 2 },
  ],
  AlterPartitionRequest: [
    { path: 'brokerId', entityType: 'brokerId', minVersion: 2, maxVersion: 3 },
    { path: 'topics[].topicId', entityType: 'topicId', minVersion: 2, maxVersion: 3 },
    { path: 'topics[].partitions[].newIsr[]', entityType: 'brokerId', minVersion: 2, maxVersion: 2 },
    { path: 'topics[].partitions[].newIsrWithEpochs[].brokerId', entityType: 'brokerId', minVersion: 3, maxVersion: 3 },
  ],
  AlterPartitionResponse: [
    { path: 'topics[].topicId', entityType: 'topicId', minVersion: 2, maxVersion: 3 },
    { path: 'topics[].partitions[].leaderId', entityType: 'brokerId', minVersion: 2, maxVersion: 3 },
    { path: 'topics[].partitions[].isr[]', entityType: 'brokerId', minVersion: 2, maxVersion: 3 },
  ],
  FetchSnapshotRequest: [
    { path: 'replicaId', entityType: 'brokerId', minVersion: 0, maxVersion: 1 },
    { path: 'topics[].name', entityType: 'topicName', minVersion: 0, maxVersion: 1 },
  ],
  FetchSnapshotResponse: [
    { path: 'topics[].name', entityType: 'topicName', minVersion: 0, maxVersion: 1 },
    { path: 'topics[].partitions[].currentLeader.leaderId', entityType: 'brokerId', minVersion: 0, maxVersion: 1 },
    { path: 'nodeEndpoints[].nodeId', entityType: 'brokerId', minVersion: 1, maxVersion: 1 },
  ],
  DescribeClusterResponse: [
    { path: 'controllerId', entityType: 'brokerId', minVersion: 0, maxVersion: 2 },
    { path: 'brokers[].brokerId', entityType: 'brokerId', minVersion: 0, maxVersion: 2 },
  ],
  DescribeProducersRequest: [
    { path: 'topics[].name', entityType: 'topicName', minVersion: 0, maxVersion: 0 },
  ],
  DescribeProducersResponse: [
    { path: 'topics[].name', entityType: 'topicName', minVersion: 0, maxVersion: 0 },
    { path: 'topics[].partitions[].activeProducers[].producerId', entityType: 'producerId', minVersion: 0, maxVersion: 0 },
  ],
  BrokerRegistrationRequest: [
    { path: 'brokerId', entityType: 'brokerId', minVersion: 0, maxVersion: 4 },
  ],
  BrokerHeartbeatRequest: [
    { path: 'brokerId', entityType: 'brokerId', minVersion: 0, maxVersion: 1 },
  ],
  UnregisterBrokerRequest: [
    { path: 'brokerId', entityType: 'brokerId', minVersion: 0, maxVersion: 0 },
  ],
  DescribeTransactionsRequest: [
    { path: 'transactionalIds[]', entityType: 'transactionalId', minVersion: 0, maxVersion: 0 },
  ],
  DescribeTransactionsResponse: [
    { path: 'transactionStates[].transactionalId', entityType: 'transactionalId', minVersion: 0, maxVersion: 0 },
    { path: 'transactionStates[].producerId', entityType: 'producerId', minVersion: 0, maxVersion: 0 },
    { path: 'transactionStates[].topics[].topic', entityType: 'topicName', minVersion: 0, maxVersion: 0 },
  ],
  ListTransactionsRequest: [
    { path: 'producerIdFilters[]', entityType: 'producerId', minVersion: 0, maxVersion: 2 },
  ],
  ListTransactionsResponse: [
    { path: 'transactionStates[].transactionalId', entityType: 'transactionalId', minVersion: 0, maxVersion: 2 },
    { path: 'transactionStates[].producerId', entityType: 'producerId', minVersion: 0, maxVersion: 2 },
  ],
  AllocateProducerIdsRequest: [
    { path: 'brokerId', entityType: 'brokerId', minVersion: 0, maxVersion: 0 },
  ],
  AllocateProducerIdsResponse: [
    { path: 'producerIdStart', entityType: 'producerId', minVersion: 0, maxVersion: 0 },
  ],
  ConsumerGroupHeartbeatRequest: [
    { path: 'groupId', entityType: 'groupId', minVersion: 0, maxVersion: 1 },
    { path: 'subscribedTopicNames[]', entityType: 'topicName', minVersion: 0, maxVersion: 1 },
    { path: 'topicPartitions[].topicId', entityType: 'topicId', minVersion: 0, maxVersion: 1 },
  ],
  ConsumerGroupHeartbeatResponse: [
    { path: 'assignment.topicPartitions[].topicId', entityType: 'topicId', minVersion: 0, maxVersion: 1 },
  ],
  ConsumerGroupDescribeRequest: [
    { path: 'groupIds[]', entityType: 'groupId', minVersion: 0, maxVersion: 1 },
  ],
  ConsumerGroupDescribeResponse: [
    { path: 'groups[].groupId', entityType: 'groupId', minVersion: 0, maxVersion: 1 },
    { path: 'groups[].members[].subscribedTopicNames[]', entityType: 'topicName', minVersion: 0, maxVersion: 1 },
    { path: 'groups[].members[].assignment.topicPartitions[].topicId', entityType: 'topicId', minVersion: 0, maxVersion: 1 },
    { path: 'groups[].members[].assignment.topicPartitions[].topicName', entityType: 'topicName', minVersion: 0, maxVersion: 1 },
    { path: 'groups[].members[].targetAssignment.topicPartitions[].topicId', entityType: 'topicId', minVersion: 0, maxVersion: 1 },
    { path: 'groups[].members[].targetAssignment.topicPartitions[].topicName', entityType: 'topicName', minVersion: 0, maxVersion: 1 },
  ],
  AssignReplicasToDirsRequest: [
    { path: 'brokerId', entityType: 'brokerId', minVersion: 0, maxVersion: 0 },
    { path: 'directories[].topics[].topicId', entityType: 'topicId', minVersion: 0, maxVersion: 0 },
  ],
  AssignReplicasToDirsResponse: [
    { path: 'directories[].topics[].topicId', entityType: 'topicId', minVersion: 0, maxVersion: 0 },
  ],
  DescribeTopicPartitionsRequest: [
    { path: 'topics[].name', entityType: 'topicName', minVersion: 0, maxVersion: 0 },
    { path: 'cursor.topicName', entityType: 'topicName', minVersion: 0, maxVersion: 0 },
  ],
  DescribeTopicPartitionsResponse: [
    { path: 'topics[].name', entityType: 'topicName', minVersion: 0, maxVersion: 0 },
    { path: 'topics[].topicId', entityType: 'topicId', minVersion: 0, maxVersion: 0 },
    { path: 'topics[].partitions[].leaderId', entityType: 'brokerId', minVersion: 0, maxVersion: 0 },
    { path: 'topics[].partitions[].replicaNodes[]', entityType: 'brokerId', minVersion: 0, maxVersion: 0 },
    { path: 'topics[].partitions[].isrNodes[]', entityType: 'brokerId', minVersion: 0, maxVersion: 0 },
    { path: 'topics[].partitions[].eligibleLeaderReplicas[]', entityType: 'brokerId', minVersion: 0, maxVersion: 0 },
    { path: 'topics[].partitions[].lastKnownElr[]', entityType: 'brokerId', minVersion: 0, maxVersion: 0 },
    { path: 'topics[].partitions[].offlineReplicas[]', entityType: 'brokerId', minVersion: 0, maxVersion: 0 },
    { path: 'nextCursor.topicName', entityType: 'topicName', minVersion: 0, maxVersion: 0 },
  ],
  ShareGroupHeartbeatRequest: [
    { path: 'groupId', entityType: 'groupId', minVersion: 1, maxVersion: 1 },
    { path: 'subscribedTopicNames[]', entityType: 'topicName', minVersion: 1, maxVersion: 1 },
  ],
  ShareGroupHeartbeatResponse: [
    { path: 'assignment.topicPartitions[].topicId', entityType: 'topicId', minVersion: 1, maxVersion: 1 },
  ],
  ShareGroupDescribeRequest: [
    { path: 'groupIds[]', entityType: 'groupId', minVersion: 1, maxVersion: 1 },
  ],
  ShareGroupDescribeResponse: [
    { path: 'groups[].groupId', entityType: 'groupId', minVersion: 1, maxVersion: 1 },
    { path: 'groups[].members[].subscribedTopicNames[]', entityType: 'topicName', minVersion: 1, maxVersion: 1 },
    { path: 'groups[].members[].assignment.topicPartitions[].topicId', entityType: 'topicId', minVersion: 1, maxVersion: 1 },
    { path: 'groups[].members[].assignment.topicPartitions[].topicName', entityType: 'topicName', minVersion: 1, maxVersion: 1 },
  ],
  ShareFetchRequest: [
    { path: 'groupId', entityType: 'groupId', minVersion: 1, maxVersion: 1 },
    { path: 'topics[].topicId', entityType: 'topicId', minVersion: 1, maxVersion: 1 },
    { path: 'forgottenTopicsData[].topicId', entityType: 'topicId', minVersion: 1, maxVersion: 1 },
  ],
  ShareFetchResponse: [
    { path: 'responses[].topicId', entityType: 'topicId', minVersion: 1, maxVersion: 1 },
    { path: 'nodeEndpoints[].nodeId', entityType: 'brokerId', minVersion: 1, maxVersion: 1 },
  ],
  ShareAcknowledgeRequest: [
    { path: 'groupId', entityType: 'groupId', minVersion: 1, maxVersion: 1 },
    { path: 'topics[].topicId', entityType: 'topicId', minVersion: 1, maxVersion: 1 },
  ],
  ShareAcknowledgeResponse: [
    { path: 'responses[].topicId', entityType: 'topicId', minVersion: 1, maxVersion: 1 },
    { path: 'nodeEndpoints[].nodeId', entityType: 'brokerId', minVersion: 1, maxVersion: 1 },
  ],
  UpdateRaftVoterResponse: [
    { path: 'currentLeader.leaderId', entityType: 'brokerId', minVersion: 0, maxVersion: 0 },
  ],
  InitializeShareGroupStateRequest: [
    { path: 'topics[].topicId', entityType: 'topicId', minVersion: 0, maxVersion: 0 },
  ],
  InitializeShareGroupStateResponse: [
    { path: 'results[].topicId', entityType: 'topicId', minVersion: 0, maxVersion: 0 },
  ],
  ReadShareGroupStateRequest: [
    { path: 'topics[].topicId', entityType: 'topicId', minVersion: 0, maxVersion: 0 },
  ],
  ReadShareGroupStateResponse: [
    { path: 'results[].topicId', entityType: 'topicId', minVersion: 0, maxVersion: 0 },
  ],
  WriteShareGroupStateRequest: [
    { path: 'topics[].topicId', entityType: 'topicId', minVersion: 0, maxVersion: 0 },
  ],
  WriteShareGroupStateResponse: [
    { path: 'results[].topicId', entityType: 'topicId', minVersion: 0, maxVersion: 0 },
  ],
  DeleteShareGroupStateRequest: [
    { path: 'topics[].topicId', entityType: 'topicId', minVersion: 0, maxVersion: 0 },
  ],
  DeleteShareGroupStateResponse: [
    { path: 'results[].topicId', entityType: 'topicId', minVersion: 0, maxVersion: 0 },
  ],
  ReadShareGroupStateSummaryRequest: [
    { path: 'topics[].topicId', entityType: 'topicId', minVersion: 0, maxVersion: 0 },
  ],
  ReadShareGroupStateSummaryResponse: [
    { path: 'results[].topicId', entityType: 'topicId', minVersion: 0, maxVersion: 0 },
  ],
  StreamsGroupHeartbeatRequest: [
    { path: 'groupId', entityType: 'groupId', minVersion: 0, maxVersion: 0 },
    { path: 'topology.subtopologies[].sourceTopics[]', entityType: 'topicName', minVersion: 0, maxVersion: 0 },
    { path: 'topology.subtopologies[].stateChangelogTopics[].name', entityType: 'topicName', minVersion: 0, maxVersion: 0 },
    { path: 'topology.subtopologies[].repartitionSinkTopics[]', entityType: 'topicName', minVersion: 0, maxVersion: 0 },
    { path: 'topology.subtopologies[].repartitionSourceTopics[].name', entityType: 'topicName', minVersion: 0, maxVersion: 0 },
  ],
  StreamsGroupHeartbeatResponse: [
    { path: 'partitionsByUserEndpoint[].activePartitions[].topic', entityType: 'topicName', minVersion: 0, maxVersion: 0 },
    { path: 'partitionsByUserEndpoint[].standbyPartitions[].topic', entityType: 'topicName', minVersion: 0, maxVersion: 0 },
  ],
  StreamsGroupDescribeRequest: [
    { path: 'groupIds[]', entityType: 'groupId', minVersion: 0, maxVersion: 0 },
  ],
  StreamsGroupDescribeResponse: [
    { path: 'groups[].groupId', entityType: 'groupId', minVersion: 0, maxVersion: 0 },
    { path: 'groups[].topology.subtopologies[].sourceTopics[]', entityType: 'topicName', minVersion: 0, maxVersion: 0 },
    { path: 'groups[].topology.subtopologies[].repartitionSinkTopics[]', entityType: 'topicName', minVersion: 0, maxVersion: 0 },
    { path: 'groups[].topology.subtopologies[].stateChangelogTopics[].name', entityType: 'topicName', minVersion: 0, maxVersion: 0 },
    { path: 'groups[].topology.subtopologies[].repartitionSourceTopics[].name', entityType: 'topicName', minVersion: 0, maxVersion: 0 },
  ],
  DescribeShareGroupOffsetsRequest: [
    { path: 'groups[].groupId', entityType: 'groupId', minVersion: 0, maxVersion: 0 },
    { path: 'groups[].topics[].topicName', entityType: 'topicName', minVersion: 0, maxVersion: 0 },
  ],
  DescribeShareGroupOffsetsResponse: [
    { path: 'groups[].groupId', entityType: 'groupId', minVersion: 0, maxVersion: 0 },
    { path: 'groups[].topics[].topicName', entityType: 'topicName', minVersion: 0, maxVersion: 0 },
    { path: 'groups[].topics[].topicId', entityType: 'topicId', minVersion: 0, maxVersion: 0 },
  ],
  AlterShareGroupOffsetsRequest: [
    { path: 'groupId', entityType: 'groupId', minVersion: 0, maxVersion: 0 },
    { path: 'topics[].topicName', entityType: 'topicName', minVersion: 0, maxVersion: 0 },
  ],
  AlterShareGroupOffsetsResponse: [
    { path: 'responses[].topicName', entityType: 'topicName', minVersion: 0, maxVersion: 0 },
    { path: 'responses[].topicId', entityType: 'topicId', minVersion: 0, maxVersion: 0 },
  ],
  DeleteShareGroupOffsetsRequest: [
    { path: 'groupId', entityType: 'groupId', minVersion: 0, maxVersion: 0 },
    { path: 'topics[].topicName', entityType: 'topicName', minVersion: 0, maxVersion: 0 },
  ],
  DeleteShareGroupOffsetsResponse: [
    { path: 'responses[].topicName', entityType: 'topicName', minVersion: 0, maxVersion: 0 },
    { path: 'responses[].topicId', entityType: 'topicId', minVersion: 0, maxVersion: 0 },
  ],
};
