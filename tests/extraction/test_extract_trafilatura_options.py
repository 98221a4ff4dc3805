"""The options trafilatura runs with in our extraction, built once and copied for each page,
are those ``bare_extraction`` builds from the arguments the extraction used to pass it."""

from __future__ import annotations

from typing import Any

import pytest
import trafilatura
import trafilatura.core
from trafilatura.settings import Extractor

from scrape.extraction.body.trafilatura_run import trafilatura_blocks, trafilatura_options

_PAGE = (
    "<html><body><article>"
    + "<p>The council voted on a new budget for schools and roads today.</p>" * 12
    + "</article></body></html>"
)


def _slots(options: Extractor) -> dict[str, Any]:
    return {name: getattr(options, name, None) for name in Extractor.__slots__}


@pytest.mark.parametrize("fast", [False, True])
@pytest.mark.parametrize(
    "url", [None, "https://example.org/a/", "https://bücher.example/ü?q=1", "https://x.org/\udcff"]
)
def test_the_options_are_those_bare_extraction_builds(
    url: str | None, fast: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    built: list[Extractor] = []
    sequence = trafilatura.core.trafilatura_sequence

    def capture(tree: Any, options: Extractor, url: str | None = None) -> Any:
        built.append(options)
        return sequence(tree, options, url)

    monkeypatch.setattr(trafilatura.core, "trafilatura_sequence", capture)
    trafilatura.bare_extraction(
        _PAGE,
        url=url,
        fast=fast,
        include_comments=False,
        include_tables=True,
        with_metadata=False,
        output_format="txt",
    )
    assert _slots(trafilatura_options(url, fast)) == _slots(built[0])


def test_each_page_gets_options_of_its_own() -> None:
    first = trafilatura_options("https://example.org/a/", False)
    second = trafilatura_options("https://example.org/b/", False)
    assert first is not second
    assert (first.url, second.url) == ("https://example.org/a/", "https://example.org/b/")


def test_the_blocks_are_those_of_the_arguments_form() -> None:
    blocks = trafilatura_blocks(_PAGE, "https://example.org/a/", fast=False)
    assert blocks
    assert all("council voted" in block for block in blocks)
