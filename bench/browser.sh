#!/usr/bin/env bash
# Browser benchmark: "Audit This Folder" on the 10,000-file bench repo in JupyterLab, command to
# rendered score, measured through Galata in Debian's Chromium (ui-tests/bench/audit.bench.ts).
# Not a timed test: it prints a table (per run and median) and never fails on time.
#   bash bench/browser.sh                       # 3 runs, Contents API reader, server on port 8890
#   REPRO_AUDIT_BENCH_RUNS=5 REPRO_AUDIT_BENCH_READER=kernel REPRO_AUDIT_BENCH_PORT=8891 bash bench/browser.sh
# REPRO_AUDIT_BENCH_OUT=FILE also writes the figures as JSON; REPRO_AUDIT_BENCH_DEBUG=FILE lists the
# Contents API requests the browser failed. Run scripts/setup.sh first.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/.venv/bin:$PATH"
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
export REPRO_AUDIT_BENCH=1
export REPRO_AUDIT_BENCH_PORT=${REPRO_AUDIT_BENCH_PORT:-8890}
chromium=${CHROMIUM_PATH:-/usr/bin/chromium}
[ -x "$chromium" ] || { echo "no Chromium at $chromium (apt-get install -y chromium)"; exit 1; }
jupyter labextension list 2>&1 | grep -q "jupyterlab-repro-audit" || { echo "the extension is not installed in .venv: run scripts/setup.sh first"; exit 1; }
if [ ! -f bench/out/repo/.repro-audit-bench ]; then
  echo "==> generating the bench repo (bench/out/repo)"
  node bench/generate.js
fi
if ss -ltn 2>/dev/null | grep -q ":$REPRO_AUDIT_BENCH_PORT "; then
  echo "port $REPRO_AUDIT_BENCH_PORT is in use: set REPRO_AUDIT_BENCH_PORT to a free one"
  exit 1
fi
cd ui-tests
[ -d node_modules ] || npm ci --no-audit --no-fund --loglevel=error
echo "==> browser bench (Chromium: $("$chromium" --version 2>/dev/null | head -n 1); load average: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores)"
npx playwright test --config playwright.bench.config.js bench/audit.bench.ts "$@"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
