#!/usr/bin/env bash
# Runs tradechain for a first look, with no Docker and no Fabric install: the gateway on the embedded ledger,
# seeded with the demo organisations, parties and users of fixtures/, with its Swagger UI.
# Builds only when a source is newer than the gateway (REBUILD=1 forces it); says "ready" once the gateway answers.
set -euo pipefail
cd "$(dirname "$0")/.."

port="${PORT:-8080}"
jar=gateway-app/target/quarkus-app/quarkus-run.jar
stale() {
  [ "${REBUILD:-0}" = 1 ] && return 0
  [ -f "$jar" ] || return 0
  # any source, resource, pom or fixture newer than the built gateway
  [ -n "$(find pom.xml chaincode gateway-app -newer "$jar" \( -name '*.java' -o -name '*.xml' -o -name '*.json' \
    -o -name '*.properties' \) -not -path '*/target/*' -print -quit)" ]
}
if stale; then
  echo "[run] building (tests skipped; ./mvnw -B verify runs them); this takes a few minutes the first time"
  # one line per module as it is built; sed (unlike grep) never fails the pipeline for lack of a match
  ./mvnw -B -ntp install -DskipTests | sed -n -E 's/^\[INFO\] Building (tradechain.*)/[run]   building \1/p;
    s/^\[ERROR\] (.*)/[run]   ERROR \1/p; s/^\[INFO\] BUILD (.*)/[run] build \1/p'
else
  echo "[run] the gateway is up to date with the sources: no build (REBUILD=1 to force one)"
fi
# the demo user the ready line suggests (USER_HINT=another.user to name someone else)
user="${USER_HINT:-coreco.treasurer}"
echo "[run] starting the gateway on http://127.0.0.1:$port"
# a watcher that says when the gateway answers (the ledger replayed, the demo data seeded)
(
  for _ in $(seq 1 300); do
    if curl -fsS -o /dev/null "http://127.0.0.1:$port/q/health/ready" 2>/dev/null; then
      echo "[run] ready: http://127.0.0.1:$port/ — log in as $user / demo (Swagger UI: /q/swagger-ui, every user: fixtures/users.json)"
      exit 0
    fi
    sleep 1
  done
  echo "[run] the gateway did not become ready within 300 s: see its log above" >&2
) &
# GATEWAY_JAVA_OPTS: JVM options; the default pause goal keeps young-generation pauses short (docs/operations.md)
# shellcheck disable=SC2086 # several options in one variable
exec java ${GATEWAY_JAVA_OPTS:--XX:MaxGCPauseMillis=10} -Dquarkus.http.port="$port" -jar "$jar" "$@"
