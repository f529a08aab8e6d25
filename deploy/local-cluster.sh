#!/usr/bin/env bash
# A local cluster for development and tests, all on 127.0.0.1: PostgreSQL 15 in a folder of its own, three web
# nodes (one Release build, three processes) and HAProxy 2.6 terminating TLS in front of them, with health checks
# on /healthz.
#
#   deploy/local-cluster.sh up | down | status
#   deploy/local-cluster.sh stop-node N [--kill] | start-node N      (one node: for failover drills and tests)
#   deploy/local-cluster.sh stop-db | start-db                       (the database: for restart drills and tests)
#
# Settings (environment), with their defaults:
#   CLUSTER_DIR=.cluster            everything the cluster writes: database, logs, pid files, certificate, build
#   CLUSTER_PORT=8080               HAProxy's HTTPS port
#   CLUSTER_NODE_PORTS="8081 8082 8083"   the nodes' plain HTTP ports (one per node; their count is the node count)
#   CLUSTER_DB_PORT=8432            PostgreSQL's port
#   CLUSTER_CONTENT=content         the content folder every node serves (shared by the nodes)
#   CLUSTER_APP=                    a folder holding a built Repertoire.Web.dll; empty: publish Release into CLUSTER_DIR/app
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
dir="$(mkdir -p "${CLUSTER_DIR:-$root/.cluster}" && cd "${CLUSTER_DIR:-$root/.cluster}" && pwd)"
port="${CLUSTER_PORT:-8080}"
read -r -a node_ports <<<"${CLUSTER_NODE_PORTS:-8081 8082 8083}"
db_port="${CLUSTER_DB_PORT:-8432}"
content="$(cd "${CLUSTER_CONTENT:-$root/content}" && pwd)"
pg_bin=/usr/lib/postgresql/15/bin
pg_data="$dir/postgres/data"
# Generous timeouts: on a busy machine (CI, two cores shared by several builds) opening a first connection can take
# seconds; an unreachable database still fails at once (connection refused).
connection="Host=127.0.0.1;Port=$db_port;Username=repertoire;Database=repertoire;Timeout=30;Command Timeout=30"

# PostgreSQL refuses to run as root: as root, its folder belongs to the postgres user and its commands run as it.
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

say() { echo "local-cluster: $*"; }

alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

wait_for() { # description, seconds, command...
  local what=$1 seconds=$2 deadline=$((SECONDS + $2)); shift 2
  until "$@" >/dev/null 2>&1; do
    [ "$SECONDS" -ge "$deadline" ] && { say "$what did not come up within ${seconds}s" >&2; return 1; }
    sleep 0.2
  done
}

app_dll() {
  if [ -n "${CLUSTER_APP:-}" ]; then echo "$CLUSTER_APP/Repertoire.Web.dll"; else echo "$dir/app/Repertoire.Web.dll"; fi
}

build() {
  [ -n "${CLUSTER_APP:-}" ] && return 0
  say "building the site (Release) into $dir/app"
  dotnet publish "$root/src/Repertoire.Web/Repertoire.Web.csproj" -c Release -o "$dir/app" --nologo -v quiet >"$dir/build.log" 2>&1 \
    || { cat "$dir/build.log" >&2; exit 1; }
  # The site finds its web root (the repository's wwwroot/) upwards from its binary; a published copy needs it beside.
  rm -rf "$dir/app/wwwroot" && cp -r "$root/wwwroot" "$dir/app/wwwroot"
}

start_db() {
  mkdir -p "$dir/postgres"
  [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$dir/postgres"
  if [ ! -f "$pg_data/PG_VERSION" ]; then
    say "creating the database cluster in $pg_data"
    as_pg "$pg_bin/initdb" -D "$pg_data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$dir/postgres/initdb.log"
  fi
  if ! as_pg "$pg_bin/pg_ctl" -D "$pg_data" status >/dev/null 2>&1; then
    as_pg "$pg_bin/pg_ctl" -D "$pg_data" -l "$dir/postgres/postgres.log" -w -t 60 start \
      -o "-p $db_port -k $dir/postgres -c listen_addresses=127.0.0.1 -c max_connections=200" >/dev/null
  fi
  if ! as_pg "$pg_bin/psql" -h 127.0.0.1 -p "$db_port" -U postgres -tAc "SELECT 1 FROM pg_roles WHERE rolname='repertoire'" | grep -q 1; then
    as_pg "$pg_bin/psql" -h 127.0.0.1 -p "$db_port" -U postgres -qc "CREATE ROLE repertoire LOGIN" -c "CREATE DATABASE repertoire OWNER repertoire"
  fi
  say "PostgreSQL on 127.0.0.1:$db_port"
}

stop_db() {
  if [ -f "$pg_data/PG_VERSION" ] && as_pg "$pg_bin/pg_ctl" -D "$pg_data" status >/dev/null 2>&1; then
    as_pg "$pg_bin/pg_ctl" -D "$pg_data" -m fast -w stop >/dev/null
    say "PostgreSQL stopped"
  fi
}

certificate() {
  mkdir -p "$dir/tls"
  [ -f "$dir/tls/site.pem" ] && return 0
  # Self-signed, for 127.0.0.1 and localhost only: HAProxy wants the certificate and its key in one file.
  openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj "/CN=localhost" \
    -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" \
    -keyout "$dir/tls/key.pem" -out "$dir/tls/cert.pem" >/dev/null 2>&1
  cat "$dir/tls/cert.pem" "$dir/tls/key.pem" >"$dir/tls/site.pem"
  chmod 600 "$dir/tls/key.pem" "$dir/tls/site.pem"
}

start_node() {
  local n=$1 node_port=${node_ports[$(($1 - 1))]}
  local pidfile="$dir/node$n.pid"
  alive "$pidfile" && { say "node $n already running"; return 0; }
  mkdir -p "$dir/node$n"
  # Each node: its own data folder (its search index), the shared content folder and database. Content changes
  # reach the node through the database's content version (docs/cluster.md), not through file watching, as they
  # would on a network share. Only HAProxy, on this machine, may set X-Forwarded-*.
  (
    cd "$dir/node$n"
    export ASPNETCORE_ENVIRONMENT=Production \
      Repertoire__ContentPath="$content" \
      Repertoire__DataPath="$dir/node$n/data" \
      Repertoire__WatchContent=false \
      Repertoire__Database__ConnectionString="$connection" \
      Repertoire__Cluster__NodeName="node$n" \
      Repertoire__Cluster__KnownProxies__0=127.0.0.1 \
      Repertoire__Alignment__BruxellesSocialPath="$dir/shared/alignment/bruxelles-social.json" \
      Repertoire__Alignment__SocialeKaartPath="$dir/shared/alignment/sociale-kaart.json"
    exec nohup dotnet "$(app_dll)" --urls "http://127.0.0.1:$node_port" >"$dir/node$n.log" 2>&1
  ) &
  echo $! >"$pidfile"
  wait_for "node $n" 180 curl -fsS -m 2 "http://127.0.0.1:$node_port/healthz"
  say "node $n on 127.0.0.1:$node_port (pid $(cat "$pidfile"))"
}

stop_node() {
  local n=$1 signal=${2:-TERM} pidfile="$dir/node$1.pid"
  if alive "$pidfile"; then
    kill "-$signal" "$(cat "$pidfile")"
    for _ in $(seq 1 100); do alive "$pidfile" || break; sleep 0.1; done
    say "node $n stopped ($signal)"
  fi
  rm -f "$pidfile"
}

haproxy_config() {
  {
    cat <<CFG
global
    maxconn 4096
    stats socket $dir/haproxy.sock mode 600 level admin
    tune.ssl.default-dh-param 2048

defaults
    mode http
    timeout connect 2s
    timeout client 30s
    timeout server 30s
    timeout http-request 10s
    # A request whose node dies is sent again to another node: connection failures always (the request never
    # reached a node); an empty answer, a timeout or a 503 only for reads, since a write may have been applied.
    retries 3
    option redispatch 1
    retry-on conn-failure empty-response response-timeout 503
    option forwardfor

frontend https
    bind 127.0.0.1:$port ssl crt $dir/tls/site.pem alpn h2,http/1.1
    http-request set-header X-Forwarded-Proto https
    http-request disable-l7-retry unless METH_GET || METH_HEAD
    default_backend nodes

backend nodes
    balance roundrobin
    option httpchk GET /healthz
    http-check expect status 200
    default-server inter 1s fastinter 500ms downinter 1s fall 2 rise 2 on-marked-down shutdown-sessions
CFG
    local i=1
    # X-Repertoire-Node: nodeN sends a request to that node while it is up (drills and the cluster tests use it to
    # act on one node and check another); requests without it are balanced.
    for node_port in "${node_ports[@]}"; do
      echo "    use-server node$i if { req.hdr(x-repertoire-node) -m str node$i }"
      echo "    server node$i 127.0.0.1:$node_port check"
      i=$((i + 1))
    done
  } >"$dir/haproxy.cfg"
}

start_haproxy() {
  alive "$dir/haproxy.pid" && { say "HAProxy already running"; return 0; }
  haproxy_config
  haproxy -c -q -f "$dir/haproxy.cfg"
  haproxy -D -f "$dir/haproxy.cfg" -p "$dir/haproxy.pid"
  wait_for "HAProxy" 30 curl -fsSk -m 2 "https://127.0.0.1:$port/healthz"
  say "HAProxy on https://127.0.0.1:$port"
}

stop_haproxy() {
  if alive "$dir/haproxy.pid"; then kill "$(cat "$dir/haproxy.pid")"; say "HAProxy stopped"; fi
  rm -f "$dir/haproxy.pid"
}

status() {
  local code=0 i=1
  if [ -f "$pg_data/PG_VERSION" ] && as_pg "$pg_bin/pg_ctl" -D "$pg_data" status >/dev/null 2>&1; then
    say "PostgreSQL: running on 127.0.0.1:$db_port"
  else say "PostgreSQL: stopped"; code=1; fi
  for node_port in "${node_ports[@]}"; do
    if alive "$dir/node$i.pid"; then
      say "node $i: running on 127.0.0.1:$node_port (pid $(cat "$dir/node$i.pid")), /healthz: $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$node_port/healthz" || true)"
    else say "node $i: stopped"; code=1; fi
    i=$((i + 1))
  done
  if alive "$dir/haproxy.pid"; then say "HAProxy: running on https://127.0.0.1:$port"; else say "HAProxy: stopped"; code=1; fi
  return $code
}

case "${1:-}" in
  up)
    "$root/deploy/install-prereqs.sh" >/dev/null
    build
    certificate
    start_db
    mkdir -p "$dir/shared/alignment"
    for i in $(seq 1 ${#node_ports[@]}); do start_node "$i"; done
    start_haproxy
    say "up: https://127.0.0.1:$port (self-signed certificate: $dir/tls/cert.pem)"
    ;;
  down)
    stop_haproxy
    for i in $(seq 1 ${#node_ports[@]}); do stop_node "$i"; done
    stop_db
    ;;
  status) status ;;
  stop-node) stop_node "${2:?node number}" "$([ "${3:-}" = "--kill" ] && echo KILL || echo TERM)" ;;
  start-node) start_node "${2:?node number}" ;;
  stop-db) stop_db ;;
  start-db) start_db ;;
  *)
    sed -n '2,19p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
