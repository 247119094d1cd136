#!/usr/bin/env bash
# Throughput of one worker against two on one folder (docs/benchmarks.md, "Workers"): runs the partitioned-job
# system test with its comparison on (200 one-page born-digital PDFs, first one worker process, then two) and
# prints its table. Needs what the system tests need (PostgreSQL server binaries, the Elasticsearch zip).
#
#   bench/workers.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${LUUTRU_JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
./mvnw -B -ntp verify -pl system-tests -am -Dpartitions.compare=true -Dtest=none \
  -Dit.test=PartitionedJobIntegrationTests -Dsurefire.failIfNoSpecifiedTests=false \
  -Dfailsafe.failIfNoSpecifiedTests=false | grep -E '^\| '
