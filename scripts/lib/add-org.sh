# shellcheck shell=bash
# shellcheck disable=SC2154 # ROOT, RUN, CRYPTO, LOGS, ORGS, CHAINCODES... are scripts/network.sh's
# `scripts/network.sh add-org Bank3`: a bank joins the running network (scenario 18 of docs/domain.md), while the
# others go on transacting. Sourced by scripts/network.sh, whose variables and functions it uses; network/README.md,
# "Adding an organisation", says what it does.
#
# A joining organisation is described by fixtures/join/<name>/ (parties.json and users.json, in the formats of
# fixtures/): its gateway reads those instead of the demo fixtures, so the embedded ledger's demo does not change.
# It is recorded in network/run/orgs.extra (one line as in ORGS), which every later command reads: peer-up, deploy,
# gateways, status and down cover it, and `clean` forgets it with the rest of network/run.

JOINED_ORGS_FILE="$RUN/orgs.extra"
JOIN_FIXTURES="$ROOT/fixtures/join"
BASE_BANKS=() # the banks of the network as configtx.yaml made it; a joining bank is added wherever all of them are

# Appends the organisations that joined to ORGS, and their peers to the chaincodes' endorsement policy.
joined_orgs_load() {
  local entry msp line
  for entry in "${ORGS[@]}"; do
    read -r _ msp _ _ _ <<<"$entry"
    [[ "$msp" == Bank*MSP ]] && BASE_BANKS+=("$msp")
  done
  [ -f "$JOINED_ORGS_FILE" ] || return 0
  while read -r line; do
    [ -n "$line" ] || continue
    ORGS+=("$line")
    read -r _ msp _ _ _ <<<"$line"
    ENDORSEMENT_POLICY="${ENDORSEMENT_POLICY%)},'$msp.peer')"
  done <"$JOINED_ORGS_FILE"
}

# The MSP ids of the organisations that joined, one a line.
joined_msps() {
  [ -f "$JOINED_ORGS_FILE" ] || return 0
  local msp
  while read -r _ msp _; do
    [ -n "$msp" ] && echo "$msp"
  done <"$JOINED_ORGS_FILE"
}

# The fixture file (users or parties) an organisation's gateway reads: fixtures/join/<org>/ for one that joined.
org_fixture() { # org name, users|parties
  if [ -f "$JOIN_FIXTURES/$1/$2.json" ]; then
    echo "$JOIN_FIXTURES/$1/$2.json"
  else
    echo "$ROOT/fixtures/$2.json"
  fi
}

# The first majority of the organisations (ORGS order): they endorse a chaincode definition's commit
# (LifecycleEndorsement: MAJORITY Endorsement) and sign a channel update (Admins: MAJORITY Admins).
majority_orgs() {
  local count=$((${#ORGS[@]} / 2 + 1)) entry name
  for entry in "${ORGS[@]:0:$count}"; do
    read -r name _ <<<"$entry"
    echo "$name"
  done
}

# The collection definitions a chaincode is deployed with: its collections.json, with every bank that joined added
# to each collection that all the network's first banks are members of (the blacklist, the L/C and the forfaiting
# market), and a collection of its own where each bank has one (receivablesTerms<MSP>: copied from the first bank's).
# Peer counts as network/validate.sh wants them: maxPeerCount members - 1, requiredPeerCount at most 1 and at most
# members - 2. Without joined banks: collections.json itself, as the embedded ledger reads it.
collections_config() { # chaincode name -> prints the file
  local source="$ROOT/chaincode/$1/collections.json"
  local joined
  joined="$(joined_msps)"
  if [ -z "$joined" ] || [ ${#BASE_BANKS[@]} -eq 0 ]; then
    echo "$source"
    return
  fi
  mkdir -p "$RUN/collections"
  local out="$RUN/collections/$1.json" banks
  banks="$(printf '%s\n' "${BASE_BANKS[@]}" | jq -R . | jq -s -c .)"
  cp "$source" "$out.tmp"
  local bank
  for bank in $joined; do
    jq --arg bank "$bank" --argjson banks "$banks" '
      def member($m): "\u0027" + $m + ".member\u0027";
      def counts: ([.policy | scan("\u0027[A-Za-z0-9]+\\.member\u0027")] | length) as $n
        | .maxPeerCount = ($n - 1) | .requiredPeerCount = ([1, $n - 2] | min);
      [ .[] as $c
        | if ($c.name | endswith($banks[0])) and ($c.policy | contains(member($banks[0]))) then
            $c, ($c | .name = (.name | rtrimstr($banks[0])) + $bank
                    | .policy |= gsub("\u0027" + $banks[0] + "\\.member\u0027"; member($bank)))
          elif ($c.policy | contains(member($bank))) then $c
          elif all($banks[]; . as $b | $c.policy | contains(member($b))) then
            $c | .policy |= sub("\\)$"; "," + member($bank) + ")") | counts
          else $c end ]' "$out.tmp" >"$out.next" || die "deriving the collections of $1 for $bank failed"
    mv "$out.next" "$out.tmp"
  done
  mv "$out.tmp" "$out"
  echo "$out"
}

# ---- the steps of add-org -------------------------------------------------------------------------------------------

# The new organisation's crypto material: cryptogen extend with an entry for it alone (one peer; an admin and one
# user per non-admin user of its users.json, as `identities` maps them).
join_crypto() { # Name, domain, users file, work dir
  local org_name="$1" domain="$2" users="$3" work="$4"
  if [ -d "$CRYPTO/peerOrganizations/$domain" ]; then
    log "crypto material of $org_name exists"
    return
  fi
  local count
  count="$(jq '[.[] | select((.roles | index("admin")) | not)] | length' "$users")"
  [ "$count" -gt 0 ] || count=1
  cat >"$work/crypto-config.yaml" <<EOF
PeerOrgs:
  - Name: $org_name
    Domain: $domain
    EnableNodeOUs: true
    Template: {Count: 1, SANS: [localhost, 127.0.0.1]}
    Users: {Count: $count}
EOF
  log "generating the crypto material of $org_name (cryptogen extend)"
  fabric cryptogen extend --input="$CRYPTO" --config="$work/crypto-config.yaml" >>"$LOGS/add-org.log" 2>&1 \
    || die "cryptogen extend failed: $LOGS/add-org.log"
}

# The organisation's MSP, policies (as the other banks': Writers its admins, clients and peers) and anchor peer,
# in the channel's form, from configtxgen -printOrg.
join_org_definition() { # msp, domain, peer port, work dir
  local msp="$1" domain="$2" port="$3" work="$4"
  cat >"$work/configtx.yaml" <<EOF
Organizations:
  - Name: $msp
    ID: $msp
    MSPDir: $CRYPTO/peerOrganizations/$domain/msp
    Policies:
      Readers: {Type: Signature, Rule: "OR('$msp.admin', '$msp.peer', '$msp.client')"}
      Writers: {Type: Signature, Rule: "OR('$msp.admin', '$msp.client', '$msp.peer')"}
      Admins: {Type: Signature, Rule: "OR('$msp.admin')"}
      Endorsement: {Type: Signature, Rule: "OR('$msp.peer')"}
    AnchorPeers:
      - Host: 127.0.0.1
        Port: $port
EOF
  fabric FABRIC_CFG_PATH="$work" configtxgen -printOrg "$msp" >"$work/org.json" 2>>"$LOGS/add-org.log" \
    || die "configtxgen -printOrg $msp failed: $LOGS/add-org.log"
}

# The channel's current configuration, decoded, in $work/config.json.
fetch_channel_config() { # work dir
  local work="$1" order
  read -r -a order <<<"$(orderer_args)"
  as_admin bank1 peer channel fetch config "$work/config_block.pb" -c "$CHANNEL" "${order[@]}" \
    >>"$LOGS/add-org.log" 2>&1 || die "fetching the configuration of $CHANNEL failed: $LOGS/add-org.log"
  fabric configtxlator proto_decode --input "$work/config_block.pb" --type common.Block \
    --output "$work/config_block.json" || die "configtxlator could not decode the configuration block"
  jq '.data.data[0].payload.data.config' "$work/config_block.json" >"$work/config.json"
}

# Adds the organisation to the channel's application group: the update is computed from the current configuration,
# signed by the admins of a majority of the organisations (the channel's Admins policy) and submitted by the last.
join_channel() { # msp, peer port, work dir
  local msp="$1" port="$2" work="$3"
  fetch_channel_config "$work"
  if jq -e --arg m "$msp" '.channel_group.groups.Application.groups[$m]' "$work/config.json" >/dev/null; then
    log "$msp is a member of channel $CHANNEL already"
    return
  fi
  jq --arg m "$msp" --argjson port "$port" --slurpfile org "$work/org.json" '
    .channel_group.groups.Application.groups[$m] = ($org[0]
      | .values.AnchorPeers = {mod_policy: "Admins", version: "0",
                               value: {anchor_peers: [{host: "127.0.0.1", port: $port}]}})' \
    "$work/config.json" >"$work/modified.json"
  fabric configtxlator proto_encode --input "$work/config.json" --type common.Config --output "$work/config.pb"
  fabric configtxlator proto_encode --input "$work/modified.json" --type common.Config --output "$work/modified.pb"
  fabric configtxlator compute_update --channel_id "$CHANNEL" --original "$work/config.pb" \
    --updated "$work/modified.pb" --output "$work/update.pb" || die "configtxlator compute_update failed"
  fabric configtxlator proto_decode --input "$work/update.pb" --type common.ConfigUpdate --output "$work/update.json"
  jq -n --arg c "$CHANNEL" --slurpfile u "$work/update.json" \
    '{payload: {header: {channel_header: {channel_id: $c, type: 2}}, data: {config_update: $u[0]}}}' \
    >"$work/envelope.json"
  fabric configtxlator proto_encode --input "$work/envelope.json" --type common.Envelope --output "$work/update.tx"
  local signers=() org order
  while read -r org; do signers+=("$org"); done < <(majority_orgs)
  for org in "${signers[@]:0:${#signers[@]}-1}"; do
    as_admin "$org" peer channel signconfigtx -f "$work/update.tx" >>"$LOGS/add-org.log" 2>&1 \
      || die "the admin of $org could not sign the channel update: $LOGS/add-org.log"
  done
  org="${signers[${#signers[@]}-1]}"
  log "channel update adding $msp, signed by the admins of ${signers[*]} (a majority), submitted by $org's"
  read -r -a order <<<"$(orderer_args)"
  as_admin "$org" peer channel update -f "$work/update.tx" -c "$CHANNEL" "${order[@]}" >>"$LOGS/add-org.log" 2>&1 \
    || die "the channel update was refused: $LOGS/add-org.log"
  for _ in $(seq 1 30); do
    fetch_channel_config "$work"
    jq -e --arg m "$msp" '.channel_group.groups.Application.groups[$m]' "$work/config.json" >/dev/null && return
    sleep 1
  done
  die "$msp is not in the configuration of $CHANNEL 30 s after the update: see $LOGS/orderer0.log"
}

channel_height() { # org -> the height of the channel on its peer (0 when it does not answer)
  local out
  out="$(as_admin "$1" peer channel getinfo -c "$CHANNEL" 2>/dev/null || true)"
  jq -r '.height // 0' <<<"$(sed -n 's/^Blockchain info: //p' <<<"$out")" 2>/dev/null || echo 0
}

# Waits until the new peer holds every block the first organisation's peer held when it began.
wait_caught_up() { # org
  local target height started=$SECONDS
  target="$(channel_height bank1)"
  while true; do
    height="$(channel_height "$1")"
    [ "${height:-0}" -ge "$target" ] && break
    [ $((SECONDS - started)) -lt 600 ] || die "the peer of $1 is at block $height of $target after 600 s"
    sleep 1
  done
  log "the peer of $1 holds the channel's $height blocks"
}

# Installs every chaincode's package (the one its definition names) on the new peer.
join_install() { # org
  local entry name answer id package installed out
  for entry in "${CHAINCODES[@]}"; do
    read -r name _ <<<"$entry"
    answer="$(as_admin bank1 peer lifecycle chaincode queryapproved -C "$CHANNEL" -n "$name" -O json 2>/dev/null \
      || true)"
    id="$(jq -r '[.. | objects | .package_id? // empty] | first // empty' <<<"${answer:-{\}}" 2>/dev/null || true)"
    package="$RUN/packages/$name/$name.tgz"
    if [ -z "$id" ] || [ ! -f "$package" ]; then
      die "$name is not deployed (no approved package, or no $package)"
    fi
    [ "$(as_admin bank1 peer lifecycle chaincode calculatepackageid "$package")" = "$id" ] \
      || die "$package is not the package $name is defined with ($id): run 'deploy' first"
    installed="$(as_admin "$1" peer lifecycle chaincode queryinstalled 2>/dev/null || true)"
    grep -qF "$id" <<<"$installed" && continue
    if ! out="$(as_admin "$1" peer lifecycle chaincode install "$package" 2>&1)"; then
      printf '%s\n' "$out" >>"$LOGS/add-org.log"
      grep -q "chaincode already successfully installed" <<<"$out" \
        || die "installing $name on the peer of $1 failed: $LOGS/add-org.log"
    fi
  done
  log "every chaincode is installed on the peer of $1"
}

# The next sequence of every chaincode's definition: the same package, the endorsement policy with the new peer, the
# collections with the new bank. Every organisation approves it before it is committed (an organisation that has not
# approved the committed definition has its peer refuse the chaincode), the approvals of each organisation in
# parallel with the others'; then a majority's peers endorse each commit. A transaction endorsed under the previous
# definition still validates: the new policy only adds a peer, and no collection loses a member.
join_upgrade_definitions() { # new org
  local entry name answer committed approved id collections
  local names=() ids=() sequences=() files=()
  for entry in "${CHAINCODES[@]}"; do
    read -r name _ <<<"$entry"
    committed="$(committed_sequence "$name")"
    [ -n "$committed" ] || die "$name is not committed on $CHANNEL"
    answer="$(as_admin "$1" peer lifecycle chaincode queryapproved -C "$CHANNEL" -n "$name" -O json 2>/dev/null \
      || true)"
    approved="$(jq -r '.sequence // empty' <<<"${answer:-{\}}" 2>/dev/null || true)"
    if [ "$approved" = "$committed" ]; then
      continue # the committed definition is the one this command made
    fi
    answer="$(as_admin bank1 peer lifecycle chaincode queryapproved -C "$CHANNEL" -n "$name" -O json 2>/dev/null \
      || true)"
    id="$(jq -r '[.. | objects | .package_id? // empty] | first // empty' <<<"${answer:-{\}}" 2>/dev/null || true)"
    collections=""
    [ -f "$ROOT/chaincode/$name/collections.json" ] && collections="$(collections_config "$name")"
    names+=("$name")
    ids+=("$id")
    sequences+=($((committed + 1)))
    files+=("$collections")
  done
  if [ ${#names[@]} -eq 0 ]; then
    log "every chaincode definition includes $1 already"
    return
  fi
  log "approving ${names[*]} (next sequence: endorsement by $1's peer too, collections with $1) for every organisation"
  local org pids=() failed=0 i
  for entry in "${ORGS[@]}"; do
    read -r org _ <<<"$entry"
    (
      for i in "${!names[@]}"; do
        approve_definition "$org" "${names[$i]}" "${ids[$i]}" "${sequences[$i]}" "${files[$i]}" "$LOGS/add-org.log" \
          || exit 1
      done
    ) &
    pids+=($!)
  done
  for i in "${pids[@]}"; do wait "$i" || failed=1; done
  [ "$failed" = 0 ] || die "an approval failed: $LOGS/add-org.log"
  for i in "${!names[@]}"; do
    log "committing ${names[$i]} (sequence ${sequences[$i]})"
    commit_definition "${names[$i]}" "${sequences[$i]}" "${files[$i]}" "$LOGS/add-org.log"
  done
}

# The new organisation's demo data (its parties, its users' identity bindings) through the one seeding path: its
# gateway, started with the organisation's own fixtures, plays the part of the demo plan that is its own.
join_seed() { # org, msp
  seed "$2" "$(org_fixture "$1" users)"
}

# Waits until the gateway answers ready (its peer reached): listening is not enough on a loaded machine.
wait_ready() { # gateway port, msp
  local limit="${WAIT_SECONDS:-180}" started=$SECONDS
  until [ "$(curl -s -o /dev/null -m 10 -w '%{http_code}' "http://127.0.0.1:$1/q/health/ready")" = 200 ]; do
    [ $((SECONDS - started)) -lt "$limit" ] || die "the $2 gateway is not ready after $limit s: see $LOGS"
    sleep 1
  done
}

# ---- the command ----------------------------------------------------------------------------------------------------

add_org() { # Name, e.g. Bank3
  local new_org="${1:-}"
  [ -n "$new_org" ] || die "add-org needs the organisation's name, e.g. 'add-org Bank3' (fixtures/join/bank3/)"
  [[ "$new_org" =~ ^Bank[0-9A-Za-z]+$ ]] \
    || die "add-org adds a bank, named Bank<N> (its MSP Bank<N>MSP is what the chaincodes take for a bank)"
  local tool
  for tool in jq curl; do
    command -v "$tool" >/dev/null 2>&1 || die "add-org needs $tool"
  done
  local new_name new_msp new_domain new_users new_parties
  new_name="$(tr '[:upper:]' '[:lower:]' <<<"$new_org")"
  new_msp="${new_org}MSP"
  new_domain="$new_name.tradechain.example"
  new_users="$JOIN_FIXTURES/$new_name/users.json"
  new_parties="$JOIN_FIXTURES/$new_name/parties.json"
  if [ ! -f "$new_users" ] || [ ! -f "$new_parties" ]; then
    die "fixtures/join/$new_name/users.json and parties.json must say who acts for $new_msp (see fixtures/README.md)"
  fi
  [ "$(jq --arg m "$new_msp" '[.[] | select(.mspId != $m)] | length' "$new_users" "$new_parties" | sort -u)" = 0 ] \
    || die "every user and party of fixtures/join/$new_name/ must be of $new_msp"
  if ! (exec 3<>/dev/tcp/127.0.0.1/7050) 2>/dev/null || ! node_runs peer-bank1; then
    die "the network is not up: 'scripts/network.sh up' first"
  fi
  local new_started=$SECONDS new_work="$RUN/join/$new_name" new_port new_http new_known=false entry f
  mkdir -p "$new_work"
  for entry in "${ORGS[@]}"; do
    read -r -a f <<<"$entry"
    if [ "${f[0]}" = "$new_name" ]; then
      new_known=true
      new_port="${f[3]}"
      new_http="${f[4]}"
    fi
  done
  if [ "$new_known" = false ]; then
    # the next peer and gateway ports of the scheme: 7051, 8051... and 8081, 8082...
    new_port=$((7051 + 1000 * ${#ORGS[@]}))
    new_http=$((8081 + ${#ORGS[@]}))
  fi
  log "$new_msp joins channel $CHANNEL: peer on 127.0.0.1:$new_port, gateway on 127.0.0.1:$new_http"
  join_crypto "$new_org" "$new_domain" "$new_users" "$new_work"
  join_org_definition "$new_msp" "$new_domain" "$new_port" "$new_work"
  join_channel "$new_msp" "$new_port" "$new_work"
  if [ "$new_known" = false ]; then
    local line="$new_name $new_msp $new_domain $new_port $new_http"
    printf '%s\n' "$line" >>"$JOINED_ORGS_FILE"
    ORGS+=("$line")
    ENDORSEMENT_POLICY="${ENDORSEMENT_POLICY%)},'$new_msp.peer')"
  fi
  start_peers
  join_peers
  wait_caught_up "$new_name"
  wait_gossip
  join_install "$new_name"
  join_upgrade_definitions "$new_name"
  gateways "$new_name"
  wait_ready "$new_http" "$new_msp"
  join_seed "$new_name" "$new_msp"
  log "$new_msp joined in $((SECONDS - new_started)) s: its gateway on http://127.0.0.1:$new_http (users of fixtures/join/$new_name)"
}
