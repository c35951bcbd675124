// GENERATED FILE - DO NOT EDIT.
// Regenerate with `npm run codegen` (protocol/generator/main.ts) from the Kafka message schemas:
//   *Request.json and *Response.json (top-level fields and their versions)

/**
 * The versions in which each top-level field of a request or response exists, `[min, max]`
 * inclusive, within the message's valid versions (fields of no valid version are left out). The
 * encoder refuses a non-default value in a field its version lacks: ask here first.
 */
export const FIELD_VERSIONS: Readonly<Record<string, Readonly<Record<string, readonly [number, number]>>>> = {
  ProduceRequest: {
    transactionalId: [3, 13],
    acks: [3, 13],
    timeoutMs: [3, 13],
    topicData: [3, 13],
  },
  ProduceResponse: {
    responses: [3, 13],
    throttleTimeMs: [3, 13],
    nodeEndpoints: [10, 13],
  },
  FetchRequest: {
    clusterId: [12, 18],
    replicaId: [4, 14],
    replicaState: [15, 18],
    maxWaitMs: [4, 18],
    minBytes: [4, 18],
    maxBytes: [4, 18],
    isolationLevel: [4, 18],
    sessionId: [7, 18],
    sessionEpoch: [7, 18],
    topics: [4, 18],
    forgottenTopicsData: [7, 18],
    rackId: [11, 18],
  },
  FetchResponse: {
    throttleTimeMs: [4, 18],
    errorCode: [7, 18],
    sessionId: [7, 18],
    responses: [4, 18],
    nodeEndpoints: [16, 18],
  },
  ListOffsetsRequest: {
    replicaId: [1, 10],
    isolationLevel: [2, 10],
    topics: [1, 10],
    timeoutMs: [10, 10],
  },
  ListOffsetsResponse: {
    throttleTimeMs: [2, 10],
    topics: [1, 10],
  },
  MetadataRequest: {
    topics: [0, 13],
    allowAutoTopicCreation: [4, 13],
    includeClusterAuthorizedOperations: [8, 10],
    includeTopicAuthorizedOperations: [8, 13],
  },
  MetadataResponse: {
    throttleTimeMs: [3, 13],
    brokers: [0, 13],
    clusterId: [2, 13],
    controllerId: [1, 13],
    topics: [0, 13],
    clusterAuthorizedOperations: [8, 10],
    errorCode: [13, 13],
  },
  LeaderAndIsrRequest: {
  },
  LeaderAndIsrResponse: {
  },
  StopReplicaRequest: {
  },
  StopReplicaResponse: {
  },
  UpdateMetadataRequest: {
  },
  UpdateMetadataResponse: {
  },
  ControlledShutdownRequest: {
  },
  ControlledShutdownResponse: {
  },
  OffsetCommitRequest: {
    groupId: [2, 10],
    generationIdOrMemberEpoch: [2, 10],
    memberId: [2, 10],
    groupInstanceId: [7, 10],
    retentionTimeMs: [2, 4],
    topics: [2, 10],
  },
  OffsetCommitResponse: {
    throttleTimeMs: [3, 10],
    topics: [2, 10],
  },
  OffsetFetchRequest: {
    groupId: [1, 7],
    topics: [1, 7],
    groups: [8, 10],
    requireStable: [7, 10],
  },
  OffsetFetchResponse: {
    throttleTimeMs: [3, 10],
    topics: [1, 7],
    errorCode: [2, 7],
    groups: [8, 10],
  },
  FindCoordinatorRequest: {
    key: [0, 3],
    keyType: [1, 6],
    coordinatorKeys: [4, 6],
  },
  FindCoordinatorResponse: {
    throttleTimeMs: [1, 6],
    errorCode: [0, 3],
    errorMessage: [1, 3],
    nodeId: [0, 3],
    host: [0, 3],
    port: [0, 3],
    coordinators: [4, 6],
  },
  JoinGroupRequest: {
    groupId: [0, 9],
    sessionTimeoutMs: [0, 9],
    rebalanceTimeoutMs: [1, 9],
    memberId: [0, 9],
    groupInstanceId: [5, 9],
    protocolType: [0, 9],
    protocols: [0, 9],
    reason: [8, 9],
  },
  JoinGroupResponse: {
    throttleTimeMs: [2, 9],
    errorCode: [0, 9],
    generationId: [0, 9],
    protocolType: [7, 9],
    protocolName: [0, 9],
    leader: [0, 9],
    skipAssignment: [9, 9],
    memberId: [0, 9],
    members: [0, 9],
  },
  HeartbeatRequest: {
    groupId: [0, 4],
    generationId: [0, 4],
    memberId: [0, 4],
    groupInstanceId: [3, 4],
  },
  HeartbeatResponse: {
    throttleTimeMs: [1, 4],
    errorCode: [0, 4],
  },
  LeaveGroupRequest: {
    groupId: [0, 5],
    memberId: [0, 2],
    members: [3, 5],
  },
  LeaveGroupResponse: {
    throttleTimeMs: [1, 5],
    errorCode: [0, 5],
    members: [3, 5],
  },
  SyncGroupRequest: {
    groupId: [0, 5],
    generationId: [0, 5],
    memberId: [0, 5],
    groupInstanceId: [3, 5],
    protocolType: [5, 5],
    protocolName: [5, 5],
    assignments: [0, 5],
  },
  SyncGroupResponse: {
    throttleTimeMs: [1, 5],
    errorCode: [0, 5],
    protocolType: [5, 5],
    protocolName: [5, 5],
    assignment: [0, 5],
  },
  DescribeGroupsRequest: {
    groups: [0, 6],
    includeAuthorizedOperations: [3, 6],
  },
  DescribeGroupsResponse: {
    throttleTimeMs: [1, 6],
    groups: [0, 6],
  },
  ListGroupsRequest: {
    statesFilter: [4, 5],
    typesFilter: [5, 5],
  },
  ListGroupsResponse: {
    throttleTimeMs: [1, 5],
    errorCode: [0, 5],
    groups: [0, 5],
  },
  SaslHandshakeRequest: {
    mechanism: [0, 1],
  },
  SaslHandshakeResponse: {
    errorCode: [0, 1],
    mechanisms: [0, 1],
  },
  ApiVersionsRequest: {
    clientSoftwareName: [3, 4],
    clientSoftwareVersion: [3, 4],
  },
  ApiVersionsResponse: {
    errorCode: [0, 4],
    apiKeys: [0, 4],
    throttleTimeMs: [1, 4],
    supportedFeatures: [3, 4],
    finalizedFeaturesEpoch: [3, 4],
    finalizedFeatures: [3, 4],
    zkMigrationReady: [3, 4],
  },
  CreateTopicsRequest: {
    topics: [2, 7],
    timeoutMs: [2, 7],
    validateOnly: [2, 7],
  },
  CreateTopicsResponse: {
    throttleTimeMs: [2, 7],
    topics: [2, 7],
  },
  DeleteTopicsRequest: {
    topics: [6, 6],
    topicNames: [1, 5],
    timeoutMs: [1, 6],
  },
  DeleteTopicsResponse: {
    throttleTimeMs: [1, 6],
    responses: [1, 6],
  },
  DeleteRecordsRequest: {
    topics: [0, 2],
    timeoutMs: [0, 2],
  },
  DeleteRecordsResponse: {
    throttleTimeMs: [0, 2],
    topics: [0, 2],
  },
  InitProducerIdRequest: {
    transactionalId: [0, 6],
    transactionTimeoutMs: [0, 6],
    producerId: [3, 6],
    producerEpoch: [3, 6],
    enable2Pc: [6, 6],
    keepPreparedTxn: [6, 6],
  },
  InitProducerIdResponse: {
    throttleTimeMs: [0, 6],
    errorCode: [0, 6],
    producerId: [0, 6],
    producerEpoch: [0, 6],
    ongoingTxnProducerId: [6, 6],
    ongoingTxnProducerEpoch: [6, 6],
  },
  OffsetForLeaderEpochRequest: {
    replicaId: [3, 4],
    topics: [2, 4],
  },
  OffsetForLeaderEpochResponse: {
    throttleTimeMs: [2, 4],
    topics: [2, 4],
  },
  AddPartitionsToTxnRequest: {
    transactions: [4, 5],
    v3AndBelowTransactionalId: [0, 3],
    v3AndBelowProducerId: [0, 3],
    v3AndBelowProducerEpoch: [0, 3],
    v3AndBelowTopics: [0, 3],
  },
  AddPartitionsToTxnResponse: {
    throttleTimeMs: [0, 5],
    errorCode: [4, 5],
    resultsByTransaction: [4, 5],
    resultsByTopicV3AndBelow: [0, 3],
  },
  AddOffsetsToTxnRequest: {
    transactionalId: [0, 4],
    producerId: [0, 4],
    producerEpoch: [0, 4],
    groupId: [0, 4],
  },
  AddOffsetsToTxnResponse: {
    throttleTimeMs: [0, 4],
    errorCode: [0, 4],
  },
  EndTxnRequest: {
    transactionalId: [0, 5],
    producerId: [0, 5],
    producerEpoch: [0, 5],
    committed: [0, 5],
  },
  EndTxnResponse: {
    throttleTimeMs: [0, 5],
    errorCode: [0, 5],
    producerId: [5, 5],
    producerEpoch: [5, 5],
  },
  WriteTxnMarkersRequest: {
    markers: [1, 1],
  },
  WriteTxnMarkersResponse: {
    markers: [1, 1],
  },
  TxnOffsetCommitRequest: {
    transactionalId: [0, 5],
    groupId: [0, 5],
    producerId: [0, 5],
    producerEpoch: [0, 5],
    generationId: [3, 5],
    memberId: [3, 5],
    groupInstanceId: [3, 5],
    topics: [0, 5],
  },
  TxnOffsetCommitResponse: {
    throttleTimeMs: [0, 5],
    topics: [0, 5],
  },
  DescribeAclsRequest: {
    resourceTypeFilter: [1, 3],
    resourceNameFilter: [1, 3],
    patternTypeFilter: [1, 3],
    principalFilter: [1, 3],
    hostFilter: [1, 3],
    operation: [1, 3],
    permissionType: [1, 3],
  },
  DescribeAclsResponse: {
    throttleTimeMs: [1, 3],
    errorCode: [1, 3],
    errorMessage: [1, 3],
    resources: [1, 3],
  },
  CreateAclsRequest: {
    creations: [1, 3],
  },
  CreateAclsResponse: {
    throttleTimeMs: [1, 3],
    results: [1, 3],
  },
  DeleteAclsRequest: {
    filters: [1, 3],
  },
  DeleteAclsResponse: {
    throttleTimeMs: [1, 3],
    filterResults: [1, 3],
  },
  DescribeConfigsRequest: {
    resources: [1, 4],
    includeSynonyms: [1, 4],
    includeDocumentation: [3, 4],
  },
  DescribeConfigsResponse: {
    throttleTimeMs: [1, 4],
    results: [1, 4],
  },
  AlterConfigsRequest: {
    resources: [0, 2],
    validateOnly: [0, 2],
  },
  AlterConfigsResponse: {
    throttleTimeMs: [0, 2],
    responses: [0, 2],
  },
  AlterReplicaLogDirsRequest: {
    dirs: [1, 2],
  },
  AlterReplicaLogDirsResponse: {
    throttleTimeMs: [1, 2],
    results: [1, 2],
  },
  DescribeLogDirsRequest: {
    topics: [1, 4],
  },
  DescribeLogDirsResponse: {
    throttleTimeMs: [1, 4],
    errorCode: [3, 4],
    results: [1, 4],
  },
  SaslAuthenticateRequest: {
    authBytes: [0, 2],
  },
  SaslAuthenticateResponse: {
    errorCode: [0, 2],
    errorMessage: [0, 2],
    authBytes: [0, 2],
    sessionLifetimeMs: [1, 2],
  },
  CreatePartitionsRequest: {
    topics: [0, 3],
    timeoutMs: [0, 3],
    validateOnly: [0, 3],
  },
  CreatePartitionsResponse: {
    throttleTimeMs: [0, 3],
    results: [0, 3],
  },
  CreateDelegationTokenRequest: {
    ownerPrincipalType: [3, 3],
    ownerPrincipalName: [3, 3],
    renewers: [1, 3],
    maxLifetimeMs: [1, 3],
  },
  CreateDelegationTokenResponse: {
    errorCode: [1, 3],
    principalType: [1, 3],
    principalName: [1, 3],
    tokenRequesterPrincipalType: [3, 3],
    tokenRequesterPrincipalName: [3, 3],
    issueTimestampMs: [1, 3],
    expiryTimestampMs: [1, 3],
    maxTimestampMs: [1, 3],
    tokenId: [1, 3],
    hmac: [1, 3],
    throttleTimeMs: [1, 3],
  },
  RenewDelegationTokenRequest: {
    hmac: [1, 2],
    renewPeriodMs: [1, 2],
  },
  RenewDelegationTokenResponse: {
    errorCode: [1, 2],
    expiryTimestampMs: [1, 2],
    throttleTimeMs: [1, 2],
  },
  ExpireDelegationTokenRequest: {
    hmac: [1, 2],
    expiryTimePeriodMs: [1, 2],
  },
  ExpireDelegationTokenResponse: {
    errorCode: [1, 2],
    expiryTimestampMs: [1, 2],
    throttleTimeMs: [1, 2],
  },
  DescribeDelegationTokenRequest: {
    owners: [1, 3],
  },
  DescribeDelegationTokenResponse: {
    errorCode: [1, 3],
    tokens: [1, 3],
    throttleTimeMs: [1, 3],
  },
  DeleteGroupsRequest: {
    groupsNames: [0, 2],
  },
  DeleteGroupsResponse: {
    throttleTimeMs: [0, 2],
    results: [0, 2],
  },
  ElectLeadersRequest: {
    electionType: [1, 2],
    topicPartitions: [0, 2],
    timeoutMs: [0, 2],
  },
  ElectLeadersResponse: {
    throttleTimeMs: [0, 2],
    errorCode: [1, 2],
    replicaElectionResults: [0, 2],
  },
  IncrementalAlterConfigsRequest: {
    resources: [0, 1],
    validateOnly: [0, 1],
  },
  IncrementalAlterConfigsResponse: {
    throttleTimeMs: [0, 1],
    responses: [0, 1],
  },
  AlterPartitionReassignmentsRequest: {
    timeoutMs: [0, 1],
    allowReplicationFactorChange: [1, 1],
    topics: [0, 1],
  },
  AlterPartitionReassignmentsResponse: {
    throttleTimeMs: [0, 1],
    allowReplicationFactorChange: [1, 1],
    errorCode: [0, 1],
    errorMessage: [0, 1],
    responses: [0, 1],
  },
  ListPartitionReassignmentsRequest: {
    timeoutMs: [0, 0],
    topics: [0, 0],
  },
  ListPartitionReassignmentsResponse: {
    throttleTimeMs: [0, 0],
    errorCode: [0, 0],
    errorMessage: [0, 0],
    topics: [0, 0],
  },
  OffsetDeleteRequest: {
    groupId: [0, 0],
    topics: [0, 0],
  },
  OffsetDeleteResponse: {
    errorCode: [0, 0],
    throttleTimeMs: [0, 0],
    topics: [0, 0],
  },
  DescribeClientQuotasRequest: {
    components: [0, 1],
    strict: [0, 1],
  },
  DescribeClientQuotasResponse: {
    throttleTimeMs: [0, 1],
    errorCode: [0, 1],
    errorMessage: [0, 1],
    entries: [0, 1],
  },
  AlterClientQuotasRequest: {
    entries: [0, 1],
    validateOnly: [0, 1],
  },
  AlterClientQuotasResponse: {
    throttleTimeMs: [0, 1],
    entries: [0, 1],
  },
  DescribeUserScramCredentialsRequest: {
    users: [0, 0],
  },
  DescribeUserScramCredentialsResponse: {
    throttleTimeMs: [0, 0],
    errorCode: [0, 0],
    errorMessage: [0, 0],
    results: [0, 0],
  },
  AlterUserScramCredentialsRequest: {
    deletions: [0, 0],
    upsertions: [0, 0],
  },
  AlterUserScramCredentialsResponse: {
    throttleTimeMs: [0, 0],
    results: [0, 0],
  },
  VoteRequest: {
    clusterId: [0, 2],
    voterId: [1, 2],
    topics: [0, 2],
  },
  VoteResponse: {
    errorCode: [0, 2],
    topics: [0, 2],
    nodeEndpoints: [1, 2],
  },
  BeginQuorumEpochRequest: {
    clusterId: [0, 1],
    voterId: [1, 1],
    topics: [0, 1],
    leaderEndpoints: [1, 1],
  },
  BeginQuorumEpochResponse: {
    errorCode: [0, 1],
    topics: [0, 1],
    nodeEndpoints: [1, 1],
  },
  EndQuorumEpochRequest: {
    clusterId: [0, 1],
    topics: [0, 1],
    leaderEndpoints: [1, 1],
  },
  EndQuorumEpochResponse: {
    errorCode: [0, 1],
    topics: [0, 1],
    nodeEndpoints: [1, 1],
  },
  DescribeQuorumRequest: {
    topics: [0, 2],
  },
  DescribeQuorumResponse: {
    errorCode: [0, 2],
    errorMessage: [2, 2],
    topics: [0, 2],
    nodes: [2, 2],
  },
  AlterPartitionRequest: {
    brokerId: [2, 3],
    brokerEpoch: [2, 3],
    topics: [2, 3],
  },
  AlterPartitionResponse: {
    throttleTimeMs: [2, 3],
    errorCode: [2, 3],
    topics: [2, 3],
  },
  UpdateFeaturesRequest: {
    timeoutMs: [0, 2],
    featureUpdates: [0, 2],
    validateOnly: [1, 2],
  },
  UpdateFeaturesResponse: {
    throttleTimeMs: [0, 2],
    errorCode: [0, 2],
    errorMessage: [0, 2],
    results: [0, 1],
  },
  EnvelopeRequest: {
    requestData: [0, 0],
    requestPrincipal: [0, 0],
    clientHostAddress: [0, 0],
  },
  EnvelopeResponse: {
    responseData: [0, 0],
    errorCode: [0, 0],
  },
  FetchSnapshotRequest: {
    clusterId: [0, 1],
    replicaId: [0, 1],
    maxBytes: [0, 1],
    topics: [0, 1],
  },
  FetchSnapshotResponse: {
    throttleTimeMs: [0, 1],
    errorCode: [0, 1],
    topics: [0, 1],
    nodeEndpoints: [1, 1],
  },
  DescribeClusterRequest: {
    includeClusterAuthorizedOperations: [0, 2],
    endpointType: [1, 2],
    includeFencedBrokers: [2, 2],
  },
  DescribeClusterResponse: {
    throttleTimeMs: [0, 2],
    errorCode: [0, 2],
    errorMessage: [0, 2],
    endpointType: [1, 2],
    clusterId: [0, 2],
    controllerId: [0, 2],
    brokers: [0, 2],
    clusterAuthorizedOperations: [0, 2],
  },
  DescribeProducersRequest: {
    topics: [0, 0],
  },
  DescribeProducersResponse: {
    throttleTimeMs: [0, 0],
    topics: [0, 0],
  },
  BrokerRegistrationRequest: {
    brokerId: [0, 4],
    clusterId: [0, 4],
    incarnationId: [0, 4],
    listeners: [0, 4],
    features: [0, 4],
    rack: [0, 4],
    isMigratingZkBroker: [1, 4],
    logDirs: [2, 4],
    previousBrokerEpoch: [3, 4],
  },
  BrokerRegistrationResponse: {
    throttleTimeMs: [0, 4],
    errorCode: [0, 4],
    brokerEpoch: [0, 4],
  },
  BrokerHeartbeatRequest: {
    brokerId: [0, 1],
    brokerEpoch: [0, 1],
    currentMetadataOffset: [0, 1],
    wantFence: [0, 1],
    wantShutDown: [0, 1],
    offlineLogDirs: [1, 1],
  },
  BrokerHeartbeatResponse: {
    throttleTimeMs: [0, 1],
    errorCode: [0, 1],
    isCaughtUp: [0, 1],
    isFenced: [0, 1],
    shouldShutDown: [0, 1],
  },
  UnregisterBrokerRequest: {
    brokerId: [0, 0],
  },
  UnregisterBrokerResponse: {
    throttleTimeMs: [0, 0],
    errorCode: [0, 0],
    errorMessage: [0, 0],
  },
  DescribeTransactionsRequest: {
    transactionalIds: [0, 0],
  },
  DescribeTransactionsResponse: {
    throttleTimeMs: [0, 0],
    transactionStates: [0, 0],
  },
  ListTransactionsRequest: {
    stateFilters: [0, 2],
    producerIdFilters: [0, 2],
    durationFilter: [1, 2],
    transactionalIdPattern: [2, 2],
  },
  ListTransactionsResponse: {
    throttleTimeMs: [0, 2],
    errorCode: [0, 2],
    unknownStateFilters: [0, 2],
    transactionStates: [0, 2],
  },
  AllocateProducerIdsRequest: {
    brokerId: [0, 0],
    brokerEpoch: [0, 0],
  },
  AllocateProducerIdsResponse: {
    throttleTimeMs: [0, 0],
    errorCode: [0, 0],
    producerIdStart: [0, 0],
    producerIdLen: [0, 0],
  },
  ConsumerGroupHeartbeatRequest: {
    groupId: [0, 1],
    memberId: [0, 1],
    memberEpoch: [0, 1],
    instanceId: [0, 1],
    rackId: [0, 1],
    rebalanceTimeoutMs: [0, 1],
    subscribedTopicNames: [0, 1],
    subscribedTopicRegex: [1, 1],
    serverAssignor: [0, 1],
    topicPartitions: [0, 1],
  },
  ConsumerGroupHeartbeatResponse: {
    throttleTimeMs: [0, 1],
    errorCode: [0, 1],
    errorMessage: [0, 1],
    memberId: [0, 1],
    memberEpoch: [0, 1],
    heartbeatIntervalMs: [0, 1],
    assignment: [0, 1],
  },
  ConsumerGroupDescribeRequest: {
    groupIds: [0, 1],
    includeAuthorizedOperations: [0, 1],
  },
  ConsumerGroupDescribeResponse: {
    throttleTimeMs: [0, 1],
    groups: [0, 1],
  },
  ControllerRegistrationRequest: {
    controllerId: [0, 0],
    incarnationId: [0, 0],
    zkMigrationReady: [0, 0],
    listeners: [0, 0],
    features: [0, 0],
  },
  ControllerRegistrationResponse: {
    throttleTimeMs: [0, 0],
    errorCode: [0, 0],
    errorMessage: [0, 0],
  },
  GetTelemetrySubscriptionsRequest: {
    clientInstanceId: [0, 0],
  },
  GetTelemetrySubscriptionsResponse: {
    throttleTimeMs: [0, 0],
    errorCode: [0, 0],
    clientInstanceId: [0, 0],
    subscriptionId: [0, 0],
    acceptedCompressionTypes: [0, 0],
    pushIntervalMs: [0, 0],
    telemetryMaxBytes: [0, 0],
    deltaTemporality: [0, 0],
    requestedMetrics: [0, 0],
  },
  PushTelemetryRequest: {
    clientInstanceId: [0, 0],
    subscriptionId: [0, 0],
    terminating: [0, 0],
    compressionType: [0, 0],
    metrics: [0, 0],
  },
  PushTelemetryResponse: {
    throttleTimeMs: [0, 0],
    errorCode: [0, 0],
  },
  AssignReplicasToDirsRequest: {
    brokerId: [0, 0],
    brokerEpoch: [0, 0],
    directories: [0, 0],
  },
  AssignReplicasToDirsResponse: {
    throttleTimeMs: [0, 0],
    errorCode: [0, 0],
    directories: [0, 0],
  },
  ListConfigResourcesRequest: {
    resourceTypes: [1, 1],
  },
  ListConfigResourcesResponse: {
    throttleTimeMs: [0, 1],
    errorCode: [0, 1],
    configResources: [0, 1],
  },
  DescribeTopicPartitionsRequest: {
    topics: [0, 0],
    responsePartitionLimit: [0, 0],
    cursor: [0, 0],
  },
  DescribeTopicPartitionsResponse: {
    throttleTimeMs: [0, 0],
    topics: [0, 0],
    nextCursor: [0, 0],
  },
  ShareGroupHeartbeatRequest: {
    groupId: [1, 1],
    memberId: [1, 1],
    memberEpoch: [1, 1],
    rackId: [1, 1],
    subscribedTopicNames: [1, 1],
  },
  ShareGroupHeartbeatResponse: {
    throttleTimeMs: [1, 1],
    errorCode: [1, 1],
    errorMessage: [1, 1],
    memberId: [1, 1],
    memberEpoch: [1, 1],
    heartbeatIntervalMs: [1, 1],
    assignment: [1, 1],
  },
  ShareGroupDescribeRequest: {
    groupIds: [1, 1],
    includeAuthorizedOperations: [1, 1],
  },
  ShareGroupDescribeResponse: {
    throttleTimeMs: [1, 1],
    groups: [1, 1],
  },
  ShareFetchRequest: {
    groupId: [1, 1],
    memberId: [1, 1],
    shareSessionEpoch: [1, 1],
    maxWaitMs: [1, 1],
    minBytes: [1, 1],
    maxBytes: [1, 1],
    maxRecords: [1, 1],
    batchSize: [1, 1],
    topics: [1, 1],
    forgottenTopicsData: [1, 1],
  },
  ShareFetchResponse: {
    throttleTimeMs: [1, 1],
    errorCode: [1, 1],
    errorMessage: [1, 1],
    acquisitionLockTimeoutMs: [1, 1],
    responses: [1, 1],
    nodeEndpoints: [1, 1],
  },
  ShareAcknowledgeRequest: {
    groupId: [1, 1],
    memberId: [1, 1],
    shareSessionEpoch: [1, 1],
    topics: [1, 1],
  },
  ShareAcknowledgeResponse: {
    throttleTimeMs: [1, 1],
    errorCode: [1, 1],
    errorMessage: [1, 1],
    responses: [1, 1],
    nodeEndpoints: [1, 1],
  },
  AddRaftVoterRequest: {
    clusterId: [0, 0],
    timeoutMs: [0, 0],
    voterId: [0, 0],
    voterDirectoryId: [0, 0],
    listeners: [0, 0],
  },
  AddRaftVoterResponse: {
    throttleTimeMs: [0, 0],
    errorCode: [0, 0],
    errorMessage: [0, 0],
  },
  RemoveRaftVoterRequest: {
    clusterId: [0, 0],
    voterId: [0, 0],
    voterDirectoryId: [0, 0],
  },
  RemoveRaftVoterResponse: {
    throttleTimeMs: [0, 0],
    errorCode: [0, 0],
    errorMessage: [0, 0],
  },
  UpdateRaftVoterRequest: {
    clusterId: [0, 0],
    currentLeaderEpoch: [0, 0],
    voterId: [0, 0],
    voterDirectoryId: [0, 0],
    listeners: [0, 0],
    kRaftVersionFeature: [0, 0],
  },
  UpdateRaftVoterResponse: {
    throttleTimeMs: [0, 0],
    errorCode: [0, 0],
    currentLeader: [0, 0],
  },
  InitializeShareGroupStateRequest: {
    groupId: [0, 0],
    topics: [0, 0],
  },
  InitializeShareGroupStateResponse: {
    results: [0, 0],
  },
  ReadShareGroupStateRequest: {
    groupId: [0, 0],
    topics: [0, 0],
  },
  ReadShareGroupStateResponse: {
    results: [0, 0],
  },
  WriteShareGroupStateRequest: {
    groupId: [0, 0],
    topics: [0, 0],
  },
  WriteShareGroupStateResponse: {
    results: [0, 0],
  },
  DeleteShareGroupStateRequest: {
    groupId: [0, 0],
    topics: [0, 0],
  },
  DeleteShareGroupStateResponse: {
    results: [0, 0],
  },
  ReadShareGroupStateSummaryRequest: {
    groupId: [0, 0],
    topics: [0, 0],
  },
  ReadShareGroupStateSummaryResponse: {
    results: [0, 0],
  },
  StreamsGroupHeartbeatRequest: {
    groupId: [0, 0],
    memberId: [0, 0],
    memberEpoch: [0, 0],
    endpointInformationEpoch: [0, 0],
    instanceId: [0, 0],
    rackId: [0, 0],
    rebalanceTimeoutMs: [0, 0],
    topology: [0, 0],
    activeTasks: [0, 0],
    standbyTasks: [0, 0],
    warmupTasks: [0, 0],
    processId: [0, 0],
    userEndpoint: [0, 0],
    clientTags: [0, 0],
    taskOffsets: [0, 0],
    taskEndOffsets: [0, 0],
    shutdownApplication: [0, 0],
  },
  StreamsGroupHeartbeatResponse: {
    throttleTimeMs: [0, 0],
    errorCode: [0, 0],
    errorMessage: [0, 0],
    memberId: [0, 0],
    memberEpoch: [0, 0],
    heartbeatIntervalMs: [0, 0],
    acceptableRecoveryLag: [0, 0],
    taskOffsetIntervalMs: [0, 0],
    status: [0, 0],
    activeTasks: [0, 0],
    standbyTasks: [0, 0],
    warmupTasks: [0, 0],
    endpointInformationEpoch: [0, 0],
    partitionsByUserEndpoint: [0, 0],
  },
  StreamsGroupDescribeRequest: {
    groupIds: [0, 0],
    includeAuthorizedOperations: [0, 0],
  },
  StreamsGroupDescribeResponse: {
    throttleTimeMs: [0, 0],
    groups: [0, 0],
  },
  DescribeShareGroupOffsetsRequest: {
    groups: [0, 0],
  },
  DescribeShareGroupOffsetsResponse: {
    throttleTimeMs: [0, 0],
    groups: [0, 0],
  },
  AlterShareGroupOffsetsRequest: {
    groupId: [0, 0],
    topics: [0, 0],
  },
  AlterShareGroupOffsetsResponse: {
    throttleTimeMs: [0, 0],
    errorCode: [0, 0],
    errorMessage: [0, 0],
    responses: [0, 0],
  },
  DeleteShareGroupOffsetsRequest: {
    groupId: [0, 0],
    topics: [0, 0],
  },
  DeleteShareGroupOffsetsResponse: {
    throttleTimeMs: [0, 0],
    errorCode: [0, 0],
    errorMessage: [0, 0],
    responses: [0, 0],
  },
};

/** True when `message` (e.g. `FindCoordinatorResponse`) has top-level `field` at `version`. */
export function hasField(message: string, field: string, version: number): boolean {
  const range = FIELD_VERSIONS[message]?.[field];
  return range !== undefined && version >= range[0] && version <= range[1];
}
