#!/usr/bin/env bash
# L/C and forfaiting benchmark (issue 6): the time of a complete L/C lifecycle and of a forfaiting sale of its claim,
# on the embedded ledger in process with the real chaincodes. Not part of the tests.
# Usage: scripts/bench-lc.sh   (BENCH_SAMPLES=200 by default)
set -euo pipefail
cd "$(dirname "$0")/.."
echo "building (tests skipped)..."
./mvnw -B -q install -DskipTests -pl ledger-embedded,chaincode,chaincode/common,chaincode/testkit,chaincode/parties,chaincode/blacklist,chaincode/verification,chaincode/letterofcredit
./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath \
  -Dmdep.includeScope=test -pl chaincode/forfaiting
module=chaincode/forfaiting
exec java -Dbench.samples="${BENCH_SAMPLES:-200}" \
  -cp "${module}/target/test-classes:${module}/target/classes:$(cat ${module}/target/bench.classpath)" \
  io.tradechain.forfaiting.LcBenchmark
