"""A corpus in a directory its reader cannot write: mode=ro fails there when a crawl left a
``-wal`` and no ``-shm`` (SQLite cannot create its WAL index), and the reader falls back
to opening the file immutable.

The suite runs as root, for whom no directory is read-only, so the reader runs in a
subprocess as the unprivileged ``nobody`` (setpriv, util-linux); run as anyone else, the
directory is simply made read-only.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from samples import add, body, make, page

import scrape
from scrape.store.database import Store

CHECKOUT = str(Path(scrape.__file__).resolve().parents[1])
AS_ROOT = os.geteuid() == 0
READ = """
import json, sqlite3, sys
from scrape.store.database import Store
path = sys.argv[1]
try:
    sqlite3.connect(f"file:{path}?mode=ro", uri=True).execute("select 1 from articles")
    plain = "opened"
except sqlite3.OperationalError as exc:
    plain = str(exc)
with Store(path, read_only=True) as store:
    (articles,) = store.db.execute("select count(*) from articles").fetchone()
print(json.dumps({"mode=ro": plain, "articles": articles}))
"""


def as_reader(*argv: str) -> list[str]:
    command = [sys.executable, *argv]
    if AS_ROOT:
        return ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups", *command]
    return command


@pytest.fixture
def shared_directory() -> Iterator[Path]:
    """A directory the reader may enter and read but not write."""
    if AS_ROOT and shutil.which("setpriv") is None:
        pytest.skip("running as root without setpriv: no user to read as")
    # Not under tmp_path: the reader could not even enter pytest's private directory.
    directory = Path(tempfile.mkdtemp(prefix="scrape-read-only-"))
    directory.chmod(0o755 if AS_ROOT else 0o555)
    try:
        yield directory
    finally:
        directory.chmod(0o755)
        shutil.rmtree(directory)


def test_a_corpus_left_with_a_wal_in_a_read_only_directory_is_read_immutable(
    tmp_path: Path, shared_directory: Path
) -> None:
    reader_env = {**os.environ, "PYTHONPATH": CHECKOUT}
    can_import = subprocess.run(
        as_reader("-c", "import scrape"), env=reader_env, capture_output=True, check=False
    )
    if can_import.returncode != 0:
        pytest.skip(f"the reader cannot import this checkout: {can_import.stderr[-200:]!r}")
    crawled = tmp_path / "articles.db"
    add(crawled, range(3))  # closed: all three are in the file itself
    corpus = shared_directory / "articles.db"
    with Store(crawled) as store:
        # A crawl killed mid-way: one more article in the -wal, never checkpointed.
        store.db.execute("PRAGMA wal_autocheckpoint = 0")
        url = "https://daily.test/3"
        store.save_article(make(url, body=body(3)), page(url), "daily")
        for suffix in ("", "-wal"):
            shutil.copy(f"{crawled}{suffix}", f"{corpus}{suffix}")
    for file in shared_directory.iterdir():
        file.chmod(0o644)
    left = sorted(file.name for file in shared_directory.iterdir())

    done = subprocess.run(
        as_reader("-c", READ, str(corpus)),
        env=reader_env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )

    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["mode=ro"] == "unable to open database file"  # so the fallback ran
    assert result["articles"] == 3  # the file as it is; the -wal's article is not read
    assert sorted(file.name for file in shared_directory.iterdir()) == left
