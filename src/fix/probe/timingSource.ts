/**
 * Our own Python, run by `repro-audit fix hardware --time-notebooks` with the probed interpreter:
 * executes each notebook once with nbclient (a fresh kernel, started in the notebook's folder, stdin
 * off), and reports the span from the first cell's execute_input to the last cell's reply, read from
 * nbclient's own timing records, so kernel start-up is not counted. Input on stdin as JSON
 * `{"notebooks": [{"path", "kernel"}], "timeout": seconds}`; one JSON object on stdout. Nothing is saved.
 */
import type { FailedRunTime, MeasuredRunTime, RunTimesMeasurement } from '../runTimes';

export const TIMING_SOURCE = String.raw`
import json, os, sys
from datetime import datetime, timezone

request = json.load(sys.stdin)
measured, failed = [], []
try:
    import nbformat
    from nbclient import NotebookClient
except ImportError as error:
    print(json.dumps({"measured": [], "failed": [{"path": n["path"], "reason": "nbclient is not installed in this interpreter (%s)" % error} for n in request["notebooks"]]}))
    sys.exit(0)

def stamp(value):
    return datetime.fromisoformat(str(value).replace("Z", "+00:00"))

for item in request["notebooks"]:
    path = item["path"]
    try:
        notebook = nbformat.read(path, as_version=4)
        client = NotebookClient(notebook, timeout=request["timeout"], kernel_name=item["kernel"], allow_errors=False,
                                record_timing=True, resources={"metadata": {"path": os.path.dirname(os.path.abspath(path))}})
        client.execute()
        timings = [c.metadata.get("execution", {}) for c in notebook.cells if c.cell_type == "code" and c.source.strip()]
        starts = [stamp(t["iopub.execute_input"]) for t in timings if "iopub.execute_input" in t]
        ends = [stamp(t["shell.execute_reply"]) for t in timings if "shell.execute_reply" in t]
        if not starts or not ends:
            failed.append({"path": path, "reason": "no cell timings were recorded"})
            continue
        measured.append({"path": path, "seconds": (max(ends) - min(starts)).total_seconds(), "codeCells": len(timings),
                         "kernel": item["kernel"], "measuredAt": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")})
    except Exception as error:
        reason = "%s: %s" % (type(error).__name__, str(error).strip().splitlines()[-1] if str(error).strip() else "")
        failed.append({"path": path, "reason": reason[:300]})

print(json.dumps({"measured": measured, "failed": failed}))
`;

/** The script's stdout as a measurement; anything else is an error. */
export function parseTimingOutput(stdout: string): { result?: RunTimesMeasurement; error?: string } {
  const last = stdout.trim().split('\n').pop() ?? '';
  try {
    const value = JSON.parse(last) as { measured?: MeasuredRunTime[]; failed?: FailedRunTime[] };
    if (!Array.isArray(value.measured) || !Array.isArray(value.failed)) {
      return { error: 'the timing script printed no result' };
    }
    return { result: { measured: value.measured, failed: value.failed } };
  } catch {
    return { error: 'the timing script printed no JSON' };
  }
}
