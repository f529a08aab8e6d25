#!/usr/bin/env bash
# One node against three nodes, both behind HAProxy with TLS: two local clusters (deploy/local-cluster.sh), one with a
# single node and one with three, each with its own HAProxy and PostgreSQL, loaded side by side by two wrk processes
# on the search mix (/api/v1/search) at the same time, for several rounds. Side by side, because this machine is
# shared and its load swings more between two runs a minute apart than the set-ups differ; the price is that the
# two clusters share the same cores during a round, which the figures must be read with (docs/benchmarks.md). Each
# round also gives the CPU time each cluster spent per request (its nodes and its HAProxy, user + system).
#
#   tests/Repertoire.Benchmarks/Cluster/nodes-side-by-side.sh [CONTENT] [ROUNDS] [SECONDS]
#
# CONTENT defaults to the bundled content/; ROUNDS to 5; SECONDS per round to 15. Ports 51610-51629 (PORT=51610
# moves them all).
set -euo pipefail
repo=$(cd "$(dirname "$0")/../../.." && pwd)
content=$(cd "${1:-$repo/content}" && pwd)
rounds=${2:-5}
seconds=${3:-15}
base=${PORT:-51610}
work=$(mktemp -d /tmp/repertoire-nodes.XXXXXX)
chmod 755 "$work" # PostgreSQL runs as its own user (local-cluster.sh), which must reach its data folder inside
mix=$repo/tests/Repertoire.Benchmarks/Index/search-mix.lua
script=$repo/deploy/local-cluster.sh

dotnet build "$repo/src/Repertoire.Web" -c Release -v quiet -nologo >/dev/null
app=$repo/src/Repertoire.Web/bin/Release/net10.0

# The per-node API limit would answer 429 to wrk; the needs watch records as in production (into PostgreSQL).
export CLUSTER_APP=$app CLUSTER_CONTENT=$content Repertoire__Api__PermitLimit=100000000 Logging__LogLevel__Default=Warning
one() { CLUSTER_DIR=$work/one CLUSTER_PORT=$base CLUSTER_NODE_PORTS="$((base + 1))" CLUSTER_DB_PORT=$((base + 9)) "$script" "$@"; }
three() { CLUSTER_DIR=$work/three CLUSTER_PORT=$((base + 10)) CLUSTER_NODE_PORTS="$((base + 11)) $((base + 12)) $((base + 13))" CLUSTER_DB_PORT=$((base + 19)) "$script" "$@"; }
trap 'one down >/dev/null 2>&1 || true; three down >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
one up >/dev/null
three up >/dev/null

rps() { awk '/Requests\/sec/ {print $2}' "$1"; }
requests() { awk '/requests in/ {print $1}' "$1"; }
p99() { awk '$1 == "99%" {print $2}' "$1"; }
# Clock ticks of user + system time of a cluster's nodes and HAProxy.
cpu() { local total=0; for f in "$1"/node*.pid "$1"/haproxy.pid; do total=$((total + $(awk '{print $14 + $15}' "/proc/$(cat "$f")/stat"))); done; echo "$total"; }
both() { # $1 = seconds; wrk on both clusters at once
  wrk -t1 -c16 -d"$1s" --latency -s "$mix" "https://127.0.0.1:$base" >"$work/one.txt" &
  local a=$!
  wrk -t1 -c16 -d"$1s" --latency -s "$mix" "https://127.0.0.1:$((base + 10))" >"$work/three.txt" &
  local b=$!
  wait "$a" "$b"
  grep -hE "Non-2xx|Socket errors" "$work/one.txt" "$work/three.txt" >&2 || true
}

both 10 # warm-up: JIT, caches, TLS sessions
hz=$(getconf CLK_TCK)
gains=()
echo "| round | 1 node req/s | p99 | CPU/request | 3 nodes req/s | p99 | CPU/request | 3 vs 1 | load |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
for i in $(seq 1 "$rounds"); do
  c1=$(cpu "$work/one"); c3=$(cpu "$work/three")
  both "$seconds"
  d1=$(( $(cpu "$work/one") - c1 )); d3=$(( $(cpu "$work/three") - c3 ))
  r1=$(rps "$work/one.txt"); r3=$(rps "$work/three.txt")
  ms1=$(awk -v t="$d1" -v n="$(requests "$work/one.txt")" -v hz="$hz" 'BEGIN {printf "%.2f", t*1000/hz/n}')
  ms3=$(awk -v t="$d3" -v n="$(requests "$work/three.txt")" -v hz="$hz" 'BEGIN {printf "%.2f", t*1000/hz/n}')
  gain=$(awk -v a="$r1" -v b="$r3" 'BEGIN {printf "%+.1f", (b-a)/a*100}')
  gains+=("$gain")
  echo "| $i | $r1 | $(p99 "$work/one.txt") | $ms1 ms | $r3 | $(p99 "$work/three.txt") | $ms3 ms | $gain % | $(cut -d' ' -f1 /proc/loadavg) |"
done
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
echo
echo "median: three nodes answer $(median "${gains[@]}") % requests/s against one node, side by side on the same cores"
