#!/usr/bin/env bash
# Replays the reference workload of docs/domain.md section 2 through the REST API of a packaged gateway (embedded
# ledger, fresh data directory): one CNY 60,000,000.00 certificate over 49 tier-1, 50 tier-2 and 2 tier-3 suppliers.
# Prints its time and the shares reached, and fails if value is not conserved. Usage: scripts/reference-workload.sh
set -euo pipefail
cd "$(dirname "$0")/.."
echo "building (tests skipped)..."
./mvnw -B -q install -DskipTests
app=gateway-app/target/quarkus-app
cp="gateway-app/target/test-classes:${app}/app/*:${app}/lib/main/*:${app}/lib/boot/*"
exec java -Dgateway.jar="${app}/quarkus-run.jar" -Drepository.root="$PWD" \
  -Djava.util.logging.manager=org.jboss.logmanager.LogManager \
  -cp "$cp" io.tradechain.gateway.it.ReferenceWorkload
