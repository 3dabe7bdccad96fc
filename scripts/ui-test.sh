#!/usr/bin/env bash
# UI tests: Galata (Playwright) in Debian's Chromium against a real `jupyter lab` from .venv serving
# the built extension. Run after scripts/setup.sh. Needs /usr/bin/chromium (apt-get install chromium);
# never downloads a browser. Fails too when a test changed the checkout (git status before and after).
# Ends with one "ui-tests: N passed, N failed" line.
set -uo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/.venv/bin:$PATH"
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
export CI=${CI:-1}

fail() {
  echo "FAIL: $1"
  echo "ui-tests: 0 passed, 1 failed"
  exit 1
}
chromium=${CHROMIUM_PATH:-/usr/bin/chromium}
[ -x "$chromium" ] || fail "no Chromium at $chromium (apt-get install -y chromium)"
[ -f lib/node/cli/main.js ] || fail "the CLI is not built: run scripts/setup.sh first"
jupyter labextension list 2>&1 | grep -q "jupyterlab-repro-audit" || fail "the extension is not installed in .venv: run scripts/setup.sh first"

cd ui-tests
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "==> installing ui-tests node modules"
  npm ci --no-audit --no-fund --loglevel=error || fail "npm ci in ui-tests"
fi

echo "==> Galata UI tests (Chromium: $("$chromium" --version 2>/dev/null | head -n 1))"
rm -f test-results/results.json
# Tests write only under ignored folders (ui-tests/artefacts/, test-results/): the checkout must not change.
checkout_before=$(git status --porcelain 2>/dev/null)
npx playwright test "$@"
status=$?
checkout_after=$(git status --porcelain 2>/dev/null)
checkout_dirtied=0
if [ "$checkout_before" != "$checkout_after" ]; then
  checkout_dirtied=1
  echo "FAIL: the UI tests changed the checkout (tests write artefacts under ui-tests/artefacts/ only;"
  echo "      README screenshots come from 'npm run screenshots'):"
  diff <(echo "$checkout_before") <(echo "$checkout_after") | grep '^[<>]' || true
fi

results=test-results/results.json
if [ -f "$results" ]; then
  passed=$(node -p "const s=require('./$results').stats; s.expected + s.flaky")
  failed=$(node -p "const s=require('./$results').stats; s.unexpected + ((require('./$results').errors||[]).length)")
else
  passed=0; failed=1
fi
[ "$status" = 0 ] || [ "$failed" != 0 ] || failed=1
failed=$((failed + checkout_dirtied))
echo "screenshots: ui-tests/artefacts/panel-light.png ui-tests/artefacts/panel-dark.png"
[ "$failed" = 0 ] || echo "server log: ui-tests/jupyter-server.log; traces under ui-tests/test-results/"
echo "ui-tests: $passed passed, $failed failed"
[ "$failed" = 0 ]
