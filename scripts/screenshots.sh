#!/usr/bin/env bash
# Refreshes the README's screenshots (docs/screenshots/*.png): runs the UI specs that take them, which
# write only under ui-tests/artefacts/, then copies those artefacts over the tracked images. The one
# command that changes docs/screenshots; the tests never do. Takes the ui-test.sh environment
# (REPRO_AUDIT_LAB_PORT, REPRO_AUDIT_NB7_PORT).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ui-test.sh tests/screenshots.spec.ts tests/ablation.spec.ts tests/sideBySide.spec.ts
mkdir -p docs/screenshots
for shot in panel-light panel-dark ablation side-by-side; do
  cp "ui-tests/artefacts/$shot.png" "docs/screenshots/$shot.png"
  echo "docs/screenshots/$shot.png <- ui-tests/artefacts/$shot.png"
done
