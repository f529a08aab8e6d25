#!/usr/bin/env bash
# The Lucene engine next to the SQLite FTS5 engine it replaced (commit 68aff38), in one run: same synthetic corpus
# (the generator and the query mix did not change between the two), same machine load, each harness's own output
# line (p50=… p90=… p99=…), each with its caches off then on (FTS5's match cache; Lucene's per-view weights and
# expansion matches). The two engines alternate, twice, so that a change of load during the run shows as a
# difference between the passes rather than between the engines.
#
#   [PASSES=2] tests/Repertoire.Benchmarks/Index/engines-side-by-side.sh [LISTINGS] [ROUNDS]
#
# The old engine is built from a git worktree (OLD_WORKTREE, default beside the repository).
set -euo pipefail
listings=${1:-10000}
rounds=${2:-3}
repo=$(git rev-parse --show-toplevel)
old=${OLD_WORKTREE:-$(dirname "$repo")/repertoire-68aff38}
[ -d "$old" ] || git -C "$repo" worktree add --detach "$old" 68aff38
dotnet build "$old/tests/Repertoire.Benchmarks" -c Release -v q -nologo > /dev/null
dotnet build "$repo/tests/Repertoire.Benchmarks" -c Release -v q -nologo > /dev/null
old_dll="$old/tests/Repertoire.Benchmarks/bin/Release/net10.0/Repertoire.Benchmarks.dll"
new_dll="$repo/tests/Repertoire.Benchmarks/bin/Release/net10.0/Repertoire.Benchmarks.dll"
corpus="${TMPDIR:-/tmp}/repertoire-bench/content-$listings"
[ -d "$corpus" ] || dotnet "$new_dll" generate-corpus "$listings" "$corpus" > /dev/null
echo "listings=$listings rounds=$rounds load=$(cut -d' ' -f1-3 /proc/loadavg) commit=$(git -C "$repo" rev-parse --short HEAD)"
for pass in $(seq "${PASSES:-2}"); do
    dotnet "$old_dll" search-latency --listings "$listings" --rounds "$rounds" --no-cache | sed "s/^/pass $pass fts5-cache-off: /"
    dotnet "$old_dll" search-latency --listings "$listings" --rounds "$rounds" | sed "s/^/pass $pass fts5-cache-on:  /"
    dotnet "$new_dll" search-latency --listings "$listings" --rounds "$rounds" --no-cache | sed "s/^/pass $pass lucene-cache-off: /"
    dotnet "$new_dll" search-latency --listings "$listings" --rounds "$rounds" | sed "s/^/pass $pass lucene-cache-on:  /"
done
echo "load at the end=$(cut -d' ' -f1-3 /proc/loadavg)"
