"""scrape: a polite news crawler and cleaning pipeline.

Stages, one module each, joined by frozen dataclasses::

    config.load_config -> discover -> fetch.Fetcher.fetch -> FetchedPage
                                   -> extract.extract -> Article -> store.Store
"""

import logging

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
