#!/bin/sh
# Entrypoint of every container of the docker runtime: runs the command with its output appended to
# network/run/logs/$TRADECHAIN_NODE.log, after a start line, exactly as scripts/network.sh does for a native process.
# The log is a file in the bind-mounted repository, so it outlives the container (`down`, a crash, a recreation).
set -eu
: "${TRADECHAIN_NODE:?the container must set TRADECHAIN_NODE, the name of its log}"
logs="$(dirname "$0")/../run/logs"
mkdir -p "$logs"
printf '==== %s started at %s\n' "$TRADECHAIN_NODE" "$(date -u +%Y-%m-%dT%H:%M:%SZ)" >>"$logs/$TRADECHAIN_NODE.log"
exec "$@" >>"$logs/$TRADECHAIN_NODE.log" 2>&1
