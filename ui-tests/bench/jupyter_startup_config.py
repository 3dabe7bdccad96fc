"""Jupyter Server for the start-up benchmark (bench/startup.sh): galata's test settings on
REPRO_AUDIT_STARTUP_PORT, an empty root of its own. With REPRO_AUDIT_STARTUP_WITHOUT=1 the server is the same
JupyterLab from the same venv as if the package were not installed: its labextension is left out of the
labextension path (every other one kept, through links in a temporary folder) and its server extension is off."""
import os
from pathlib import Path
from tempfile import mkdtemp

from jupyter_core.paths import jupyter_path
from jupyterlab.galata import configure_jupyter_server

configure_jupyter_server(c)  # noqa: F821 (c is the config object Jupyter passes in)

c.ServerApp.port = int(os.environ["REPRO_AUDIT_STARTUP_PORT"])  # noqa: F821
c.ServerApp.allow_root = True  # noqa: F821
c.LabApp.extension_manager = "readonly"  # noqa: F821
c.ServerApp.root_dir = mkdtemp(prefix="repro-audit-startup-")  # noqa: F821

PACKAGE = "jupyterlab-repro-audit"
if os.environ.get("REPRO_AUDIT_STARTUP_WITHOUT") == "1":
    kept = Path(mkdtemp(prefix="repro-audit-startup-labextensions-"))
    for folder in jupyter_path("labextensions"):
        if not os.path.isdir(folder):
            continue
        for entry in Path(folder).iterdir():
            # A scoped package (@scope/name) is a folder of extensions: link it whole, it is not ours.
            if entry.name != PACKAGE and not (kept / entry.name).exists():
                (kept / entry.name).symlink_to(entry.resolve(), target_is_directory=True)
    c.LabApp.labextensions_path = [str(kept)]  # noqa: F821
    c.ServerApp.jpserver_extensions = {"jupyterlab_repro_audit": False}  # noqa: F821
