#!/usr/bin/env bash
# Reproduce what Binder (repo2docker) does with binder/, without Docker: a fresh clone, a fresh venv with
# the pip-installable part of binder/environment.yml, then binder/postBuild; and check the result.
# Run after scripts/setup.sh (it borrows the node `yaml` package to read environment.yml).
# Ends with one "binder: N passed, N failed" line.
set -uo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
CHECKS_NAME=binder-check source scripts/checks.sh

echo "==> clone (what Binder checks out: the committed tree)"
git clone --quiet "$repo" "$work/repo"
cd "$work/repo"

echo "==> environment.yml: conda packages this machine must provide, pip packages into a fresh venv"
node -e '
  const yaml = require(process.argv[1]);
  const env = yaml.parse(require("fs").readFileSync("binder/environment.yml", "utf8"));
  const pip = [], conda = [];
  for (const d of env.dependencies) (typeof d === "string" ? conda.push(d) : pip.push(...(d.pip || [])));
  require("fs").writeFileSync(process.argv[2] + "/pip.txt", pip.join("\n") + "\n");
  console.log("conda: " + conda.join(" "));
' "$repo/node_modules/yaml" "$work"
python_minor=$(grep -oE 'python=3\.[0-9]+' binder/environment.yml | cut -d= -f2)
node_major=$(grep -oE 'nodejs=[0-9]+' binder/environment.yml | cut -d= -f2)
check "python $python_minor as environment.yml asks" bash -c "python3 --version | grep -q 'Python $python_minor'"
check "node $node_major as environment.yml asks" bash -c "node --version | grep -q '^v$node_major\.'"
python3 -m venv "$work/venv"
export PATH="$work/venv/bin:$PATH"
check "pip installs environment.yml's pip section" python -m pip install --quiet --disable-pip-version-check -r "$work/pip.txt" hatchling hatch-jupyter-builder hatch-nodejs-version

echo "==> binder/postBuild"
# The workspace postBuild imports goes to a folder of this check's own, not the user's.
export JUPYTERLAB_WORKSPACES_DIR="$work/workspaces"
check "postBuild runs" bash binder/postBuild

echo "==> the result"
check "the extension is enabled and OK" bash -c "jupyter labextension list 2>&1 | grep -E 'jupyterlab-repro-audit .*enabled.*OK'"
check "the server reader is enabled by the install alone" bash -c "jupyter server extension list 2>&1 | grep -E 'jupyterlab_repro_audit .*enabled'"
check "the demo's imports resolve" python -c "import numpy, pandas, sklearn, joblib"
check "the demo notebook's folder exists" test -f examples/demo/notebooks/train.ipynb
check "JupyterLab's settings default the panel to the demo" bash -c "jupyter lab path >/dev/null && grep -q '\"repositoryFolder\": \"examples/demo\"' \"\$(python -c 'import sys; print(sys.prefix)')/share/jupyter/lab/settings/overrides.json\""
check "the default workspace opens the audit panel" bash -c "jupyter lab workspaces export default | grep -q '\"current\": \"repro-audit-panel\"'"

checks_summary binder
