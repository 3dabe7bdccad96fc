"""Jupyter Server for the Galata UI tests: galata's test settings, root allowed (CI runs as root),
no extension manager network calls, and a fresh root folder each start."""
import os
import shutil
from pathlib import Path

from jupyterlab.galata import configure_jupyter_server

configure_jupyter_server(c)  # noqa: F821 (c is the config object Jupyter passes in)

c.ServerApp.allow_root = True  # noqa: F821
c.LabApp.extension_manager = "readonly"  # noqa: F821
c.ServerApp.port = int(os.environ.get("REPRO_AUDIT_LAB_PORT", "8888"))  # noqa: F821

# Tests upload their fixture repos (from fixtures/ and ../examples) into per-test folders under here.
# REPRO_AUDIT_SERVER_ROOT lets two UI runs in one checkout keep apart (with their own ports).
root = Path(os.environ.get("REPRO_AUDIT_SERVER_ROOT") or Path(__file__).parent / ".server-root")
shutil.rmtree(root, ignore_errors=True)
root.mkdir()
c.ServerApp.root_dir = str(root)  # noqa: F821
