"""`import scrape` is light, and the package's API is whole once used.

Each check runs in a fresh interpreter: this test session has long since imported
everything."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import scrape

ARTICLE = Path(__file__).parent / "fixtures" / "pages" / "jsonld_newsarticle.html"
# What only crawling, extraction, storage or exports need: a command that uses none of
# them should not pay their start-up.
HEAVY = ("pandas", "pyarrow", "numpy", "trafilatura", "httpx", "lxml", "selectolax")


def fresh_python(code: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    return done.stdout


def test_import_scrape_loads_no_heavy_library() -> None:
    loaded = json.loads(
        fresh_python(
            "import json, sys, scrape\n"
            f"print(json.dumps([m for m in {HEAVY!r} if m in sys.modules]))"
        )
    )
    assert loaded == []


# What the extraction workers never need: each would be megabytes more in every worker.
NOT_IN_WORKERS = (
    "pandas", "pyarrow", "scipy", "datasketch", "pydantic", "yaml", "httpx", "httpcore",
    "h2", "tenacity", "rich", "click", "sqlite_utils", "numpy.random",
    "scrape.store._sqlite_utils",  # the store keeps its sqlite_utils out of sys.modules
)  # fmt: skip


def test_extraction_workers_load_only_extraction() -> None:
    """What the forkserver preloads for the extraction workers, and a page extracted."""
    loaded = json.loads(
        fresh_python(
            "import json, sys\n"
            "from datetime import UTC, datetime\n"
            "from pathlib import Path\n"
            "import importlib\n"
            "from scrape.crawl import workers\n"
            "from scrape.models import ExtractionHints\n"
            "for name in workers._WORKER_PRELOAD[1:]:\n"
            "    importlib.import_module(name)\n"
            f"html = Path({str(ARTICLE)!r}).read_bytes()\n"
            "done = workers._extract_in_worker(html, 'text/html', 'https://news.example/a/',"
            " datetime.now(UTC), ExtractionHints(), 'herald', 1, 'Share this')\n"
            "assert done.band_keys, 'the page was not extracted as an article'\n"
            f"print(json.dumps([m for m in {NOT_IN_WORKERS!r} if m in sys.modules]))"
        )
    )
    assert loaded == []


@pytest.mark.parametrize("name", sorted(set(scrape.__all__) - {"__version__"}))
def test_every_public_name_is_the_defining_modules_object(name: str) -> None:
    value = getattr(scrape, name)
    assert getattr(sys.modules[value.__module__], name) is value
    assert name in dir(scrape)


def test_every_lazily_imported_name_is_public() -> None:
    assert set(scrape.__all__) == {*scrape._HOMES, "__version__"}


def test_the_library_adds_no_handler_but_its_null_handler() -> None:
    """Where log records go is the application's choice (the CLI's, for ``scrape``)."""
    handlers = json.loads(
        fresh_python(
            "import json, logging, scrape\n"
            "import scrape.crawl.pipeline, scrape.store.database, scrape.warc.ingest\n"
            "import scrape.extraction.extractor, scrape.corpus.reader, scrape.ops.health\n"
            "named = [logging.getLogger(), *logging.Logger.manager.loggerDict.values()]\n"
            "print(json.dumps(sorted({type(h).__name__ for log in named"
            " for h in getattr(log, 'handlers', [])})))"
        )
    )
    assert handlers == ["NullHandler"]


def test_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no_such_thing"):
        scrape.no_such_thing  # noqa: B018


def test_functions_named_like_modules_stay_functions_whatever_loads_first() -> None:
    """``scrape.crawl`` and ``scrape.extract`` are the API's functions, even when the
    modules defining them (the package ``scrape.crawl``) were imported first."""
    out = fresh_python(
        "import scrape.crawl.pipeline, scrape.extraction.extractor\n"
        "from scrape.crawl.pipeline import crawl_async\n"
        "import scrape\n"
        "from scrape import crawl\n"
        "print(callable(scrape.crawl), callable(scrape.extract), crawl is scrape.crawl,"
        " crawl_async is scrape.crawl_async)"
    )
    assert out.split() == ["True", "True", "True", "True"]


# What the crawler process never needs unless a crawl is too small for the pool of workers.
EXTRACTION = ("trafilatura", "lxml", "justext", "htmldate", "numpy", "scrape.extraction.extractor")


def test_the_crawler_process_loads_no_extraction_stack() -> None:
    """The crawler, its store and its pool's forkserver preload: the workers extract."""
    loaded = json.loads(
        fresh_python(
            "import json, sys\n"
            "import scrape.crawl.pipeline, scrape.cli.main\n"
            "from scrape.store.database import Store\n"
            f"print(json.dumps([m for m in {EXTRACTION!r} if m in sys.modules]))"
        )
    )
    assert loaded == []


def test_the_crawler_and_its_store_load_no_data_frames() -> None:
    """sqlite_utils imports pandas and numpy when installed; the store imports it without."""
    loaded = json.loads(
        fresh_python(
            "import json, sys\n"
            "import scrape.crawl.pipeline\n"
            "from scrape.store.database import Store\n"
            "with Store(memory=True) as store:\n"
            "    store.stats()\n"
            "print(json.dumps([m for m in ('pandas', 'pyarrow', 'numpy') if m in sys.modules]))"
        )
    )
    assert loaded == []
