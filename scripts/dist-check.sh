#!/usr/bin/env bash
# The CLI as users install it, from both registries' artefacts, on a fresh venv and prefix:
# the wheel's `repro-audit` console script, the npm tarball's bin (via npx), and the pre-commit hook
# through `pre-commit try-repo` and a real `.pre-commit-config.yaml`. Run after scripts/setup.sh (it packs
# the current build; `npm run dist` is the release build). Ends with one "dist: N passed, N failed" line.
set -uo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
CHECKS_NAME=dist-check source scripts/checks.sh
python=python3
[ -x .venv/bin/python ] && python=.venv/bin/python
quiet_pip="--quiet --disable-pip-version-check"
# A report on stdin is JSON with a score from 0 to 100.
is_report() { node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const r=JSON.parse(s);if(!(r.score>=0&&r.score<=100))process.exit(1);console.log("score "+r.score)})'; }
export -f is_report

echo "==> the artefacts, from the current build (hatchling skips npm: the build's targets exist)"
check "the wheel and sdist build" "$python" -m hatchling build -d "$work/dist"
check "npm pack" bash -c "npm pack --silent --pack-destination '$work/dist' > '$work/pack.txt'"
wheel=$(ls "$work"/dist/*.whl 2>/dev/null | head -n 1)
sdist=$(ls "$work"/dist/*.tar.gz 2>/dev/null | head -n 1)
tgz=$(ls "$work"/dist/*.tgz 2>/dev/null | head -n 1)

echo "==> the wheel in a fresh venv"
python3 -m venv "$work/venv"
check "pip installs the wheel" "$work/venv/bin/python" -m pip install $quiet_pip "$wheel"
check "repro-audit examples/demo --format json (wheel)" bash -c "'$work/venv/bin/repro-audit' examples/demo --format json | is_report"
check "the exit code passes through (--min-score 100 -> 1)" bash -c "'$work/venv/bin/repro-audit' examples/demo --min-score 100 >/dev/null 2>&1; test \$? = 1"
check "without node: exit 2 naming Node.js 20" bash -c "PATH=/nonexistent '$work/venv/bin/repro-audit' examples/demo 2>&1 >/dev/null | grep -q 'Node.js 20 or newer'; test \${PIPESTATUS[0]} = 2"

printf '#!/bin/sh\necho v18.19.0\n' > "$work/node18" && chmod +x "$work/node18"
check "with Node.js 18: exit 2 naming Node.js 20 and the version found" bash -c "REPRO_AUDIT_NODE='$work/node18' '$work/venv/bin/repro-audit' examples/demo 2>&1 >/dev/null | grep -q 'Node.js 20 or newer; .* is version 18'; test \${PIPESTATUS[0]} = 2"
check "batch + merge through the wheel's bundle (child processes)" bash -c "printf '%s\n' '$repo/examples/demo' '$work/not-a-folder' > '$work/list.txt' && '$work/venv/bin/repro-audit' batch '$work/list.txt' --jobs 2 --output '$work/batch.jsonl' && test \$(grep -c '\"report\"' '$work/batch.jsonl') = 1 && grep -q 'no such folder' '$work/batch.jsonl' && '$work/venv/bin/repro-audit' merge '$work/batch.jsonl' --html '$work/batch.html' && grep -q '1 repos audited, 1 failed' '$work/batch.html'"

echo "==> the npm tarball in a fresh prefix, run with npx"
check "npm installs the tarball" npm install --prefix "$work/npm" --no-audit --no-fund --prefer-offline --loglevel=error "$tgz"
check "npx repro-audit examples/demo --format json (npm)" bash -c "cd '$work/npm' && npx --no -- repro-audit '$repo/examples/demo' --format json | is_report"

echo "==> pre-commit: try-repo on a hook repo made from the sdist (the built tree a release holds)"
check "pip installs pre-commit" "$work/venv/bin/python" -m pip install $quiet_pip pre-commit
mkdir -p "$work/hooks" "$work/demo"
tar -xzf "$sdist" -C "$work/hooks" --strip-components=1
cp -R examples/demo/. "$work/demo/"
# --force: the built artefacts are git-ignored in the source tree, and a hook repo is what its commits hold.
for dir in "$work/hooks" "$work/demo"; do
  git -C "$dir" init --quiet && git -C "$dir" add --force -A && git -C "$dir" -c user.name=ci -c user.email=ci@localhost commit --quiet -m init
done
export PRE_COMMIT_HOME="$work/pre-commit-home"
# The demo scores under the hook's default --min-score=50: the hook must fail, and say why.
check "try-repo: the default threshold fails the demo" bash -c "cd '$work/demo' && '$work/venv/bin/pre-commit' try-repo '$work/hooks' repro-audit --all-files > '$work/try.log' 2>&1; rc=\$?; cat '$work/try.log'; test \$rc = 1 && grep -q 'is below --min-score 50' '$work/try.log'"
rev=$(git -C "$work/hooks" rev-parse HEAD)
printf 'repos:\n  - repo: %s\n    rev: %s\n    hooks:\n      - id: repro-audit\n        args: ["--min-score=20"]\n' "$work/hooks" "$rev" > "$work/demo/.pre-commit-config.yaml"
check "a .pre-commit-config.yaml with --min-score=20 passes" bash -c "cd '$work/demo' && '$work/venv/bin/pre-commit' run repro-audit --all-files"

checks_summary dist
