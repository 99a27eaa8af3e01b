#!/usr/bin/env bash
# Restarts the network on its kept state, again and again (issue 19): `down`, then `up`, N times (default 5), on the
# runtime the network was brought up with. After each `down`: nothing of the network listens any more, no pid file
# is left, and on Docker no container of the network is left and there are no more volumes than before the first
# `down`. After each `up`: every gateway is ready, a write commits through one of them, every node's log (orderer,
# peers, chaincode servers, gateways) is under network/run/logs and holds one start per `up` so far (logs survive
# `down`), and every file under network/run belongs to the invoking user. Prints each `up`'s time; exits 1 at the
# first failure (its log: network/run-restarts.log).
# Usage: scripts/network-restarts.sh [N]   (the network must have come up once: scripts/network.sh up)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
run_dir=network/run
log=network/run-restarts.log
ports=(7050 7053 7051 8051 9051 10051 11051 8081 8082 8083 8084 8085)
# shellcheck source=scripts/registry.sh
. scripts/registry.sh
# every node of the network by the name of its log (network/run/logs/<name>.log)
nodes=(orderer0 peer-bank1 peer-bank2 peer-corp peer-authority peer-regulator
  gateway-bank1 gateway-bank2 gateway-corp gateway-authority gateway-regulator)
while read -r name port; do
  nodes+=("cc-$name")
  ports+=("$port")
done < <(registry_chaincodes chaincode/registry.tsv)
runtime="$(cat "$run_dir/runtime" 2>/dev/null || true)"

fail() { printf '[restarts] FAILED (run %s): %s; see %s\n' "$i" "$*" "$log" >&2; exit 1; }
listening() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# A credit code nobody has registered: 9133 0100, 9 characters from the time and the run, the check character.
fresh_credit_code() {
  python3 - "$1" <<'PY'
import sys, time
alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY"
weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
n = int(time.time() * 1000) * 10 + int(sys.argv[1]) % 10
serial = ""
for _ in range(9):
    serial = alphabet[n % 31] + serial
    n //= 31
first17 = "91330100" + serial
total = sum(alphabet.index(c) * w for c, w in zip(first17, weights))
print(first17 + alphabet[(31 - total % 31) % 31])
PY
}

[ -d "$run_dir/crypto" ] || { echo "[restarts] no network state in $run_dir: run scripts/network.sh up first" >&2; exit 1; }
i=0
times=()
# the check character agrees with a code of fixtures/parties.json (the same algorithm as the chaincode's CreditCode)
known="$(jq -r '.[0].creditCode' fixtures/parties.json)"
[ "$(python3 - "${known:0:17}" <<'PY'
import sys
alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY"
weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
total = sum(alphabet.index(c) * w for c, w in zip(sys.argv[1], weights))
print(sys.argv[1] + alphabet[(31 - total % 31) % 31])
PY
)" = "$known" ] || fail "the check character of $known is computed otherwise here"

volumes_before=""
if [ "$runtime" = docker ]; then
  volumes="$(docker volume ls -q)"
  volumes_before="$(grep -c . <<<"$volumes" || true)"
fi
: >"$log"
for i in $(seq 1 "$runs"); do
  bash scripts/network.sh down >>"$log" 2>&1 || fail "down failed"
  for port in "${ports[@]}"; do
    if listening "$port"; then fail "127.0.0.1:$port still listens after down"; fi
  done
  leftover="$(find "$run_dir/pids" -name '*.pid' -print -quit 2>/dev/null || true)"
  [ -z "$leftover" ] || fail "down left $leftover"
  if [ "$runtime" = docker ]; then
    containers="$(docker ps -aq --filter label=io.tradechain.network=tradechain)"
    [ -z "$containers" ] || fail "down left containers: $containers"
    volumes="$(docker volume ls -q)"
    count="$(grep -c . <<<"$volumes" || true)"
    [ "$count" -le "$volumes_before" ] || fail "down left volumes: $count, $volumes_before before the first down"
  fi

  started=$SECONDS
  bash scripts/network.sh up >>"$log" 2>&1 || fail "up failed"
  took=$((SECONDS - started))

  for port in 8081 8082 8083 8084 8085; do
    ready="$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/q/health/ready" || true)"
    [ "$ready" = 200 ] || fail "the gateway on $port answers $ready to /q/health/ready"
  done
  code="$(fresh_credit_code "$i")"
  status="$(curl -s -o /dev/null -w '%{http_code}' -u corp.admin:demo -H 'Content-Type: application/json' \
    -d "{\"creditCode\":\"$code\",\"name\":\"Restart check $code\",\"kind\":\"SUPPLIER\"}" \
    http://127.0.0.1:8083/api/v1/parties || true)"
  [ "$status" = 201 ] || fail "registering $code through the Corp gateway answered $status"

  for name in "${nodes[@]}"; do
    node_log="$run_dir/logs/$name.log"
    [ -s "$node_log" ] || fail "no log of $name in $run_dir/logs"
    starts="$(grep -c "^==== $name started at" "$node_log" || true)"
    [ "$starts" -ge "$i" ] || fail "$node_log holds $starts starts after $i restarts: a log was lost"
  done
  foreign="$(find "$run_dir" ! -user "$(id -u)" -print -quit)"
  [ -z "$foreign" ] || fail "$foreign does not belong to $(id -un)"
  printf '[restarts] run %s of %s (%s): up in %s s, 5 gateways ready, party %s registered, %s node logs kept\n' \
    "$i" "$runs" "$runtime" "$took" "$code" "${#nodes[@]}"
  times+=("$took")
done
printf '[restarts] %s restarts on kept state (%s) without a failure; up times (s): %s\n' "$runs" "$runtime" "${times[*]}"
