#!/usr/bin/env bash
# Runs tradechain for a first look, with no Docker and no Fabric install.
# Today: the party registry walked through on the in-memory Fabric ledger (the gateway and its Swagger UI
# replace this once they exist; this command will then start them).
set -euo pipefail
cd "$(dirname "$0")/.."

./mvnw -B -q -pl chaincode/parties -am test \
  -Dtest=PartyRegistryScenarioTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dsurefire.printSummary=false
