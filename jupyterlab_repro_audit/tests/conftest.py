import pytest

pytest_plugins = ("pytest_jupyter.jupyter_server",)


@pytest.fixture
def jp_server_config(jp_server_config):
    # The server reader enabled, as the package's jupyter_server_config.d file does on install.
    return {"ServerApp": {"jpserver_extensions": {"jupyterlab_repro_audit": True}}}
