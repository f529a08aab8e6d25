#!/usr/bin/env bash
# What recording searches for the needs watch costs in throughput: two copies of the site in Release, one recording
# and one not, loaded side by side by two wrk processes on /api/v1/search at the same time, for several rounds.
# Running both at once puts them under the same machine load at every moment (this machine is shared, and its load
# swings more between two runs a minute apart than recording could cost); the copy that spends more per search
# answers fewer. Under heavy load from other work, requests/s still swing widely from round to round, so each round
# also measures the CPU time each copy spent per request (user + system, all its threads, the needs-watch writer
# included): on a machine of its own, throughput is the inverse of that. Prints each round and the medians.
#
#   [FIRST=on|off] tests/Repertoire.Benchmarks/NeedsWatch/recording-cost.sh [CONTENT] [ROUNDS] [SECONDS]
#
# CONTENT defaults to the bundled content/ (cheap searches: the worst case for recording's share); ROUNDS to 5;
# SECONDS per round to 15. PORT (default 51590) and PORT+1 are used.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../../.." && pwd)
content=${1:-$repo/content}
rounds=${2:-5}
seconds=${3:-15}
port=${PORT:-51590}
work=$(mktemp -d /tmp/repertoire-recording-cost.XXXXXX)
mix=$repo/tests/Repertoire.Benchmarks/Index/search-mix.lua
pids=()
declare -A pid # recording (true|false) -> process id
trap 'kill "${pids[@]}" 2>/dev/null || true; rm -rf "$work"' EXIT

dotnet build "$repo/src/Repertoire.Web" -c Release -v quiet -nologo >/dev/null
site=$repo/src/Repertoire.Web/bin/Release/net10.0/Repertoire.Web.dll

start() { # $1 = true|false (recording), $2 = port
  Repertoire__ContentPath=$content Repertoire__DataPath=$work/data-$1 Repertoire__WatchContent=false \
    Repertoire__Api__PermitLimit=100000000 Repertoire__NeedsWatch__Record=$1 Logging__LogLevel__Default=Warning \
    dotnet "$site" --urls "http://127.0.0.1:$2" >"$work/site-$1.log" 2>&1 &
  pids+=($!)
  pid[$1]=$!
  # A search answers 200 once the index is built.
  for _ in $(seq 1 1200); do
    curl -sf -o /dev/null "http://127.0.0.1:$2/api/v1/search?q=aide" && return
    sleep 0.5
  done
  echo "the site (recording=$1) did not start" >&2; exit 1
}

# The copy started first has answered more in every run so far, whichever it was: FIRST=off starts the copy that does
# not record first, so that two runs in opposite orders can be set side by side.
if [ "${FIRST:-on}" = off ]; then
  start false "$((port + 1))"
  start true "$port"
else
  start true "$port"
  start false "$((port + 1))"
fi
rps() { awk '/Requests\/sec/ {print $2}' "$1"; }
requests() { awk '/requests in/ {print $1}' "$1"; }
cpu() { awk '{print $14 + $15}' "/proc/$1/stat"; } # clock ticks of user + system time
both() { # $1 = seconds; wrk on both copies at once
  wrk -t1 -c16 -d"$1s" -s "$mix" "http://127.0.0.1:$port" >"$work/on.txt" &
  local a=$!
  wrk -t1 -c16 -d"$1s" -s "$mix" "http://127.0.0.1:$((port + 1))" >"$work/off.txt" &
  local b=$!
  wait "$a" "$b"
  grep -hE "Non-2xx|Socket errors" "$work/on.txt" "$work/off.txt" >&2 || true
}

both 10 # warm-up: JIT, caches, the writer's first batches
costs=(); cpucosts=()
hz=$(getconf CLK_TCK)
for i in $(seq 1 "$rounds"); do
  c1=$(cpu "${pid[true]}"); c2=$(cpu "${pid[false]}")
  both "$seconds"
  d1=$(( $(cpu "${pid[true]}") - c1 )); d2=$(( $(cpu "${pid[false]}") - c2 ))
  on=$(rps "$work/on.txt"); off=$(rps "$work/off.txt")
  cost=$(awk -v a="$on" -v b="$off" 'BEGIN {printf "%.1f", (b-a)/b*100}')
  msOn=$(awk -v t="$d1" -v n="$(requests "$work/on.txt")" -v hz="$hz" 'BEGIN {printf "%.3f", t*1000/hz/n}')
  msOff=$(awk -v t="$d2" -v n="$(requests "$work/off.txt")" -v hz="$hz" 'BEGIN {printf "%.3f", t*1000/hz/n}')
  cpucost=$(awk -v a="$msOn" -v b="$msOff" 'BEGIN {printf "%.1f", (a-b)/b*100}')
  costs+=("$cost"); cpucosts+=("$cpucost")
  echo "round $i: recording on $on req/s, $msOn ms CPU/request; off $off req/s, $msOff ms CPU/request; cost $cost% of req/s, $cpucost% of CPU/request (load $(cut -d' ' -f1 /proc/loadavg))"
done
# A row stands for `searches` identical searches of its hour written in one batch (SearchEventBatch).
events=$(sqlite3 "$work/data-true/needs-watch.db" "SELECT SUM(searches) || ' in ' || COUNT(*) || ' rows' FROM search_event" 2>/dev/null || echo "?")
none=$(sqlite3 "$work/data-false/needs-watch.db" 'SELECT COALESCE(SUM(searches), 0) FROM search_event' 2>/dev/null || echo "0 (no file)")
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
echo "median cost of recording: $(median "${costs[@]}")% of requests/s (side by side), $(median "${cpucosts[@]}")% of CPU time per request"
echo "search events stored: recording copy $events, other copy $none"
