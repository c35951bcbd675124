// ConsumerGroupHeartbeat v0 request bodies (KIP-848) for a member that joins a group and one that
// leaves it, shared by the tests that drive the new consumer group protocol with a raw client.

/**
 * A new member (no member id, member epoch 0) joining `groupId` subscribed to `topics`, with a
 * 10 s rebalance timeout, no rack, no instance id, the broker's default assignor and no partitions.
 */
export function consumerGroupJoinBody(groupId: string, topics: readonly string[]) {
  return {
    groupId,
    memberId: '',
    memberEpoch: 0,
    instanceId: null,
    rackId: null,
    rebalanceTimeoutMs: 10_000,
    subscribedTopicNames: [...topics],
    serverAssignor: null,
    topicPartitions: [],
  };
}

/** Member `memberId` leaving `groupId`: member epoch -1, every other field unchanged (null / -1). */
export function consumerGroupLeaveBody(groupId: string, memberId: string | null) {
  return {
    groupId,
    memberId,
    memberEpoch: -1,
    instanceId: null,
    rackId: null,
    rebalanceTimeoutMs: -1,
    subscribedTopicNames: null,
    serverAssignor: null,
    topicPartitions: null,
  };
}
