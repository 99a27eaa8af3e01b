#!/usr/bin/env bash
# Benchmark of committed writes through the ledger API and the REST API (issue 3). Not part of the tests.
# Usage: scripts/bench-gateway.sh            (BENCH_SECONDS=10 BENCH_WARMUP=30 by default: the JIT needs the warm-up)
# BENCH_JAVA_OPTS passes more -D options, e.g. "-Dbench.paths=rest -Dgateway.jvm.options=-XX:StartFlightRecording=filename=/tmp/g.jfr"
set -euo pipefail
cd "$(dirname "$0")/.."
echo "building (tests skipped)..."
./mvnw -B -q install -DskipTests
app=gateway-app/target/quarkus-app
cp="gateway-app/target/test-classes:${app}/app/*:${app}/lib/main/*:${app}/lib/boot/*"
# shellcheck disable=SC2086 # BENCH_JAVA_OPTS holds several options
exec java ${BENCH_JAVA_OPTS:-} -Dbench.seconds="${BENCH_SECONDS:-10}" -Dbench.warmup="${BENCH_WARMUP:-30}" \
  -Dgateway.jar="${app}/quarkus-run.jar" -Drepository.root="$PWD" \
  -Djava.util.logging.manager=org.jboss.logmanager.LogManager \
  -cp "$cp" io.tradechain.gateway.it.GatewayBenchmark
