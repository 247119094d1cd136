#!/usr/bin/env bash
# Search latency benchmark: the search API against the very same requests sent to Elasticsearch directly, at 1
# and 16 concurrent clients, over a generated archive, in one run. Prints the table for docs/benchmarks.md.
#
#   bench/search.sh [PAGES]     (default 100000 page entries; generated once, kept in BENCH_DIR)
#
# Both executions of a search (luutru.search.execution: two-requests, three-requests) are measured, through the
# API and directly, taking turns. BENCH_OPTS passes -Dbench.clients=16 (the client counts, default 1,16) and
# -Dbench.warm-up-batches=N (the warm-up's cap, default 40) and -Dbench.searches=N (searches a path, default 960 at
# 1 client, 3840 at 16) to the benchmark's JVM.
set -euo pipefail
cd "$(dirname "$0")/.."
pages="${1:-100000}"; shift || true
work="${BENCH_DIR:-/tmp/luutru-bench-search}"
export JAVA_HOME="${LUUTRU_JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"

# Built in the reactor, not installed: the class path names this checkout's own modules, whatever the local
# Maven repository holds. Every module writes the file; the bench module, built last, has the last word.
./mvnw -B -q -ntp package -DskipTests -pl analysis-plugin,bench -am dependency:build-classpath \
  -Dmdep.outputFile="$PWD/bench/target/bench-classpath.txt"
classpath="bench/target/classes:$(cat bench/target/bench-classpath.txt)"
# The embedded node's distribution, as ./luutru hands it to the application.
distribution="$(ls search-api/target/elasticsearch/elasticsearch-*.zip | head -1)"
mkdir -p "$work"
# shellcheck disable=SC2086
"$JAVA_HOME/bin/java" -Xmx1g --enable-native-access=ALL-UNNAMED ${BENCH_OPTS:-} -cp "$classpath" \
  -Dluutru.elasticsearch.embedded.distribution="$distribution" \
  vn.luutru.bench.SearchBench "$work/data" "$pages" "$work/section.md" "$@"
