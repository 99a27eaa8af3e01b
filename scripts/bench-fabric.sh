#!/usr/bin/env bash
# Benchmark on the real Fabric network (issue 7): committed tx/s and latency through the gateways for a trivial write
# and for a certificate transfer, 1, 16 and 64 clients; exits 1 when any write failed (counted by answer). Needs the
# network up: scripts/network.sh up. Not part of the tests.
# Usage: scripts/bench-fabric.sh   (BENCH_SECONDS=20, BENCH_CLIENTS=1,16,64 by default)
set -euo pipefail
cd "$(dirname "$0")/.."
curl -sf http://127.0.0.1:8083/q/health/ready >/dev/null || { echo "no gateway on 127.0.0.1:8083: run scripts/network.sh up" >&2; exit 1; }
./mvnw -B -q test-compile -pl gateway-app -am
app=gateway-app/target/quarkus-app
exec java -Drepository.root="$PWD" -Dbench.seconds="${BENCH_SECONDS:-20}" -Dbench.clients="${BENCH_CLIENTS:-1,16,64}" -cp "gateway-app/target/test-classes:${app}/app/*:${app}/lib/main/*:${app}/lib/boot/*" \
  io.tradechain.gateway.it.FabricBenchmark
