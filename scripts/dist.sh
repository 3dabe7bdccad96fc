#!/usr/bin/env bash
# Builds both release artefacts into dist/: the Python wheel and sdist (the JupyterLab extension plus the
# `repro-audit` console script, which runs the CLI bundled into one JavaScript file) and the npm tarball
# (the extension's package, whose `bin.repro-audit` works with npx). Run after scripts/setup.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
python=${PYTHON:-python3}
if [ -x .venv/bin/python ]; then
  python=.venv/bin/python
  export PATH="$PWD/.venv/bin:$PATH"  # `jupyter labextension build`
fi

rm -rf dist && mkdir dist
echo "==> building (TypeScript, the bundled CLI, the labextension)"
npm run --silent build:prod
echo "==> the wheel and sdist"
# The build hook skips npm since build:prod just made its targets; no isolation: the dev venv has hatchling.
"$python" -m hatchling build -d dist
echo "==> the npm tarball"
npm pack --silent --pack-destination dist >/dev/null
ls -1 dist
