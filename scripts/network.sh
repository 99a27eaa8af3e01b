#!/usr/bin/env bash
# The tradechain Fabric network in one command (docs/operations.md, network/README.md).
#
#   scripts/network.sh up        crypto, orderer(s), peers, channel, every chaincode, one gateway per organisation
#   scripts/network.sh deploy    (re)deploy every chaincode (chaincode-as-a-service; the jars of this repository)
#   scripts/network.sh gateways  (re)start the gateways (from a copy of the current build)
#   scripts/network.sh chaincode-servers  restart every chaincode server from the current jars
#   scripts/network.sh seed      seed the demo data through the gateways (part of up; a second seed adds nothing)
#   scripts/network.sh status    what runs, on which port, and the channel height
#   scripts/network.sh peer-down ORG   stop one organisation's peer (bank1, bank2, corp, authority, regulator)
#   scripts/network.sh peer-up   start every peer that is not running (after peer-down or a crash)
#   scripts/network.sh add-org Bank3   a bank joins the running network (scripts/lib/add-org.sh)
#   scripts/network.sh down      stop everything (keeps crypto and ledgers)
#   scripts/network.sh clean     stop everything and delete network/run
#
# Options: --runtime docker|native (or TRADECHAIN_RUNTIME=docker|native; default: the runtime the network was brought
#          up with, else docker when a Docker engine and Docker Compose both answer, else native Fabric binaries),
#          --orderers 1|3 (default 1).
# Native runtime: peer, orderer, osnadmin, configtxgen, cryptogen and discover on the PATH (Fabric 2.5, e.g. from Fabric's
# install-fabric.sh) and FABRIC_CFG_PATH pointing at Fabric's config folder (core.yaml, orderer.yaml), by default the
# config/ folder beside the binaries. Everything generated lives under network/run; logs in network/run/logs.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
NET="$ROOT/network"
RUN="$NET/run"
CRYPTO="$RUN/crypto"
LOGS="$RUN/logs"
PIDS="$RUN/pids"
CHANNEL=tradechain
ORDERER_DOMAIN=orderer.tradechain.example

# organisation, MSP id, domain, peer port, gateway port
ORGS=(
  "bank1 Bank1MSP bank1.tradechain.example 7051 8081"
  "bank2 Bank2MSP bank2.tradechain.example 8051 8082"
  "corp CorpMSP corp.tradechain.example 9051 8083"
  "authority AuthorityMSP authority.tradechain.example 10051 8084"
  "regulator RegulatorMSP regulator.tradechain.example 11051 8085"
)
log() { printf '[network] %s\n' "$*"; }
die() { printf '[network] error: %s\n' "$*" >&2; exit 1; }

# chaincode, chaincode-server port, from chaincode/registry.tsv; deployed in this order (later ones call earlier ones)
# shellcheck source=scripts/registry.sh
. "$ROOT/scripts/registry.sh"
CHAINCODES=()
while read -r line; do CHAINCODES+=("$line"); done < <(registry_chaincodes "$ROOT/chaincode/registry.tsv")
[ "${#CHAINCODES[@]}" -gt 0 ] || die "no chaincode in $ROOT/chaincode/registry.tsv"
# The peers that may endorse: never the regulator's (it reads, it does not transact).
ENDORSEMENT_POLICY="OR('Bank1MSP.peer','Bank2MSP.peer','CorpMSP.peer','AuthorityMSP.peer')"
CC_VERSION=1.0
# organisations that joined the running network (add-org): appended to ORGS and to the endorsement policy
# shellcheck source=scripts/lib/add-org.sh
. "$ROOT/scripts/lib/add-org.sh"
joined_orgs_load

# containers (docker runtime) run as the invoking user, so network/run stays theirs
HOST_UID="$(id -u)"
HOST_GID="$(id -g)"
export HOST_UID HOST_GID

# TRADECHAIN_NETWORK_RUNTIME is the name the operations guide uses; TRADECHAIN_RUNTIME is accepted too
runtime="${TRADECHAIN_NETWORK_RUNTIME:-${TRADECHAIN_RUNTIME:-}}"
orderers=1
command="${1:-}"
shift || true
args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --runtime) runtime="${2:-}"; shift 2 ;;
    --orderers) orderers="${2:-}"; shift 2 ;;
    -*) die "unknown option $1 (see the top of $0)" ;;
    *) args+=("$1"); shift ;;
  esac
done
[ "$orderers" = 1 ] || [ "$orderers" = 3 ] || die "--orderers must be 1 or 3"

# The runtime is chosen once per network: an explicit choice, else the one recorded when the network came up (every
# later sub-command acts on what is running), else docker only when both the engine and Compose answer.
RUNTIME_FILE="$RUN/runtime"
choose_runtime() {
  local recorded=""
  [ -f "$RUNTIME_FILE" ] && recorded="$(cat "$RUNTIME_FILE")"
  if [ -n "$runtime" ]; then
    case "$runtime" in
      docker | native) ;;
      *) die "--runtime (or TRADECHAIN_NETWORK_RUNTIME) must be docker or native, not '$runtime'" ;;
    esac
    if [ -n "$recorded" ] && [ "$recorded" != "$runtime" ] && [ "$command" != up ] && [ "$command" != clean ]; then
      die "this network runs on the $recorded runtime ($RUNTIME_FILE); '$command' with --runtime $runtime would act on \
nothing. Use --runtime $recorded, or 'clean' first"
    fi
    return
  fi
  if [ -n "$recorded" ]; then
    runtime="$recorded"
  elif command -v docker >/dev/null 2>&1 && docker info >/dev/null 2>&1 && compose_command >/dev/null \
    && [ -n "$COMPOSE" ]; then
    runtime=docker
  else
    runtime=native
  fi
}

# ---- running Fabric's tools: on the PATH (native) or in the fabric-tools image (docker) ----------------------------

TOOLS_IMAGE=hyperledger/fabric-tools:2.5

# fabric [VAR=value...] command args...: the environment assignments apply to the command only. Natively, and inside
# a tools session (below), the tool runs here; else in a container of its own (about 0.45 s each, against 0.1 s
# native): a step that calls many tools runs as one tools session instead.
fabric() {
  if [ "$runtime" = native ] || [ -n "${TRADECHAIN_IN_TOOLS:-}" ]; then
    env "$@"
    return
  fi
  local envs=()
  while [ $# -gt 0 ] && [[ "$1" == *=* ]]; do
    envs+=(-e "$1")
    shift
  done
  # host networking and the repository at the same path: every address and file name is as in the native runtime
  docker run --rm --label "$NETWORK_LABEL" --network host --user "$HOST_UID:$HOST_GID" -e HOME=/tmp \
    -v "$ROOT:$ROOT" -w "$PWD" "${envs[@]}" "$TOOLS_IMAGE" "$@"
}

# tools_session STEP...: runs these functions of this script one after the other; on the docker runtime all of them
# in one fabric-tools container (this script again, as `__tools`, at the same path and as the same user), so the
# hundred or so peer/osnadmin/discover calls of `up` cost one container instead of one each. The image's bash, jq,
# tar, gzip and coreutils suffice (the official fabric-tools image has them too).
TOOLS_STEPS=" join_orderers join_peers wait_ordering wait_gossip lifecycle "
tools_session() {
  local step
  if [ "$runtime" = native ] || [ -n "${TRADECHAIN_IN_TOOLS:-}" ]; then
    for step in "$@"; do "$step"; done
    return
  fi
  # its own `[network] error:` line is printed inside; the status is passed on as it is
  docker run --rm --label "$NETWORK_LABEL" --network host --user "$HOST_UID:$HOST_GID" -e HOME=/tmp \
    -e TRADECHAIN_IN_TOOLS=1 \
    -v "$ROOT:$ROOT" -w "$ROOT" "$TOOLS_IMAGE" \
    bash "$ROOT/scripts/network.sh" __tools --runtime docker --orderers "$orderers" "$@" || exit $?
}

# Docker Compose v2 (`docker compose`), else v1 (`docker-compose`); prints nothing when neither answers. Asked once
# per run of this script (v1 takes about a second to answer).
COMPOSE=unknown
compose_command() {
  if [ "$COMPOSE" = unknown ]; then
    COMPOSE=""
    if docker compose version >/dev/null 2>&1; then
      COMPOSE="docker compose"
    elif command -v docker-compose >/dev/null 2>&1 && docker-compose version >/dev/null 2>&1; then
      COMPOSE="docker-compose"
    fi
  fi
  echo "$COMPOSE"
}

compose_net() {
  local compose
  compose_command >/dev/null
  read -r -a compose <<<"$COMPOSE"
  [ ${#compose[@]} -gt 0 ] || die "the docker runtime needs Docker Compose (docker compose, or docker-compose)"
  NETWORK_DIR="$NET" "${compose[@]}" -p tradechain -f "$NET/docker/compose-net.yaml" "$@"
}

# Every container of the network carries this label (compose-net.yaml's and the chaincode servers'): `down` and
# `status` find them all by it.
NETWORK_LABEL=io.tradechain.network=tradechain
CHAINCODE_IMAGE=eclipse-temurin:17-jre
PEER_IMAGE=hyperledger/fabric-peer:2.5

# ---- native runtime ----------------------------------------------------------------------------------------------

require_tools() {
  if [ "$runtime" = docker ]; then
    compose_command >/dev/null
    [ -n "$COMPOSE" ] || die "the docker runtime needs Docker Compose (docker compose, or docker-compose)"
    command -v java >/dev/null 2>&1 || die "java (17) is needed for the gateways"
    return
  fi
  require_binaries
}

# Where `up` found Fabric's binaries and config, remembered so that every later command (status, peer-up, down...)
# finds them again without the caller's PATH or FABRIC_CFG_PATH.
FABRIC_ENV_FILE="$RUN/fabric-env"
remember_fabric_env() {
  printf 'bin=%s\ncfg=%s\n' "$(dirname "$(command -v peer)")" "$FABRIC_CFG_PATH" >"$FABRIC_ENV_FILE"
}
recall_fabric_env() {
  [ -f "$FABRIC_ENV_FILE" ] || return 0
  local bin cfg
  bin="$(sed -n 's/^bin=//p' "$FABRIC_ENV_FILE")"
  cfg="$(sed -n 's/^cfg=//p' "$FABRIC_ENV_FILE")"
  if ! command -v peer >/dev/null 2>&1 && [ -x "$bin/peer" ]; then
    PATH="$bin:$PATH"
  fi
  if [ -z "${FABRIC_CFG_PATH:-}" ] && [ -f "$cfg/core.yaml" ]; then
    export FABRIC_CFG_PATH="$cfg"
  fi
}

require_binaries() {
  local missing=()
  for binary in peer orderer osnadmin configtxgen cryptogen discover; do
    command -v "$binary" >/dev/null 2>&1 || missing+=("$binary")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    die "no Docker engine, and ${missing[*]} not on the PATH. Install Fabric 2.5 binaries (Fabric's \
install-fabric.sh: 'install-fabric.sh --fabric-version 2.5.5 binary') and put their bin/ on the PATH, or start Docker."
  fi
  if [ -z "${FABRIC_CFG_PATH:-}" ]; then
    FABRIC_CFG_PATH="$(cd "$(dirname "$(command -v peer)")/.." && pwd)/config"
  fi
  if [ ! -f "$FABRIC_CFG_PATH/core.yaml" ] || [ ! -f "$FABRIC_CFG_PATH/orderer.yaml" ]; then
    die "FABRIC_CFG_PATH=$FABRIC_CFG_PATH has no core.yaml and orderer.yaml: point it at Fabric's config folder"
  fi
  export FABRIC_CFG_PATH
  command -v java >/dev/null 2>&1 || die "java (17) is needed for the chaincode servers and the gateways"
  mkdir -p "$RUN"
  remember_fabric_env
}

crypto() {
  if [ -d "$CRYPTO" ]; then
    log "crypto material exists in $CRYPTO"
    return
  fi
  log "generating crypto material (cryptogen)"
  fabric cryptogen generate --config="$NET/crypto-config.yaml" --output="$CRYPTO" >/dev/null
}

genesis_block() {
  local profile=TradechainChannel
  [ "$orderers" = 3 ] && profile=TradechainChannel3
  if [ ! -f "$RUN/$CHANNEL.block" ]; then
    log "creating the genesis block of channel $CHANNEL ($profile)"
    fabric FABRIC_CFG_PATH="$NET" configtxgen -profile "$profile" -channelID "$CHANNEL" \
      -outputBlock "$RUN/$CHANNEL.block" >"$LOGS/configtxgen.log" 2>&1 || die "configtxgen failed: $LOGS/configtxgen.log"
  fi
}

is_running() {
  local pidfile="$PIDS/$1.pid"
  [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null
}

node_runs() { # name: its process (native) or its container (docker) runs
  is_running "$1" && return 0
  [ "$runtime" = docker ] && [ "$(docker inspect -f '{{.State.Running}}' "tradechain-$1" 2>/dev/null)" = true ]
}

start_process() { # name, command...
  local name="$1"
  shift
  if is_running "$name"; then
    log "$name already runs (pid $(cat "$PIDS/$name.pid"))"
    return
  fi
  # appended: a restart keeps what the previous run of this node logged
  printf '==== %s started at %s\n' "$name" "$(date -u +%Y-%m-%dT%H:%M:%SZ)" >>"$LOGS/$name.log"
  "$@" >>"$LOGS/$name.log" 2>&1 &
  echo $! >"$PIDS/$name.pid"
}

stop_process() { # name: stops it and waits until it is gone
  local pidfile="$PIDS/$1.pid"
  [ -f "$pidfile" ] || return 0
  local pid
  pid="$(cat "$pidfile")"
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 1 40); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.25
  done
  kill -9 "$pid" 2>/dev/null || true
  rm -f "$pidfile"
}

# Whether the node (orderer0, peer-bank1, cc-parties, gateway-bank1...) stopped since it was started: its process
# exited (native, pids/<name>.pid), or its container (tradechain-<name>, docker) is not running or was restarted.
node_failed() { # name
  if [ -f "$PIDS/$1.pid" ]; then
    if is_running "$1"; then return 1; fi
    return 0
  fi
  [ "$runtime" = docker ] || return 1
  local state
  state="$(docker inspect -f '{{.State.Running}} {{.RestartCount}}' "tradechain-$1" 2>/dev/null || true)"
  [ -n "$state" ] && [ "$state" != "true 0" ]
}

# Waits until something listens on the port. When the node named third exits (or its container restarts) meanwhile,
# fails at once, naming its log; while it lives, waits up to WAIT_SECONDS (default 600): the limit only catches a
# node that hangs. Five gateway JVMs starting beside seven chaincode JVMs on two loaded cores took more than 180 s.
wait_port() { # port, what, [node name]
  local limit="${WAIT_SECONDS:-600}" started=$SECONDS
  while [ $((SECONDS - started)) -lt "$limit" ]; do
    if (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; then
      return 0
    fi
    if [ -n "${3:-}" ] && node_failed "$3"; then
      die "$2 exited before it listened on 127.0.0.1:$1: see $LOGS/$3.log"
    fi
    sleep 0.5
  done
  die "$2 did not listen on 127.0.0.1:$1 within $limit s; see ${3:+$LOGS/$3.log in }$LOGS"
}

orderer_dir() { echo "$CRYPTO/ordererOrganizations/$ORDERER_DOMAIN/orderers/orderer$1.$ORDERER_DOMAIN"; }
orderer_tlsca() { echo "$CRYPTO/ordererOrganizations/$ORDERER_DOMAIN/tlsca/tlsca.$ORDERER_DOMAIN-cert.pem"; }

start_orderers() {
  if [ "$runtime" = docker ]; then
    local services=(orderer0)
    [ "$orderers" = 3 ] && services+=(orderer1 orderer2)
    log "starting ${services[*]} (docker)"
    compose_net --profile raft3 up -d "${services[@]}" >>"$LOGS/docker.log" 2>&1 || die "docker compose failed: $LOGS/docker.log"
    local i
    for i in $(seq 0 $((orderers - 1))); do
      wait_port $((7053 + 1000 * i)) "orderer$i" "orderer$i"
    done
    return
  fi
  local i
  for i in $(seq 0 $((orderers - 1))); do
    local dir port admin ops
    dir="$(orderer_dir "$i")"
    port=$((7050 + 1000 * i))
    admin=$((7053 + 1000 * i))
    ops=$((9441 + i))
    mkdir -p "$RUN/orderer$i"
    log "starting orderer$i on 127.0.0.1:$port (admin $admin)"
    start_process "orderer$i" env \
      ORDERER_GENERAL_LISTENADDRESS=127.0.0.1 ORDERER_GENERAL_LISTENPORT="$port" \
      ORDERER_GENERAL_LOCALMSPID=OrdererMSP ORDERER_GENERAL_LOCALMSPDIR="$dir/msp" \
      ORDERER_GENERAL_BOOTSTRAPMETHOD=none ORDERER_CHANNELPARTICIPATION_ENABLED=true \
      ORDERER_GENERAL_TLS_ENABLED=true ORDERER_GENERAL_TLS_PRIVATEKEY="$dir/tls/server.key" \
      ORDERER_GENERAL_TLS_CERTIFICATE="$dir/tls/server.crt" ORDERER_GENERAL_TLS_ROOTCAS="[$dir/tls/ca.crt]" \
      ORDERER_GENERAL_CLUSTER_CLIENTCERTIFICATE="$dir/tls/server.crt" \
      ORDERER_GENERAL_CLUSTER_CLIENTPRIVATEKEY="$dir/tls/server.key" \
      ORDERER_GENERAL_CLUSTER_ROOTCAS="[$dir/tls/ca.crt]" \
      ORDERER_ADMIN_LISTENADDRESS="127.0.0.1:$admin" ORDERER_ADMIN_TLS_ENABLED=true \
      ORDERER_ADMIN_TLS_PRIVATEKEY="$dir/tls/server.key" ORDERER_ADMIN_TLS_CERTIFICATE="$dir/tls/server.crt" \
      ORDERER_ADMIN_TLS_ROOTCAS="[$dir/tls/ca.crt]" ORDERER_ADMIN_TLS_CLIENTAUTHREQUIRED=true \
      ORDERER_ADMIN_TLS_CLIENTROOTCAS="[$dir/tls/ca.crt]" \
      ORDERER_FILELEDGER_LOCATION="$RUN/orderer$i/ledger" ORDERER_CONSENSUS_WALDIR="$RUN/orderer$i/wal" \
      ORDERER_CONSENSUS_SNAPDIR="$RUN/orderer$i/snap" ORDERER_OPERATIONS_LISTENADDRESS="127.0.0.1:$ops" \
      ORDERER_METRICS_PROVIDER=disabled FABRIC_LOGGING_SPEC=INFO \
      orderer
  done
  for i in $(seq 0 $((orderers - 1))); do
    wait_port $((7053 + 1000 * i)) "orderer$i" "orderer$i"
  done
}

join_orderers() {
  local admin_tls="$CRYPTO/ordererOrganizations/$ORDERER_DOMAIN/users/Admin@$ORDERER_DOMAIN/tls"
  local i
  for i in $(seq 0 $((orderers - 1))); do
    local admin=$((7053 + 1000 * i))
    # the listing is read whole before it is searched: `producer | grep -q` under pipefail fails when grep stops early
    local joined
    joined="$(fabric osnadmin channel list -o "127.0.0.1:$admin" --ca-file "$(orderer_tlsca)" \
      --client-cert "$admin_tls/client.crt" --client-key "$admin_tls/client.key" 2>/dev/null || true)"
    if grep -q "\"$CHANNEL\"" <<<"$joined"; then
      continue
    fi
    log "orderer$i joins channel $CHANNEL"
    fabric osnadmin channel join --channelID "$CHANNEL" --config-block "$RUN/$CHANNEL.block" -o "127.0.0.1:$admin" \
      --ca-file "$(orderer_tlsca)" --client-cert "$admin_tls/client.crt" --client-key "$admin_tls/client.key" \
      >>"$LOGS/osnadmin.log" 2>&1 || die "orderer$i did not join the channel: $LOGS/osnadmin.log"
  done
}

org_field() { # org, field index (0 name, 1 msp, 2 domain, 3 peer port, 4 gateway port)
  local entry
  for entry in "${ORGS[@]}"; do
    read -r -a f <<<"$entry"
    if [ "${f[0]}" = "$1" ]; then
      echo "${f[$2]}"
      return
    fi
  done
  die "no organisation $1"
}

peer_dir() { echo "$CRYPTO/peerOrganizations/$(org_field "$1" 2)/peers/peer0.$(org_field "$1" 2)"; }
peer_tlsca() { echo "$CRYPTO/peerOrganizations/$(org_field "$1" 2)/tlsca/tlsca.$(org_field "$1" 2)-cert.pem"; }

# The environment of an organisation's peer, one NAME=VALUE a line: the same on both runtimes but for where the
# chaincode-as-a-service builder is (the repository's copy natively, the peer image's own on Docker).
peer_environment() { # org entry of ORGS, builder path
  local name msp domain port dir
  read -r name msp domain port _ <<<"$1"
  dir="$(peer_dir "$name")"
  cat <<ENV
CORE_PEER_ID=peer0.$domain
CORE_PEER_ADDRESS=127.0.0.1:$port
CORE_PEER_LISTENADDRESS=127.0.0.1:$port
CORE_PEER_CHAINCODEADDRESS=127.0.0.1:$((port + 1))
CORE_PEER_CHAINCODELISTENADDRESS=127.0.0.1:$((port + 1))
CORE_PEER_GOSSIP_BOOTSTRAP=127.0.0.1:$port
CORE_PEER_GOSSIP_EXTERNALENDPOINT=127.0.0.1:$port
CORE_PEER_GOSSIP_USELEADERELECTION=false
CORE_PEER_GOSSIP_ORGLEADER=true
CORE_PEER_LOCALMSPID=$msp
CORE_PEER_MSPCONFIGPATH=$dir/msp
CORE_PEER_TLS_ENABLED=true
CORE_PEER_TLS_CERT_FILE=$dir/tls/server.crt
CORE_PEER_TLS_KEY_FILE=$dir/tls/server.key
CORE_PEER_TLS_ROOTCERT_FILE=$dir/tls/ca.crt
CORE_PEER_FILESYSTEMPATH=$RUN/peer-$name/data
CORE_LEDGER_SNAPSHOTS_ROOTDIR=$RUN/peer-$name/snapshots
CORE_OPERATIONS_LISTENADDRESS=127.0.0.1:$((port + 2402))
CORE_METRICS_PROVIDER=disabled
CORE_PEER_GATEWAY_ENABLED=true
CORE_VM_ENDPOINT=
CORE_CHAINCODE_EXTERNALBUILDERS=[{"name":"ccaas","path":"$2"}]
FABRIC_LOGGING_SPEC=INFO:gossip=WARN
ENV
}

# Starts every organisation's peer that does not run (all of ORGS, joined banks included): a process natively, on
# Docker a container like the chaincode servers' (host network, the invoking user, network/ mounted at its own path,
# its log in network/run/logs, the network's label); a stopped container (peer-down) is started again as it was.
start_peers() {
  local entry name domain port vars
  for entry in "${ORGS[@]}"; do
    read -r name _ domain port _ <<<"$entry"
    mkdir -p "$RUN/peer-$name"
    if [ "$runtime" = docker ]; then
      if node_runs "peer-$name"; then
        log "peer-$name already runs (container tradechain-peer-$name)"
      elif docker inspect "tradechain-peer-$name" >/dev/null 2>&1; then
        log "starting peer0.$domain on 127.0.0.1:$port again (docker)"
        docker start "tradechain-peer-$name" >>"$LOGS/docker.log" 2>&1 \
          || die "docker start of the peer of $name failed: $LOGS/docker.log"
      else
        log "starting peer0.$domain on 127.0.0.1:$port (docker)"
        local envs=()
        while IFS= read -r vars; do envs+=(-e "$vars"); done \
          < <(peer_environment "$entry" /opt/hyperledger/ccaas_builder)
        docker run -d --name "tradechain-peer-$name" --label "$NETWORK_LABEL" --restart unless-stopped \
          --network host --user "$HOST_UID:$HOST_GID" -v "$NET:$NET" -e TRADECHAIN_NODE="peer-$name" "${envs[@]}" \
          --entrypoint sh "$PEER_IMAGE" "$NET/docker/logged.sh" peer node start >>"$LOGS/docker.log" 2>&1 \
          || die "docker run of the peer of $name failed: $LOGS/docker.log"
      fi
      continue
    fi
    log "starting peer0.$domain on 127.0.0.1:$port"
    local env_list=()
    while IFS= read -r vars; do env_list+=("$vars"); done < <(peer_environment "$entry" "$NET/ccaas-builder")
    start_process "peer-$name" env "${env_list[@]}" peer node start
  done
  for entry in "${ORGS[@]}"; do
    read -r name _ _ port _ <<<"$entry"
    wait_port "$port" "peer0 of $name" "peer-$name"
  done
}

# How many organisations' peers the peer of this organisation sees in its gossip membership of the channel (itself
# included), asked through Fabric's discovery service as the organisation's admin; 0 when it does not answer.
gossip_members() { # org
  local org="$1" domain user out
  domain="$(org_field "$org" 2)"
  user="$CRYPTO/peerOrganizations/$domain/users/Admin@$domain/msp"
  out="$(fabric discover --peerTLSCA "$(peer_tlsca "$org")" --userKey "$user/keystore/priv_sk" \
    --userCert "$user/signcerts/Admin@$domain-cert.pem" --MSP "$(org_field "$org" 1)" \
    peers --channel "$CHANNEL" --server "127.0.0.1:$(org_field "$org" 3)" 2>/dev/null || true)"
  jq -r '[.[]? | .MSPID] | unique | length' <<<"${out:-[]}" 2>/dev/null || echo 0
}

# Waits until every peer sees every organisation's peer through gossip: a peer that just (re)started must have
# rejoined the membership before private data can be disseminated to it or pulled by it (a write asking for one
# other member fails with "required to disseminate to at least 1 peers" while the endorser knows of none).
wait_gossip() {
  local want=${#ORGS[@]} entry name seen attempt
  for entry in "${ORGS[@]}"; do
    read -r name _ _ _ _ <<<"$entry"
    for attempt in $(seq 1 120); do
      seen="$(gossip_members "$name")"
      [ "$seen" = "$want" ] && break
      [ "$attempt" = 120 ] && die "the peer of $name sees $seen of $want organisations in gossip after 60 s: see \
$LOGS/peer-$name.log"
      sleep 0.5
    done
  done
  log "every peer sees all $want organisations in gossip"
}

as_admin() { # org, command... : runs a peer CLI command as the organisation's admin against its peer
  local org="$1"
  shift
  local domain
  domain="$(org_field "$org" 2)"
  fabric CORE_PEER_LOCALMSPID="$(org_field "$org" 1)" CORE_PEER_ADDRESS="127.0.0.1:$(org_field "$org" 3)" \
    CORE_PEER_MSPCONFIGPATH="$CRYPTO/peerOrganizations/$domain/users/Admin@$domain/msp" \
    CORE_PEER_TLS_ENABLED=true CORE_PEER_TLS_ROOTCERT_FILE="$(peer_tlsca "$org")" \
    "$@"
}

join_peers() {
  local entry
  for entry in "${ORGS[@]}"; do
    read -r name _ _ _ _ <<<"$entry"
    local channels
    channels="$(as_admin "$name" peer channel list 2>/dev/null || true)"
    if grep -qx "$CHANNEL" <<<"$channels"; then
      continue
    fi
    log "peer of $name joins channel $CHANNEL"
    local attempt
    for attempt in 1 2 3 4 5; do
      if as_admin "$name" peer channel join -b "$RUN/$CHANNEL.block" >>"$LOGS/join.log" 2>&1; then
        break
      fi
      [ "$attempt" = 5 ] && die "peer of $name could not join: $LOGS/join.log"
      sleep 1
    done
  done
}

# ---- chaincode as a service ----------------------------------------------------------------------------------------

package_chaincode() { # name, port: writes network/run/packages/<name>/<name>.tgz
  local name="$1" port="$2"
  local dir="$RUN/packages/$name"
  rm -rf "$dir"
  mkdir -p "$dir/src"
  printf '{"address":"127.0.0.1:%s","dial_timeout":"10s","tls_required":false}\n' "$port" >"$dir/src/connection.json"
  # the label carries a digest of the collection definitions: a changed collections.json makes a new package id,
  # which `deploy` approves and commits as the next sequence
  local digest=none
  if [ -f "$ROOT/chaincode/$name/collections.json" ]; then
    digest="$(sha256sum "$ROOT/chaincode/$name/collections.json")"
    digest="${digest:0:12}"
  fi
  printf '{"type":"ccaas","label":"%s_%s_%s"}\n' "$name" "$CC_VERSION" "$digest" >"$dir/metadata.json"
  # fixed order, owner and time: the same input gives the same package id on every run
  local tar_opts=(--sort=name --mtime='2020-01-01 00:00Z' --owner=0 --group=0 --numeric-owner)
  tar "${tar_opts[@]}" -C "$dir/src" -cf - connection.json | gzip -n >"$dir/code.tar.gz"
  tar "${tar_opts[@]}" -C "$dir" -cf - code.tar.gz metadata.json | gzip -n >"$dir/$name.tgz"
}

package_chaincodes() {
  local entry name port
  mkdir -p "$RUN/packages"
  for entry in "${CHAINCODES[@]}"; do
    read -r name port <<<"$entry"
    package_chaincode "$name" "$port"
  done
}

# The id Fabric gives an installed package (what `peer lifecycle chaincode calculatepackageid` prints): its label, a
# colon and the SHA-256 of the package file. Computed here, no tool call: the chaincode servers need it before
# anything is installed, and packaging happens once, here, so every runtime hashes the same bytes.
package_id() { # name
  local dir="$RUN/packages/$1" label sum
  [ -f "$dir/$1.tgz" ] || die "no package of $1 in $dir: run 'deploy'"
  label="$(jq -r .label "$dir/metadata.json")"
  sum="$(sha256sum "$dir/$1.tgz")"
  echo "$label:${sum%% *}"
}

start_chaincode_server() { # name, port: starts (or restarts) its server with the current jar; does not wait
  local name="$1" port="$2" id
  local jar="$ROOT/chaincode/$name/target/$name-chaincode.jar"
  [ -f "$jar" ] || die "$jar is missing: build first (./mvnw -B install -DskipTests)"
  id="$(package_id "$name")"
  stop_chaincode_server "$name"
  # the server runs a copy of the jar: a rebuild (./mvnw verify) must not change the classes under a running JVM
  mkdir -p "$RUN/app"
  cp "$jar" "$RUN/app/$name-chaincode.jar"
  if [ "$runtime" = docker ]; then
    log "starting the $name chaincode server on 127.0.0.1:$port (docker)"
    # one container per line of chaincode/registry.tsv, like compose-net.yaml's nodes: host network, the invoking
    # user, network/ mounted at its own path, its log in network/run/logs (docker/logged.sh), the network's label
    docker run -d --name "tradechain-cc-$name" --label "$NETWORK_LABEL" --restart unless-stopped --network host \
      --user "$HOST_UID:$HOST_GID" -v "$NET:$NET" -e TRADECHAIN_NODE="cc-$name" \
      -e CHAINCODE_SERVER_ADDRESS="127.0.0.1:$port" -e CORE_CHAINCODE_ID_NAME="$id" \
      --entrypoint sh "$CHAINCODE_IMAGE" "$NET/docker/logged.sh" java -Xmx512m -jar "$RUN/app/$name-chaincode.jar" \
      >>"$LOGS/docker.log" 2>&1 || die "docker run of the $name chaincode server failed: $LOGS/docker.log"
    return
  fi
  log "starting the $name chaincode server on 127.0.0.1:$port"
  # a clean environment: a leaked CORE_PEER_TLS_ENABLED would switch the shim to TLS
  start_process "cc-$name" env -i PATH="$PATH" HOME="$HOME" ${JAVA_HOME:+JAVA_HOME="$JAVA_HOME"} \
    CHAINCODE_SERVER_ADDRESS="127.0.0.1:$port" CORE_CHAINCODE_ID_NAME="$id" \
    java -Xmx512m -jar "$RUN/app/$name-chaincode.jar"
}

stop_chaincode_server() { # name
  if [ "$runtime" = docker ]; then
    # -v: with its anonymous volumes, if the image has any
    docker rm -f -v "tradechain-cc-$1" >/dev/null 2>&1 || true
  else
    stop_process "cc-$1"
  fi
}

# Whether a chaincode server runs: its process (native) or its container (docker).
chaincode_server_running() {
  if [ "$runtime" = docker ]; then
    local running
    running="$(docker ps -q --filter "name=^tradechain-cc-$1\$" --filter status=running 2>/dev/null || true)"
    [ -n "$running" ]
  else
    is_running "cc-$1"
  fi
}

# Starts every chaincode server of the registry ("all": restarts running ones too, e.g. for new jars; default: only
# those not running), all at once, then waits until each listens.
start_chaincode_servers() { # [all]
  local entry name port servers=()
  for entry in "${CHAINCODES[@]}"; do
    read -r name port <<<"$entry"
    if [ "${1:-}" = all ] || ! chaincode_server_running "$name"; then
      start_chaincode_server "$name" "$port"
    fi
    servers+=("$name $port")
  done
  for entry in "${servers[@]}"; do
    read -r name port <<<"$entry"
    wait_port "$port" "the $name chaincode server" "cc-$name"
  done
}

wait_ordering() { # until the ordering service delivers blocks of the channel (a Raft leader is elected)
  local attempt
  # shellcheck disable=SC2046 # orderer_args is several words
  for attempt in $(seq 1 60); do
    if as_admin bank1 peer channel fetch newest "$RUN/newest.block" -c "$CHANNEL" $(orderer_args) \
      >>"$LOGS/join.log" 2>&1; then
      return
    fi
    [ "$attempt" = 1 ] && log "waiting for the ordering service to elect a Raft leader"
    sleep 1
  done
  die "the ordering service delivers no blocks of $CHANNEL after 60 s (no Raft leader?): see $LOGS/orderer*.log"
}

orderer_args() {
  echo "-o 127.0.0.1:7050 --ordererTLSHostnameOverride orderer0.$ORDERER_DOMAIN --tls --cafile $(orderer_tlsca)"
}

# Installs the chaincode's package on every peer that lacks it, then approves and commits its definition unless it
# is committed with this package already. Runs in the tools session (`lifecycle`), on the packages `deploy` made.
deploy_chaincode() { # name
  local name="$1"
  local package="$RUN/packages/$name/$name.tgz" id sequence
  id="$(package_id "$name")"
  local entry
  for entry in "${ORGS[@]}"; do
    read -r org _ _ _ _ <<<"$entry"
    local installed out
    installed="$(as_admin "$org" peer lifecycle chaincode queryinstalled 2>/dev/null || true)"
    if ! grep -qF "$id" <<<"$installed"; then
      if ! out="$(as_admin "$org" peer lifecycle chaincode install "$package" 2>&1)"; then
        printf '%s\n' "$out" >>"$LOGS/deploy.log"
        # a listing that missed the package (peer still starting) must not make a second install fatal
        grep -q "chaincode already successfully installed" <<<"$out" \
          || die "installing $name on the peer of $org failed: $LOGS/deploy.log"
      else
        printf '%s\n' "$out" >>"$LOGS/deploy.log"
      fi
    fi
  done
  sequence=1
  # each answer is read whole, then parsed: no pipeline whose reader stops early can fail the step under pipefail
  local committed answer
  committed="$(committed_sequence "$name")"
  if [ -n "$committed" ]; then
    local approved
    answer="$(as_admin bank1 peer lifecycle chaincode queryapproved -C "$CHANNEL" -n "$name" -O json 2>/dev/null || true)"
    approved="$(jq -r '[.. | objects | .package_id? // empty] | first // empty' <<<"${answer:-{\}}" 2>/dev/null \
      || true)"
    if [ "$approved" = "$id" ]; then
      log "$name is committed with this package already (sequence $committed)"
      return
    fi
    sequence=$((committed + 1))
  fi
  local collections_file=""
  [ -f "$ROOT/chaincode/$name/collections.json" ] && collections_file="$(collections_config "$name")"
  log "approving $name (sequence $sequence) for every organisation"
  for entry in "${ORGS[@]}"; do
    read -r org _ _ _ _ <<<"$entry"
    approve_definition "$org" "$name" "$id" "$sequence" "$collections_file" "$LOGS/deploy.log" \
      || die "approving $name for $org failed: $LOGS/deploy.log"
  done
  log "committing $name"
  commit_definition "$name" "$sequence" "$collections_file" "$LOGS/deploy.log"
}

# Approves a chaincode definition as one organisation, waiting up to 120 s for the approval to commit; an approval
# left by an earlier run is no error, and a wait that timed out on a loaded machine is checked on the ledger.
approve_definition() { # org, chaincode, package id, sequence, collections file or "", log file
  local org="$1" name="$2" id="$3" sequence="$4" collections=() order out
  [ -n "$5" ] && collections=(--collections-config "$5")
  read -r -a order <<<"$(orderer_args)"
  if ! out="$(as_admin "$org" peer lifecycle chaincode approveformyorg "${order[@]}" -C "$CHANNEL" -n "$name" \
    -v "$CC_VERSION" --package-id "$id" --sequence "$sequence" --signature-policy "$ENDORSEMENT_POLICY" \
    "${collections[@]}" --waitForEventTimeout 120s 2>&1)"; then
    printf '%s\n' "$out" >>"$6"
    grep -q "unchanged content" <<<"$out" && return 0
    as_admin "$org" peer lifecycle chaincode queryapproved -C "$CHANNEL" -n "$name" --sequence "$sequence" \
      >/dev/null 2>&1 || return 1
  fi
}

committed_sequence() { # chaincode -> its committed sequence, as bank1's peer knows it
  local answer
  answer="$(as_admin bank1 peer lifecycle chaincode querycommitted -C "$CHANNEL" -n "$1" -O json 2>/dev/null || true)"
  jq -r '.sequence // empty' <<<"${answer:-{\}}" 2>/dev/null || true
}

# Commits a chaincode definition, endorsed by a majority's peers, waiting up to 120 s for the commit event; a wait
# that timed out on a loaded machine is no failure when the ledger shows the sequence within another minute.
commit_definition() { # chaincode, sequence, collections file or "", log file
  local name="$1" sequence="$2" collections=() peers=() order org
  [ -n "$3" ] && collections=(--collections-config "$3")
  while read -r org; do
    peers+=(--peerAddresses "127.0.0.1:$(org_field "$org" 3)" --tlsRootCertFiles "$(peer_tlsca "$org")")
  done < <(majority_orgs)
  read -r -a order <<<"$(orderer_args)"
  if ! as_admin bank1 peer lifecycle chaincode commit "${order[@]}" -C "$CHANNEL" -n "$name" -v "$CC_VERSION" \
    --sequence "$sequence" --signature-policy "$ENDORSEMENT_POLICY" "${collections[@]}" "${peers[@]}" \
    --waitForEventTimeout 120s >>"$4" 2>&1; then
    for _ in $(seq 1 30); do
      [ "$(committed_sequence "$name")" = "$sequence" ] && return 0
      sleep 2
    done
    die "committing $name (sequence $sequence) failed: $4"
  fi
}

lifecycle() { # every chaincode of the registry, in its order (a chaincode after those it calls)
  local entry name
  for entry in "${CHAINCODES[@]}"; do
    read -r name _ <<<"$entry"
    deploy_chaincode "$name"
  done
  log "every chaincode is committed on $CHANNEL"
}

# Packages every chaincode, (re)starts its server with the current jar, installs, approves and commits what changed.
# The servers start first: their JVMs come up while the lifecycle runs (a chaincode-as-a-service package only names
# the server's address; nothing calls it before the gateways do).
deploy() {
  package_chaincodes
  local entry name port
  for entry in "${CHAINCODES[@]}"; do
    read -r name port <<<"$entry"
    start_chaincode_server "$name" "$port"
  done
  tools_session lifecycle
  start_chaincode_servers
}

# ---- gateways ------------------------------------------------------------------------------------------------------

# Each demo user's identity (fixtures/users.json) signs with a cryptogen user of its organisation: admins with
# Admin@<domain>, the others with User1, User2, ... in the file's order.
identities() { # [org]: that organisation's only
  command -v jq >/dev/null 2>&1 || die "jq is needed to map fixtures/users.json to the generated identities"
  local entry name msp domain
  for entry in "${ORGS[@]}"; do
    read -r name msp domain _ _ <<<"$entry"
    [ -z "${1:-}" ] || [ "$name" = "$1" ] || continue
    local dir="$RUN/identities/$msp" n=0
    rm -rf "$dir"
    mkdir -p "$dir"
    while read -r identity admin; do
      local source
      if [ "$admin" = true ]; then
        source="$CRYPTO/peerOrganizations/$domain/users/Admin@$domain/msp"
      else
        n=$((n + 1))
        source="$CRYPTO/peerOrganizations/$domain/users/User$n@$domain/msp"
      fi
      [ -d "$source" ] || die "no generated identity for $identity of $msp ($source): add users in crypto-config.yaml"
      cp -R "$source" "$dir/$identity"
    done < <(jq -r --arg msp "$msp" '.[] | select(.mspId == $msp)
      | "\(.identity) \((.roles | index("admin")) != null)"' "$(org_fixture "$name" users)")
  done
}

gateways() { # [org]: that organisation's gateway only, on the others' copy of the build (add-org)
  local built="$ROOT/gateway-app/target/quarkus-app" only="${1:-}"
  [ -f "$built/quarkus-run.jar" ] || die "$built/quarkus-run.jar is missing: build first (./mvnw -B install -DskipTests)"
  identities "$only"
  local entry
  for entry in "${ORGS[@]}"; do
    read -r name _ _ _ _ <<<"$entry"
    [ -z "$only" ] || [ "$name" = "$only" ] || continue
    stop_process "gateway-$name"
  done
  # the gateways run a copy of the build: a rebuild (./mvnw verify) must not change the classes under a running JVM
  if [ -z "$only" ] || [ ! -f "$RUN/app/gateway/quarkus-run.jar" ]; then
    rm -rf "$RUN/app/gateway"
    mkdir -p "$RUN/app"
    cp -r "$built" "$RUN/app/gateway"
  fi
  local jar="$RUN/app/gateway/quarkus-run.jar"
  for entry in "${ORGS[@]}"; do
    read -r name msp domain port http <<<"$entry"
    [ -z "$only" ] || [ "$name" = "$only" ] || continue
    log "starting the $msp gateway on http://127.0.0.1:$http"
    # shellcheck disable=SC2086 # several options in one variable
    start_process "gateway-$name" java ${GATEWAY_JAVA_OPTS:--XX:MaxGCPauseMillis=10} -Dtradechain.ledger=fabric -Dtradechain.organisation="$msp" \
      -Dquarkus.http.port="$http" -Dtradechain.data-dir="$RUN/gateway-$name" \
      -Dtradechain.users-file="$(org_fixture "$name" users)" \
      -Dtradechain.parties-file="$(org_fixture "$name" parties)" \
      -Dtradechain.fabric.peer-endpoint="127.0.0.1:$port" -Dtradechain.fabric.peer-host-alias="peer0.$domain" \
      -Dtradechain.fabric.tls-cert="$(peer_tlsca "$name")" \
      -Dtradechain.fabric.identities-dir="$RUN/identities/$msp" -jar "$jar"
  done
  for entry in "${ORGS[@]}"; do
    read -r name _ _ _ http <<<"$entry"
    [ -z "$only" ] || [ "$name" = "$only" ] || continue
    wait_port "$http" "the gateway of $name" "gateway-$name"
  done
}

# ---- demo data -----------------------------------------------------------------------------------------------------

# The demo data is one plan (gateway-app demo/DemoPlan over fixtures/: parties, identity bindings, documents, the credit
# line, the L/C demo), the one the embedded gateway plays at start. Each gateway holds only its organisation's
# identities, so the gateways play it in turns: this asks the first gateway, then sends the progress each answers to
# the gateway of the organisation it names (as that organisation's admin) until none is named. Every step has an
# idempotency key: a second seed adds nothing and says so.
seed() { # [first msp [users file]]: default the first organisation and fixtures/users.json
  command -v curl >/dev/null 2>&1 || die "curl is needed to seed the demo data"
  command -v jq >/dev/null 2>&1 || die "jq is needed to seed the demo data"
  local msp="${1:-}" users="${2:-$ROOT/fixtures/users.json}" progress='{}' admin response status body
  [ -n "$msp" ] || read -r _ msp _ _ _ <<<"${ORGS[0]}"
  while [ -n "$msp" ]; do
    admin="$(jq -r --arg msp "$msp" '[.[] | select(.mspId == $msp and (.roles | index("admin")))][0].username // empty' \
      "$users")"
    [ -n "$admin" ] || die "no admin user of $msp in $users to seed with"
    response="$(curl -sS --max-time 900 -w '\n%{http_code}' -u "$admin:demo" -H 'Content-Type: application/json' \
      -d "$progress" "http://127.0.0.1:$(gateway_port "$msp")/api/v1/demo/seed")" || die "the $msp gateway did not answer"
    status="${response##*$'\n'}"
    body="${response%$'\n'*}"
    [ "$status" = 200 ] || die "seeding at the $msp gateway answered $status: $body"
    progress="$(jq -c .progress <<<"$body")"
    msp="$(jq -r '.next // empty' <<<"$body")"
  done
  log "demo data: $(jq -r .summary <<<"$body")"
}

gateway_port() { # msp -> gateway port
  local entry
  for entry in "${ORGS[@]}"; do
    read -r -a f <<<"$entry"
    if [ "${f[1]}" = "$1" ]; then
      echo "${f[4]}"
      return
    fi
  done
  die "no gateway for $1"
}

# ---- commands ------------------------------------------------------------------------------------------------------

status() {
  mkdir -p "$PIDS"
  local pidfile name shown=0
  log "runtime: $runtime"
  for pidfile in "$PIDS"/*.pid; do
    [ -e "$pidfile" ] || continue
    name="$(basename "$pidfile" .pid)"
    shown=1
    if kill -0 "$(cat "$pidfile")" 2>/dev/null; then
      printf '  %-22s running  pid %s\n' "$name" "$(cat "$pidfile")"
    else
      printf '  %-22s stopped\n' "$name"
    fi
  done
  if [ "$runtime" = docker ] && command -v docker >/dev/null 2>&1; then
    local containers state
    containers="$(docker ps -a --filter "label=$NETWORK_LABEL" --format '{{.Names}}\t{{.Status}}' 2>/dev/null || true)"
    while IFS=$'\t' read -r name state; do
      [ -n "$name" ] || continue
      shown=1
      printf '  %-22s %s (container %s)\n' "${name#tradechain-}" "$state" "$name"
    done <<<"$containers"
  fi
  [ "$shown" = 1 ] || log "nothing runs"
  if [ -d "$CRYPTO" ] && (exec 3<>/dev/tcp/127.0.0.1/7051) 2>/dev/null; then
    # the channel height: the peer CLI needs FABRIC_CFG_PATH, remembered by `up` (recall_fabric_env) or found as `up`
    # finds it when the caller did not export it
    if [ "$runtime" = native ] && [ -z "${FABRIC_CFG_PATH:-}" ] && command -v peer >/dev/null 2>&1; then
      export FABRIC_CFG_PATH
      FABRIC_CFG_PATH="$(cd "$(dirname "$(command -v peer)")/.." && pwd)/config"
    fi
    local info
    info="$(as_admin bank1 peer channel getinfo -c "$CHANNEL" 2>&1 || true)"
    printf '%s\n' "$info" | sed 's/^/  /'
  fi
}

peer_down() { # org name: stops its peer, as an outage would (the gateways stay up and must ride it out)
  local org="${1:-}"
  [ -n "$org" ] || die "peer-down needs an organisation: bank1, bank2, corp, authority or regulator"
  org_field "$org" 1 >/dev/null
  log "stopping the peer of $org"
  if [ "$runtime" = docker ]; then
    docker stop "tradechain-peer-$org" >>"$LOGS/docker.log" 2>&1 || die "docker stop failed: $LOGS/docker.log"
  else
    stop_process "peer-$org"
  fi
}

down() {
  mkdir -p "$PIDS"
  local pidfile
  for pidfile in "$PIDS"/gateway-*.pid "$PIDS"/cc-*.pid "$PIDS"/peer-*.pid "$PIDS"/orderer*.pid; do
    [ -e "$pidfile" ] || continue
    stop_process "$(basename "$pidfile" .pid)"
  done
  if [ "$runtime" = docker ] && command -v docker >/dev/null 2>&1; then
    # every node logged to network/run/logs itself (docker/logged.sh): nothing to save from the containers.
    # Every container with the network's label (chaincode servers started from the registry, a tools session of an
    # interrupted `up`, Compose's nodes), then what Compose made; -v: with the images' anonymous volumes (the Fabric
    # images declare two each; ledgers and crypto live in network/run and stay)
    local containers
    containers="$(docker ps -aq --filter "label=$NETWORK_LABEL" 2>/dev/null || true)"
    if [ -n "$containers" ]; then
      # shellcheck disable=SC2086 # one id a word
      docker rm -f -v $containers >>"$LOGS/docker.log" 2>&1 || true
    fi
    compose_net --profile raft3 down -v >>"$LOGS/docker.log" 2>&1 || true
  fi
  log "stopped (logs in $LOGS)"
}

up() {
  local started=$SECONDS
  require_tools
  log "runtime: $runtime"
  mkdir -p "$RUN"
  printf '%s\n' "$runtime" >"$RUNTIME_FILE"
  crypto
  genesis_block
  start_orderers
  start_peers
  # the chaincode servers' JVMs start while the channel is joined and the chaincodes are committed
  package_chaincodes
  local entry name port
  for entry in "${CHAINCODES[@]}"; do
    read -r name port <<<"$entry"
    start_chaincode_server "$name" "$port"
  done
  tools_session join_orderers join_peers wait_ordering wait_gossip lifecycle
  start_chaincode_servers
  gateways
  seed
  local last
  read -r _ _ _ _ last <<<"${ORGS[${#ORGS[@]} - 1]}"
  log "network up in $((SECONDS - started)) s: gateways on 127.0.0.1:8081-$last, logs in $LOGS"
}

mkdir -p "$LOGS" "$PIDS"
choose_runtime
if [ "$runtime" = native ]; then recall_fabric_env; fi
case "$command" in
  up) up ;;
  deploy) require_tools; deploy ;;
  gateways) require_tools; gateways ;;
  chaincode-servers) require_tools; start_chaincode_servers all ;;
  seed) seed ;;
  status) status ;;
  peer-down) peer_down "${args[0]:-}" ;;
  peer-up) require_tools; start_peers; tools_session wait_gossip ;;
  add-org) require_tools; add_org "${args[0]:-}" ;;
  __tools) # inside the fabric-tools container of tools_session only
    [ -n "${TRADECHAIN_IN_TOOLS:-}" ] || die "__tools is internal (tools_session)"
    for step in "${args[@]}"; do
      [[ "$TOOLS_STEPS" == *" $step "* ]] || die "__tools: no step $step"
    done
    tools_session "${args[@]}" ;;
  down) down ;;
  clean) down; rm -rf "$RUN"; log "removed $RUN" ;;
  *) sed -n '2,20p' "$0"; exit 2 ;;
esac
