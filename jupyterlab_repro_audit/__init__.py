"""jupyterlab-repro-audit: a JupyterLab extension that audits how reproducible a research repository is.

The Python package ships the prebuilt labextension and a Jupyter Server extension that is a reader and
nothing more (it lists folders and serves the starts of files, see handlers.py); the audit itself runs
in the browser and in the `repro-audit` Node CLI.
"""
try:
    from ._version import __version__
except ImportError:
    # Running from a source tree that was never built.
    import warnings

    warnings.warn("Importing 'jupyterlab_repro_audit' outside a proper installation.")
    __version__ = "dev"


def _jupyter_labextension_paths():
    return [{"src": "labextension", "dest": "jupyterlab-repro-audit"}]


def _jupyter_server_extension_points():
    return [{"module": "jupyterlab_repro_audit"}]


def _load_jupyter_server_extension(server_app):
    # Imported here: the package is also installed where no Jupyter Server runs (the CLI alone).
    from .handlers import setup_handlers

    setup_handlers(server_app.web_app)
    server_app.log.info("jupyterlab_repro_audit: the repo reader API is at repro-audit/")
