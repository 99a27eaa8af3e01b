#!/usr/bin/env bash
# Receivables benchmark (issue 5): transfers per second and the cost of a transfer, a trace and a holdings page under
# a root of 10 and of 10,000 pieces, on the embedded ledger in process. Not part of the tests.
# Usage: scripts/bench-receivables.sh   (BENCH_SAMPLES=300 by default)
set -euo pipefail
cd "$(dirname "$0")/.."
echo "building (tests skipped)..."
./mvnw -B -q install -DskipTests -pl ledger-embedded,chaincode,chaincode/common,chaincode/testkit,chaincode/parties,chaincode/blacklist,chaincode/verification
./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath \
  -Dmdep.includeScope=test -pl chaincode/receivables
module=chaincode/receivables
exec java -Dbench.samples="${BENCH_SAMPLES:-300}" \
  -cp "${module}/target/test-classes:${module}/target/classes:$(cat ${module}/target/bench.classpath)" \
  io.tradechain.receivables.ReceivablesBenchmark
