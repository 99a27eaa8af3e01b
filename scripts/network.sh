#!/usr/bin/env bash
# The tradechain Fabric 2.5 network in one command (network/README.md).
#
#   scripts/network.sh up        crypto, genesis block, orderer(s), peers, channel, every chaincode, the gateways
#   scripts/network.sh deploy    (re)deploy every chaincode as a service (a changed package gets the next sequence)
#   scripts/network.sh gateways  (re)start the five gateways (one per organisation, the regulator's read-only)
#   scripts/network.sh seed      register the demo parties and bind the demo users through the gateways (part of up)
#   scripts/network.sh status    what runs, which ports listen, the channel height
#   scripts/network.sh down      stop everything (keeps crypto material and ledgers: `up` resumes)
#   scripts/network.sh clean     stop everything and delete network/run
#   scripts/network.sh configtx  only render network/run/config/configtx.yaml for the runtime (validate.sh uses it)
#
# Options: --runtime docker|native  default: the runtime network/run was made with; else docker when `docker info`
#                                    answers; else native when the Fabric binaries are on the PATH
#          --orderers 1|3           Raft orderers (default 1; fixed when network/run is made)
# Environment: TRADECHAIN_RUN_DIR (default network/run), TRADECHAIN_FABRIC_CFG_PATH (native core.yaml/orderer.yaml,
#   default network/native), POLICY_<CHAINCODE> (endorsement policy of one chaincode, e.g. POLICY_VERIFICATION).
# Everything generated lives under network/run; every process logs to network/run/logs/<name>.log.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
NET="$ROOT/network"
RUN="${TRADECHAIN_RUN_DIR:-$NET/run}"
CRYPTO="$RUN/crypto"
LOGS="$RUN/logs"
PIDS="$RUN/pids"
CHANNEL=tradechain
ORDERER_DOMAIN=orderer.tradechain.example
TOOLS_IMAGE=hyperledger/fabric-tools:2.5
DOCKER_NETWORK=tradechain
CC_VERSION=1.0

# organisation, MSP id, domain, peer port, gateway port, operations port
ORGS=(
  "bank1 Bank1MSP bank1.tradechain.example 7051 8081 9443"
  "bank2 Bank2MSP bank2.tradechain.example 8051 8082 9444"
  "corp CorpMSP corp.tradechain.example 9051 8083 9445"
  "authority AuthorityMSP authority.tradechain.example 10051 8084 9446"
  "regulator RegulatorMSP regulator.tradechain.example 11051 8085 9447"
)
# chaincode, port of its chaincode server on 127.0.0.1; deployed in this order (later ones call earlier ones)
CHAINCODES=(
  "parties 9991"
  "blacklist 9992"
  "verification 9993"
  "receivables 9994"
  "letterofcredit 9995"
  "forfaiting 9996"
)
# Endorsement policy of each chaincode. Never the regulator's peer: it reads, it does not transact. The defaults let
# any writing organisation's peer endorse alone, because the gateway endorses on the caller's own organisation's
# peer; the chaincode READMEs describe stricter policies (e.g. verification: the authority's peer and a bank's) for
# when the gateway collects endorsements from several organisations. Set POLICY_<NAME> to use another one; a changed
# policy changes the package label, so `deploy` commits it as the next sequence.
ANY_WRITER_PEER="OR('Bank1MSP.peer','Bank2MSP.peer','CorpMSP.peer','AuthorityMSP.peer')"
declare -A POLICY=(
  [parties]="${POLICY_PARTIES:-$ANY_WRITER_PEER}"
  [blacklist]="${POLICY_BLACKLIST:-$ANY_WRITER_PEER}"
  [verification]="${POLICY_VERIFICATION:-$ANY_WRITER_PEER}"
  [receivables]="${POLICY_RECEIVABLES:-$ANY_WRITER_PEER}"
  [letterofcredit]="${POLICY_LETTEROFCREDIT:-$ANY_WRITER_PEER}"
  [forfaiting]="${POLICY_FORFAITING:-$ANY_WRITER_PEER}"
)

log() { printf '[network] %s\n' "$*"; }
die() {
  printf '[network] error: %s\n' "$*" >&2
  exit 1
}

# ---- options and runtime -------------------------------------------------------------------------------------------

runtime=""
orderers=""
command="${1:-help}"
[ $# -gt 0 ] && shift
while [ $# -gt 0 ]; do
  case "$1" in
    --runtime) runtime="${2:-}"; shift 2 || die "--runtime needs docker or native" ;;
    --runtime=*) runtime="${1#*=}"; shift ;;
    --orderers) orderers="${2:-}"; shift 2 || die "--orderers needs 1 or 3" ;;
    --orderers=*) orderers="${1#*=}"; shift ;;
    -h | --help) command=help; shift ;;
    *) die "unknown option $1 (scripts/network.sh help)" ;;
  esac
done
case "$runtime" in "" | docker | native) ;; *) die "--runtime must be docker or native, not '$runtime'" ;; esac
case "$orderers" in "" | 1 | 3) ;; *) die "--orderers must be 1 or 3, not '$orderers'" ;; esac

FABRIC_BINARIES=(peer orderer osnadmin configtxgen cryptogen)

missing_binaries() {
  local binary missing=()
  for binary in "${FABRIC_BINARIES[@]}"; do
    command -v "$binary" >/dev/null 2>&1 || missing+=("$binary")
  done
  echo "${missing[*]}"
}

docker_engine() { command -v docker >/dev/null 2>&1 && docker info >/dev/null 2>&1; }

# The runtime and the orderer count are fixed when network/run is made (its genesis block names the addresses).
choose_runtime() {
  local recorded="" recorded_orderers=""
  [ -f "$RUN/runtime" ] && recorded="$(cat "$RUN/runtime")"
  [ -f "$RUN/orderers" ] && recorded_orderers="$(cat "$RUN/orderers")"
  if [ -n "$recorded" ] && [ -n "$runtime" ] && [ "$recorded" != "$runtime" ]; then
    die "$RUN was made by the $recorded runtime: use --runtime $recorded, or run 'scripts/network.sh clean' first"
  fi
  if [ -n "$recorded_orderers" ] && [ -n "$orderers" ] && [ "$recorded_orderers" != "$orderers" ]; then
    die "$RUN was made with $recorded_orderers orderer(s): run 'scripts/network.sh clean' to change that"
  fi
  orderers="${orderers:-${recorded_orderers:-1}}"
  runtime="${runtime:-$recorded}"
  [ -n "$runtime" ] && return
  if docker_engine; then
    runtime=docker
  elif [ -z "$(missing_binaries)" ]; then
    runtime=native
  else
    die "no runtime: no Docker engine answers 'docker info', and the Fabric binaries $(missing_binaries) are not on \
the PATH. Either start Docker (with Compose v2), or install the Fabric 2.5 binaries with Fabric's install script \
(install-fabric.sh --fabric-version 2.5.5 binary) and add its bin/ folder to the PATH."
  fi
}

require_runtime() {
  if [ "$runtime" = docker ]; then
    docker_engine || die "the docker runtime needs a running Docker engine ('docker info' fails)"
    compose_cmd >/dev/null || die "the docker runtime needs Docker Compose v2 ('docker compose version' fails)"
  else
    local missing
    missing="$(missing_binaries)"
    [ -z "$missing" ] || die "the native runtime needs $missing on the PATH: install the Fabric 2.5 binaries with \
Fabric's install script (install-fabric.sh --fabric-version 2.5.5 binary) and add its bin/ folder to the PATH, or use \
--runtime docker"
    if [ ! -f "$FABRIC_CFG/core.yaml" ] || [ ! -f "$FABRIC_CFG/orderer.yaml" ]; then
      die "$FABRIC_CFG has no core.yaml and orderer.yaml (TRADECHAIN_FABRIC_CFG_PATH)"
    fi
    command -v java >/dev/null 2>&1 || die "java 17 is needed for the chaincode servers (install a JDK or JRE 17)"
  fi
}

require_host_tools() {
  local tool
  for tool in "$@"; do
    command -v "$tool" >/dev/null 2>&1 || die "$tool is needed on this machine (e.g. apt-get install $tool)"
  done
}

FABRIC_CFG="${TRADECHAIN_FABRIC_CFG_PATH:-$NET/native}"

# ---- running Fabric's tools: on the PATH (native) or in the fabric-tools image (docker) ---------------------------

# fabric [VAR=value...] command args...: the assignments apply to that command only. In the docker runtime the
# command runs in the tools image on the "tradechain" network, as the operator's user, with the repository and
# network/run mounted at their own paths, so every file name is the same as on the host.
fabric() {
  if [ "$runtime" = native ]; then
    env FABRIC_CFG_PATH="$FABRIC_CFG" "$@"
    return
  fi
  local args=(--rm --network "$DOCKER_NETWORK" --user "$(id -u):$(id -g)" -e HOME=/tmp -v "$ROOT:$ROOT" -w "$ROOT")
  case "$RUN/" in "$ROOT"/*) ;; *) args+=(-v "$RUN:$RUN") ;; esac
  while [ $# -gt 0 ] && [[ "$1" == *=* ]]; do
    args+=(-e "$1")
    shift
  done
  docker run "${args[@]}" "$TOOLS_IMAGE" "$@"
}

compose_cmd() {
  if docker compose version >/dev/null 2>&1; then
    echo "docker compose"
  elif command -v docker-compose >/dev/null 2>&1; then
    echo "docker-compose"
  else
    return 1
  fi
}

# compose net|cc args...: the network's nodes (project tradechain) or the chaincode servers (project tradechain-cc)
compose() {
  local which="$1"
  shift
  local cmd project file
  read -r -a cmd <<<"$(compose_cmd)"
  if [ "$which" = net ]; then
    project=tradechain
    file="$NET/docker/compose-net.yaml"
  else
    project=tradechain-cc
    file="$NET/docker/compose-chaincode.yaml"
  fi
  TRADECHAIN_RUN_DIR="$RUN" TRADECHAIN_UID="$(id -u)" TRADECHAIN_GID="$(id -g)" \
    "${cmd[@]}" -p "$project" -f "$file" "$@" >>"$LOGS/docker.log" 2>&1 \
    || die "'${cmd[*]} -p $project $*' failed: see $LOGS/docker.log"
}

ensure_docker_network() {
  docker network inspect "$DOCKER_NETWORK" >/dev/null 2>&1 && return
  log "creating the Docker network $DOCKER_NETWORK"
  docker network create "$DOCKER_NETWORK" >>"$LOGS/docker.log" 2>&1 || die "docker network create failed: $LOGS/docker.log"
}

# retry attempts command...: runs the command until it succeeds, 2 s apart
retry() {
  local attempts="$1" i
  shift
  for i in $(seq 1 "$attempts"); do
    "$@" && return 0
    [ "$i" = "$attempts" ] || sleep 2
  done
  return 1
}

# ---- addresses -----------------------------------------------------------------------------------------------------

org_field() { # org, field index (0 name, 1 msp, 2 domain, 3 peer port, 4 gateway port, 5 operations port)
  local entry f
  for entry in "${ORGS[@]}"; do
    read -r -a f <<<"$entry"
    if [ "${f[0]}" = "$1" ]; then
      echo "${f[$2]}"
      return
    fi
  done
  die "no organisation $1"
}

# Where Fabric's tools reach a node: 127.0.0.1 natively, the node's host name on the Docker network.
peer_address() {
  if [ "$runtime" = docker ]; then
    echo "peer0.$(org_field "$1" 2):$(org_field "$1" 3)"
  else
    echo "127.0.0.1:$(org_field "$1" 3)"
  fi
}
orderer_address() { # index, port offset (0 service, 3 admin)
  local port=$((7050 + 1000 * $1 + $2))
  if [ "$runtime" = docker ]; then
    echo "orderer$1.$ORDERER_DOMAIN:$port"
  else
    echo "127.0.0.1:$port"
  fi
}
# Where the peers reach a chaincode server (the address in its package's connection.json).
chaincode_address() { # name, host port
  if [ "$runtime" = docker ]; then
    echo "cc-$1:9999"
  else
    echo "127.0.0.1:$2"
  fi
}

orderer_dir() { echo "$CRYPTO/ordererOrganizations/$ORDERER_DOMAIN/orderers/orderer$1.$ORDERER_DOMAIN"; }
orderer_tlsca() { echo "$CRYPTO/ordererOrganizations/$ORDERER_DOMAIN/tlsca/tlsca.$ORDERER_DOMAIN-cert.pem"; }
peer_dir() { echo "$CRYPTO/peerOrganizations/$(org_field "$1" 2)/peers/peer0.$(org_field "$1" 2)"; }
peer_tlsca() { echo "$CRYPTO/peerOrganizations/$(org_field "$1" 2)/tlsca/tlsca.$(org_field "$1" 2)-cert.pem"; }

# ---- processes of the native runtime -------------------------------------------------------------------------------

is_running() {
  local pidfile="$PIDS/$1.pid"
  [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null
}

start_process() { # name, command...: in the background, output to logs/<name>.log, pid to pids/<name>.pid
  local name="$1"
  shift
  if is_running "$name"; then
    log "$name already runs (pid $(cat "$PIDS/$name.pid"))"
    return
  fi
  "$@" >"$LOGS/$name.log" 2>&1 &
  echo $! >"$PIDS/$name.pid"
}

stop_process() { # name: stops it and waits until it is gone
  local pidfile="$PIDS/$1.pid" pid
  [ -f "$pidfile" ] || return 0
  pid="$(cat "$pidfile")"
  if kill "$pid" 2>/dev/null; then
    for _ in $(seq 1 40); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.25
    done
    kill -9 "$pid" 2>/dev/null || true
  fi
  rm -f "$pidfile"
}

listening() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Published Docker ports accept connections as soon as the container starts, so in the docker runtime this only
# shows the container is up; the steps that follow retry until the node answers.
wait_port() { # port, what
  for _ in $(seq 1 160); do
    listening "$1" && return 0
    sleep 0.25
  done
  die "$2 did not listen on 127.0.0.1:$1 within 40 s; see $LOGS"
}

# ---- crypto material and genesis block -----------------------------------------------------------------------------

crypto() {
  if [ -d "$CRYPTO" ]; then
    log "crypto material exists in $CRYPTO"
    return
  fi
  log "generating crypto material (cryptogen)"
  fabric cryptogen generate --config="$NET/crypto-config.yaml" --output="$CRYPTO" >"$LOGS/cryptogen.log" 2>&1 \
    || die "cryptogen failed: $LOGS/cryptogen.log"
}

# network/configtx.yaml names nodes by host name and crypto material by relative path; this writes the copy
# configtxgen reads: absolute paths, and for the native runtime every endpoint at 127.0.0.1 (same ports).
render_configtx() {
  mkdir -p "$RUN/config"
  local rules=(-e "s#\\(MSPDir\\|ClientTLSCert\\|ServerTLSCert\\): run/crypto/#\\1: $CRYPTO/#")
  if [ "$runtime" = native ]; then
    rules+=(-e 's/\(Host: \)[a-z0-9]*\.[a-z0-9.]*tradechain\.example$/\1127.0.0.1/'
      -e 's/^\( *- \)orderer[0-9]\.orderer\.tradechain\.example:/\1127.0.0.1:/')
  fi
  sed "${rules[@]}" "$NET/configtx.yaml" >"$RUN/config/configtx.yaml"
  if grep -Eq '^[^#]*: run/crypto/' "$RUN/config/configtx.yaml"; then
    die "render_configtx left a relative crypto path in $RUN/config/configtx.yaml"
  fi
  if [ "$runtime" = native ] && grep -Eq '^[^#]*(Host: |- )[a-z0-9.]*tradechain\.example' "$RUN/config/configtx.yaml"; then
    die "render_configtx left a host name in $RUN/config/configtx.yaml"
  fi
}

genesis_block() {
  local profile=TradechainChannel
  [ "$orderers" = 3 ] && profile=TradechainChannel3
  [ -f "$RUN/$CHANNEL.block" ] && return
  render_configtx
  log "creating the genesis block of channel $CHANNEL ($profile)"
  fabric FABRIC_CFG_PATH="$RUN/config" configtxgen -profile "$profile" -channelID "$CHANNEL" \
    -outputBlock "$RUN/$CHANNEL.block" >"$LOGS/configtxgen.log" 2>&1 || die "configtxgen failed: $LOGS/configtxgen.log"
}

# ---- orderers and peers --------------------------------------------------------------------------------------------

start_orderers() {
  local i
  if [ "$runtime" = docker ]; then
    local services=(orderer0)
    [ "$orderers" = 3 ] && services+=(orderer1 orderer2)
    log "starting ${services[*]} (docker)"
    compose net --profile raft3 up -d "${services[@]}"
  else
    for i in $(seq 0 $((orderers - 1))); do
      local dir port admin
      dir="$(orderer_dir "$i")"
      port=$((7050 + 1000 * i))
      admin=$((port + 3))
      mkdir -p "$RUN/orderer$i"
      log "starting orderer$i on 127.0.0.1:$port (admin $admin)"
      start_process "orderer$i" env FABRIC_CFG_PATH="$FABRIC_CFG" FABRIC_LOGGING_SPEC=INFO \
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
        ORDERER_CONSENSUS_SNAPDIR="$RUN/orderer$i/snap" ORDERER_OPERATIONS_LISTENADDRESS="127.0.0.1:$((9440 + i))" \
        orderer
    done
  fi
  for i in $(seq 0 $((orderers - 1))); do
    wait_port $((7053 + 1000 * i)) "orderer$i"
  done
}

osnadmin() { # index, osnadmin arguments...
  local i="$1"
  shift
  local admin="$CRYPTO/ordererOrganizations/$ORDERER_DOMAIN/users/Admin@$ORDERER_DOMAIN/tls"
  fabric osnadmin channel "$@" -o "$(orderer_address "$i" 3)" --ca-file "$(orderer_tlsca)" \
    --client-cert "$admin/client.crt" --client-key "$admin/client.key"
}

join_orderers() {
  local i
  for i in $(seq 0 $((orderers - 1))); do
    if osnadmin "$i" list 2>/dev/null | grep -q "\"$CHANNEL\""; then
      continue
    fi
    log "orderer$i joins channel $CHANNEL (channel participation API)"
    retry 15 osnadmin "$i" join --channelID "$CHANNEL" --config-block "$RUN/$CHANNEL.block" >>"$LOGS/osnadmin.log" 2>&1 \
      || die "orderer$i did not join the channel: $LOGS/osnadmin.log and $LOGS/orderer$i.log"
  done
}

start_peers() {
  local entry name msp domain port ops
  if [ "$runtime" = docker ]; then
    log "starting the five peers (docker)"
    compose net up -d peer-bank1 peer-bank2 peer-corp peer-authority peer-regulator
  else
    for entry in "${ORGS[@]}"; do
      read -r name msp domain port _ ops <<<"$entry"
      local dir
      dir="$(peer_dir "$name")"
      mkdir -p "$RUN/peer-$name"
      log "starting peer0.$domain on 127.0.0.1:$port"
      start_process "peer-$name" env FABRIC_CFG_PATH="$FABRIC_CFG" FABRIC_LOGGING_SPEC="INFO:gossip=WARN" \
        CORE_PEER_ID="peer0.$domain" CORE_PEER_ADDRESS="127.0.0.1:$port" CORE_PEER_LISTENADDRESS="127.0.0.1:$port" \
        CORE_PEER_CHAINCODEADDRESS="127.0.0.1:$((port + 1))" CORE_PEER_CHAINCODELISTENADDRESS="127.0.0.1:$((port + 1))" \
        CORE_PEER_GOSSIP_BOOTSTRAP="127.0.0.1:$port" CORE_PEER_GOSSIP_EXTERNALENDPOINT="127.0.0.1:$port" \
        CORE_PEER_GOSSIP_USELEADERELECTION=false CORE_PEER_GOSSIP_ORGLEADER=true \
        CORE_PEER_LOCALMSPID="$msp" CORE_PEER_MSPCONFIGPATH="$dir/msp" \
        CORE_PEER_TLS_ENABLED=true CORE_PEER_TLS_CERT_FILE="$dir/tls/server.crt" \
        CORE_PEER_TLS_KEY_FILE="$dir/tls/server.key" CORE_PEER_TLS_ROOTCERT_FILE="$dir/tls/ca.crt" \
        CORE_PEER_FILESYSTEMPATH="$RUN/peer-$name/data" CORE_LEDGER_SNAPSHOTS_ROOTDIR="$RUN/peer-$name/snapshots" \
        CORE_LEDGER_STATE_STATEDATABASE=goleveldb CORE_LEDGER_HISTORY_ENABLEHISTORYDATABASE=true \
        CORE_OPERATIONS_LISTENADDRESS="127.0.0.1:$ops" CORE_METRICS_PROVIDER=prometheus \
        CORE_PEER_GATEWAY_ENABLED=true CORE_VM_ENDPOINT="" \
        CORE_CHAINCODE_EXTERNALBUILDERS="[{\"name\":\"ccaas\",\"path\":\"$NET/ccaas-builder\"}]" \
        peer node start
    done
  fi
  for entry in "${ORGS[@]}"; do
    read -r name _ _ port _ _ <<<"$entry"
    wait_port "$port" "peer0 of $name"
  done
}

as_admin() { # org, command...: a peer CLI command as the organisation's admin, against its peer
  local org="$1"
  shift
  local domain
  domain="$(org_field "$org" 2)"
  fabric CORE_PEER_LOCALMSPID="$(org_field "$org" 1)" CORE_PEER_ADDRESS="$(peer_address "$org")" \
    CORE_PEER_MSPCONFIGPATH="$CRYPTO/peerOrganizations/$domain/users/Admin@$domain/msp" \
    CORE_PEER_TLS_ENABLED=true CORE_PEER_TLS_ROOTCERT_FILE="$(peer_tlsca "$org")" \
    "$@"
}

join_peers() {
  local entry name
  for entry in "${ORGS[@]}"; do
    read -r name _ _ _ _ _ <<<"$entry"
    if as_admin "$name" peer channel list 2>/dev/null | grep -qx "$CHANNEL"; then
      continue
    fi
    log "peer of $name joins channel $CHANNEL"
    retry 15 as_admin "$name" peer channel join -b "$RUN/$CHANNEL.block" >>"$LOGS/join.log" 2>&1 \
      || die "the peer of $name could not join: $LOGS/join.log and $LOGS/peer-$name.log"
  done
  # Anchor peers are part of the genesis block (configtx.yaml): cross-organisation gossip needs no further update.
}

# ---- chaincode as a service ----------------------------------------------------------------------------------------

chaincode_jar() { # name -> the runnable (shaded) jar Maven built
  local name="$1" dir="$ROOT/chaincode/$1/target" jar
  for jar in "$dir/$name-chaincode.jar" "$dir"/chaincode-"$name"-*.jar; do
    case "$jar" in *-tests.jar | *-client.jar | *-sources.jar | *-javadoc.jar) continue ;; esac
    # a shaded jar carries the Fabric shim (zip entry names are stored uncompressed)
    if [ -f "$jar" ] && grep -qa 'org/hyperledger/fabric/shim/' "$jar"; then
      echo "$jar"
      return
    fi
  done
  die "no runnable jar of the $name chaincode in $dir: build first (./mvnw -B install -DskipTests)"
}

# Builds the chaincode-as-a-service package: metadata.json (type ccaas, label) and code.tar.gz holding
# connection.json (where the peers reach the chaincode server). Fixed file order, owner, time and no gzip name or
# time stamp: the same input gives the same package id on every run and every machine.
package_chaincode() { # name, port -> prints the package file
  local name="$1" port="$2"
  local dir="$RUN/packages/$name"
  rm -rf "$dir"
  mkdir -p "$dir/src"
  printf '{"address":"%s","dial_timeout":"10s","tls_required":false}\n' "$(chaincode_address "$name" "$port")" \
    >"$dir/src/connection.json"
  # The label carries a digest of the collection definitions and the endorsement policy: changing either makes a
  # new package id, which `deploy` approves and commits as the next sequence.
  local digest
  digest="$({
    [ -f "$ROOT/chaincode/$name/collections.json" ] && cat "$ROOT/chaincode/$name/collections.json"
    printf '%s' "${POLICY[$name]}"
  } | sha256sum | cut -c1-12)"
  printf '{"type":"ccaas","label":"%s_%s_%s"}\n' "$name" "$CC_VERSION" "$digest" >"$dir/metadata.json"
  local tar_opts=(--sort=name --mtime='2020-01-01 00:00Z' --owner=0 --group=0 --numeric-owner)
  tar "${tar_opts[@]}" -C "$dir/src" -cf - connection.json | gzip -n >"$dir/code.tar.gz"
  tar "${tar_opts[@]}" -C "$dir" -cf - code.tar.gz metadata.json | gzip -n >"$dir/$name.tgz"
  echo "$dir/$name.tgz"
}

start_chaincode_server() { # name, port, package id
  local name="$1" port="$2" id="$3" jar
  jar="$(chaincode_jar "$name")"
  if [ "$runtime" = docker ]; then
    log "starting the $name chaincode server (docker, cc-$name:9999, 127.0.0.1:$port)"
    local upper
    upper="$(tr '[:lower:]' '[:upper:]' <<<"$name")"
    # compose-chaincode.yaml reads <NAME>_JAR and <NAME>_PACKAGE_ID
    export "${upper}_JAR=$jar" "${upper}_PACKAGE_ID=$id"
    compose cc up -d --force-recreate "cc-$name"
    wait_port "$port" "the $name chaincode server"
    return
  fi
  stop_process "cc-$name"
  log "starting the $name chaincode server on 127.0.0.1:$port"
  # A clean environment: a leaked CORE_PEER_TLS_ENABLED (or any CORE_*) would switch the shim's server to TLS.
  start_process "cc-$name" env -i PATH="$PATH" HOME="$HOME" ${JAVA_HOME:+JAVA_HOME="$JAVA_HOME"} \
    CHAINCODE_SERVER_ADDRESS="127.0.0.1:$port" CORE_CHAINCODE_ID_NAME="$id" \
    java -Xmx512m -jar "$jar"
  wait_port "$port" "the $name chaincode server"
}

orderer_args() {
  echo "-o $(orderer_address 0 0) --ordererTLSHostnameOverride orderer0.$ORDERER_DOMAIN --tls --cafile $(orderer_tlsca)"
}

committed_sequence() { # org, name -> the committed sequence on that org's peer, or nothing
  as_admin "$1" peer lifecycle chaincode querycommitted -C "$CHANNEL" -n "$2" -O json 2>/dev/null \
    | sed -n 's/.*"sequence": *\([0-9]*\).*/\1/p' | head -1 || true
}

wait_committed() { # name, sequence: until every peer has the definition
  local name="$1" sequence="$2" entry org
  for entry in "${ORGS[@]}"; do
    read -r org _ _ _ _ _ <<<"$entry"
    local tries=0
    until [ "$(committed_sequence "$org" "$name")" = "$sequence" ]; do
      tries=$((tries + 1))
      [ "$tries" -lt 30 ] || die "the peer of $org does not show $name sequence $sequence after 30 s: $LOGS/peer-$org.log"
      sleep 1
    done
  done
}

approve() { # org, name, package id, sequence, collections args...
  local org="$1" name="$2" id="$3" sequence="$4" out order
  shift 4
  read -r -a order <<<"$(orderer_args)"
  if out="$(as_admin "$org" peer lifecycle chaincode approveformyorg "${order[@]}" -C "$CHANNEL" -n "$name" \
    -v "$CC_VERSION" --package-id "$id" --sequence "$sequence" --signature-policy "${POLICY[$name]}" "$@" 2>&1)"; then
    return 0
  fi
  echo "$out" >>"$LOGS/deploy.log"
  # approved already by an earlier run that stopped before the commit
  grep -q "unchanged content" <<<"$out"
}

deploy_chaincode() { # name, port
  local name="$1" port="$2"
  local package id sequence collections=() entry org
  package="$(package_chaincode "$name" "$port")"
  id="$(as_admin bank1 peer lifecycle chaincode calculatepackageid "$package")"
  [ -n "$id" ] || die "could not compute the package id of $package"
  for entry in "${ORGS[@]}"; do
    read -r org _ _ _ _ _ <<<"$entry"
    if ! as_admin "$org" peer lifecycle chaincode queryinstalled 2>/dev/null | grep -q "$id"; then
      log "installing $name on the peer of $org"
      as_admin "$org" peer lifecycle chaincode install "$package" >>"$LOGS/deploy.log" 2>&1 \
        || die "installing $name on the peer of $org failed: $LOGS/deploy.log"
    fi
  done
  start_chaincode_server "$name" "$port" "$id"
  sequence=1
  local committed
  committed="$(committed_sequence bank1 "$name")"
  if [ -n "$committed" ]; then
    local approved
    approved="$(as_admin bank1 peer lifecycle chaincode queryapproved -C "$CHANNEL" -n "$name" -O json 2>/dev/null \
      | grep -o '"package_id": *"[^"]*"' | head -1 | sed 's/.*: *"\(.*\)"/\1/' || true)"
    if [ "$approved" = "$id" ]; then
      log "$name is committed with this package already (sequence $committed)"
      return
    fi
    sequence=$((committed + 1))
  fi
  if [ -f "$ROOT/chaincode/$name/collections.json" ]; then
    collections=(--collections-config "$ROOT/chaincode/$name/collections.json")
  fi
  # Every organisation approves, the regulator too: a peer runs a chaincode (a query too) only once its own
  # organisation approved the definition. LifecycleEndorsement needs a majority (3 of 5).
  log "approving $name (sequence $sequence, policy ${POLICY[$name]}) for every organisation"
  for entry in "${ORGS[@]}"; do
    read -r org _ _ _ _ _ <<<"$entry"
    retry 5 approve "$org" "$name" "$id" "$sequence" "${collections[@]}" \
      || die "approving $name for $org failed: $LOGS/deploy.log"
  done
  local peers=() order
  for org in bank1 bank2 corp; do
    peers+=(--peerAddresses "$(peer_address "$org")" --tlsRootCertFiles "$(peer_tlsca "$org")")
  done
  read -r -a order <<<"$(orderer_args)"
  log "committing $name"
  retry 5 as_admin bank1 peer lifecycle chaincode commit "${order[@]}" -C "$CHANNEL" -n "$name" -v "$CC_VERSION" \
    --sequence "$sequence" --signature-policy "${POLICY[$name]}" "${collections[@]}" "${peers[@]}" \
    >>"$LOGS/deploy.log" 2>&1 || die "committing $name failed: $LOGS/deploy.log"
  wait_committed "$name" "$sequence"
}

deploy() {
  local entry name port
  mkdir -p "$RUN/packages"
  for entry in "${CHAINCODES[@]}"; do
    read -r name port <<<"$entry"
    deploy_chaincode "$name" "$port"
  done
  log "every chaincode is committed on $CHANNEL"
}

# After `down`: the chaincode servers start again with the package ids of the packages deployed last.
restart_chaincode_servers() {
  local entry name port package id
  for entry in "${CHAINCODES[@]}"; do
    read -r name port <<<"$entry"
    package="$RUN/packages/$name/$name.tgz"
    [ -f "$package" ] || continue
    if [ "$runtime" = native ] && is_running "cc-$name"; then
      continue
    fi
    id="$(as_admin bank1 peer lifecycle chaincode calculatepackageid "$package")"
    start_chaincode_server "$name" "$port" "$id"
  done
}

# ---- gateways ------------------------------------------------------------------------------------------------------

# Each demo user of fixtures/users.json signs with a cryptogen identity of its organisation: admins with
# Admin@<domain>, the others with User1, User2, ... in the file's order (network/run/identities/<MSP>/<identity>).
identities() {
  require_host_tools jq
  local entry msp domain
  for entry in "${ORGS[@]}"; do
    read -r _ msp domain _ _ _ <<<"$entry"
    local dir="$RUN/identities/$msp" n=0 identity admin source
    rm -rf "$dir"
    mkdir -p "$dir"
    while read -r identity admin; do
      if [ "$admin" = true ]; then
        source="$CRYPTO/peerOrganizations/$domain/users/Admin@$domain/msp"
      else
        n=$((n + 1))
        source="$CRYPTO/peerOrganizations/$domain/users/User$n@$domain/msp"
      fi
      [ -d "$source" ] || die "no generated identity for $identity of $msp ($source): raise Users.Count of that \
organisation in network/crypto-config.yaml, then 'scripts/network.sh clean' and 'up'"
      cp -R "$source" "$dir/$identity"
    done < <(jq -r --arg msp "$msp" '.[] | select(.mspId == $msp)
      | "\(.identity) \((.roles | index("admin")) != null)"' "$ROOT/fixtures/users.json")
  done
}

gateways() {
  local jar="$ROOT/gateway-app/target/quarkus-app/quarkus-run.jar"
  [ -f "$jar" ] || die "$jar is missing: build first (./mvnw -B install -DskipTests)"
  require_host_tools java
  identities
  local entry name msp domain port http
  for entry in "${ORGS[@]}"; do
    read -r name msp domain port http _ <<<"$entry"
    stop_process "gateway-$name"
    log "starting the $msp gateway on http://127.0.0.1:$http"
    start_process "gateway-$name" java -Dtradechain.ledger=fabric -Dtradechain.organisation="$msp" \
      -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$http" -Dtradechain.channel="$CHANNEL" \
      -Dtradechain.users-file="$ROOT/fixtures/users.json" -Dtradechain.parties-file="$ROOT/fixtures/parties.json" \
      -Dtradechain.fabric.peer-endpoint="127.0.0.1:$port" -Dtradechain.fabric.peer-host-alias="peer0.$domain" \
      -Dtradechain.fabric.tls-cert="$(peer_tlsca "$name")" \
      -Dtradechain.fabric.identities-dir="$RUN/identities/$msp" -jar "$jar"
  done
  for entry in "${ORGS[@]}"; do
    read -r name _ _ _ http _ <<<"$entry"
    wait_port "$http" "the gateway of $name (log: $LOGS/gateway-$name.log)"
  done
}

# ---- demo data -----------------------------------------------------------------------------------------------------

gateway_port() { # msp -> gateway port
  local entry f
  for entry in "${ORGS[@]}"; do
    read -r -a f <<<"$entry"
    if [ "${f[1]}" = "$1" ]; then
      echo "${f[4]}"
      return
    fi
  done
  die "no gateway for $1"
}

# Registers the parties of fixtures/parties.json and binds the demo users' identities through the gateways' REST API,
# as each organisation's admin (what the embedded gateway does at its first start). Already there: skipped.
seed() {
  require_host_tools jq curl openssl
  local registered=0 bound=0 code msp kind name identity
  while read -r code msp kind name; do
    local http admin status
    http="$(gateway_port "$msp")"
    admin="$(jq -r --arg msp "$msp" '[.[] | select(.mspId == $msp and (.roles | index("admin")))][0].username' \
      "$ROOT/fixtures/users.json")"
    status="$(curl -s -o /dev/null -w '%{http_code}' -u "$admin:demo" -H 'Content-Type: application/json' \
      -d "$(jq -cn --arg c "$code" --arg n "$name" --arg k "$kind" '{creditCode: $c, name: $n, kind: $k}')" \
      "http://127.0.0.1:$http/api/v1/parties")"
    case "$status" in
      201) registered=$((registered + 1)) ;;
      409) ;;
      *) die "registering party $code at the $msp gateway answered $status (log: $LOGS/gateway-*.log)" ;;
    esac
  done < <(jq -r '.[] | "\(.creditCode) \(.mspId) \(.kind) \(.name)"' "$ROOT/fixtures/parties.json")
  while read -r msp identity code; do
    local http admin cert client_id status
    http="$(gateway_port "$msp")"
    admin="$(jq -r --arg msp "$msp" '[.[] | select(.mspId == $msp and (.roles | index("admin")))][0].username' \
      "$ROOT/fixtures/users.json")"
    cert="$(find "$RUN/identities/$msp/$identity/signcerts" -type f | head -1)"
    # the id Fabric's ClientIdentity gives: x509::<subject>::<issuer>, each as Java prints an X.500 name
    client_id="x509::$(openssl x509 -in "$cert" -noout -subject -nameopt RFC2253 | sed 's/^subject=//; s/,/, /g')"
    client_id="$client_id::$(openssl x509 -in "$cert" -noout -issuer -nameopt RFC2253 | sed 's/^issuer=//; s/,/, /g')"
    status="$(curl -s -o /dev/null -w '%{http_code}' -u "$admin:demo" -H 'Content-Type: application/json' \
      -d "$(jq -cn --arg id "$client_id" '{clientId: $id}')" "http://127.0.0.1:$http/api/v1/parties/$code/identities")"
    case "$status" in
      200 | 201) bound=$((bound + 1)) ;;
      409) ;;
      *) die "binding $identity to $code at the $msp gateway answered $status (log: $LOGS/gateway-*.log)" ;;
    esac
  done < <(jq -r '.[] | select(.partyCode != null and (.roles | index("admin") | not))
    | "\(.mspId) \(.identity) \(.partyCode)"' "$ROOT/fixtures/users.json")
  log "demo data: $registered parties registered, $bound identities bound"
}

# ---- commands ------------------------------------------------------------------------------------------------------

status() {
  log "runtime: ${runtime} ($orderers orderer(s)), $RUN"
  local pidfile name any=false
  for pidfile in "$PIDS"/*.pid; do
    [ -e "$pidfile" ] || continue
    any=true
    name="$(basename "$pidfile" .pid)"
    if kill -0 "$(cat "$pidfile")" 2>/dev/null; then
      printf '  %-22s running  pid %s\n' "$name" "$(cat "$pidfile")"
    else
      printf '  %-22s stopped  (pid %s gone; log %s)\n' "$name" "$(cat "$pidfile")" "$LOGS/$name.log"
    fi
  done
  [ "$any" = true ] || log "no process started by this script runs natively"
  if [ "$runtime" = docker ] && docker_engine; then
    docker ps -a --filter "name=^tradechain-" --format '  {{.Names}}\t{{.Status}}' || true
  fi
  log "ports on 127.0.0.1:"
  local entry port what i
  local endpoints=()
  for i in $(seq 0 $((orderers - 1))); do
    endpoints+=("orderer$i $((7050 + 1000 * i))" "orderer$i-admin $((7053 + 1000 * i))")
  done
  for entry in "${ORGS[@]}"; do
    read -r name _ _ port http _ <<<"$entry"
    endpoints+=("peer-$name $port" "gateway-$name $http")
  done
  for entry in "${CHAINCODES[@]}"; do
    read -r name port <<<"$entry"
    endpoints+=("cc-$name $port")
  done
  for entry in "${endpoints[@]}"; do
    read -r what port <<<"$entry"
    if listening "$port"; then
      printf '  %-22s %-6s listening\n' "$what" "$port"
    else
      printf '  %-22s %-6s closed\n' "$what" "$port"
    fi
  done
  if [ -d "$CRYPTO" ] && listening 7051; then
    if [ "$runtime" = docker ] || command -v peer >/dev/null 2>&1; then
      as_admin bank1 peer channel getinfo -c "$CHANNEL" 2>/dev/null | sed 's/^/  /' || true
    fi
  fi
}

down() {
  local pidfile
  for pidfile in "$PIDS"/gateway-*.pid "$PIDS"/cc-*.pid "$PIDS"/peer-*.pid "$PIDS"/orderer*.pid; do
    [ -e "$pidfile" ] || continue
    stop_process "$(basename "$pidfile" .pid)"
  done
  if [ "$runtime" = docker ] && docker_engine && compose_cmd >/dev/null; then
    compose cc down
    compose net --profile raft3 down
  fi
  log "stopped"
}

clean() {
  down
  if [ "$runtime" = docker ] && docker_engine; then
    docker network rm "$DOCKER_NETWORK" >/dev/null 2>&1 || true
  fi
  if ! rm -rf "$RUN" 2>/dev/null && [ "$runtime" = docker ] && docker_engine; then
    # files a container wrote as root (earlier runs): remove them from a container
    docker run --rm -v "$RUN:/run-dir" "$TOOLS_IMAGE" sh -c 'rm -rf /run-dir/* /run-dir/.[!.]*' || true
    rm -rf "$RUN"
  fi
  [ ! -e "$RUN" ] || die "could not remove $RUN (files owned by another user?)"
  log "removed $RUN"
}

up() {
  local started=$SECONDS
  require_runtime
  log "runtime: $runtime, $orderers orderer(s); logs in $LOGS"
  echo "$runtime" >"$RUN/runtime"
  echo "$orderers" >"$RUN/orderers"
  [ "$runtime" = docker ] && ensure_docker_network
  crypto
  genesis_block
  start_orderers
  join_orderers
  start_peers
  join_peers
  deploy
  gateways
  seed
  log "network up in $((SECONDS - started)) s: gateways on http://127.0.0.1:8081-8085 (Bank1, Bank2, Corp, Authority, \
Regulator); scripts/network.sh status"
}

usage() { sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'; }

case "$command" in
  help | -h | --help) usage; exit 0 ;;
  up | deploy | gateways | seed | status | down | clean | configtx) ;;
  *) usage >&2; die "unknown command '$command'" ;;
esac

mkdir -p "$LOGS" "$PIDS"
case "$command" in
  configtx)
    runtime="${runtime:-native}"
    render_configtx
    log "wrote $RUN/config/configtx.yaml ($runtime runtime)"
    ;;
  status)
    if [ -z "$runtime" ] && [ ! -f "$RUN/runtime" ]; then
      log "nothing was brought up here ($RUN/runtime is missing)"
      exit 0
    fi
    choose_runtime
    status
    ;;
  down)
    if [ -z "$runtime" ] && [ ! -f "$RUN/runtime" ]; then
      runtime=native
      orderers=1
    else
      choose_runtime
    fi
    down
    ;;
  clean)
    if [ -z "$runtime" ] && [ ! -f "$RUN/runtime" ]; then
      runtime=native
      orderers=1
    else
      choose_runtime
    fi
    clean
    ;;
  up) choose_runtime; up ;;
  deploy) choose_runtime; require_runtime; deploy ;;
  gateways) choose_runtime; require_runtime; restart_chaincode_servers; gateways ;;
  seed) choose_runtime; seed ;;
esac
