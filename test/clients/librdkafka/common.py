"""Shared by the librdkafka client scripts (confluent-kafka, which bundles librdkafka).

Each script reads one job as a JSON object on stdin, runs one client action, and prints one JSON
line on stdout: {"outcome": <client-independent string>, ...details}. The outcome is what the
integration tests compare between the proxy and the reference broker; details are for diagnosis.
"""

import json
import os
import sys
import threading

import confluent_kafka
from confluent_kafka import KafkaError, KafkaException


def read_job():
    """The job: {"config": {librdkafka properties}, ...script-specific fields}."""
    return json.load(sys.stdin)


def versions():
    """confluent-kafka's and librdkafka's versions (version() is a tuple in older releases)."""
    client = confluent_kafka.version()
    client = client if isinstance(client, str) else client[0]
    return {"confluentKafka": client, "librdkafka": confluent_kafka.libversion()[0]}


def error_name(error):
    """Kafka's name for an error (TOPIC_AUTHORIZATION_FAILED), librdkafka's for local ones (_TRANSPORT)."""
    if isinstance(error, KafkaException):
        error = error.args[0]
    if isinstance(error, KafkaError):
        return error.name()
    return type(error).__name__


def describe_error(error):
    """Name, message and flags of an error, for the details."""
    if isinstance(error, KafkaException):
        error = error.args[0]
    if isinstance(error, KafkaError):
        return {"name": error.name(), "message": error.str(), "fatal": error.fatal()}
    return {"name": type(error).__name__, "message": str(error)}


class ErrorLog:
    """An error_cb that keeps what librdkafka reported outside a request's own result."""

    def __init__(self):
        self.errors = []

    def __call__(self, error):
        self.errors.append(error)

    def fatal(self):
        """The first fatal error (librdkafka passes the underlying code, e.g. CLUSTER_AUTHORIZATION_FAILED)."""
        return next((e for e in self.errors if e.fatal()), None)

    def details(self):
        return [describe_error(e) for e in self.errors[:10]]


def emit(outcome, **details):
    """Prints the result line and flushes it, so that a later hang in close() cannot lose it."""
    print(json.dumps({"outcome": outcome, **versions(), **details}), flush=True)


def close_and_exit(client, timeout_s=10):
    """Closes a consumer (leaving its group) within a bound, then exits: close() can wait long on a broken group."""
    closer = threading.Thread(target=client.close, daemon=True)
    closer.start()
    closer.join(timeout_s)
    sys.stdout.flush()
    os._exit(0)
