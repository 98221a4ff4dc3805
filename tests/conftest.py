"""Shared fixtures: the bundled fixture news site on 127.0.0.1 and in-memory stores."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from scrape.cli.demo import FIXTURE_SITE, FixtureSite
from scrape.store.database import Store

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def fixture_site() -> Iterator[FixtureSite]:
    with FixtureSite(FIXTURE_SITE) as site:
        yield site


@pytest.fixture
def memory_store() -> Iterator[Store]:
    with Store(memory=True) as store:
        yield store
