#!/usr/bin/env bash
# Checks what can be checked without a Fabric network (CI runs it): the scripts pass bash -n and shellcheck, the
# YAML files pass yamllint and parse, the compose file passes `docker compose config` (or Debian's docker-compose),
# and, when configtxgen is on the PATH, configtx.yaml produces a genesis block. A missing checker is reported and
# skipped, never counted as a pass.
set -euo pipefail
cd "$(dirname "$0")/.."
status=0
fail() { echo "[validate] FAILED: $*" >&2; status=1; }
skip() { echo "[validate] skipped: $*"; }

scripts=(scripts/*.sh scripts/lib/*.sh network/validate.sh network/docker/logged.sh network/ccaas-builder/bin/detect
  network/ccaas-builder/bin/build network/ccaas-builder/bin/release)
for script in "${scripts[@]}"; do
  bash -n "$script" || fail "bash -n $script"
done
if command -v shellcheck >/dev/null 2>&1; then
  shellcheck -x "${scripts[@]}" || fail "shellcheck"
else
  skip "shellcheck is not installed"
fi

yamls=(network/configtx.yaml network/crypto-config.yaml network/docker/compose-net.yaml
  network/fabric-ca/fabric-ca-server-config.yaml)
if command -v yamllint >/dev/null 2>&1; then
  yamllint -c network/.yamllint "${yamls[@]}" || fail "yamllint"
else
  skip "yamllint is not installed"
fi
for file in "${yamls[@]}"; do
  python3 -c 'import sys, yaml; yaml.safe_load(open(sys.argv[1]))' "$file" || fail "$file does not parse"
done

# Private data collections: one other member's peer must hold a private write before it is endorsed
# (requiredPeerCount 1: no loss with the endorser) when, one member's peer being down, another one is left to hold it;
# with two members (the endorser and one other) that other one may be down, so requiredPeerCount is 0 and the absent
# peer fetches the write by reconciliation when it is back. The endorser offers it to every other member
# (maxPeerCount members - 1). So one organisation's peer being down stops nobody else's private business. A
# collection whose only member never writes it (supervision) needs that member: see docs/supervision.md.
for file in chaincode/*/collections.json; do
  python3 - "$file" <<'PY' || fail "$file: peer counts"
import json, re, sys
path = sys.argv[1]
for c in json.load(open(path)):
    members = len(re.findall(r"'[A-Za-z0-9]+\.member'", c["policy"]))
    required, most = c["requiredPeerCount"], c["maxPeerCount"]
    if c.get("memberOnlyWrite", True) is False and members == 1:
        # written from outside its only member (supervision, see docs/supervision.md): that member's peer must hold
        # the write before it is endorsed, since no other peer keeps a copy it could fetch later
        if required != 1 or most != 1:
            sys.exit(f"{path} {c['name']}: one member written from outside: want requiredPeerCount 1 and "
                     f"maxPeerCount 1, not {required} and {most}")
        continue
    want = min(1, members - 2)
    if required != want or most != members - 1:
        sys.exit(f"{path} {c['name']}: requiredPeerCount {required}, maxPeerCount {most}; want {want} and "
                 f"{members - 1}")
PY
done

export NETWORK_DIR="$PWD/network"
if docker compose version >/dev/null 2>&1; then
  docker compose -f network/docker/compose-net.yaml --profile raft3 config -q || fail "compose"
elif command -v docker-compose >/dev/null 2>&1; then
  docker-compose -f network/docker/compose-net.yaml --profile raft3 config -q || fail "compose"
else
  skip "neither docker compose nor docker-compose is installed"
fi

if command -v configtxgen >/dev/null 2>&1 && command -v cryptogen >/dev/null 2>&1; then
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
  cp network/configtx.yaml "$work/"
  cryptogen generate --config=network/crypto-config.yaml --output="$work/run/crypto" >/dev/null
  for profile in TradechainChannel TradechainChannel3; do
    FABRIC_CFG_PATH="$work" configtxgen -profile "$profile" -channelID tradechain \
      -outputBlock "$work/$profile.block" >/dev/null 2>&1 || fail "configtxgen -profile $profile"
  done
else
  skip "configtxgen and cryptogen are not on the PATH: the genesis blocks were not built"
fi

[ "$status" = 0 ] && echo "[validate] network definition and scripts OK"
exit "$status"
