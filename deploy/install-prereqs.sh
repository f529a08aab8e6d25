#!/usr/bin/env bash
# Installs what the local cluster and its tests need, from Debian: PostgreSQL 15 (server binaries, not the running
# service), HAProxy 2.6, and Node's npm, which the site's build uses to install Leaflet (the maps) from the npm
# registry. Idempotent: when all are present it only checks and returns, without touching apt.
set -euo pipefail

pg_bin() { ls -d /usr/lib/postgresql/15/bin 2>/dev/null || true; }

missing=()
[ -x "$(pg_bin)/initdb" ] && [ -x "$(pg_bin)/pg_ctl" ] || missing+=(postgresql-15 postgresql-client-15)
command -v haproxy >/dev/null 2>&1 || missing+=(haproxy)
command -v npm >/dev/null 2>&1 || missing+=(nodejs npm)

if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "install-prereqs: missing ${missing[*]} and not root; install them with apt-get as root" >&2
    exit 1
  fi
  echo "install-prereqs: installing ${missing[*]}..."
  # policy-rc.d exit 101: Debian's maintainer scripts would otherwise start the system PostgreSQL and HAProxy
  # services, which the cluster does not use (it runs its own instances on its own ports).
  policy=/usr/sbin/policy-rc.d
  created_policy=0
  if [ ! -e "$policy" ]; then printf '#!/bin/sh\nexit 101\n' >"$policy"; chmod +x "$policy"; created_policy=1; fi
  trap '[ "$created_policy" -eq 1 ] && rm -f "$policy"' EXIT
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# The versions the issue names; anything else is reported, not silently used.
"$(pg_bin)/postgres" --version | grep -q ' 15\.' || { echo "install-prereqs: PostgreSQL 15 expected" >&2; exit 1; }
# (Read whole, then cut: `haproxy -v | head -1` would fail under pipefail when head closes the pipe early.)
haproxy_version="$(haproxy -v)"
haproxy_version="${haproxy_version%%$'\n'*}"
[[ "$haproxy_version" == *"version 2.6."* ]] || echo "install-prereqs: warning: HAProxy 2.6 expected, found: $haproxy_version" >&2
echo "install-prereqs: $("$(pg_bin)/postgres" --version), $(cut -d' ' -f1-3 <<<"$haproxy_version"), npm $(npm --version)"
