"""The papermill side of the ablation benchmark (bench/ablation.sh): execute one notebook once per
parameter set, in sequence, each in a fresh kernel as papermill always does, and print the wall time
of the whole sequence as JSON. Usage: python papermill_variants.py NOTEBOOK OUT_DIR PARAMS_JSON"""
import json
import sys
import time
from pathlib import Path

import papermill


def main() -> None:
    notebook, out_dir, params_json = sys.argv[1], Path(sys.argv[2]), sys.argv[3]
    variants = json.loads(params_json)
    out_dir.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    per_variant = []
    for i, parameters in enumerate(variants):
        t0 = time.perf_counter()
        papermill.execute_notebook(
            notebook,
            str(out_dir / f"variant-{i}.ipynb"),
            parameters=parameters,
            kernel_name="python3",
            cwd=str(Path(notebook).parent),
            progress_bar=False,
            log_output=False,
        )
        per_variant.append(time.perf_counter() - t0)
    print(json.dumps({"variants": len(variants), "seconds": time.perf_counter() - started, "per_variant": per_variant}))


if __name__ == "__main__":
    main()
