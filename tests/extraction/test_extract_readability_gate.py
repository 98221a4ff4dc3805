"""The skip of trafilatura's readability run (``readability_gate``) never changes its answer:
saved real pages and generated ones give the same blocks with the skip and without it."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest
import trafilatura.core
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import html as lxml_html
from selectolax.lexbor import LexborHTMLParser

from scrape.extraction import readability_gate
from scrape.extraction.body import trafilatura_blocks
from scrape.extraction.guard import decode
from scrape.extraction.prune import prune

FIXTURES = Path(__file__).parents[1] / "fixtures"
# The saved pages, and every other page of the replayed sites (the whole set takes a while).
SAVED = [
    *sorted((FIXTURES / "pages").glob("*.html")),
    *sorted((FIXTURES / "replay").glob("*/*.html.gz"))[::2],
]


_DECIDE = readability_gate.readability_cannot_win


def _read(path: Path) -> str:
    data = path.read_bytes()
    return decode(gzip.decompress(data) if path.suffix == ".gz" else data)


def _pruned(html: str) -> str:
    tree = LexborHTMLParser(html)
    prune(tree)
    return tree.html or ""


class _Counted:
    """Counts the skips the gate decides, and can forbid them (the full comparison)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.skips = 0
        self.allowed = True

        def counted(*args: object) -> bool:
            skip = self.allowed and _DECIDE(*args)  # type: ignore[arg-type]
            self.skips += skip
            return skip

        monkeypatch.setattr(readability_gate, "readability_cannot_win", counted)

    def both(self, html: str) -> tuple[list[str], list[str]]:
        self.allowed = True
        gated = trafilatura_blocks(html, "https://example.org/a/", fast=False)
        self.allowed = False
        full = trafilatura_blocks(html, "https://example.org/a/", fast=False)
        return gated, full


def test_the_gate_sits_in_front_of_trafilaturas_comparison() -> None:
    # A trafilatura release that renames the step would leave the skip silently off.
    assert readability_gate.install()
    assert hasattr(trafilatura.core.compare_extraction, "gates")


def test_the_gate_is_off_outside_our_own_extraction(monkeypatch: pytest.MonkeyPatch) -> None:
    counted = _Counted(monkeypatch)
    html = _pruned(_read(SAVED[0]))
    trafilatura.bare_extraction(html, output_format="txt")
    assert counted.skips == 0


@pytest.mark.parametrize("path", SAVED, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_saved_pages_give_the_same_blocks_with_and_without_the_skip(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    counted = _Counted(monkeypatch)
    gated, full = counted.both(_pruned(_read(path)))
    assert gated == full


def test_the_skip_happens_on_most_saved_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    counted = _Counted(monkeypatch)
    sample = SAVED[::8]
    for path in sample:
        counted.allowed = True
        trafilatura_blocks(_pruned(_read(path)), None, fast=False)
    assert counted.skips >= len(sample) // 2


_WORDS = st.sampled_from(
    [
        "the",
        "council",
        "voted",
        "on",
        "a",
        "new",
        "budget",
        "for",
        "schools",
        "and",
        "roads",
        "today",
    ]
)
_SENTENCE = st.lists(_WORDS, min_size=3, max_size=40).map(lambda w: " ".join(w).capitalize() + ".")
_LINK = st.lists(_WORDS, min_size=1, max_size=4).map(lambda w: f'<a href="/x">{" ".join(w)}</a>')
_BLOCK = st.one_of(
    _SENTENCE.map(lambda s: f"<p>{s}</p>"),
    _SENTENCE.map(lambda s: f"<div>{s}</div>"),
    st.lists(_LINK, min_size=1, max_size=6).map(
        lambda ls: f"<ul><li>{'</li><li>'.join(ls)}</li></ul>"
    ),
    st.lists(_SENTENCE, min_size=1, max_size=4).map(
        lambda cells: f"<table><tr><td>{'</td><td>'.join(cells)}</td></tr></table>"
    ),
    _SENTENCE.map(lambda s: f"<h2>{s[:40]}</h2>"),
    st.lists(_SENTENCE, min_size=1, max_size=3).map(
        lambda ps: f'<div class="sidebar">{"".join(f"<p>{p}</p>" for p in ps)}</div>'
    ),
)
_PAGE = st.lists(
    st.tuples(st.sampled_from(["main", "aside", "div"]), st.lists(_BLOCK, max_size=8)),
    min_size=1,
    max_size=4,
).map(
    lambda sections: (
        "<html><head><title>T</title></head><body>"
        + "".join(f"<{tag}>{''.join(blocks)}</{tag}>" for tag, blocks in sections)
        + "</body></html>"
    )
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(page=_PAGE)
def test_generated_pages_give_the_same_blocks_with_and_without_the_skip(
    page: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    counted = _Counted(monkeypatch)
    gated, full = counted.both(page)
    assert gated == full


def test_a_comparison_step_of_another_shape_is_left_ungated(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # trafilatura 2.0's step also took the text's length.
    def compare_extraction(
        tree: object, backup: object, body: object, text: str, length: int, options: object
    ) -> None:
        raise AssertionError("never called")

    monkeypatch.setattr(trafilatura.core, "compare_extraction", compare_extraction)
    assert not readability_gate.install()
    assert trafilatura.core.compare_extraction is compare_extraction


def test_the_gate_sits_in_front_of_the_step_that_copies_the_page() -> None:
    assert readability_gate.install()
    assert hasattr(trafilatura.core._extract_and_compare, "gates")


def test_the_page_is_copied_only_for_a_comparison_that_runs(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    copies: list[object] = []
    real_copy = readability_gate.copy

    def counted_copy(tree: object) -> object:
        copies.append(tree)
        return real_copy(tree)

    monkeypatch.setattr(readability_gate, "copy", counted_copy)
    counted = _Counted(monkeypatch)
    html = _pruned(_read(SAVED[0]))
    trafilatura_blocks(html, "https://example.org/a/", fast=False)
    assert counted.skips >= 1
    assert not copies
    counted.allowed = False
    trafilatura_blocks(html, "https://example.org/a/", fast=False)
    assert copies


@pytest.mark.parametrize("path", SAVED[::3], ids=lambda p: f"{p.parent.name}/{p.name}")
def test_saved_pages_give_the_same_blocks_as_trafilaturas_own_step(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    html = _pruned(_read(path))
    gated = trafilatura_blocks(html, "https://example.org/a/", fast=False)
    step = trafilatura.core._extract_and_compare
    monkeypatch.setattr(trafilatura.core, "_extract_and_compare", step.gates)
    assert trafilatura_blocks(html, "https://example.org/a/", fast=False) == gated


def test_an_extraction_step_of_another_shape_is_left_as_it_is(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def _extract_and_compare(
        cleaned_tree: object, cleaned_tree_backup: object, tree: object, options: object
    ) -> None:
        "Another release: the comparison first."
        raise AssertionError("never called")

    monkeypatch.setattr(trafilatura.core, "_extract_and_compare", _extract_and_compare)
    assert readability_gate.install()
    assert trafilatura.core._extract_and_compare is _extract_and_compare


@pytest.mark.parametrize(
    "markup",
    [
        "<div><p>Text.</p></div>",
        "<div><p> </p></div>",
        "<div><p></p><p><b></b></p></div>",
        "<div><p><span>Inner</span></p></div>",
        "<div>Loose text<span>and more</span></div>",
        "<div><table><tr><td><p>Cell</p></td></tr></table></div>",
    ],
)
def test_the_paragraph_text_test_answers_as_trafilaturas_expression(markup: str) -> None:
    body = lxml_html.fragment_fromstring(markup)
    assert readability_gate._HAS_PARAGRAPH_TEXT(body) == bool(body.xpath(".//p//text()"))
