"""Jupyter Server for the browser benchmark (bench/browser.sh): galata's test settings on a port of its
own (REPRO_AUDIT_BENCH_PORT, default 8890, so that the UI tests and CI keep 8888), and a server root
holding only the 10,000-file bench repo (bench/out/repo, from bench/generate.js), as hard links."""
import json
import os
import shutil
from pathlib import Path
from tempfile import mkdtemp

from jupyterlab.galata import configure_jupyter_server

configure_jupyter_server(c)  # noqa: F821 (c is the config object Jupyter passes in)

c.ServerApp.port = int(os.environ.get("REPRO_AUDIT_BENCH_PORT", "8890"))  # noqa: F821
c.ServerApp.allow_root = True  # noqa: F821
c.LabApp.extension_manager = "readonly"  # noqa: F821

bench_repo = Path(
    os.environ.get("REPRO_AUDIT_BENCH_REPO", Path(__file__).resolve().parents[2] / "bench" / "out" / "repo")
).resolve()
root = Path(__file__).parent / ".server-root"
shutil.rmtree(root, ignore_errors=True)
root.mkdir()
# Hard links, not a symbolic link to the repo: the server reader (the default) refuses links that leave
# the server's root, as it must. Hard links cost no copy of the bytes; across file systems, a copy.
try:
    shutil.copytree(bench_repo, root / "bench-repo", symlinks=True, copy_function=os.link)
except OSError:
    shutil.rmtree(root / "bench-repo", ignore_errors=True)
    shutil.copytree(bench_repo, root / "bench-repo", symlinks=True)
c.ServerApp.root_dir = str(root)  # noqa: F821

# The bench's settings on the server, not mocked in the page: Galata's mocks route requests through
# Playwright, which would slow every Contents API call the bench is timing. No audit on first sight
# of the panel (the bench times only the folder it asks for); the reader from REPRO_AUDIT_BENCH_READER.
settings_dir = Path(mkdtemp(prefix="repro-audit-bench-settings-"))
(settings_dir / "jupyterlab-repro-audit").mkdir()
(settings_dir / "jupyterlab-repro-audit" / "plugin.jupyterlab-settings").write_text(
    json.dumps(
        {
            "auditOnOpen": False,
            "autoReaudit": False,
            "reader": os.environ.get("REPRO_AUDIT_BENCH_READER", "auto"),
        }
    )
)
c.LabApp.user_settings_dir = str(settings_dir)  # noqa: F821
