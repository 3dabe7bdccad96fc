"""jupyterlab-repro-audit: a JupyterLab extension that audits how reproducible a research repository is.

The Python package only ships the prebuilt labextension; the audit runs in the browser and in the
`repro-audit` Node CLI.
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
