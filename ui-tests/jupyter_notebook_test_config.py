"""Jupyter Notebook 7 for the UI tests' notebook7 project (run only when .venv has the `notebook`
package): the same server settings as JupyterLab's, on port 8899, over a copy of the demo repo."""
import os
import shutil
from pathlib import Path

from jupyterlab.galata import configure_jupyter_server

configure_jupyter_server(c)  # noqa: F821

c.ServerApp.port = int(os.environ.get("REPRO_AUDIT_NB7_PORT", "8899"))  # noqa: F821
c.ServerApp.allow_root = True  # noqa: F821
c.JupyterNotebookApp.expose_app_in_browser = True  # noqa: F821

here = Path(__file__).parent
root = here / ".server-root-notebook7"
shutil.rmtree(root, ignore_errors=True)
# Without dot-files: the server would hide them, and the CLI comparison must see the same files.
shutil.copytree(here.parent / "examples" / "demo", root / "demo", ignore=shutil.ignore_patterns(".*"))
c.ServerApp.root_dir = str(root)  # noqa: F821
