"""One AdminClient call of librdkafka.

Job: config, action, timeoutS, and per action:
  list_topics                      outcome "topics: a,b" (internal topics left out)
  describe_cluster                 "nodes: N; operations: DESCRIBE,..." (authorized operations asked for)
  describe_topics   topics         "t: N partitions, operations A,B | t2: ERROR_NAME" (authorized operations asked for)
  create_topic      topic          "created" or the error's name
  describe_configs  topic, names   "name=value,..." or the error's name
  list_groups       suffix         "groups: g1,g2" (only ids ending with suffix: the broker has others)
  describe_groups   groups         "g: STATE, N members, operations A,B | g2: ERROR_NAME" (authorized operations asked for)
  list_offsets      topics         "t: earliest E, latest L, max-timestamp M | t2: ERROR_NAME" (partition 0 of each)
  group_offsets     group, topics  "t: O | t2: ERROR_NAME" (committed offsets of partition 0) or the group's error
"""

from confluent_kafka import ConsumerGroupTopicPartitions, KafkaException, TopicCollection, TopicPartition
from confluent_kafka.admin import AdminClient, ConfigResource, NewTopic, OffsetSpec

from common import ErrorLog, describe_error, emit, error_name, read_job

job = read_job()
timeout_s = job.get("timeoutS", 20)
errors = ErrorLog()
admin = AdminClient({**job["config"], "error_cb": errors})
action = job["action"]


def operations(ops):
    return ",".join(sorted(op.name for op in ops)) if ops is not None else "(not reported)"


def described(names, futures, head):
    """"name: head(description), operations A,B | name2: ERROR_NAME" for the futures of `names`, in order."""
    parts = []
    for name in names:
        try:
            description = futures[name].result(timeout_s)
            parts.append(f"{name}: {head(description)}, operations {operations(description.authorized_operations)}")
        except KafkaException as exception:
            parts.append(f"{name}: {error_name(exception)}")
    return " | ".join(parts)


def run():
    if action == "list_topics":
        metadata = admin.list_topics(timeout=timeout_s)
        names = sorted(t for t in metadata.topics if not t.startswith("__"))
        return f"topics: {','.join(names) or '(none)'}"
    if action == "describe_cluster":
        cluster = admin.describe_cluster(
            include_authorized_operations=True, request_timeout=timeout_s
        ).result(timeout_s)
        return f"nodes: {len(cluster.nodes)}; operations: {operations(cluster.authorized_operations)}"
    if action == "describe_topics":
        futures = admin.describe_topics(
            TopicCollection(job["topics"]), include_authorized_operations=True, request_timeout=timeout_s
        )
        return described(job["topics"], futures, lambda d: f"{len(d.partitions)} partitions")
    if action == "create_topic":
        futures = admin.create_topics(
            [NewTopic(job["topic"], num_partitions=1, replication_factor=1)], request_timeout=timeout_s
        )
        futures[job["topic"]].result(timeout_s)
        return "created"
    if action == "describe_configs":
        futures = admin.describe_configs(
            [ConfigResource(ConfigResource.Type.TOPIC, job["topic"])], request_timeout=timeout_s
        )
        entries = next(iter(futures.values())).result(timeout_s)
        return ",".join(f"{name}={entries[name].value}" for name in job["names"] if name in entries)
    if action == "list_groups":
        result = admin.list_consumer_groups(request_timeout=timeout_s).result(timeout_s)
        ids = sorted(g.group_id for g in result.valid if g.group_id.endswith(job["suffix"]))
        return f"groups: {','.join(ids) or '(none)'}" + (
            f"; errors: {','.join(sorted(error_name(e) for e in result.errors))}" if result.errors else ""
        )
    if action == "describe_groups":
        futures = admin.describe_consumer_groups(
            job["groups"], include_authorized_operations=True, request_timeout=timeout_s
        )
        return described(job["groups"], futures, lambda d: f"{d.state.name}, {len(d.members)} members")
    if action == "list_offsets":
        parts = []
        for topic in job["topics"]:
            found = []
            try:
                for label, spec in (
                    ("earliest", OffsetSpec.earliest()),
                    ("latest", OffsetSpec.latest()),
                    ("max-timestamp", OffsetSpec.max_timestamp()),
                ):
                    partition = TopicPartition(topic, 0)
                    result = admin.list_offsets({partition: spec}, request_timeout=timeout_s)
                    found.append(f"{label} {result[partition].result(timeout_s).offset}")
                parts.append(f"{topic}: {', '.join(found)}")
            except KafkaException as exception:
                parts.append(f"{topic}: {error_name(exception)}")
        return " | ".join(parts)
    if action == "group_offsets":
        request = ConsumerGroupTopicPartitions(job["group"], [TopicPartition(t, 0) for t in job["topics"]])
        futures = admin.list_consumer_group_offsets([request], request_timeout=timeout_s)
        result = futures[job["group"]].result(timeout_s)
        return " | ".join(
            f"{p.topic}: {error_name(p.error) if p.error is not None else p.offset}" for p in result.topic_partitions
        )
    raise ValueError(f"unknown action {action}")


try:
    outcome = run()
    emit(outcome, errors=errors.details())
except KafkaException as exception:
    emit(error_name(exception), error=describe_error(exception), errors=errors.details())
