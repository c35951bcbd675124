"""Produces records with librdkafka's producer.

Job: config, topic, values (strings), acks ("0", "1", "all"), idempotent (bool), compression
("none", "snappy", "gzip", "lz4", "zstd"), timeoutS. Outcome: "wrote N" when every record was
acknowledged (with acks=0 librdkafka counts a record sent as delivered), else the first error's name.
"""

from confluent_kafka import KafkaError, KafkaException, Producer

from common import ErrorLog, describe_error, emit, error_name, read_job

job = read_job()
timeout_s = job.get("timeoutS", 20)
errors = ErrorLog()
producer = Producer(
    {
        **job["config"],
        "acks": job.get("acks", "all"),
        "enable.idempotence": job.get("idempotent", False),
        "compression.codec": job.get("compression", "none"),
        # One batch for all records, so that a compressed batch is one unit on the broker.
        "linger.ms": 200,
        "message.timeout.ms": timeout_s * 1000,
        "error_cb": errors,
    }
)
delivered = []
failed = []


def on_delivery(error, message):
    if error is None:
        delivered.append(message.offset())
    else:
        failed.append(error)


raised = None
left = len(job["values"])
try:
    for value in job["values"]:
        producer.produce(job["topic"], value.encode(), on_delivery=on_delivery)
    left = producer.flush(timeout_s + 10)
except Exception as exception:  # noqa: BLE001 - a fatal error can surface from flush() as the cause of a SystemError
    while exception is not None and not isinstance(exception, KafkaException):
        exception = exception.__cause__
    if exception is None:
        raise
    raised = exception

# The records' own results come first: librdkafka asks for an idempotent producer id in the
# background, so whether its refusal (a fatal error) comes before or after the records' failures
# is a race; it decides the outcome only when the records failed because of it (_FATAL, or purged
# from the queue after it), or when no record failed.
BECAUSE_OF_FATAL = (KafkaError._FATAL, KafkaError._PURGE_QUEUE, KafkaError._PURGE_INFLIGHT)
fatal = raised if raised is not None else errors.fatal()
if failed and not (failed[0].code() in BECAUSE_OF_FATAL and fatal is not None):
    outcome = error_name(failed[0])
elif fatal is not None:
    outcome = error_name(fatal)
elif left > 0:
    outcome = "timed out"
else:
    outcome = f"wrote {len(delivered)}"
emit(outcome, raised=describe_error(raised) if raised else None, failed=[describe_error(e) for e in failed[:3]], errors=errors.details())
