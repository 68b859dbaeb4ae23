#!/usr/bin/env bash
# The failover lab: real strongSwan + FRR in network namespaces, AWS side derived from the
# synthesized stack, customer side = the configs rendered by vpn-device-config, unchanged.
#
#   npm run lab                      # fast timers (CI): BGP 3/9, DPD 2 s + 3 s
#   npm run lab -- --profile aws     # AWS timers: BGP 10/30, DPD 10 s + 30 s
#   npm run lab -- --suite dynamic   # only one suite (dynamic | static | mismatch | aws-sample)
#
# Exit codes: 0 all scenarios passed, 1 a scenario failed, 77 skipped (the reason is printed).
# Every address lives inside the lab's namespaces (prefix vl-): 192.0.2.0/24, 198.51.100.0/24,
# 203.0.113.0/24 (documentation ranges) as "public", 169.254.10-13.0/30 inside, 10/8 LANs.
set -uo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
PROFILE=fast
SUITES="dynamic static mismatch aws-sample"
while [ $# -gt 0 ]; do
  case "$1" in
    --profile) PROFILE=$2; shift 2 ;;
    --suite) SUITES=$2; shift 2 ;;
    -h|--help) sed -n 2,11p "$0"; exit 0 ;;
    *) echo "lab: unknown argument $1" >&2; exit 2 ;;
  esac
done
case "$PROFILE" in
  fast) HOLD=9; DPD_TOTAL=5; MARGIN=4; LIFE=900 ;;
  aws) HOLD=30; DPD_TOTAL=40; MARGIN=5; LIFE=2400 ;;
  *) echo "lab: --profile must be fast or aws" >&2; exit 2 ;;
esac

skip() { echo "LAB SKIPPED: $*"; exit 77; }

# ---------------------------------------------------------------- prerequisites
[ "$(uname -s)" = Linux ] || skip "needs Linux network namespaces (this is $(uname -s))"
[ "$(id -u)" = 0 ] || skip "needs root (network namespaces, mounts); run as root or in a privileged CI runner"
command -v ip >/dev/null || skip "iproute2 (ip) is not installed"
[ -c /dev/net/tun ] || skip "/dev/net/tun is missing (kernel-libipsec needs TUN devices)"
ip netns add vl-probe 2>/dev/null && ip netns del vl-probe || skip "cannot create network namespaces here (ip netns add failed: no CAP_SYS_ADMIN?)"

PKGS="iputils-ping strongswan-swanctl strongswan-charon strongswan-starter libcharon-extra-plugins libstrongswan-standard-plugins frr nftables"
have_pkgs() {
  [ -x /usr/lib/ipsec/charon ] && command -v swanctl >/dev/null && [ -e /usr/lib/ipsec/plugins/libstrongswan-kernel-libipsec.so ] &&
    [ -e /usr/lib/ipsec/plugins/libstrongswan-openssl.so ] && [ -x /usr/lib/ipsec/starter ] && [ -x /usr/lib/frr/bgpd ] && command -v nft >/dev/null &&
    command -v ping >/dev/null && command -v nsenter >/dev/null && command -v vtysh >/dev/null
}
if ! have_pkgs; then
  command -v apt-get >/dev/null || skip "missing packages ($PKGS) and no apt-get to install them"
  echo "lab: installing $PKGS"
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $PKGS; } >/tmp/vpn-lab-apt.log 2>&1 ||
    skip "apt-get install failed (log: /tmp/vpn-lab-apt.log)"
  have_pkgs || skip "packages installed but charon/kernel-libipsec/bgpd/nft/ping/nsenter still missing"
fi
[ -d "$ROOT/node_modules" ] || skip "node_modules missing: run npm ci first"

# ---------------------------------------------------------------- state and cleanup
WORK=$(mktemp -d /tmp/vpn-lab.XXXXXX)
chmod 755 "$WORK" # FRR runs as user frr and writes its sockets/logs below
NSES="vl-vpc vl-vgw vl-aws1 vl-aws2 vl-aws3 vl-aws4 vl-inet vl-cgwa vl-cgwb vl-ca1 vl-ca2 vl-cb1 vl-cb2 vl-lan vl-onp"
declare -A DPID=()
RESULTS=()
FAILED=0
T0=$(date +%s.%N)

now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }
log() { printf '[%6ss] %s\n' "$(since "$T0")" "$*"; }
record() { # record PASS|FAIL|INFO "scenario" "text"
  RESULTS+=("$1 | $2 | $3")
  log "$1 $2: $3"
  [ "$1" = FAIL ] && FAILED=1
  return 0
}
check() { # check "scenario" "text" <test expression...>
  local s=$1 t=$2; shift 2
  if "$@"; then record PASS "$s" "$t"; else record FAIL "$s" "$t"; fi
}

stop_pid() { # stop one daemon we started, by its PID (the timeout wrapper forwards TERM)
  local key=$1 pid=${DPID[$1]:-}
  [ -n "$pid" ] || return 0
  kill -TERM "$pid" 2>/dev/null
  for _ in $(seq 30); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  kill -KILL "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  unset "DPID[$key]"
}

teardown() {
  local key
  for key in "${!DPID[@]}"; do stop_pid "$key"; done
  # Bind mounts of netns files keep the namespaces alive: unmount them before deleting.
  for m in "$WORK"/ns/*; do [ -e "$m" ] && mountpoint -q "$m" && umount "$m"; done 2>/dev/null
  for ns in $NSES; do ip netns del "$ns" 2>/dev/null; done
  return 0
}

on_exit() {
  local rc=$?
  teardown
  local left
  left=$(ip netns list | grep -c '^vl-' || true)
  [ "$left" = 0 ] || echo "lab: WARNING: $left vl-* namespaces left behind"
  if [ "$FAILED" = 0 ] && [ "$rc" = 0 ]; then rm -rf "$WORK"; else echo "lab: logs kept in $WORK"; fi
}
trap on_exit EXIT
trap 'exit 130' INT TERM

nx() { ip netns exec "$@"; }

# ---------------------------------------------------------------- topology
# vl-vpc ── vl-vgw [vt1..vt4] ; vl-aws1..4 (AWS tunnel ends, 192.0.2.11-14) ── br-aws in vl-inet
# vl-inet ── vl-cgwa (198.51.100.10) [vti1 vti2] ── vl-ca1/vl-ca2 (tunnel ends behind NAT)
#         └─ vl-cgwb (203.0.113.10)  [vti1 vti2] ── vl-cb1/vl-cb2
# vl-lan (bridge) ── cgwa 10.20.0.2, cgwb 10.20.0.3, vl-onp host 10.20.0.10 (+10.30.0.10)
topology() {
  local ns i x n
  for ns in $NSES; do
    ip netns add "$ns" || return 1
    ip -n "$ns" link set lo up
    nx "$ns" sysctl -qw net.ipv4.conf.all.rp_filter=0 net.ipv4.conf.default.rp_filter=0
  done
  # "Internet": a bridge for the four AWS endpoints, one link per customer gateway, a failure set.
  ip -n vl-inet link add br-aws type bridge && ip -n vl-inet link set br-aws up
  ip -n vl-inet addr add 192.0.2.1/24 dev br-aws
  for i in 1 2 3 4; do
    ip link add name out netns "vl-aws$i" type veth peer name "a$i" netns vl-inet
    ip -n vl-inet link set "a$i" master br-aws up
    ip -n "vl-aws$i" addr add "192.0.2.1$i/24" dev out && ip -n "vl-aws$i" link set out up
    ip -n "vl-aws$i" route add default via 192.0.2.1
  done
  ip link add name pub netns vl-cgwa type veth peer name ca netns vl-inet
  ip link add name pub netns vl-cgwb type veth peer name cb netns vl-inet
  ip -n vl-inet addr add 198.51.100.1/24 dev ca && ip -n vl-inet link set ca up
  ip -n vl-inet addr add 203.0.113.1/24 dev cb && ip -n vl-inet link set cb up
  nx vl-inet sysctl -qw net.ipv4.ip_forward=1
  nx vl-inet nft -f - <<'EOF' || return 1
table inet vl_fail {
  set dead {
    type ipv4_addr
  }
  chain failinj {
    type filter hook forward priority 0; policy accept;
    ip saddr @dead drop
    ip daddr @dead drop
  }
}
EOF
  # VPC side.
  ip link add name eth0 netns vl-vpc type veth peer name vpc netns vl-vgw
  ip -n vl-vpc addr add 10.0.0.10/16 dev eth0 && ip -n vl-vpc link set eth0 up
  ip -n vl-vpc route add default via 10.0.0.1
  ip -n vl-vgw addr add 10.0.0.1/16 dev vpc && ip -n vl-vgw link set vpc up
  nx vl-vgw sysctl -qw net.ipv4.ip_forward=1
  # LAN.
  ip -n vl-lan link add br0 type bridge && ip -n vl-lan link set br0 up
  ip link add name eth0 netns vl-onp type veth peer name onp netns vl-lan
  ip -n vl-lan link set onp master br0 up
  ip -n vl-onp addr add 10.20.0.10/16 dev eth0 && ip -n vl-onp addr add 10.30.0.10/16 dev eth0
  ip -n vl-onp link set eth0 up && ip -n vl-onp route add default via 10.20.0.2
  # Customer gateways: one public address each, both tunnel ends NATed behind it.
  local pubs=(198.51.100.10 203.0.113.10) gws=(198.51.100.1 203.0.113.1) lans=(10.20.0.2 10.20.0.3)
  local k=0
  for x in a b; do
    local r=vl-cgw$x
    local first=$((2 * k + 1))
    ip -n "$r" addr add "${pubs[$k]}/24" dev pub && ip -n "$r" link set pub up
    ip -n "$r" route add default via "${gws[$k]}" table 100
    ip link add name lan netns "$r" type veth peer name "cgw$x" netns vl-lan
    ip -n vl-lan link set "cgw$x" master br0 up
    ip -n "$r" addr add "${lans[$k]}/16" dev lan && ip -n "$r" link set lan up
    nx "$r" sysctl -qw net.ipv4.ip_forward=1
    for n in 1 2; do
      local te=vl-c$x$n
      local net=$((first + n - 1))
      ip link add name out netns "$te" type veth peer name "h$n" netns "$r"
      ip -n "$r" addr add "172.16.$net.1/30" dev "h$n" && ip -n "$r" link set "h$n" up
      ip -n "$te" addr add "172.16.$net.2/30" dev out && ip -n "$te" link set out up
      ip -n "$te" route add default via "172.16.$net.1"
      # IKE/ESP of the tunnel ends always leaves by the public uplink, whatever BGP learns.
      ip -n "$r" rule add iif "h$n" lookup 100 prio 100
    done
    nx "$r" nft -f - <<EOF || return 1
table ip vl_nat {
  chain pre {
    type nat hook prerouting priority dstnat; policy accept;
    iifname "pub" ip saddr 192.0.2.1$first udp dport { 500, 4500 } dnat to 172.16.$first.2
    iifname "pub" ip saddr 192.0.2.1$((first + 1)) udp dport { 500, 4500 } dnat to 172.16.$((first + 1)).2
  }
  chain post {
    type nat hook postrouting priority srcnat; policy accept;
    oifname "pub" ip saddr 172.16.0.0/16 snat to ${pubs[$k]}
  }
}
EOF
    k=$((k + 1))
  done
  # Netns handles for the updown hooks (charon has a private /run, so no `ip -n` there).
  mkdir -p "$WORK/ns"
  for ns in vl-vgw vl-cgwa vl-cgwb; do
    touch "$WORK/ns/$ns" && mount --bind "/run/netns/$ns" "$WORK/ns/$ns" || return 1
  done
  for ns in $NSES; do nx "$ns" sh -c 'for f in /proc/sys/net/ipv4/conf/*/rp_filter; do echo 0 > $f; done'; done
}

# ---------------------------------------------------------------- daemons
charon_conf() { # charon_conf DIR INCLUDE
  cat >"$1/strongswan.conf" <<EOF
charon {
  load = random nonce aes sha1 sha2 hmac gmp kdf pem pkcs1 x509 pubkey openssl kernel-libipsec kernel-netlink socket-default vici updown
  # kernel-libipsec always installs 0/0 into its TUN: keep it in table 220, away from charon's own packets
  routing_table = 220
  routing_table_prio = 220
  interfaces_use = out
  plugins {
    vici {
      socket = unix://$1/charon.vici
    }
    socket-default {
      fwmark = 0x42
    }
    kernel-netlink {
      fwmark = !0x42
    }
  }
  filelog {
    main {
      path = $1/charon.log
      default = 1
      flush_line = yes
    }
  }
}
include $2
EOF
}

# start_charon KEY TUNNEL_END_NS DIR ROUTER_NS IFNAME INSIDE_ADDR/30 SWANCTL_FILE|--starter
# --starter: an ipsec.conf device (DIR/ipsec.conf, DIR/ipsec.secrets) run by strongSwan's starter
# over stroke; `ip netns exec` gives it a private mount namespace, so the bind mounts stay there.
start_charon() {
  local key=$1 ns=$2 dir=$3 rns=$4 ifn=$5 addr=$6 conf=$7
  local daemon='exec /usr/lib/ipsec/charon'
  [ "$conf" = --starter ] && daemon='mount --bind "$LAB_DIR/ipsec.conf" /etc/ipsec.conf && mount --bind "$LAB_DIR/ipsec.secrets" /etc/ipsec.secrets && exec /usr/lib/ipsec/starter --nofork'
  ip -n "$ns" link del ipsec0 2>/dev/null # a decoy left from an earlier run would steal the name
  # `ip netns exec` directly (not a shell function): $! must be the timeout process itself.
  ip netns exec "$ns" env STRONGSWAN_CONF="$dir/strongswan.conf" LAB_DIR="$dir" timeout "$LIFE" sh -c "mount -t tmpfs tmpfs /run && $daemon" >"$dir/charon.out" 2>&1 &
  DPID[$key]=$!
  local ok=
  for _ in $(seq 100); do
    ip -n "$ns" link show ipsec0 >/dev/null 2>&1 && [ -S "$dir/charon.vici" ] && { ok=1; break; }
    sleep 0.05
  done
  [ -n "$ok" ] || { record FAIL setup "charon $key did not create its TUN/vici socket"; return 1; }
  # Move the TUN into the router namespace: it becomes the tunnel's route-based interface there.
  ip -n "$ns" link set ipsec0 down && ip -n "$ns" link set ipsec0 name "$ifn" && ip -n "$ns" link set "$ifn" netns "$rns" &&
    ip -n "$rns" addr add "$addr" dev "$ifn" && ip -n "$rns" link set "$ifn" up || return 1
  # Decoy named ipsec0 so kernel-libipsec's route install by name succeeds (inert: its peer is down).
  ip -n "$ns" link add ipsec0 type veth peer name decoy0 && ip -n "$ns" link set ipsec0 up
  if [ "$conf" = --starter ]; then
    # starter loaded ipsec.conf itself (auto=add here, see sample_end): start the tunnel now that its interface exists.
    nx "$ns" timeout 20 swanctl --initiate --child "$(awk '/^conn AWS-VPC-TUNNEL-/ { print $2; exit }' "$dir/ipsec.conf")" --timeout 15 --uri "unix://$dir/charon.vici" >"$dir/load.out" 2>&1 ||
      { record FAIL setup "initiating $key over vici failed (see $dir/load.out)"; return 1; }
    return 0
  fi
  nx "$ns" env STRONGSWAN_CONF="$dir/strongswan.conf" timeout 20 swanctl --load-all --uri "unix://$dir/charon.vici" --file "$conf" >"$dir/load.out" 2>&1 ||
    { record FAIL setup "swanctl --load-all for $key failed (see $dir/load.out)"; return 1; }
}

# start_frr KEY ROUTER_NS DIR BGPD_CONF
start_frr() {
  local key=$1 rns=$2 dir=$3
  mkdir -p "$dir" && cp "$4" "$dir/bgpd.conf" && : >"$dir/zebra.conf" && chown -R frr:frr "$dir"
  ip netns exec "$rns" timeout "$LIFE" /usr/lib/frr/zebra -u frr -g frr -P 0 -f "$dir/zebra.conf" -i "$dir/zebra.pid" --vty_socket "$dir" -z "$dir/zserv.api" --log "file:$dir/zebra.log" >"$dir/zebra.out" 2>&1 &
  DPID[$key-zebra]=$!
  for _ in $(seq 100); do [ -S "$dir/zserv.api" ] && break; sleep 0.05; done
  ip netns exec "$rns" timeout "$LIFE" /usr/lib/frr/bgpd -u frr -g frr -P 0 -f "$dir/bgpd.conf" -i "$dir/bgpd.pid" --vty_socket "$dir" -z "$dir/zserv.api" --log "file:$dir/bgpd.log" >"$dir/bgpd.out" 2>&1 &
  DPID[$key-bgpd]=$!
}

# Tunnel i (1..4): AWS end vl-aws$i / VGW vt$i ; customer end (A: ca1 ca2, B: cb1 cb2) / vtiN.
TE=(x vl-ca1 vl-ca2 vl-cb1 vl-cb2)
RT=(x vl-cgwa vl-cgwa vl-cgwb vl-cgwb)
SITE=(x cgw-a cgw-a cgw-b cgw-b)
TN=(x 1 2 1 2)

start_aws_end() { local i=$1; local d=$WORK/aws$i; charon_conf "$d" "$d/dpd.conf"; start_charon "aws$i" "vl-aws$i" "$d" vl-vgw "vt$i" "169.254.$((9 + i)).1/30" "$d/swanctl.conf"; }
start_cgw_end() {
  local i=$1 cfg=${2:-$WORK/cfg}
  local d=$WORK/te$i
  mkdir -p "$d"
  charon_conf "$d" "$cfg/${SITE[$i]}/strongswan-aws-vpn.conf"
  start_charon "te$i" "${TE[$i]}" "$d" "${RT[$i]}" "vti${TN[$i]}" "169.254.$((9 + i)).2/30" "$cfg/${SITE[$i]}/swanctl-tunnel${TN[$i]}.conf" || return 1
  # The rendered interface script, as a device runs it: inside address, MTU and TCP MSS clamp of this tunnel.
  IP="ip -n ${RT[$i]}" NFT="ip netns exec ${RT[$i]} nft" sh "$cfg/${SITE[$i]}/tunnel-interfaces.sh" up "${TN[$i]}" >"$d/interfaces.out" 2>&1 ||
    { record FAIL setup "tunnel-interfaces.sh up ${TN[$i]} for ${SITE[$i]} failed (see $d/interfaces.out)"; return 1; }
}
# mtu_applied: every customer-side tunnel interface has the MTU the rendered script sets, and its MSS clamp.
mtu_applied() {
  local i want
  for i in 1 2 3 4; do
    want=$(awk -v n="${TN[$i]}" '$1 == "tunnel" && $2 == n { print $8 }' "$WORK/cfg/${SITE[$i]}/tunnel-interfaces.sh")
    ip -n "${RT[$i]}" link show "vti${TN[$i]}" 2>/dev/null | grep -q " mtu $want " || return 1
    ip netns exec "${RT[$i]}" nft list table inet "aws_vpn_mss_vti${TN[$i]}" >/dev/null 2>&1 || return 1
  done
}
start_cgw() { # start_cgw a|b [CFG_DIR]
  local x=$1 cfg=${2:-$WORK/cfg} first=1
  [ "$x" = b ] && first=3
  start_cgw_end "$first" "$cfg" && start_cgw_end $((first + 1)) "$cfg" || return 1
  [ "$ROUTING" = dynamic ] && start_frr "cgw$x" "vl-cgw$x" "$WORK/frr-cgw$x" "$cfg/cgw-$x/frr.conf"
  return 0
}
stop_cgw() { local x=$1 first=1; [ "$x" = b ] && first=3; stop_pid "cgw$x-bgpd"; stop_pid "cgw$x-zebra"; stop_pid "te$first"; stop_pid "te$((first + 1))"; }

# ---------------------------------------------------------------- observations
bgp_established() { timeout 5 vtysh --vty_socket "$WORK/frr-vgw" -c 'show bgp summary json' 2>/dev/null | grep -Eo '"state": ?"Established"' | wc -l; }
sas_installed() {
  local i n=0
  for i in 1 2 3 4; do
    [ -S "$WORK/te$i/charon.vici" ] || continue
    nx "${TE[$i]}" timeout 5 swanctl --list-sas --uri "unix://$WORK/te$i/charon.vici" 2>/dev/null | grep -q INSTALLED && n=$((n + 1))
  done
  echo "$n"
}
vgw_dev() { ip -n vl-vgw route get "${1:-10.20.0.10}" 2>/dev/null | grep -o 'dev [a-z0-9]*' | cut -d' ' -f2; }
wait_for() { # wait_for SECONDS command... ; prints the seconds it took, returns 1 on timeout
  local limit=$1 start; shift; start=$(now)
  while :; do
    "$@" && { since "$start"; return 0; }
    awk -v a="$start" -v b="$(now)" -v l="$limit" 'BEGIN { exit !(b - a > l) }' && { since "$start"; return 1; }
    sleep 0.25
  done
}
all_up() {
  [ "$(sas_installed)" = 4 ] || return 1
  [ "$ROUTING" != dynamic ] || [ "$(bgp_established)" = 4 ] || return 1
  # Routes in place: on-prem prefix at the VGW, the VPC prefix on every live customer gateway.
  ip -n vl-vgw route show 10.20.0.0/16 | grep -q dev || return 1
  local r
  for r in vl-cgwa vl-cgwb; do ip -n "$r" route show 10.0.0.0/16 | grep -q dev || return 1; done
  # Static: every tunnel's route is back on both sides (the updown hooks ran for all four).
  [ "$ROUTING" != static ] || [ "$(ip -n vl-vgw route show 10.20.0.0/16 | grep -c dev)" = 4 ] || return 1
}

# ping_run NAME DST SECONDS: bounded ping (0.2 s interval) from the VPC host; sets LOSS, GAP, TAIL.
# GAP = the longest time without a reply (from the start, between replies, to the end).
ping_start() { PSTART=$(now); ip netns exec vl-vpc timeout $(($3 + 5)) ping -D -n -i 0.2 -W 1 -w "$3" "$2" >"$WORK/ping-$1.txt" 2>&1 & PPID_=$!; PNAME=$1; }
ping_finish() {
  wait "$PPID_" 2>/dev/null
  local f=$WORK/ping-$PNAME.txt pend
  pend=$(now)
  LOSS=$(grep -Eo '[0-9.]+% packet loss' "$f" | cut -d% -f1)
  LOSS=${LOSS:-100}
  read -r GAP TAIL < <(awk -v s="$PSTART" -v e="$pend" '
    /bytes from/ { t = substr($1, 2, length($1) - 2) + 0; g = t - prev; if (!seen) g = t - s; if (g > max) max = g; prev = t; seen = 1 }
    END { if (!seen) { printf "%.1f %.1f\n", e - s, e - s } else { tail = e - prev; if (tail > max) max = tail; printf "%.1f %.1f\n", max, tail } }' "$f")
}
ping_run() { ping_start "$@"; ping_finish; }
lt() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a < b) }'; }

blackhole() { nx vl-inet nft add element inet vl_fail dead "{ $1 }"; }
unblackhole() { nx vl-inet nft delete element inet vl_fail dead "{ $1 }"; }

kill_cgw_a() { # the whole device fails: links first (a crash sends no BGP NOTIFICATION), then its daemons;
  # the LAN's first hop moves to B at the same instant (VRRP-like)
  ip -n vl-cgwa link set pub down; ip -n vl-cgwa link set lan down
  ip -n vl-onp route replace default via 10.20.0.3
  stop_cgw a
}
restore_cgw_a() {
  ip -n vl-cgwa link set pub up; ip -n vl-cgwa link set lan up
  ip -n vl-cgwa route replace default via 198.51.100.1 table 100
  start_cgw a "${1:-$WORK/cfg}"
}
vgw_route() { local r; r=$(ip -n vl-vgw route show "$1" | head -1); echo "${r:-none}"; }
cgwa_has_vpc_route() { ip -n vl-cgwa route show 10.0.0.0/16 | grep -q dev; }

# ---------------------------------------------------------------- suite
prepare() { # prepare ROUTING [lab|aws-defaults]
  ROUTING=$1
  rm -rf "${WORK:?}"/{aws*,te*,frr-*,cfg*,vgw,cdktf.out,outputs.json}
  (cd "$ROOT" && node -r @swc-node/register lab/prepare.ts "$WORK" "$PROFILE" "$ROUTING" "${2:-lab}") || { record FAIL setup "prepare.ts failed"; return 1; }
  local timers=()
  [ "$PROFILE" = fast ] && timers=(--dpd-delay 2 --dpd-timeout 3 --bgp-keepalive 3 --bgp-hold 9)
  local routing_args=(--advertise 10.20.0.0/16)
  [ "$ROUTING" = static ] && routing_args=(--remote-prefix 10.0.0.0/16 --updown-path "$WORK/cgw-updown.sh")
  # The product's bin, as a user runs it: outputs file + the app's config file.
  # libipsec: this kernel has neither VTI nor XFRM; each charon's TUN device is its tunnel interface.
  node "$ROOT/bin/vpn-device-config.js" --outputs "$WORK/outputs.json" --config "$WORK/lab-config.json" --out-dir "$WORK/cfg" \
    --interface-type libipsec --split-tunnels "${routing_args[@]}" "${timers[@]}" >"$WORK/device-config.out" 2>&1 ||
    { record FAIL setup "vpn-device-config failed: $(cat "$WORK/device-config.out")"; return 1; }
  if [ "$ROUTING" = static ]; then
    # The device's hook runs where the routes live: the lab's router namespaces (charon sits in a tunnel-end netns).
    cat >"$WORK/cgw-updown.sh" <<EOF
#!/bin/sh
PATH=/usr/sbin:/usr/bin:/sbin:/bin
case "\$PLUTO_CONNECTION" in cgw-a-*) r=vl-cgwa; s=cgw-a ;; *) r=vl-cgwb; s=cgw-b ;; esac
VPN_UPDOWN_IP="nsenter --net=$WORK/ns/\$r ip" exec sh "$WORK/cfg/\$s/aws-vpn-updown.sh"
EOF
    chmod 755 "$WORK/cgw-updown.sh"
  fi
}

bring_up() { # bring_up SCENARIO_LABEL [CFG_DIR_FOR_B]
  local t
  t=$(now)
  topology || { record FAIL setup "topology"; return 1; }
  [ "$ROUTING" = dynamic ] && start_frr vgw vl-vgw "$WORK/frr-vgw" "$WORK/vgw/bgpd.conf"
  for i in 1 2 3 4; do start_aws_end "$i" || return 1; done
  start_cgw a || return 1
  start_cgw b "${2:-$WORK/cfg}" || return 1
  local took
  if took=$(wait_for 30 all_up); then
    record PASS "$1" "lab up from nothing in $(since "$t") s (4 CHILD_SAs INSTALLED$([ "$ROUTING" = dynamic ] && echo ', 4 BGP Established'))"
    check "$1" "tunnel interfaces carry the rendered MTU ($(awk '$1 == "tunnel" { print $8; exit }' "$WORK/cfg/cgw-a/tunnel-interfaces.sh")) and TCP MSS clamp" mtu_applied
  else
    record FAIL "$1" "not all up after 30 s: $(sas_installed) SAs, $( [ "$ROUTING" = dynamic ] && bgp_established || echo n/a) BGP"
    return 1
  fi
}

suite_failover() { # suite_failover dynamic|static
  local mode=$1 tag limit window active outside dev took
  if [ "$mode" = dynamic ]; then tag=BGP; limit=$((HOLD + MARGIN)); window=$((HOLD + 10)); else tag=DPD; limit=$((DPD_TOTAL + MARGIN)); window=$((DPD_TOTAL + 12)); fi
  [ "$PROFILE" = aws ] && window=$((limit + 10))
  local S=$mode
  prepare "$mode" || return 1
  bring_up "$S/1 steady" || { teardown; return 1; }
  ping_run steady 10.20.0.10 4
  check "$S/1 steady" "ping VPC→LAN 4 s: loss ${LOSS}% via $(vgw_dev)" [ "$LOSS" = 0 ]

  # 2. AWS maintenance: the active AWS tunnel endpoint disappears from the network.
  active=$(vgw_dev); outside=192.0.2.1${active#vt}
  ping_start maint 10.20.0.10 "$window"; sleep 1; blackhole "$outside"; ping_finish
  dev=$(vgw_dev)
  check "$S/2 AWS endpoint $outside ($active) black-holed" "traffic continues via $dev; longest gap ${GAP} s < $limit s ($tag), loss ${LOSS}%, last reply ${TAIL} s before the end" \
    eval "lt $GAP $limit && lt $TAIL 1.5 && [ '$dev' != '$active' ]"
  unblackhole "$outside"
  if took=$(wait_for 20 all_up); then record PASS "$S/2 recovery" "all up again ${took} s after the endpoint came back"; else record FAIL "$S/2 recovery" "not all up 20 s after the endpoint came back"; fi

  # 3. Device failure: customer gateway A dies as a whole.
  active=$(vgw_dev)
  ping_start device "10.20.0.10" "$window"; sleep 1; kill_cgw_a; ping_finish
  dev=$(vgw_dev)
  check "$S/3 CGW A killed (was on $active)" "traffic continues via $dev (B); longest gap ${GAP} s < $limit s ($tag), loss ${LOSS}%, last reply ${TAIL} s before the end" \
    eval "lt $GAP $limit && lt $TAIL 1.5 && [[ '$dev' = vt3 || '$dev' = vt4 ]]"

  # 4. Recovery: A comes back; everything up again within 20 s; the first hop moves back once A has its route.
  local t
  t=$(now)
  restore_cgw_a
  if took=$(wait_for 20 all_up); then record PASS "$S/4 recovery" "CGW A restarted: all up again in ${took} s"; else record FAIL "$S/4 recovery" "CGW A restarted: not all up within 20 s ($(sas_installed) SAs)"; fi
  wait_for 10 cgwa_has_vpc_route >/dev/null
  # Settle before failing back (a VRRP preempt delay): a late AWS-side DPD restart can still
  # replace a just-made SA (seen once with AWS timers: one ping lost 2 s after the restart).
  sleep 3
  ip -n vl-onp route replace default via 10.20.0.2
  ping_run back 10.20.0.10 3
  check "$S/4 recovery" "ping after failback: loss ${LOSS}% via $(vgw_dev)" [ "$LOSS" = 0 ]
  teardown
}

suite_mismatch() {
  local window=$((HOLD + 6))
  prepare dynamic || return 1
  # Device B advertises a different prefix than A (what the seeds warn about).
  node "$ROOT/bin/vpn-device-config.js" --outputs "$WORK/outputs.json" --config "$WORK/lab-config.json" --out-dir "$WORK/cfg-b" \
    --interface-type libipsec --split-tunnels --advertise 10.30.0.0/16 $([ "$PROFILE" = fast ] && echo --dpd-delay 2 --dpd-timeout 3 --bgp-keepalive 3 --bgp-hold 9) >/dev/null || return 1
  bring_up "mismatch/6 up" "$WORK/cfg-b" || { teardown; return 1; }
  ip -n vl-cgwb addr add 10.30.0.3/16 dev lan
  wait_for 15 sh -c "ip -n vl-vgw route show 10.30.0.0/16 | grep -q dev" >/dev/null
  ping_run m20 10.20.0.10 2; local l20=$LOSS
  ping_run m30 10.30.0.10 2; local l30=$LOSS
  check "mismatch/6 before" "A advertises 10.20.0.0/16, B 10.30.0.0/16: loss to 10.20.0.10 ${l20}%, to 10.30.0.10 ${l30}%" [ "$l20" = 0 -a "$l30" = 0 ]
  kill_cgw_a
  sleep "$window"
  ping_run m20b 10.20.0.10 3; l20=$LOSS
  ping_run m30b 10.30.0.10 3; l30=$LOSS
  check "mismatch/6 A failed" "traffic to 10.20.0.0/16 (only A advertised it) LOST: ${l20}% loss, VGW route to it: $(vgw_route 10.20.0.0/16); 10.30.0.10 still ${l30}% loss" \
    [ "$l20" = 100 -a "$l30" = 0 ]
  teardown
}

# ---------------------------------------------------------------- AWS's own device against the emulated AWS side
# Customer gateway A runs the device configuration AWS wrote (aws-samples' strongSwan VPN gateway:
# lab/aws-sample/), B runs ours; the AWS side is the emulation with AWS's default tunnel options.
# Adapted only where the host differs: one tunnel per charon (kernel-libipsec: this kernel has no
# VTI, so the sample's VTI updown script and marks are left out and the TUN device is the tunnel
# interface; auto=add and the lab initiates once that interface exists), and two lines for FRR instead of Quagga (no log file path; `no bgp ebgp-requires-policy`,
# Quagga's behaviour, FRR's default since 7.4 is to send and accept nothing without a policy).
sample_end() { # sample_end TUNNEL(1|2): ipsec.conf, ipsec.secrets and charon settings of A's tunnel end
  local n=$1 d=$WORK/te$1 other=$((3 - $1)) sample=$ROOT/lab/aws-sample
  mkdir -p "$d"
  local keys
  keys=$(node -e 'const s = require(process.argv[1]).lab.vpn.secrets["cgw-a"]; console.log(s.tunnel1_preshared_key, s.tunnel2_preshared_key)' "$WORK/outputs.json")
  local fill=(-e 's/${pAuthType}/psk/g' -e 's/${pTunnel1VgwOutsideIpAddress}/192.0.2.11/g' -e 's/${pTunnel2VgwOutsideIpAddress}/192.0.2.12/g'
    -e "s/{TUNNEL_1_PSK}/${keys% *}/" -e "s/{TUNNEL_2_PSK}/${keys#* }/")
  # auto=start → add: charon would initiate before the lab has moved its TUN device into the router
  # (a race the sample does not have with VTI); the lab initiates right after (start_charon --starter).
  awk -v drop="conn AWS-VPC-TUNNEL-$other" '/^conn /{ skip = ($0 == drop) } !skip' "$sample/ipsec.conf" |
    grep -v -e '^  leftupdown=' -e '^  mark=' | sed "${fill[@]}" -e 's/^  auto=start$/  auto=add/' >"$d/ipsec.conf"
  ( umask 077; sed "${fill[@]}" "$sample/ipsec.secrets" >"$d/ipsec.secrets" )
  : >"$d/empty.conf"
  charon_conf "$d" "$d/empty.conf"
  sed -i 's/ vici updown$/ vici updown stroke/' "$d/strongswan.conf"
  start_charon "te$n" "${TE[$n]}" "$d" vl-cgwa "vti$n" "169.254.$((9 + n)).2/30" --starter
}
sample_bgpd() { # AWS's bgpd.conf for A, its template parameters filled in
  sed -e 's/${pLocalBgpAsn}/65010/g' -e 's/{PRIVATE_IP}/10.20.0.2/' -e 's#${pVpcCidr}#10.20.0.0/16#' \
    -e 's/${pTunnel1BgpNeighborIpAddress}/169.254.10.1/g' -e 's/${pTunnel2BgpNeighborIpAddress}/169.254.11.1/g' \
    -e 's/${pTunnel1VgwBgpAsn}/64512/g' -e 's/${pTunnel2VgwBgpAsn}/64512/g' \
    -e '/^log file /d' -e 's/^router bgp .*/&\n  no bgp ebgp-requires-policy/' "$ROOT/lab/aws-sample/bgpd.conf" >"$WORK/sample-bgpd.conf"
}
suite_aws_sample() {
  local S=aws-sample t took
  prepare dynamic aws-defaults || return 1
  t=$(now)
  topology || { record FAIL setup "topology"; return 1; }
  start_frr vgw vl-vgw "$WORK/frr-vgw" "$WORK/vgw/bgpd.conf"
  for i in 1 2 3 4; do start_aws_end "$i" || return 1; done
  sample_end 1 && sample_end 2 || { record FAIL "$S/1 up" "AWS's sample device did not start (see $WORK/te1/charon.out)"; teardown; return 1; }
  sample_bgpd && start_frr cgwa vl-cgwa "$WORK/frr-cgwa" "$WORK/sample-bgpd.conf"
  start_cgw b || { teardown; return 1; }
  if took=$(wait_for 30 all_up); then
    record PASS "$S/1 up" "AWS's device (A) and ours (B) against the emulated AWS side: 4 CHILD_SAs INSTALLED, 4 BGP Established in $(since "$t") s"
  else
    record FAIL "$S/1 up" "not all up after 30 s: $(sas_installed) SAs, $(bgp_established) BGP (A's charon log: $WORK/te1/charon.log)"
    teardown
    return 1
  fi
  local sa
  sa=$(nx vl-ca1 timeout 5 swanctl --list-sas --uri "unix://$WORK/te1/charon.vici" 2>/dev/null | grep -Eo 'IKEv[12]|[A-Z0-9_]+/[A-Z0-9_/]+' | head -3 | tr '\n' ' ')
  record INFO "$S/1 up" "A tunnel 1 negotiated: $sa"
  check "$S/1 up" "A's sample negotiated IKEv1 as it asks (keyexchange=ikev1)" eval "grep -q IKEv1 <<<'$sa'"
  ping_run sample 10.20.0.10 3
  check "$S/2 traffic" "ping VPC→LAN: loss ${LOSS}% via $(vgw_dev)" [ "$LOSS" = 0 ]
  # Our device (B) loses both tunnels: traffic must move to AWS's device (A) within the BGP hold time;
  # then A loses its tunnel 1: traffic must move to A's tunnel 2 (the one its bgpd.conf prepends).
  local dev limit=$((HOLD + MARGIN))
  ping_start sample-b 10.20.0.10 $((HOLD + 10)); sleep 1; blackhole 192.0.2.13; blackhole 192.0.2.14; ping_finish
  dev=$(vgw_dev)
  check "$S/3 B's endpoints black-holed" "traffic moves to AWS's device: via $dev; longest gap ${GAP} s < $limit s (BGP), loss ${LOSS}%" \
    eval "lt $GAP $limit && lt $TAIL 1.5 && [[ '$dev' = vt1 || '$dev' = vt2 ]]"
  ping_start sample-a 10.20.0.10 $((HOLD + 10)); sleep 1; blackhole 192.0.2.11; ping_finish
  dev=$(vgw_dev)
  check "$S/4 A's tunnel 1 black-holed too" "traffic continues on A's tunnel 2: via $dev; longest gap ${GAP} s < $limit s (BGP), loss ${LOSS}%" \
    eval "lt $GAP $limit && lt $TAIL 1.5 && [ '$dev' = vt2 ]"
  for x in 192.0.2.11 192.0.2.13 192.0.2.14; do unblackhole "$x"; done
  teardown
}

log "profile $PROFILE (BGP hold $HOLD s, DPD $DPD_TOTAL s, margin $MARGIN s); work dir $WORK"
for s in $SUITES; do
  case "$s" in
    dynamic | static) suite_failover "$s" ;;
    mismatch) suite_mismatch ;;
    aws-sample) suite_aws_sample ;;
    *) echo "lab: unknown suite $s" >&2; exit 2 ;;
  esac
done

echo
echo "== lab results ($PROFILE timers, $(since "$T0") s) =="
printf '%s\n' "${RESULTS[@]}"
[ "$FAILED" = 0 ] && echo "LAB PASSED" || echo "LAB FAILED"
exit "$FAILED"
