#!/usr/bin/env bash
# Batch verification throughput (issue 4) on the embedded ledger: batches of 1, 100 and 500 documents.
# Not part of the tests. Usage: scripts/bench-verification.sh   (BENCH_SECONDS=5 BENCH_WARMUP=3 by default)
set -euo pipefail
cd "$(dirname "$0")/.."
echo "building (tests skipped)..."
./mvnw -B -q install -DskipTests -pl ledger-embedded,chaincode,chaincode/common,chaincode/testkit,chaincode/parties,chaincode/blacklist
./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath \
  -Dmdep.includeScope=test -pl chaincode/verification
module=chaincode/verification
exec java -Dbench.seconds="${BENCH_SECONDS:-5}" -Dbench.warmup="${BENCH_WARMUP:-3}" \
  -cp "${module}/target/test-classes:${module}/target/classes:$(cat ${module}/target/bench.classpath)" \
  io.tradechain.verification.VerificationBenchmark
