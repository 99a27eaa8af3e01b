#!/usr/bin/env bash
# Benchmark of committed writes through the ledger API and the REST API (issue 3). Not part of the tests.
# Usage: scripts/bench-gateway.sh            (BENCH_SECONDS=10 BENCH_WARMUP=5 by default)
set -euo pipefail
cd "$(dirname "$0")/.."
echo "building (tests skipped)..."
./mvnw -B -q install -DskipTests
app=gateway-app/target/quarkus-app
cp="gateway-app/target/test-classes:${app}/app/*:${app}/lib/main/*:${app}/lib/boot/*"
exec java -Dbench.seconds="${BENCH_SECONDS:-10}" -Dbench.warmup="${BENCH_WARMUP:-5}" \
  -Dgateway.jar="${app}/quarkus-run.jar" -Drepository.root="$PWD" \
  -Djava.util.logging.manager=org.jboss.logmanager.LogManager \
  -cp "$cp" io.tradechain.gateway.it.GatewayBenchmark
