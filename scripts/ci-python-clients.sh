#!/usr/bin/env bash
# Installs the librdkafka clients the integration tests run (test/clients/librdkafka/), outside the
# repository: confluent-kafka from PyPI, whose wheels bundle librdkafka of the same version.
#   confluent-kafka 2.16.1  the current release (its wheel bundles librdkafka 2.16.0)
#   confluent-kafka 2.6.1   a release before librdkafka 2.8, the first that can authenticate with
#                           SCRAM to Kafka 4 (2.6.1) and the last line that still sends Produce v0-2
#                           for compressed batches when the broker advertises Produce v0 (KAFKA-18659)
# One virtual environment per version: $KAFKA_L7_PROXY_CACHE/confluent-kafka-<version>
# (default ~/.cache/kafka-l7-proxy). Idempotent: a venv that already imports the pinned version is
# left alone, so a warm run takes about a second.
set -euo pipefail

VERSIONS=(2.16.1 2.6.1)

TOOLS="${KAFKA_L7_PROXY_CACHE:-$HOME/.cache/kafka-l7-proxy}"
mkdir -p "$TOOLS"
started=$(date +%s)

for version in "${VERSIONS[@]}"; do
  venv="$TOOLS/confluent-kafka-$version"
  # version() is a (string, int) pair up to 2.x releases and a plain string in newer ones.
  probe="import confluent_kafka as c; v = c.version(); v = v if isinstance(v, str) else v[0]; assert v == '$version', v; print('  confluent-kafka', v, 'librdkafka', c.libversion()[0])"
  if [ -x "$venv/bin/python" ] && "$venv/bin/python" -c "$probe" 2>/dev/null; then
    echo "  cached in $venv"
    continue
  fi
  rm -rf "$venv.tmp"
  python3 -m venv "$venv.tmp"
  "$venv.tmp/bin/python" -m pip install --quiet --disable-pip-version-check --only-binary=:all: \
    "confluent-kafka==$version"
  "$venv.tmp/bin/python" -c "$probe"
  # venvs hard-code their own path in scripts; nothing here runs those scripts, only bin/python,
  # which resolves its prefix from its location, so the staged directory can be renamed into place.
  rm -rf "$venv"
  mv "$venv.tmp" "$venv"
  echo "  installed into $venv"
done
echo "librdkafka clients ready in $(($(date +%s) - started)) s"
