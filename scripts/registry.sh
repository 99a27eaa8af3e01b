# shellcheck shell=bash
# Reads chaincode/registry.tsv, the one list of the chaincodes (the embedded ledger and the gateway read it too), with
# plain bash. Sourced by scripts/network.sh; the gateway's ChaincodeRegistryTest runs registry_chaincodes too.

# Prints "name port" for every chaincode, in deployment order (a chaincode after those it calls).
registry_chaincodes() {
  local file="${1:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/chaincode/registry.tsv}"
  local name port _rest
  [ -f "$file" ] || { printf 'the chaincode registry %s is missing\n' "$file" >&2; return 1; }
  while read -r name port _rest; do
    case "$name" in
      '' | '#'*) continue ;;
    esac
    printf '%s %s\n' "$name" "$port"
  done <"$file"
}
