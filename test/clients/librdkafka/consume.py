"""Consumes with librdkafka's consumer: a group subscription (classic or KIP-848, topic names or a
regular expression starting with ^), or an assignment without a group.

Job: config, mode ("subscribe" or "assign"), topics, group, protocol ("classic" or "consumer"),
count (records to wait for), timeoutS. Stops at count records, at the first authorization error, or
at the timeout. Outcome: the first authorization error's name, else
"assigned: t1,t2; records: t1:v1,..." (assigned only for subscriptions; records sorted).
"""

import time

from confluent_kafka import OFFSET_BEGINNING, Consumer, TopicPartition

from common import ErrorLog, close_and_exit, describe_error, emit, error_name, read_job

job = read_job()
timeout_s = job.get("timeoutS", 30)
subscribe = job["mode"] == "subscribe"
errors = ErrorLog()
config = {
    **job["config"],
    "group.id": job["group"],
    "auto.offset.reset": "earliest",
    "enable.auto.commit": subscribe,
    "error_cb": errors,
}
if job.get("protocol", "classic") == "consumer":
    config["group.protocol"] = "consumer"
consumer = Consumer(config)
assigned = set()


def on_assign(_consumer, partitions):
    assigned.update(p.topic for p in partitions)


if subscribe:
    consumer.subscribe(job["topics"], on_assign=on_assign)
else:
    consumer.assign([TopicPartition(topic, 0, OFFSET_BEGINNING) for topic in job["topics"]])

records = []
consume_errors = []
denied = None
deadline = time.monotonic() + timeout_s
while time.monotonic() < deadline and len(records) < job["count"]:
    message = consumer.poll(0.5)
    if message is None:
        continue
    if message.error():
        consume_errors.append(message.error())
        if message.error().name().endswith("AUTHORIZATION_FAILED"):
            denied = message.error()
            break
        continue
    records.append(f"{message.topic()}:{message.value().decode()}")
fatal = errors.fatal()
if denied is None:
    denied = next((e for e in errors.errors if e.name().endswith("AUTHORIZATION_FAILED")), fatal)

if denied is not None:
    outcome = error_name(denied)
else:
    listed = f"records: {','.join(sorted(records)) or '(none)'}"
    outcome = f"assigned: {','.join(sorted(assigned)) or '(none)'}; {listed}" if subscribe else listed
emit(
    outcome,
    timedOut=len(records) < job["count"] and denied is None,
    consumeErrors=[describe_error(e) for e in consume_errors[:5]],
    errors=errors.details(),
)
close_and_exit(consumer)
