#!/usr/bin/env bash
# Set up everything from a clean clone: a Python venv with JupyterLab (.venv), the node modules,
# the build (TypeScript, the prebuilt labextension, the CLI), and the extension installed into the venv.
# Safe to run again: it only redoes what is missing or stale.
set -euo pipefail
cd "$(dirname "$0")/.."

# The UI tests drive Debian's Chromium (Playwright never downloads a browser here).
if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "==> installing Debian's chromium for the UI tests"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "note: no /usr/bin/chromium; the UI tests need it (sudo apt-get install chromium)"
  fi
fi

python=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  echo "==> creating .venv"
  "$python" -m venv .venv
fi
echo "==> installing Python dev requirements"
.venv/bin/python -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt 2>&1 | grep -v "is ignored: it is neither" || true
export PATH="$PWD/.venv/bin:$PATH"

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "==> installing node modules"
  npm ci --no-audit --no-fund --loglevel=error
fi

echo "==> building (TypeScript, labextension, CLI)"
npm run --silent build:prod

echo "==> installing the extension into .venv"
.venv/bin/python -m pip install --quiet --disable-pip-version-check --no-build-isolation --force-reinstall --no-deps . 2>&1 | grep -v "is ignored: it is neither" || true
jupyter labextension list 2>&1 | grep -i "jupyterlab-repro-audit"
echo "==> ready: .venv/bin/jupyter lab, or node lib/node/cli/main.js <DIR>"
