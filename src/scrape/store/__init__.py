"""The store: the one writer of the SQLite corpus (schema, frontier, fetch log, articles).

``from scrape.store import Store``. The name is resolved on first use, so a process that
needs only :mod:`~scrape.store.dedup` or :mod:`~scrape.store.archive` (an extraction
worker) does not load the database layer, which pulls in a data-frame library.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .database import Store

__all__ = ["Store"]


def __getattr__(name: str) -> Any:
    if name == "Store":
        return importlib.import_module(".database", __name__).Store
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
