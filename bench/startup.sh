#!/usr/bin/env bash
# Start-up benchmark: JupyterLab's start (navigation -> restored workspace) with the package's extension
# and without it (the same venv, its labextension left out of the path), median of 5 each, alternating,
# in Debian's Chromium (ui-tests/bench/startup.bench.ts). Prints a table; never fails on time.
#   bash bench/startup.sh                     # ports 8892 (with) and 8893 (without)
#   REPRO_AUDIT_STARTUP_RUNS=9 REPRO_AUDIT_STARTUP_PORT=8894 bash bench/startup.sh
# Run scripts/setup.sh first.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/labBench.sh
export REPRO_AUDIT_STARTUP_PORT=${REPRO_AUDIT_STARTUP_PORT:-8892}
if ss -ltn 2>/dev/null | grep -q ":$((REPRO_AUDIT_STARTUP_PORT + 1)) "; then
  echo "port $((REPRO_AUDIT_STARTUP_PORT + 1)) is in use: set REPRO_AUDIT_STARTUP_PORT to a free pair"
  exit 1
fi
echo "==> shipped JavaScript"
node bench/shippedSize.js || true
cd ui-tests
echo "==> start-up bench (Chromium: $("$chromium" --version 2>/dev/null | head -n 1); load average: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores)"
npx playwright test --config playwright.startup.config.js bench/startup.bench.ts "$@"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
