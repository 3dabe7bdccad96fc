#!/usr/bin/env bash
# Ablation benchmark: the same variants of the demo's k-NN notebook run by the Ablation Study panel in
# JupyterLab (concurrency 1, each variant in a fresh kernel) and by papermill in sequence
# (ui-tests/bench/ablation.bench.ts, bench/papermill_variants.py). Not a timed test: it prints a table
# (per run and median, and ours / papermill) and never fails on time.
#   bash bench/ablation.sh                                  # 3 runs of 6 variants (3 toggles-off sets x seeds 0, 1)
#   REPRO_AUDIT_BENCH_RUNS=5 REPRO_AUDIT_BENCH_SEEDS="0,1,2" REPRO_AUDIT_BENCH_PORT=8891 bash bench/ablation.sh
# REPRO_AUDIT_BENCH_OUT=FILE also writes the figures as JSON. Run scripts/setup.sh first.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/labBench.sh
python -c "import papermill" 2>/dev/null || { echo "papermill is not installed in .venv: run scripts/setup.sh first"; exit 1; }
cd ui-tests
echo "==> ablation bench (papermill $(python -c 'import papermill; print(papermill.__version__)'); load average: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores)"
npx playwright test --config playwright.bench.config.js bench/ablation.bench.ts "$@"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
