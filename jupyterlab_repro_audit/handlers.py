"""The server reader's API: `POST <base_url>/repro-audit/walk` and `POST <base_url>/repro-audit/read`.

Both are authenticated API handlers (a token, or a login cookie together with the XSRF token, as for every
Jupyter Server API), under the server's base URL, so they work behind JupyterHub and Binder prefixes.
The disk work runs in a thread: a walk of a big repo must not stall the server's event loop.
"""
from __future__ import annotations

import asyncio
import json
from typing import Any, Dict

from jupyter_server.base.handlers import APIHandler
from jupyter_server.utils import url_path_join
from tornado import web

from .repo_files import NotAFolder, PathRefused, read_starts, walk

API_PREFIX = "repro-audit"
# Bumped when the request or answer changes shape; the frontend checks it.
API_VERSION = 1


class _ReaderHandler(APIHandler):
    def _body(self) -> Dict[str, Any]:
        try:
            body = json.loads(self.request.body or b"{}")
        except ValueError as e:
            raise web.HTTPError(400, "the body is not JSON") from e
        if not isinstance(body, dict):
            raise web.HTTPError(400, "the body is not a JSON object")
        return body

    @property
    def server_root(self) -> str:
        return self.settings["server_root_dir"]

    def _folder(self, body: Dict[str, Any]) -> str:
        folder = body.get("path", "")
        if not isinstance(folder, str):
            raise web.HTTPError(400, "'path' must be a string")
        return folder

    def _strings(self, body: Dict[str, Any], key: str) -> list:
        value = body.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise web.HTTPError(400, f"'{key}' must be a list of strings")
        return value


class WalkHandler(_ReaderHandler):
    @web.authenticated
    async def post(self) -> None:
        body = self._body()
        folder = self._folder(body)
        try:
            result = await asyncio.get_running_loop().run_in_executor(
                None,
                lambda: walk(
                    self.server_root,
                    folder,
                    ignore_names=self._strings(body, "ignoreNames"),
                    ignore_suffixes=self._strings(body, "ignoreSuffixes"),
                    max_files=int(body.get("maxFiles", 20_000)),
                ),
            )
        except PathRefused as e:
            raise web.HTTPError(403, str(e)) from e
        except NotAFolder as e:
            raise web.HTTPError(404, str(e)) from e
        except (TypeError, ValueError) as e:
            raise web.HTTPError(400, str(e)) from e
        self.finish(json.dumps({"version": API_VERSION, **result}))


class ReadHandler(_ReaderHandler):
    @web.authenticated
    async def post(self) -> None:
        body = self._body()
        folder = self._folder(body)
        paths = self._strings(body, "files")
        try:
            result = await asyncio.get_running_loop().run_in_executor(
                None,
                lambda: read_starts(
                    self.server_root,
                    folder,
                    paths,
                    max_bytes=int(body.get("maxBytes", 1024 * 1024)),
                    budget_bytes=int(body.get("budgetBytes", 8 * 1024 * 1024)),
                ),
            )
        except (TypeError, ValueError) as e:
            raise web.HTTPError(400, str(e)) from e
        self.finish(json.dumps({"version": API_VERSION, **result}))


def setup_handlers(web_app) -> None:
    base_url = web_app.settings["base_url"]
    web_app.add_handlers(
        ".*$",
        [
            (url_path_join(base_url, API_PREFIX, "walk"), WalkHandler),
            (url_path_join(base_url, API_PREFIX, "read"), ReadHandler),
        ],
    )
