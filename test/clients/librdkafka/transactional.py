"""A transactional producer: init_transactions, one transaction of the given records, commit.

Job: config, transactionalId, topic (or topics: the records go to each), values, timeoutS, and
optionally:
  offsetsGroup   send_offsets_to_transaction for this consumer group (offset 0 of partition 0 of
                 the first topic) before the commit, as a consume-transform-produce loop does
  thenTopic      when the transaction fails with an abortable error: abort_transaction, then one more
                 transaction of the same values to this topic (a client recovering)
Outcome: "committed", or the name of the error of the first step that failed (the step is in the
details), followed by " (deliveries: A,B)" when records failed delivery with those errors; with
thenTopic, "<first outcome>, then <second outcome>".
"""

from confluent_kafka import Consumer, KafkaException, Producer, TopicPartition

from common import ErrorLog, describe_error, emit, read_job

job = read_job()
timeout_s = job.get("timeoutS", 20)
errors = ErrorLog()
producer = Producer(
    {
        **job["config"],
        "transactional.id": job["transactionalId"],
        "message.timeout.ms": timeout_s * 1000,
        "error_cb": errors,
    }
)
topics = job.get("topics") or [job["topic"]]
steps = []


def transaction(to_topics, offsets_group):
    """One transaction; returns (outcome, abortable) and records the failing step."""
    step = "begin_transaction"
    try:
        producer.begin_transaction()
        step = "produce"
        failed = set()

        def delivered(error, _message):
            # Records an abort purges (_PURGE_QUEUE) are the client's own doing, not a broker answer.
            if error is not None and error.name() != "_PURGE_QUEUE":
                failed.add(error.name())

        for topic in to_topics:
            for value in job["values"]:
                producer.produce(topic, value.encode(), on_delivery=delivered)
        if offsets_group is not None:
            step = "send_offsets_to_transaction"
            # The group's metadata comes from a consumer of that group (it does not join it).
            consumer = Consumer({**job["config"], "group.id": offsets_group})
            producer.send_offsets_to_transaction(
                [TopicPartition(to_topics[0], 0, 0)], consumer.consumer_group_metadata(), timeout_s
            )
        step = "commit_transaction"
        producer.commit_transaction(timeout_s)
        steps.append({"step": "committed"})
        return "committed", False
    except KafkaException as exception:
        error = describe_error(exception)
        steps.append({"step": step, "error": error})
        producer.poll(0)  # delivery reports of the failed records
        reports = f" (deliveries: {','.join(sorted(failed))})" if step != "begin_transaction" and failed else ""
        return error["name"] + reports, exception.args[0].txn_requires_abort()


try:
    producer.init_transactions(timeout_s)
except KafkaException as exception:
    error = describe_error(exception)
    emit(error["name"], step="init_transactions", error=error, errors=errors.details())
    raise SystemExit(0)

outcome, abortable = transaction(topics, job.get("offsetsGroup"))
if job.get("thenTopic") is not None and outcome != "committed":
    if abortable:
        try:
            producer.abort_transaction(timeout_s)
            second, _ = transaction([job["thenTopic"]], None)
        except KafkaException as exception:
            second = describe_error(exception)["name"]
            steps.append({"step": "abort_transaction", "error": describe_error(exception)})
    else:
        second = "not abortable"
    outcome = f"{outcome}, then {second}"
emit(outcome, steps=steps, step=steps[0]["step"] if steps else None, errors=errors.details())
