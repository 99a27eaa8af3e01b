#!/usr/bin/env bash
# REST benchmark with wrk as the load generator (issue 3): a C load generator costs the shared 2 cores far less than
# the Java one of scripts/bench-gateway.sh, so the figures are closer to what the REST layer itself costs. Runs the
# direct ledger-API measurement (Java, in process) and then the packaged gateway under wrk, both on durable block
# files, and prints the REST / direct ratio at 32 clients. Not part of the tests.
# Needs wrk (Debian: apt-get install wrk). Usage: scripts/bench-gateway-wrk.sh  (BENCH_SECONDS=10 BENCH_WARMUP=30)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { echo "wrk is not installed (Debian: apt-get install wrk)" >&2; exit 1; }
seconds="${BENCH_SECONDS:-10}"
warmup="${BENCH_WARMUP:-30}"
port="${BENCH_PORT:-18190}"
work="$(mktemp -d)"
gateway_pid=""
cleanup() {
  if [ -n "$gateway_pid" ]; then kill "$gateway_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

echo "building (tests skipped)..."
./mvnw -B -q install -DskipTests
app=gateway-app/target/quarkus-app
cp="gateway-app/target/test-classes:${app}/app/*:${app}/lib/main/*:${app}/lib/boot/*"
java -Dbench.paths=direct -Dbench.seconds="$seconds" -Dbench.warmup="$warmup" \
  -Djava.util.logging.manager=org.jboss.logmanager.LogManager -cp "$cp" io.tradechain.gateway.it.GatewayBenchmark \
  | tee "$work/direct.txt"
direct=$(awk '/^ledger API \(direct\) +32 /{print $6}' "$work/direct.txt")

# shellcheck disable=SC2086 # several options in one variable
java ${GATEWAY_JAVA_OPTS:--XX:MaxGCPauseMillis=10} -Dtradechain.data-dir="$work/ledger" -Dquarkus.http.port="$port" \
  -jar "${app}/quarkus-run.jar" \
  >"$work/gateway.log" 2>&1 &
gateway_pid=$!
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:${port}/q/health/ready" >/dev/null 2>&1 && break
  sleep 0.5
done
url="http://127.0.0.1:${port}"
script=scripts/bench/register-party.lua
echo "REST through wrk: ${warmup}s warm-up at 32 connections, then ${seconds}s with 1 and with 32 connections"
wrk -t2 -c32 -d"${warmup}s" -s "$script" "$url" -- 1 >/dev/null
one=$(wrk -t1 -c1 -d"${seconds}s" -s "$script" "$url" -- 2)
many=$(wrk -t2 -c32 -d"${seconds}s" -s "$script" "$url" -- 3)
printf 'REST (wrk), 1 client:   %s writes/s; %s\n' "$(awk '/Requests\/sec/{print $2}' <<<"$one")" \
  "$(grep '^wrk:' <<<"$one")"
printf 'REST (wrk), 32 clients: %s writes/s; %s\n' "$(awk '/Requests\/sec/{print $2}' <<<"$many")" \
  "$(grep '^wrk:' <<<"$many")"
rest=$(awk '/Requests\/sec/{print $2}' <<<"$many")
awk -v r="$rest" -v d="$direct" 'BEGIN { if (d > 0) printf "REST (wrk) / direct at 32 clients: %.2f\n", r / d }'
echo "targets (issue 3): REST at 32 clients >= 2000 writes/s, p99 < 50 ms, ratio >= 0.50"
