# shellcheck shell=bash
# scripts/lib/postgis-cluster.sh — a throw-away PostgreSQL 15 + PostGIS cluster for tests (sourced).
#
#   postgis_ensure_installed   installs postgresql-15 and postgresql-15-postgis-3 when missing
#                              (root: apt-get; otherwise prints what to install and returns 1)
#   postgis_start              initdb + start on a free 127.0.0.1 port in a fresh temp dir, create
#                              role and database "presencia" with PostGIS, export the connection:
#                                PRESENCIA_POSTGIS_URL  jdbc:postgresql://127.0.0.1:PORT/presencia?user=presencia&password=...
#                                PRESENCIA_PG_PORT, PRESENCIA_PG_DIR
#                                PGHOST=127.0.0.1 PGPORT PGUSER=presencia PGPASSWORD PGDATABASE=presencia
#   postgis_start_replica      (after postgis_start) a streaming hot standby of that cluster (pg_basebackup -R) on
#                              another free port, exporting PRESENCIA_POSTGIS_REPLICA_URL (same role and password)
#   postgis_stop               stops the cluster (and its replica) and removes its temp dir; safe to call twice or
#                              when nothing was started; unsets the variables above
#
# The functions return non-zero on failure instead of exiting, and check every step themselves,
# so they behave the same inside `if` (where `set -e` does not apply). The password is never
# printed. Settings are for speed, not durability (fsync=off): never point this at real data.

# shellcheck source-path=SCRIPTDIR source=common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

PRESENCIA_PG_BIN="${PRESENCIA_PG_BIN:-/usr/lib/postgresql/15/bin}"
PRESENCIA_PG_SHARE="${PRESENCIA_PG_SHARE:-/usr/share/postgresql/15}"
PRESENCIA_PG_PACKAGES="postgresql-15 postgresql-15-postgis-3"
PRESENCIA_PG_OS_USER="presencia-pg"
_PRESENCIA_PG_MARKER=".presencia-throwaway-cluster"
_PRESENCIA_PG_ENV_VARS=(PRESENCIA_POSTGIS_URL PRESENCIA_PG_PORT PRESENCIA_PG_DIR PGHOST PGPORT PGUSER PGPASSWORD PGDATABASE
  PRESENCIA_POSTGIS_REPLICA_URL PRESENCIA_PG_REPLICA_PORT)

_postgis_present() {
  local b
  for b in initdb pg_ctl postgres psql pg_isready; do
    [[ -x "$PRESENCIA_PG_BIN/$b" ]] || return 1
  done
  [[ -f "$PRESENCIA_PG_SHARE/extension/postgis.control" ]]
}

postgis_ensure_installed() {
  _postgis_present && return 0
  if ! presencia_is_root; then
    warn "PostgreSQL 15 with PostGIS 3 is missing (need $PRESENCIA_PG_BIN/{initdb,pg_ctl,postgres} and $PRESENCIA_PG_SHARE/extension/postgis.control)."
    warn "Install it with: sudo apt-get install -y --no-install-recommends $PRESENCIA_PG_PACKAGES"
    return 1
  fi
  # shellcheck disable=SC2086 # word splitting of the package list is intended
  presencia_apt_install $PRESENCIA_PG_PACKAGES || return 1
  if ! _postgis_present; then
    warn "installed $PRESENCIA_PG_PACKAGES but PostgreSQL 15/PostGIS files are still missing"
    return 1
  fi
}

# _pg_run CMD ARGS... — run a PostgreSQL program as the cluster's OS user, from the cluster dir,
# with no PG* variables inherited from the caller.
_pg_run() {
  local -a clean=(env -u PGHOST -u PGPORT -u PGUSER -u PGPASSWORD -u PGDATABASE -u PGDATA
    -u PGSERVICE -u PGSERVICEFILE -u PGOPTIONS -u PGPASSFILE -u PGSSLMODE)
  if presencia_is_root; then
    (cd "$PRESENCIA_PG_DIR" && runuser -u "$PRESENCIA_PG_OS_USER" -- "${clean[@]}" "$@")
  else
    (cd "$PRESENCIA_PG_DIR" && "${clean[@]}" "$@")
  fi
}

# _pg_superuser_psql DB — psql as the bootstrap superuser over the cluster's private unix socket;
# SQL on stdin. Output is captured and shown only on failure, with the password masked.
_pg_superuser_psql() {
  local db="$1" out rc=0
  out="$(_pg_run "$PRESENCIA_PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$PRESENCIA_PG_DIR" \
    -p "$PRESENCIA_PG_PORT" -U postgres -d "$db" 2>&1)" || rc=$?
  if ((rc != 0)); then
    [[ -n "${_PRESENCIA_PG_SECRET:-}" ]] && out="${out//"$_PRESENCIA_PG_SECRET"/********}"
    printf '%s\n' "$out" >&2
  fi
  return "$rc"
}

_pg_free_port() {
  if command -v python3 >/dev/null 2>&1; then
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()' 2>/dev/null && return 0
  fi
  local p
  for ((p = 54320 + RANDOM % 1000; p < 65000; p += 7)); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
      echo "$p"
      return 0
    fi
  done
  return 1
}

_pg_random_secret() {
  if command -v openssl >/dev/null 2>&1; then
    openssl rand -hex 24
  else
    head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n'
  fi
}

_pg_log_tail() {
  if [[ -f "$PRESENCIA_PG_DIR/server.log" ]]; then
    warn "last lines of the PostgreSQL server log:"
    tail -n 25 "$PRESENCIA_PG_DIR/server.log" >&2 || true
  fi
}

_pg_postmaster_alive() {
  local pid
  [[ -f "$PRESENCIA_PG_DIR/data/postmaster.pid" ]] || return 1
  pid="$(head -n 1 "$PRESENCIA_PG_DIR/data/postmaster.pid" 2>/dev/null)" || return 1
  [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null
}

# _pg_start_on_free_port — start the postmaster (pg_ctl -w, at most 30 s), then confirm with
# pg_isready (bounded, 30 s). Retries with another port if the chosen one was taken meanwhile.
_pg_start_on_free_port() {
  local attempt port deadline
  for attempt in 1 2 3; do
    port="$(_pg_free_port)" || { warn "could not find a free TCP port on 127.0.0.1"; return 1; }
    export PRESENCIA_PG_PORT="$port"
    : >"$PRESENCIA_PG_DIR/server.log"
    if presencia_is_root; then
      chown "$PRESENCIA_PG_OS_USER:" "$PRESENCIA_PG_DIR/server.log" || return 1
    fi
    if _pg_run "$PRESENCIA_PG_BIN/pg_ctl" -D "$PRESENCIA_PG_DIR/data" -l "$PRESENCIA_PG_DIR/server.log" \
      -o "-p $port" -w -t 30 start >/dev/null 2>&1; then
      deadline=$((SECONDS + 30))
      until _pg_run "$PRESENCIA_PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$port" -t 2; do
        if ((SECONDS >= deadline)); then
          warn "PostgreSQL did not answer pg_isready on 127.0.0.1:$port within 30 s"
          _pg_log_tail
          return 1
        fi
        sleep 0.5
      done
      return 0
    fi
    if _pg_postmaster_alive; then
      warn "PostgreSQL did not become ready within 30 s (port $port)"
      _pg_log_tail
      return 1
    fi
    if grep -q 'could not bind\|Address already in use\|could not create any TCP/IP sockets' "$PRESENCIA_PG_DIR/server.log" 2>/dev/null; then
      warn "port $port was taken, trying another (attempt $attempt of 3)"
      continue
    fi
    warn "PostgreSQL failed to start"
    _pg_log_tail
    return 1
  done
  warn "could not start PostgreSQL on a free port after 3 attempts"
  return 1
}

_pg_ensure_os_user() {
  presencia_is_root || return 0
  id -u "$PRESENCIA_PG_OS_USER" >/dev/null 2>&1 && return 0
  say "creating system user $PRESENCIA_PG_OS_USER (PostgreSQL refuses to run as root)"
  useradd --system --user-group --no-create-home --home-dir /nonexistent \
    --shell /usr/sbin/nologin "$PRESENCIA_PG_OS_USER" || {
    warn "could not create system user $PRESENCIA_PG_OS_USER"
    return 1
  }
}

postgis_start() {
  local secret base
  if [[ -n "${PRESENCIA_PG_DIR:-}" && -f "${PRESENCIA_PG_DIR}/$_PRESENCIA_PG_MARKER" ]] && _pg_postmaster_alive; then
    say "throw-away PostGIS already running on 127.0.0.1:${PRESENCIA_PG_PORT:-?}"
    return 0
  fi
  _postgis_present || { warn "PostgreSQL 15/PostGIS is not installed (run postgis_ensure_installed)"; return 1; }
  command -v runuser >/dev/null 2>&1 || ! presencia_is_root || { warn "runuser (util-linux) is required when running as root"; return 1; }
  _pg_ensure_os_user || return 1

  base="${PRESENCIA_PG_TMPDIR:-${TMPDIR:-/tmp}}"
  PRESENCIA_PG_DIR="$(mktemp -d "$base/presencia-pg.XXXXXXXX")" || { warn "mktemp -d failed in $base"; return 1; }
  export PRESENCIA_PG_DIR
  : >"$PRESENCIA_PG_DIR/$_PRESENCIA_PG_MARKER"
  if presencia_is_root; then
    chown -R "$PRESENCIA_PG_OS_USER:" "$PRESENCIA_PG_DIR" || { warn "chown of $PRESENCIA_PG_DIR failed"; postgis_stop; return 1; }
    if ! runuser -u "$PRESENCIA_PG_OS_USER" -- test -w "$PRESENCIA_PG_DIR"; then
      warn "$PRESENCIA_PG_OS_USER cannot write $PRESENCIA_PG_DIR (is $base traversable by other users? set PRESENCIA_PG_TMPDIR)"
      postgis_stop
      return 1
    fi
  fi

  say "initdb in $PRESENCIA_PG_DIR"
  if ! _pg_run "$PRESENCIA_PG_BIN/initdb" -D "$PRESENCIA_PG_DIR/data" -U postgres -E UTF8 --locale=C \
    --auth-local=trust --auth-host=scram-sha-256 --no-sync --no-instructions \
    >"$PRESENCIA_PG_DIR/initdb.log" 2>&1; then
    warn "initdb failed:"
    tail -n 25 "$PRESENCIA_PG_DIR/initdb.log" >&2 || true
    postgis_stop
    return 1
  fi
  if ! cat >>"$PRESENCIA_PG_DIR/data/postgresql.conf" <<EOF

# --- throw-away test cluster (scripts/lib/postgis-cluster.sh): fast, not durable ---
listen_addresses = '127.0.0.1'
unix_socket_directories = '$PRESENCIA_PG_DIR'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 200
shared_buffers = 256MB
EOF
  then
    warn "could not write postgresql.conf"
    postgis_stop
    return 1
  fi

  _pg_start_on_free_port || { postgis_stop; return 1; }

  secret="$(_pg_random_secret)"
  if [[ ! "$secret" =~ ^[0-9a-f]{32,}$ ]]; then
    warn "could not generate a random password"
    postgis_stop
    return 1
  fi
  _PRESENCIA_PG_SECRET="$secret"

  # PostGIS goes into template1 too, so databases the tests create (role has CREATEDB) have it.
  # The password travels on stdin only (never argv, never the log: log_statement is off).
  if ! _pg_superuser_psql template1 <<EOF
CREATE EXTENSION IF NOT EXISTS postgis;
\\set pw '$secret'
CREATE ROLE presencia LOGIN CREATEDB PASSWORD :'pw';
\\unset pw
CREATE DATABASE presencia OWNER presencia;
EOF
  then
    warn "could not create role/database presencia"
    _pg_log_tail
    postgis_stop
    return 1
  fi
  # The replica test pauses and resumes replay on the standby (postgis_start_replica) as this role.
  if ! _pg_superuser_psql presencia <<<'CREATE EXTENSION IF NOT EXISTS postgis;
GRANT EXECUTE ON FUNCTION pg_wal_replay_pause(), pg_wal_replay_resume() TO presencia;'; then
    warn "CREATE EXTENSION postgis failed in database presencia"
    _pg_log_tail
    postgis_stop
    return 1
  fi

  export PRESENCIA_POSTGIS_URL="jdbc:postgresql://127.0.0.1:${PRESENCIA_PG_PORT}/presencia?user=presencia&password=${secret}"
  export PGHOST=127.0.0.1 PGPORT="$PRESENCIA_PG_PORT" PGUSER=presencia PGPASSWORD="$secret" PGDATABASE=presencia
  say "throw-away PostGIS ready on 127.0.0.1:$PRESENCIA_PG_PORT (database presencia, role presencia; dir $PRESENCIA_PG_DIR)"
}

postgis_start_replica() {
  local dir port
  [[ -n "${PRESENCIA_PG_DIR:-}" && -n "${PRESENCIA_PG_PORT:-}" && -n "${_PRESENCIA_PG_SECRET:-}" ]] ||
    { warn "postgis_start_replica needs a cluster started by postgis_start"; return 1; }
  dir="$PRESENCIA_PG_DIR/replica"
  # --checkpoint=fast: the default spread checkpoint would make pg_basebackup wait minutes on an idle cluster.
  say "streaming replica of 127.0.0.1:$PRESENCIA_PG_PORT (pg_basebackup -R)"
  if ! _pg_run mkdir -p "$dir" || ! _pg_run "$PRESENCIA_PG_BIN/pg_basebackup" -h "$PRESENCIA_PG_DIR" -p "$PRESENCIA_PG_PORT" \
    -U postgres -D "$dir/data" -R -X stream --checkpoint=fast --no-sync >"$PRESENCIA_PG_DIR/basebackup.log" 2>&1; then
    warn "pg_basebackup failed:"
    tail -n 20 "$PRESENCIA_PG_DIR/basebackup.log" >&2 || true
    return 1
  fi
  # The port is free when asked and may be taken before the standby binds it (another test's server): as for the
  # primary, another port is tried then, three times at most.
  local attempt started=0
  for attempt in 1 2 3; do
    port="$(_pg_free_port)" || { warn "no free port for the replica"; return 1; }
    _pg_run rm -f "$dir/server.log"
    if _pg_run "$PRESENCIA_PG_BIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -o "-p $port -k $dir" -w -t 30 start \
      >/dev/null 2>&1; then
      started=1
      break
    fi
    if [[ -f "$dir/data/postmaster.pid" ]] ||
      ! grep -q 'could not bind\|Address already in use\|could not create any TCP/IP sockets' "$dir/server.log" 2>/dev/null; then
      break
    fi
    warn "replica port $port was taken, trying another (attempt $attempt of 3)"
  done
  if ((started == 0)); then
    warn "the replica did not start:"
    tail -n 20 "$dir/server.log" >&2 || true
    return 1
  fi
  export PRESENCIA_PG_REPLICA_PORT="$port"
  export PRESENCIA_POSTGIS_REPLICA_URL="jdbc:postgresql://127.0.0.1:$port/presencia?user=presencia&password=$_PRESENCIA_PG_SECRET"
  say "throw-away PostGIS replica ready on 127.0.0.1:$port (hot standby)"
}

postgis_stop() {
  local dir="${PRESENCIA_PG_DIR:-}" pid v
  if [[ -n "$dir" && -f "$dir/replica/data/postmaster.pid" ]]; then
    _pg_run "$PRESENCIA_PG_BIN/pg_ctl" -D "$dir/replica/data" -m immediate -w -t 10 stop >/dev/null 2>&1 || true
  fi
  if [[ -n "$dir" && -d "$dir" && -f "$dir/$_PRESENCIA_PG_MARKER" ]]; then
    if _pg_postmaster_alive; then
      say "stopping throw-away PostGIS on 127.0.0.1:${PRESENCIA_PG_PORT:-?}"
      _pg_run "$PRESENCIA_PG_BIN/pg_ctl" -D "$dir/data" -m fast -w -t 30 stop >/dev/null 2>&1 ||
        _pg_run "$PRESENCIA_PG_BIN/pg_ctl" -D "$dir/data" -m immediate -w -t 10 stop >/dev/null 2>&1 || true
      if _pg_postmaster_alive; then
        pid="$(head -n 1 "$dir/data/postmaster.pid" 2>/dev/null || true)"
        if [[ "$pid" =~ ^[0-9]+$ ]]; then
          warn "postmaster $pid did not stop; sending SIGKILL"
          kill -KILL "$pid" 2>/dev/null || true
        fi
      fi
    fi
    rm -rf -- "$dir" 2>/dev/null || warn "could not remove $dir"
  fi
  for v in "${_PRESENCIA_PG_ENV_VARS[@]}"; do
    unset "$v"
  done
  unset _PRESENCIA_PG_SECRET
  return 0
}
