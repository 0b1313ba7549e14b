# Source this file: it starts a throwaway PostgreSQL cluster for the tests and
# exports COMMUNIQUE_TEST_PG_URL; the cluster is stopped and removed at exit.
#   . .ci/postgres.sh && .venv/bin/python -m pytest tests/test_store.py
# Installs PostgreSQL from Debian packages when no server binaries are found.

_pg_bindir() {
  local d
  for d in /usr/lib/postgresql/*/bin; do
    if [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ]; then echo "$d"; return 0; fi
  done
  if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
    dirname "$(command -v initdb)"; return 0
  fi
  return 1
}

communique_pg_start() {
  local bindir port dir runas
  if ! bindir="$(_pg_bindir)"; then
    echo "postgres.sh: installing PostgreSQL (apt-get)" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    bindir="$(_pg_bindir)" || { echo "postgres.sh: no initdb/pg_ctl after install" >&2; return 1; }
  fi
  port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"
  dir="$(mktemp -d /tmp/communique-pg.XXXXXX)"
  # initdb refuses to run as root: run the server as the postgres user then.
  runas=()
  if [ "$(id -u)" = 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
    chown postgres "$dir"
    runas=(runuser -u postgres --)
  fi
  "${runas[@]}" "$bindir/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --no-locale >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; return 1; }
  "${runas[@]}" "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-h 127.0.0.1 -p $port -k $dir -c fsync=off -c full_page_writes=off" start >/dev/null \
    || { cat "$dir/server.log" >&2; return 1; }
  "${runas[@]}" "$bindir/createdb" -h 127.0.0.1 -p "$port" -U postgres communique_test \
    || return 1
  export COMMUNIQUE_PG_DIR="$dir" COMMUNIQUE_PG_BINDIR="$bindir"
  export COMMUNIQUE_PG_RUNAS="${runas[*]}"
  export COMMUNIQUE_TEST_PG_URL="postgresql://postgres@127.0.0.1:$port/communique_test"
  trap communique_pg_stop EXIT
  echo "postgres.sh: PostgreSQL on 127.0.0.1:$port ($dir)" >&2
}

communique_pg_stop() {
  if [ -n "${COMMUNIQUE_PG_DIR:-}" ] && [ -d "$COMMUNIQUE_PG_DIR/data" ]; then
    $COMMUNIQUE_PG_RUNAS "$COMMUNIQUE_PG_BINDIR/pg_ctl" -D "$COMMUNIQUE_PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$COMMUNIQUE_PG_DIR"
  fi
  unset COMMUNIQUE_PG_DIR COMMUNIQUE_TEST_PG_URL
}

communique_pg_start
