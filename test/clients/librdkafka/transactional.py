"""A transactional producer: init_transactions, one transaction of the given records, commit.

Job: config, transactionalId, topic, values, timeoutS. Outcome: "committed", or the name of the
error of the first step that failed (the step is in the details).
"""

from confluent_kafka import KafkaException, Producer

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
step = "init_transactions"
try:
    producer.init_transactions(timeout_s)
    step = "begin_transaction"
    producer.begin_transaction()
    step = "produce"
    for value in job["values"]:
        producer.produce(job["topic"], value.encode())
    step = "commit_transaction"
    producer.commit_transaction(timeout_s)
    emit("committed", errors=errors.details())
except KafkaException as exception:
    error = describe_error(exception)
    emit(error["name"], step=step, error=error, errors=errors.details())
