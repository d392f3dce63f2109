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
