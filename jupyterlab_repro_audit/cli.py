"""The `repro-audit` console script: runs the CLI bundled into the wheel with Node.js.

The audit engine is TypeScript; the wheel carries it bundled into one JavaScript file
(`node/repro-audit.js` beside this module) so that `pip install` is enough to get the command.
Node.js itself must be installed; this wrapper only finds it, checks its version and passes the
arguments and the exit code through.
"""
import os
import shutil
import subprocess
import sys
from pathlib import Path

MIN_NODE_MAJOR = 20
# Exit code 2 is the CLI's own "could not run" code, so a missing Node.js reads the same to CI.
EXIT_CANNOT_RUN = 2

BUNDLE = Path(__file__).parent / "node" / "repro-audit.js"


def _node_executable():
    """The Node.js to use: $REPRO_AUDIT_NODE when set, else `node` on PATH."""
    return os.environ.get("REPRO_AUDIT_NODE") or shutil.which("node")


def _node_major(node):
    """The major version of that Node.js, or None when it does not run or says something else."""
    try:
        out = subprocess.run([node, "--version"], capture_output=True, text=True, timeout=30).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    text = out.strip().lstrip("v")
    major = text.split(".", 1)[0]
    return int(major) if major.isdigit() else None


def _fail(message):
    sys.stderr.write(f"repro-audit: {message}\n")
    return EXIT_CANNOT_RUN


def main(argv=None):
    args = sys.argv[1:] if argv is None else list(argv)
    if not BUNDLE.is_file():
        return _fail(f"the bundled CLI is missing from this installation ({BUNDLE}); reinstall jupyterlab_repro_audit")
    node = _node_executable()
    need = f"Node.js {MIN_NODE_MAJOR} or newer"
    if not node:
        return _fail(f"needs {need}, and no `node` was found on PATH (install it from nodejs.org or your package manager, or set REPRO_AUDIT_NODE to its path)")
    major = _node_major(node)
    if major is None:
        return _fail(f"needs {need}; `{node} --version` did not run")
    if major < MIN_NODE_MAJOR:
        return _fail(f"needs {need}; {node} is version {major}")
    try:
        return subprocess.call([node, str(BUNDLE), *args])
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
