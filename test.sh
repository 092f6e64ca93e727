#!/usr/bin/env bash
# Installs what the tests need (PostgreSQL, Chromium, clang and iso-codes from Debian, npm packages, NuGet packages), starts a real
# PostgreSQL server on a loopback port, runs every test, and stops the server.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$root"

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

if ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1; then
  echo "Installing PostgreSQL from Debian's packages..."
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
# The browser tests drive Debian's Chromium; Playwright never downloads a browser.
if [ ! -x /usr/bin/chromium ]; then
  echo "Installing Chromium from Debian's packages..."
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
# clang links the natively compiled extractor (Native AOT), which the tests compare with the host.
if ! command -v clang >/dev/null || [ ! -e /usr/include/zlib.h ]; then
  echo "Installing clang from Debian's packages..."
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq clang zlib1g-dev >/dev/null
fi
# The extraction engine embeds ISO 3166-2 regions from Debian's iso-codes at build time.
if [ ! -f /usr/share/iso-codes/json/iso_3166-2.json ]; then
  echo "Installing iso-codes from Debian's packages..."
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq iso-codes >/dev/null
fi
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
pgbin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"

npm ci --no-audit --no-fund --loglevel=error
dotnet restore Amity.slnx --nologo -v quiet
"$root/amity" --build
export AMITY_NATIVE_EXTRACT="$root/.build/amity-extract/amity-extract"

# A throwaway cluster owned by the postgres user (the server refuses to run as root).
port="${AMITY_PG_PORT:-55432}"
pgdata="$(mktemp -d /tmp/amity-pg.XXXXXX)"
run_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" = 0 ] && chown postgres "$pgdata"
run_pg "$pgbin/initdb" -D "$pgdata" -U amity -A trust --no-sync -E UTF8 >/dev/null
stop_pg() { run_pg "$pgbin/pg_ctl" -D "$pgdata" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$pgdata"; }
trap stop_pg EXIT
run_pg "$pgbin/pg_ctl" -D "$pgdata" -l "$pgdata/server.log" -w \
  -o "-p $port -k $pgdata -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null
export AMITY_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=amity;Database=postgres"
echo "PostgreSQL $("$pgbin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"

log="$(mktemp)"
status=0
dotnet test Amity.slnx --no-restore --nologo 2>&1 | tee "$log" || status=$?
# One closing line over all test projects.
awk '/(Passed|Failed)! +- Failed:/ { gsub(",", ""); f += $4; p += $6; s += $8 } END { printf "%d passed, %d failed, %d skipped\n", p, f, s }' "$log"
rm -f "$log"
exit $status
