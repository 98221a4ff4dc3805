"""scrape: a polite news crawler and cleaning pipeline.

Stages, one folder or module each, joined by the frozen dataclasses of ``models``::

    config.load_config -> discover -> fetch.Fetcher.fetch -> FetchedPage
        -> extraction.extractor.extract -> Article -> store.Store

The public names below are imported on first use (PEP 562), so ``import scrape`` and
every command's start-up load no HTTP, extraction or data-frame library they do not use.
"""

from __future__ import annotations

import importlib
import logging
import sys
import types
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .config import Config, Settings, Source, load_config
    from .corpus.reader import Corpus, open_corpus
    from .crawl.pipeline import CrawlReport, SourceReport, crawl, crawl_async
    from .errors import (
        BlockedError,
        ConfigError,
        ContentTypeError,
        ExtractError,
        FetchError,
        ScrapeError,
        StoreError,
        TooLargeError,
        UnsafeURLError,
    )
    from .extraction.extractor import extract
    from .fetch.fetcher import Fetcher, build_client
    from .models import Article, ExtractionHints, FetchedPage
    from .store.database import Store
    from .urls import normalize_url, url_key

__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())

# public name -> the module that defines it
_HOMES = {
    **dict.fromkeys(("Config", "Settings", "Source", "load_config"), "config"),
    **dict.fromkeys(("Corpus", "open_corpus"), "corpus.reader"),
    **dict.fromkeys(("CrawlReport", "SourceReport", "crawl", "crawl_async"), "crawl.pipeline"),
    **dict.fromkeys(
        (
            "BlockedError",
            "ConfigError",
            "ContentTypeError",
            "ExtractError",
            "FetchError",
            "ScrapeError",
            "StoreError",
            "TooLargeError",
            "UnsafeURLError",
        ),
        "errors",
    ),
    **dict.fromkeys(("Article", "ExtractionHints", "FetchedPage"), "models"),
    "extract": "extraction.extractor",
    **dict.fromkeys(("Fetcher", "build_client"), "fetch.fetcher"),
    "Store": "store.database",
    **dict.fromkeys(("normalize_url", "url_key"), "urls"),
}

__all__ = [
    "Article",
    "BlockedError",
    "Config",
    "ConfigError",
    "ContentTypeError",
    "Corpus",
    "CrawlReport",
    "ExtractError",
    "ExtractionHints",
    "FetchError",
    "FetchedPage",
    "Fetcher",
    "ScrapeError",
    "Settings",
    "Source",
    "SourceReport",
    "Store",
    "StoreError",
    "TooLargeError",
    "UnsafeURLError",
    "__version__",
    "build_client",
    "crawl",
    "crawl_async",
    "extract",
    "load_config",
    "normalize_url",
    "open_corpus",
    "url_key",
]


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{home}", __name__), name)
    globals()[name] = value  # found without this hook from now on
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_HOMES})


# Functions of the API named like the package that defines them.
_SHADOWED = frozenset(name for name, home in _HOMES.items() if name == home.split(".")[0])


class _Package(types.ModuleType):
    """The package, whose ``crawl`` stays the API's function.

    Loading a subpackage binds its name in the package, and would bind ``scrape.crawl``
    to the subpackage for good whenever it is loaded before the function is asked for.
    The subpackage stays reachable as ``from scrape.crawl.pipeline import ...``."""

    def __setattr__(self, name: str, value: Any) -> None:
        if name in _SHADOWED and isinstance(value, types.ModuleType):
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
