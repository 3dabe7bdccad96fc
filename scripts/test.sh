#!/usr/bin/env bash
# The project's tests, after scripts/setup.sh: unit tests (jest), the server reader's tests (pytest), then checks
# that the installed extension is enabled and loads in JupyterLab, the CLI on the demo, Binder's build reproduced,
# the CLI installed from the built wheel and npm tarball and run through pre-commit (scripts/dist-check.sh), and the
# UI tests in Chromium. Ends with one "tests: N passed, N failed" line.
set -uo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/.venv/bin:$PATH"
failed=0

echo "==> unit tests (jest)"
npx jest --ci --json --outputFile=.jest-results.json 2>&1 | grep -vE "^npm warn"
unit_passed=$(node -p "require('./.jest-results.json').numPassedTests" 2>/dev/null || echo 0)
unit_failed=$(node -p "r=require('./.jest-results.json'); r.numFailedTests + r.numRuntimeErrorTestSuites" 2>/dev/null || echo 1)
[ "$unit_failed" = 0 ] || failed=1

echo "==> the server reader (pytest against a real Jupyter Server)"
python -m pytest -q -p no:cacheprovider jupyterlab_repro_audit/tests 2>&1 | tail -n 1 | tee .pytest-summary.log
py_passed=$(grep -oE '[0-9]+ passed' .pytest-summary.log | grep -oE '[0-9]+' || echo 0)
py_failed=$(grep -oE '[0-9]+ (failed|errors?)' .pytest-summary.log | awk '{n += $1} END {print n + 0}')
grep -qE '[0-9]+ passed' .pytest-summary.log || py_failed=$((py_failed + 1))
[ "${py_failed:-0}" = 0 ] || failed=1

echo "==> the extension is installed, enabled and OK"
checks_passed=0; checks_failed=0
listing=$(jupyter labextension list 2>&1)
if echo "$listing" | grep -E "jupyterlab-repro-audit .*enabled.*OK" >/dev/null; then
  checks_passed=$((checks_passed + 1)); echo "$listing" | grep jupyterlab-repro-audit
else
  checks_failed=$((checks_failed + 1)); echo "$listing"; echo "FAIL: jupyterlab-repro-audit is not listed as enabled and OK"
fi

echo "==> JupyterLab loads it (browser_check without the browser test, which would download a browser; CI runs as root)"
if python -m jupyterlab.browser_check --no-browser-test --ServerApp.allow_root=True > .browser-check.log 2>&1; then
  checks_passed=$((checks_passed + 1)); tail -n 3 .browser-check.log
else
  checks_failed=$((checks_failed + 1)); cat .browser-check.log; echo "FAIL: browser_check"
fi

echo "==> JupyterLab's start loads neither the engine nor its parsers (they load on the first audit)"
if node bench/shippedSize.js > .shipped-size.log 2>&1; then
  checks_passed=$((checks_passed + 1)); grep -E 'loaded at start|all shipped' .shipped-size.log
else
  checks_failed=$((checks_failed + 1)); cat .shipped-size.log; echo "FAIL: a chunk loaded at start holds the engine or a parser"
fi
[ "$checks_failed" = 0 ] || failed=1

echo "==> the CLI runs on the demo"
if node lib/node/cli/main.js examples/demo --format json > .demo-report.json; then
  checks_passed=$((checks_passed + 1)); node -p "'demo score: ' + require('./.demo-report.json').score"
else
  checks_failed=$((checks_failed + 1)); echo "FAIL: the CLI did not run on examples/demo"; failed=1
fi

echo "==> Binder's build, reproduced without Docker"
bash scripts/binder-check.sh | tee .binder-check.log
binder_passed=$(grep -oE '^binder: [0-9]+ passed' .binder-check.log | grep -oE '[0-9]+' || echo 0)
binder_failed=$(grep -oE '^binder: [0-9]+ passed, [0-9]+ failed' .binder-check.log | grep -oE '[0-9]+ failed' | grep -oE '[0-9]+' || echo 1)
[ "$binder_failed" = 0 ] || failed=1

echo "==> the CLI as installed from the built wheel and npm tarball, and the pre-commit hook"
bash scripts/dist-check.sh | tee .dist-check.log
dist_passed=$(grep -oE '^dist: [0-9]+ passed' .dist-check.log | grep -oE '[0-9]+' || echo 0)
dist_failed=$(grep -oE '^dist: [0-9]+ passed, [0-9]+ failed' .dist-check.log | grep -oE '[0-9]+ failed' | grep -oE '[0-9]+' || echo 1)
[ "$dist_failed" = 0 ] || failed=1

echo "==> UI tests: Galata in Chromium against a real JupyterLab (and Notebook 7)"
bash scripts/ui-test.sh | tee .ui-test.log
ui_passed=$(grep -oE '^ui-tests: [0-9]+ passed' .ui-test.log | grep -oE '[0-9]+' || echo 0)
ui_failed=$(grep -oE '^ui-tests: [0-9]+ passed, [0-9]+ failed' .ui-test.log | grep -oE '[0-9]+ failed' | grep -oE '[0-9]+' || echo 1)
[ "$ui_failed" = 0 ] || failed=1

passed_total=$((unit_passed + py_passed + checks_passed + binder_passed + dist_passed + ui_passed))
failed_total=$((unit_failed + py_failed + checks_failed + binder_failed + dist_failed + ui_failed))
echo "tests: $passed_total passed, $failed_total failed"
exit $failed
