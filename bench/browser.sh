#!/usr/bin/env bash
# Browser benchmark: "Audit This Folder" on the 10,000-file bench repo in JupyterLab, command to
# rendered score, measured through Galata in Debian's Chromium (ui-tests/bench/audit.bench.ts).
# Not a timed test: it prints a table (per run and median) and never fails on time.
#   bash bench/browser.sh                       # 3 runs, the default reader ("auto": the server extension), port 8890
#   REPRO_AUDIT_BENCH_RUNS=5 REPRO_AUDIT_BENCH_READER=contents REPRO_AUDIT_BENCH_PORT=8891 bash bench/browser.sh
# REPRO_AUDIT_BENCH_OUT=FILE also writes the figures as JSON; REPRO_AUDIT_BENCH_DEBUG=FILE lists the
# Contents API requests the browser failed. Run scripts/setup.sh first.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f bench/out/repo/.repro-audit-bench ]; then
  echo "==> generating the bench repo (bench/out/repo)"
  node bench/generate.js
fi
source bench/labBench.sh
cd ui-tests
echo "==> browser bench (Chromium: $("$chromium" --version 2>/dev/null | head -n 1); load average: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores)"
npx playwright test --config playwright.bench.config.js bench/audit.bench.ts "$@"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
