#!/usr/bin/env bash
# Runs every OpenLettings test on a fresh machine: installs what is missing, then builds and tests.
# Usage: ./test.sh            (all tests)
#        ./test.sh --filter X (passes extra arguments to dotnet test)
set -euo pipefail
cd "$(dirname "$0")"

if ! command -v dotnet >/dev/null 2>&1; then
  echo "test.sh: the .NET SDK (see global.json) is required and was not found on PATH" >&2
  exit 1
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# PostgreSQL for the storage tests (every storage test runs on SQLite and on PostgreSQL). Debian's server
# binaries are installed if missing; a throw-away cluster is created in a temporary directory, started on
# 127.0.0.1 on a free port as the postgres user (the server refuses to run as root), and stopped on exit.
# OPENLETTINGS_TEST_POSTGRES tells the tests where it is. Set OPENLETTINGS_TEST_POSTGRES yourself to use
# another server instead.
pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
start_postgres() {
  pg_bin_dir=$(pg_bin)
  if [ -z "$pg_bin_dir" ] || [ ! -x "$pg_bin_dir/initdb" ]; then
    echo "test.sh: installing PostgreSQL (Debian package postgresql)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq postgresql >/dev/null
    pg_bin_dir=$(pg_bin)
  fi
  pg_run_as=()
  if [ "$(id -u)" = "0" ]; then
    id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
    pg_run_as=(runuser -u postgres --)
  fi
  pg_dir=$(mktemp -d /tmp/openlettings-pg.XXXXXX)
  if [ "$(id -u)" = "0" ]; then chown postgres "$pg_dir"; fi
  local port="" candidate
  for candidate in $(shuf -i 20000-60000 -n 50); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then port=$candidate; break; fi
  done
  [ -n "$port" ] || { echo "test.sh: no free port for PostgreSQL" >&2; return 1; }
  "${pg_run_as[@]}" "$pg_bin_dir/initdb" -D "$pg_dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$pg_dir/initdb.log" 2>&1 \
    || { cat "$pg_dir/initdb.log" >&2; return 1; }
  "${pg_run_as[@]}" "$pg_bin_dir/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $pg_dir -c max_connections=300 -c fsync=off" start >/dev/null \
    || { cat "$pg_dir/server.log" >&2; return 1; }
  pg_stop() { "${pg_run_as[@]}" "$pg_bin_dir/pg_ctl" -D "$pg_dir/data" -m fast stop >/dev/null 2>&1 || true; rm -rf "$pg_dir"; }
  trap pg_stop EXIT
  "$pg_bin_dir/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -q -c "CREATE DATABASE openlettings_test" >/dev/null
  export OPENLETTINGS_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=openlettings_test;Maximum Pool Size=50"
  echo "test.sh: PostgreSQL $("$pg_bin_dir/postgres" --version | awk '{print $3}') on 127.0.0.1:$port (data in $pg_dir)"
}
if [ -z "${OPENLETTINGS_TEST_POSTGRES:-}" ]; then
  start_postgres
fi

dotnet restore OpenLettings.slnx
dotnet build OpenLettings.slnx --no-restore -c Release
log=$(mktemp)
set +e
dotnet test OpenLettings.slnx --no-build -c Release --logger "console;verbosity=normal" "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

# One plain closing line for CI: "N passed, N failed".
count() { { grep -Eo "^ +$1: +[0-9]+" "$log" || true; } | awk '{s+=$2} END {print s+0}'; }
passed=$(count Passed)
failed=$(count Failed)
skipped=$(count Skipped)
echo "${passed} passed, ${failed} failed, ${skipped} skipped"
exit "$status"
