"""`scrape browse` serves the corpus in Datasette: search page and facets over HTTP."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from test_search import build

from scrape.corpus.browse import datasette_metadata
from scrape.corpus.reader import record_columns
from scrape.store.database import Store

STARTUP_SECONDS = 30


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def get(url: str) -> str:
    with urllib.request.urlopen(url, timeout=10) as response:
        return str(response.read().decode("utf-8"))


@pytest.fixture
def served(tmp_path: Path) -> Iterator[str]:
    path = tmp_path / "corpus.db"
    build(path)
    port = free_port()
    scrape = Path(sys.executable).with_name("scrape")
    process = subprocess.Popen(
        [str(scrape), "browse", "--db", str(path), "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + STARTUP_SECONDS
        while True:
            try:
                get(f"{base}/-/versions.json")
                break
            except (urllib.error.URLError, ConnectionError):
                if process.poll() is not None or time.monotonic() > deadline:
                    stderr = process.stderr.read() if process.stderr else b""
                    pytest.fail(f"datasette did not start: {stderr.decode()[-2000:]}")
                time.sleep(0.2)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


def test_search_page_and_facets(served: str) -> None:
    page = get(f"{served}/corpus/articles?_search=heat+wave")
    assert "Heat wave grips Europe" in page and "Ferry strike" not in page
    data = json.loads(get(f"{served}/corpus/articles.json?_search=ferry&_shape=objects"))
    assert [row["title"] for row in data["rows"]] == ["Ferry strike"]
    # Facets by source and day come from the metadata, without asking for them.
    facets = json.loads(get(f"{served}/corpus/articles.json"))["facet_results"]
    counts = {r["value"]: r["count"] for r in facets["source"]["results"]}
    assert counts == {"daily": 2, "wire": 2}
    assert len(facets["day"]["results"]) == 4


def test_metadata_describes_every_column(tmp_path: Path) -> None:
    metadata = datasette_metadata("corpus")
    articles = metadata["databases"]["corpus"]["tables"]["articles"]
    assert list(articles["columns"]) == record_columns()
    with Store(tmp_path / "c.db") as store:
        stored = set(store.db.table("articles").columns_dict)
    assert set(record_columns()) <= stored
