"""The server reader against a real Jupyter Server (pytest-jupyter), under a base URL with a prefix."""
import base64
import json
import os

import pytest
from tornado.httpclient import HTTPClientError

IGNORES = {"ignoreNames": [".git", "node_modules", "__pycache__", ".ipynb_checkpoints"], "ignoreSuffixes": [".egg-info"]}


def write(root, rel, data=b"", mode="wb"):
    path = os.path.join(str(root), *rel.split("/"))
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, mode) as f:
        f.write(data)
    return path


async def post(jp_fetch, endpoint, body, **kwargs):
    response = await jp_fetch("repro-audit", endpoint, method="POST", body=json.dumps(body), **kwargs)
    return json.loads(response.body)


async def walk(jp_fetch, path="repo", **extra):
    return await post(jp_fetch, "walk", {"path": path, **IGNORES, **extra})


async def read(jp_fetch, files, path="repo", max_bytes=1000, budget=1_000_000):
    return await post(jp_fetch, "read", {"path": path, "files": files, "maxBytes": max_bytes, "budgetBytes": budget})


def names(listing, folder):
    return [e["name"] for e in listing["dirs"][folder]]


def decoded(entry):
    return entry["content"].encode("utf-8") if entry["encoding"] == "text" else base64.b64decode(entry["content"])


@pytest.fixture
def repo(jp_root_dir):
    write(jp_root_dir, "repo/README.md", b"# Demo\n")
    write(jp_root_dir, "repo/src/train.py", b"import numpy as np\n")
    return jp_root_dir / "repo"


async def test_refuses_requests_without_authentication(jp_fetch, repo):
    for endpoint in ("walk", "read"):
        with pytest.raises(HTTPClientError) as e:
            await jp_fetch(
                "repro-audit", endpoint, method="POST", body=json.dumps({"path": "repo"}), headers={"Authorization": ""}
            )
        assert e.value.code == 403


async def test_a_cookie_login_needs_the_xsrf_token_to_post(jp_fetch, repo):
    # A token request logs the client in with a cookie, as the browser is after opening JupyterLab.
    status = await jp_fetch("api", "status")
    login = [c.split(";")[0] for c in status.headers.get_list("Set-Cookie") if c.startswith("username-")]
    assert login
    cookie_only = {"Authorization": "", "Cookie": login[0]}
    with pytest.raises(HTTPClientError) as e:
        await post(jp_fetch, "walk", {"path": "repo"}, headers=cookie_only)
    assert e.value.code == 403
    with_xsrf = {**cookie_only, "Cookie": f"{login[0]}; _xsrf=sametoken", "X-XSRFToken": "sametoken"}
    listing = await post(jp_fetch, "walk", {"path": "repo"}, headers=with_xsrf)
    assert names(listing, "") == ["README.md", "src"]


async def test_walks_a_folder_as_the_engine_lists_it(jp_fetch, repo):
    listing = await walk(jp_fetch)
    assert listing["version"] == 1
    assert listing["root"]["name"] == "repo"
    assert listing["dirs"][""] == [
        {"name": "README.md", "kind": "file", "size": 7},
        {"name": "src", "kind": "directory", "target": "src"},
    ]
    assert names(listing, "src") == ["train.py"]
    assert listing["errors"] == {} and listing["truncated"] is False


async def test_the_server_root_itself_can_be_audited(jp_fetch, repo):
    listing = await walk(jp_fetch, path="")
    assert names(listing, "") == ["repo"]
    assert names(listing, "repo/src") == ["train.py"]


async def test_sees_hidden_files_and_lists_ignored_folders_without_entering_them(jp_fetch, repo):
    write(repo, ".binder/environment.yml", b"dependencies:\n  - numpy\n")
    write(repo, ".gitattributes", b"*.csv filter=lfs\n")
    write(repo, ".git/index", b"DIRC")
    write(repo, "node_modules/x/index.js", b"")
    write(repo, "pkg.egg-info/PKG-INFO", b"")
    write(repo, "env/pyvenv.cfg", b"home = /usr\n")
    write(repo, "env/lib/site.py", b"")
    listing = await walk(jp_fetch)
    assert names(listing, "") == [".binder", ".git", ".gitattributes", "README.md", "env", "node_modules", "pkg.egg-info", "src"]
    assert names(listing, ".binder") == ["environment.yml"]
    # Ignored folders and the virtualenv's insides are never walked.
    assert sorted(listing["dirs"]) == ["", ".binder", "env", "src"]
    files = await read(jp_fetch, [".binder/environment.yml", ".gitattributes", ".git/index"])
    assert decoded(files["files"][".binder/environment.yml"]) == b"dependencies:\n  - numpy\n"
    assert decoded(files["files"][".git/index"]) == b"DIRC"


async def test_hidden_files_stay_hidden_from_the_contents_api(jp_fetch, repo):
    write(repo, ".binder/environment.yml", b"dependencies: []\n")
    model = json.loads((await jp_fetch("api", "contents", "repo")).body)
    assert ".binder" not in [item["name"] for item in model["content"]]


@pytest.mark.parametrize("path", ["..", "../..", "repo/../..", "/etc", "/", "repo/../../etc", "C:/Windows", "repo\\..\\.."])
async def test_refuses_paths_that_leave_the_root(jp_fetch, repo, path):
    with pytest.raises(HTTPClientError) as e:
        await walk(jp_fetch, path=path)
    assert e.value.code == 403
    answer = await read(jp_fetch, [path, "../README.md", "/etc/passwd"], path="repo")
    assert all("error" in entry for entry in answer["files"].values())
    assert not any("content" in entry for entry in answer["files"].values())


async def test_refuses_links_that_leave_the_root(jp_fetch, repo, tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_bytes(b"secret")
    os.symlink(str(outside), str(repo / "escape"))
    os.symlink(str(outside / "secret.txt"), str(repo / "secret.txt"))
    os.symlink(str(outside), str(repo.parent / "linked"))
    listing = await walk(jp_fetch)
    escape = {e["name"]: e for e in listing["dirs"][""]}
    # Nothing of what lies outside is shown, neither its path nor a size: a folder is only said to be outside.
    assert escape["escape"] == {"name": "escape", "kind": "directory", "symlink": True, "target": "/"}
    assert escape["secret.txt"] == {"name": "secret.txt", "kind": "other", "symlink": True}
    assert "escape" not in listing["dirs"]
    answer = await read(jp_fetch, ["secret.txt", "escape/secret.txt"])
    assert all("error" in entry for entry in answer["files"].values())
    with pytest.raises(HTTPClientError) as e:
        await walk(jp_fetch, path="linked")
    assert e.value.code == 403


async def test_cuts_symlink_loops_by_real_path(jp_fetch, repo):
    os.symlink("..", str(repo / "src" / "up"))
    os.symlink(".", str(repo / "self"))
    listing = await walk(jp_fetch)
    entries = {e["name"]: e for e in listing["dirs"][""]}
    assert entries["self"] == {"name": "self", "kind": "directory", "target": "", "symlink": True}
    assert {e["name"]: e for e in listing["dirs"]["src"]}["up"]["target"] == ""
    assert sorted(listing["dirs"]) == ["", "src"]


async def test_stops_after_max_files_and_says_so(jp_fetch, repo):
    for i in range(30):
        write(repo, f"data/part{i // 10}/f{i}.txt", b"x")
    listing = await walk(jp_fetch, maxFiles=5)
    assert listing["truncated"] is True
    assert "data/part2" not in listing["dirs"]


async def test_reads_at_most_max_bytes_per_file_and_defers_what_exceeds_the_budget(jp_fetch, repo):
    for i in range(5):
        write(repo, f"big/{i}.txt", b"a" * 400)
    files = [f"big/{i}.txt" for i in range(5)]
    answer = await read(jp_fetch, files, max_bytes=300, budget=700)
    assert [decoded(answer["files"][f]) for f in files[:2]] == [b"a" * 300] * 2
    assert answer["pending"] == files[2:]
    # A file larger than the whole budget still comes, alone, so that every read makes progress.
    alone = await read(jp_fetch, files, max_bytes=300, budget=100)
    assert list(alone["files"]) == files[:1] and alone["pending"] == files[1:]


async def test_sends_binary_and_non_utf8_bytes_intact(jp_fetch, repo):
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"
    write(repo, "plot.png", png)
    write(repo, "latin1.py", 'x = "é"\n'.encode("latin-1"))
    write(repo, "utf8.py", 'x = "é"\n'.encode("utf-8"))
    answer = (await read(jp_fetch, ["plot.png", "latin1.py", "utf8.py"]))["files"]
    assert answer["plot.png"]["encoding"] == "base64" and decoded(answer["plot.png"]) == png
    assert answer["latin1.py"]["encoding"] == "base64" and decoded(answer["latin1.py"]) == b'x = "\xe9"\n'
    assert answer["utf8.py"] == {"encoding": "text", "content": 'x = "é"\n'}


async def test_a_60_mb_file_is_never_read_whole(jp_fetch, repo, monkeypatch):
    path = str(repo / "data" / "huge.bin")
    os.makedirs(os.path.dirname(path))
    with open(path, "wb") as f:
        f.truncate(60 * 1024 * 1024)  # Sparse: 60 MB on paper, nothing on disk.
    read_bytes = []
    real_read = os.read

    def counting_read(fd, n):
        data = real_read(fd, n)
        read_bytes.append(len(data))
        return data

    monkeypatch.setattr(os, "read", counting_read)
    listing = await walk(jp_fetch)
    assert {e["name"]: e for e in listing["dirs"]["data"]}["huge.bin"]["size"] == 60 * 1024 * 1024
    answer = await read(jp_fetch, ["data/huge.bin"], max_bytes=64 * 1024)
    assert len(decoded(answer["files"]["data/huge.bin"])) == 64 * 1024
    assert sum(read_bytes) == 64 * 1024


async def test_a_fifo_is_refused_rather_than_read(jp_fetch, repo):
    os.mkfifo(str(repo / "pipe"))
    listing = await walk(jp_fetch)
    assert {e["name"]: e for e in listing["dirs"][""]}["pipe"]["kind"] == "other"
    answer = await read(jp_fetch, ["pipe"])
    assert answer["files"]["pipe"] == {"error": "not a regular file"}


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root reads a chmod 000 folder anyway (CI runs as root); the next test simulates it")
async def test_an_unreadable_folder_is_reported_not_fatal(jp_fetch, repo):
    locked = repo / "locked"
    locked.mkdir()
    (locked / "x.py").write_bytes(b"")
    locked.chmod(0)
    try:
        listing = await walk(jp_fetch)
    finally:
        locked.chmod(0o755)
    assert "locked" in listing["errors"] and "locked" not in listing["dirs"]
    assert names(listing, "src") == ["train.py"]


async def test_an_unreadable_folder_is_reported_not_fatal_simulated(jp_fetch, repo, monkeypatch):
    (repo / "locked").mkdir()
    real_scandir = os.scandir

    def scandir(path):
        if os.path.basename(str(path)) == "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    listing = await walk(jp_fetch)
    assert listing["errors"] == {"locked": "Permission denied"}
    assert names(listing, "src") == ["train.py"]


async def test_a_missing_folder_or_a_bad_body_is_an_error(jp_fetch, repo):
    with pytest.raises(HTTPClientError) as e:
        await walk(jp_fetch, path="nope")
    assert e.value.code == 404
    with pytest.raises(HTTPClientError) as e:
        await jp_fetch("repro-audit", "read", method="POST", body="not json")
    assert e.value.code == 400
    with pytest.raises(HTTPClientError) as e:
        await post(jp_fetch, "read", {"path": "repo", "files": "README.md"})
    assert e.value.code == 400


async def test_lives_under_the_base_url_as_behind_jupyterhub_or_binder(jp_fetch, jp_base_url, http_server_client, jp_auth_header, repo):
    # pytest-jupyter serves under a prefix ("/a%40b/"), as JupyterHub's /user/<name>/ and Binder's do.
    assert jp_base_url.strip("/")
    assert names(await walk(jp_fetch), "") == ["README.md", "src"]
    with pytest.raises(HTTPClientError) as e:
        await http_server_client.fetch("/repro-audit/walk", method="POST", body="{}", headers=jp_auth_header)
    assert e.value.code == 404


async def test_runs_nothing_from_the_repo(jp_fetch, repo, tmp_path):
    marker = tmp_path / "ran"
    for module in ("base64", "json", "os", "stat", "collections"):
        write(repo, f"{module}.py", f"open({str(marker)!r}, 'w').write('ran')\n".encode())
    await walk(jp_fetch)
    answer = await read(jp_fetch, ["base64.py", "json.py"])
    assert decoded(answer["files"]["base64.py"]).startswith(b"open(")
    assert not marker.exists()
