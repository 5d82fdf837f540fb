#!/usr/bin/env bash
# The matching engine at scale, single thread: index build time, heap, top-10 latency of full
# matching against a bare BM25 query on the same index.
# Usage: bench/matching.sh [DATASET_DIR] [SIZES...]   (default ../shared/eval/dev, 10000 100000)
set -euo pipefail
cd "$(dirname "$0")/.."
dataset="${1:-../shared/eval/dev}"
shift || true
sizes=("${@:-10000 100000}")
# the benchmark needs only the built engine; its tests run in ./techbridge test
./mvnw -B -q package -DskipTests -pl matching-service -am >&2
app=matching-service/target/quarkus-app
for size in ${sizes[@]}; do
  java -Xmx3g -Djava.util.logging.manager=org.jboss.logmanager.LogManager \
    -cp "$app/app/*:$app/lib/main/*:$app/lib/boot/*" bench/matching/MatchingBenchmark.java "$dataset" "$size" "${ROUNDS:-20}"
done
