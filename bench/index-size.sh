#!/usr/bin/env bash
# Index size per 1,000 pages, for docs/scaling.md: fills an archive of generated page entries (the search
# benchmark's generator) in an embedded node, merges it to one segment and prints the primary store's size.
#
#   bench/index-size.sh [PAGES]     (default 20000 page entries; kept in BENCH_DIR)
set -euo pipefail
cd "$(dirname "$0")/.."
pages="${1:-20000}"
work="${BENCH_DIR:-/tmp/luutru-bench-index-size}"
export JAVA_HOME="${LUUTRU_JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"

./mvnw -B -q -ntp package -DskipTests -pl analysis-plugin,bench -am dependency:build-classpath \
  -Dmdep.outputFile="$PWD/bench/target/bench-classpath.txt"
classpath="bench/target/classes:$(cat bench/target/bench-classpath.txt)"
distribution="$(ls search-api/target/elasticsearch/elasticsearch-*.zip | head -1)"
mkdir -p "$work"
echo "| pages | entries (documents + pages) | primary store (MiB) | MiB per 1,000 pages |"
echo "| ---: | ---: | ---: | ---: |"
# Ports of their own, beside a developer's archive and other benchmarks.
"$JAVA_HOME/bin/java" -Xmx1g --enable-native-access=ALL-UNNAMED -cp "$classpath" \
  -Dluutru.elasticsearch.embedded.distribution="$distribution" \
  -Dluutru.elasticsearch.embedded.http-port="${ES_HTTP_PORT:-39211}" \
  -Dluutru.elasticsearch.embedded.transport-port="${ES_TRANSPORT_PORT:-39311}" \
  -Dluutru.postgres.embedded.port="${PG_PORT:-39432}" \
  vn.luutru.bench.IndexSizeBench "$work/data" "$pages"
