"""What the server reader does on disk: walk a folder inside the server's root and read the starts of files.

It is a reader and nothing more: it lists and reads bytes, never imports, parses or runs anything from the
repository (all judgement stays in the TypeScript engine). Every path comes from the browser, so each is
checked against the server's root: no absolute paths, no `..`, no symbolic link that resolves outside it.
"""
from __future__ import annotations

import base64
import collections
import os
import stat
from typing import Any, Dict, Iterable, List, Tuple

# Hard caps, whatever the request asks: one answer must stay a reasonable size for the server and the browser.
MAX_FILES_CAP = 200_000
MAX_BYTES_PER_FILE_CAP = 16 * 1024 * 1024
MAX_BYTES_PER_RESPONSE_CAP = 32 * 1024 * 1024
MAX_DEPTH = 48


class PathRefused(ValueError):
    """A path from the request that names something outside the server's root."""


class NotAFolder(ValueError):
    """The audited folder is missing or is not a folder."""


def _inside(real: str, real_root: str) -> bool:
    return real == real_root or real.startswith(real_root.rstrip(os.sep) + os.sep)


def resolve_in_root(server_root: str, relative: str) -> Tuple[str, str]:
    """The on-disk path and the real path of `relative` (POSIX, relative to the server's root).

    Refuses absolute paths, `..` segments, and anything whose real path (links followed) leaves the root.
    """
    if not isinstance(relative, str) or "\x00" in relative or "\\" in relative:
        raise PathRefused("not a plain relative path")
    if relative.startswith("/") or (len(relative) > 1 and relative[1] == ":"):
        raise PathRefused("absolute paths are refused")
    parts = [p for p in relative.split("/") if p not in ("", ".")]
    if ".." in parts:
        raise PathRefused("'..' is refused")
    real_root = os.path.realpath(server_root)
    path = os.path.join(real_root, *parts)
    real = os.path.realpath(path)
    if not _inside(real, real_root):
        raise PathRefused("the path leads outside the server's root")
    return path, real


def _relative_target(real: str, real_audit_root: str) -> str:
    """A folder's real path relative to the audited folder's, as the engine's walk expects ('' for itself)."""
    target = os.path.relpath(real, real_audit_root).replace(os.sep, "/")
    return "" if target == "." else target


def walk(
    server_root: str,
    folder: str,
    ignore_names: Iterable[str] = (),
    ignore_suffixes: Iterable[str] = (),
    max_files: int = 20_000,
) -> Dict[str, Any]:
    """Every folder's entries under `folder`, breadth first, as the engine's `list(dir)` would see them.

    Ignored folders and virtualenvs (a folder holding pyvenv.cfg) are listed but not entered; links are
    followed only when they stay inside the audited folder and lead somewhere not yet visited (by real
    path, which cuts loops). Stops after `max_files` files and says so.
    """
    _, real_audit_root = resolve_in_root(server_root, folder)
    real_server_root = os.path.realpath(server_root)
    if not os.path.isdir(real_audit_root):
        raise NotAFolder("not a folder")
    names = set(ignore_names)
    suffixes = tuple(ignore_suffixes)
    max_files = max(0, min(int(max_files), MAX_FILES_CAP))
    dirs: Dict[str, List[Dict[str, Any]]] = {}
    errors: Dict[str, str] = {}
    visited = {real_audit_root}
    queue = collections.deque([""])
    files = 0
    truncated = False
    while queue and not truncated:
        rel = queue.popleft()
        try:
            with os.scandir(os.path.join(real_audit_root, *rel.split("/")) if rel else real_audit_root) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as e:
            errors[rel] = e.strerror or str(e)
            continue
        venv = bool(rel) and any(e.name == "pyvenv.cfg" for e in entries)
        listing: List[Dict[str, Any]] = []
        for e in entries:
            path = rel + "/" + e.name if rel else e.name
            listing.append(_entry(e, path, real_server_root, real_audit_root))
            item = listing[-1]
            if item["kind"] == "directory":
                target = item.get("target", "")
                outside = target == ".." or target.startswith("../") or target.startswith("/")
                ignored = e.name in names or e.name.endswith(suffixes)
                deep = path.count("/") + 1 >= MAX_DEPTH
                real = os.path.join(real_audit_root, *target.split("/")) if target else real_audit_root
                if not (venv or outside or ignored or deep or real in visited):
                    visited.add(real)
                    queue.append(path)
            elif item["kind"] == "file" and not venv:
                files += 1
        dirs[rel] = listing
        if files > max_files:
            truncated = True
    return {
        "root": {"name": os.path.basename(real_audit_root) or "/", "path": folder},
        "dirs": dirs,
        "errors": errors,
        "truncated": truncated,
    }


def _entry(e: os.DirEntry, path: str, real_server_root: str, real_audit_root: str) -> Dict[str, Any]:
    item: Dict[str, Any] = {"name": e.name}
    try:
        link = e.is_symlink()
        if link:
            item["symlink"] = True
            real = os.path.realpath(e.path)
            if not _inside(real, real_server_root):
                # Nothing is said about what lies outside the server's root (no size, no path): a folder
                # there gets the target "/", which the engine's walk reports as a link out of the repo.
                if e.is_dir():
                    item.update(kind="directory", target="/")
                else:
                    item["kind"] = "other"
                return item
        if e.is_dir():
            item["kind"] = "directory"
            item["target"] = _relative_target(os.path.realpath(e.path), real_audit_root)
        elif e.is_file():
            item["kind"] = "file"
            item["size"] = e.stat().st_size
        else:
            item["kind"] = "other"
    except OSError:
        item["kind"] = "other"
    return item


def read_starts(
    server_root: str,
    folder: str,
    paths: Iterable[str],
    max_bytes: int,
    budget_bytes: int,
) -> Dict[str, Any]:
    """At most `max_bytes` from the start of each file, while the answer stays within `budget_bytes`.

    What does not fit is `pending`, for the next request (an answer always holds at least one file).
    A file is read only up to the limit, never whole. Bytes that are valid UTF-8 go as text, others as
    base64: the engine, which already judges bytes, decides what is binary.
    """
    max_bytes = max(0, min(int(max_bytes), MAX_BYTES_PER_FILE_CAP))
    budget = max(1, min(int(budget_bytes), MAX_BYTES_PER_RESPONSE_CAP))
    files: Dict[str, Dict[str, Any]] = {}
    pending: List[str] = []
    used = 0
    for path in paths:
        if used >= budget:
            pending.append(path)
            continue
        try:
            # The audited folder itself must lie inside the root, and so must the file, links followed.
            resolve_in_root(server_root, folder)
            _, real = resolve_in_root(server_root, _join(folder, path))
            # Non-blocking, so that opening a FIFO cannot hang; only regular files are read.
            fd = os.open(real, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        except PathRefused as e:
            files[path] = {"error": str(e)}
            continue
        except OSError as e:
            files[path] = {"error": e.strerror or str(e)}
            continue
        try:
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode):
                files[path] = {"error": "not a regular file"}
                continue
            take = min(info.st_size, max_bytes)
            if files and used + take > budget:
                pending.append(path)
                continue
            data = _read_up_to(fd, max_bytes)
        except OSError as e:
            files[path] = {"error": e.strerror or str(e)}
            continue
        finally:
            os.close(fd)
        used += len(data)
        try:
            files[path] = {"encoding": "text", "content": data.decode("utf-8")}
        except UnicodeDecodeError:
            files[path] = {"encoding": "base64", "content": base64.b64encode(data).decode("ascii")}
    return {"files": files, "pending": pending}


def _read_up_to(fd: int, limit: int) -> bytes:
    """At most `limit` bytes from the start of an open file, however long the file is."""
    chunks: List[bytes] = []
    left = limit
    while left > 0:
        chunk = os.read(fd, min(left, 1024 * 1024))
        if not chunk:
            break
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def _join(folder: str, path: str) -> str:
    return folder.strip("/") + "/" + path if folder.strip("/") else path
