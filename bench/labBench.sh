# Sourced by bench/browser.sh and bench/ablation.sh (from the repo root): the environment of a bench
# against a real JupyterLab in Debian's Chromium, and the checks that it can run here.
export PATH="$PWD/.venv/bin:$PATH"
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
export REPRO_AUDIT_BENCH=1
export REPRO_AUDIT_BENCH_PORT=${REPRO_AUDIT_BENCH_PORT:-8890}
chromium=${CHROMIUM_PATH:-/usr/bin/chromium}
[ -x "$chromium" ] || { echo "no Chromium at $chromium (apt-get install -y chromium)"; exit 1; }
jupyter labextension list 2>&1 | grep -q "jupyterlab-repro-audit" || { echo "the extension is not installed in .venv: run scripts/setup.sh first"; exit 1; }
if ss -ltn 2>/dev/null | grep -q ":$REPRO_AUDIT_BENCH_PORT "; then
  echo "port $REPRO_AUDIT_BENCH_PORT is in use: set REPRO_AUDIT_BENCH_PORT to a free one"
  exit 1
fi
(cd ui-tests && { [ -d node_modules ] || npm ci --no-audit --no-fund --loglevel=error; })
