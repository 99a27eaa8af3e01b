#!/usr/bin/env bash
# Runs tradechain for a first look, with no Docker and no Fabric install: the gateway on the embedded ledger,
# seeded with the demo organisations, parties and users of fixtures/, with its Swagger UI.
set -euo pipefail
cd "$(dirname "$0")/.."

jar=gateway-app/target/quarkus-app/quarkus-run.jar
echo "[run] building (tests skipped; ./mvnw -B verify runs them)"
./mvnw -B -q install -DskipTests
echo "[run] starting the gateway on http://127.0.0.1:${PORT:-8080}"
echo "[run]   Swagger UI: http://127.0.0.1:${PORT:-8080}/q/swagger-ui   (users: fixtures/users.json, password: demo)"
# GATEWAY_JAVA_OPTS: JVM options; the default pause goal keeps young-generation pauses short (docs/operations.md)
# shellcheck disable=SC2086 # several options in one variable
exec java ${GATEWAY_JAVA_OPTS:--XX:MaxGCPauseMillis=10} -Dquarkus.http.port="${PORT:-8080}" -jar "$jar" "$@"
