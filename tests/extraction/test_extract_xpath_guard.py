"""trafilatura's XPath expressions with guarded regex tests (``xpath_guard``) select exactly
what they select as they ship: on generated elements, and on saved real pages."""

from __future__ import annotations

import contextlib
import re
from pathlib import Path

import pytest
import trafilatura
import trafilatura.xpaths
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import html as lxml_html
from lxml.etree import XPath
from selectolax.lexbor import LexborHTMLParser

from scrape.extraction import xpath_guard
from scrape.extraction.body import trafilatura_blocks
from scrape.extraction.guard import decode
from scrape.extraction.prune import prune

FIXTURES = Path(__file__).parents[1] / "fixtures"
SAVED = sorted((FIXTURES / "pages").glob("*.html"))


def _guarded() -> list[xpath_guard.GuardedXPath]:
    return [
        expression
        for value in vars(trafilatura.xpaths).values()
        if isinstance(value, list)
        for expression in value
        if isinstance(expression, xpath_guard.GuardedXPath)
    ]


def _calls() -> list[tuple[xpath_guard.GuardedXPath, list[str], list[str]]]:
    """Each regex test of each guarded expression: the expression, the attributes the test
    reads, and the literal pieces of its pattern (the names most likely to flip it)."""
    calls = []
    for expression in _guarded():
        for call in xpath_guard._REGEX_TEST.finditer(expression.path):
            attributes = [a.strip().lstrip("@") for a in call["attrs"].split("|")]
            words = sorted({w for w in re.split(r"[^A-Za-z -]+", call["pattern"]) if w.strip()})
            calls.append((expression, attributes, words))
    return calls


_Element = tuple[str, dict[str, str], str]
_TAGS = st.sampled_from(["div", "p", "span", "section", "aside", "article", "main", "ul", "li"])


def _elements(attributes: list[str], words: list[str]) -> st.SearchStrategy[list[_Element]]:
    name = st.tuples(
        st.sampled_from(["", " ", "-", "_"]),
        st.lists(st.one_of(st.sampled_from(words), st.text("aAb-_ ", max_size=3)), max_size=3),
    ).map(lambda named: named[0].join(named[1]))
    attrs = st.dictionaries(
        st.sampled_from([*attributes, "id", "class", "style"]), name, max_size=3
    )
    element = st.tuples(_TAGS, attrs, st.sampled_from(["", "Text of the page.", "x"]))
    return st.lists(element, min_size=1, max_size=10)


def _document(elements: list[_Element]) -> str:
    """Half the elements nested in one another, the rest side by side."""
    nested = ""
    for tag, attributes, text in reversed(elements[: len(elements) // 2]):
        nested = f"<{tag}{_attrs(attributes)}>{text}{nested}</{tag}>"
    flat = "".join(
        f"<{tag}{_attrs(attributes)}>{text}</{tag}>"
        for tag, attributes, text in elements[len(elements) // 2 :]
    )
    return f"<html><body>{nested}{flat}</body></html>"


def _attrs(attributes: dict[str, str]) -> str:
    return "".join(f' {k}="{v}"' for k, v in attributes.items())


def test_trafilaturas_regex_tests_are_guarded() -> None:
    # A trafilatura release whose expressions no longer parse would leave the guard off.
    assert xpath_guard.install() >= 10
    assert all("re:test" in e.path for e in _guarded())


@pytest.mark.parametrize("call", _calls(), ids=lambda call: "|".join(call[1]) + ":" + call[2][0])
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_guarded_expressions_select_what_the_plain_ones_select(
    call: tuple[xpath_guard.GuardedXPath, list[str], list[str]], data: st.DataObject
) -> None:
    expression, attributes, words = call
    tree = lxml_html.fromstring(_document(data.draw(_elements(attributes, words))))
    assert expression.guarded(tree) == expression.plain(tree), expression.path


def test_a_pattern_that_matches_empty_text_is_left_as_it_is() -> None:
    # re:test on a missing attribute tests "": such a pattern is true there, and a guard
    # would make it false.
    path = ".//*[re:test(@class, 'x?')]"
    assert xpath_guard.guarded_path(path) == path
    tree = lxml_html.fromstring("<div><p>no class</p></div>")
    namespaces = {"re": xpath_guard.REGEXP_NS}
    plain = XPath(path, namespaces=namespaces)(tree)
    assert plain
    assert XPath(xpath_guard.guarded_path(path), namespaces=namespaces)(tree) == plain


def test_guarding_covers_every_attribute_the_test_reads() -> None:
    path = ".//*[re:test(@id|@class, 'ad-') or re:test(@class, 'x', 'i')]"
    assert xpath_guard.guarded_path(path) == (
        ".//*[((@id or @class) and re:test(@id|@class, 'ad-'))"
        " or ((@class) and re:test(@class, 'x', 'i'))]"
    )


def test_the_guarded_forms_run_only_inside_our_extraction(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[bool] = []
    for expression in _guarded():
        guarded = expression.guarded

        def counted(tree: object, _guarded: XPath = guarded, **variables: object) -> object:
            calls.append(True)
            return _guarded(tree, **variables)

        monkeypatch.setattr(expression, "guarded", counted)
    page = "<html><body><div class='post-content'>" + "<p>A sentence.</p>" * 30 + "</div>"
    trafilatura.bare_extraction(page + "</body></html>", output_format="txt")
    assert not calls
    trafilatura_blocks(page + "</body></html>", None, fast=False)
    assert calls


def _pruned(path: Path) -> str:
    tree = LexborHTMLParser(decode(path.read_bytes()))
    prune(tree)
    return tree.html or ""


@pytest.mark.parametrize("path", SAVED, ids=lambda p: p.name)
def test_saved_pages_give_the_same_blocks_with_and_without_the_guard(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    html = _pruned(path)
    guarded = trafilatura_blocks(html, "https://example.org/a/", fast=False)
    monkeypatch.setattr(xpath_guard, "gated", contextlib.nullcontext)
    assert trafilatura_blocks(html, "https://example.org/a/", fast=False) == guarded


def test_a_guarded_expression_selecting_text_gives_strings_that_know_their_element() -> None:
    # The guarded forms run without smart strings; an expression that selects text is
    # answered by its smart form, as trafilatura's callers may ask a string for its element.
    path = ".//p[re:test(@class, 'lead')]/text()"
    plain = XPath(path, namespaces={"re": xpath_guard.REGEXP_NS})
    expression = xpath_guard.GuardedXPath(plain, *xpath_guard.compile_guarded(path))
    tree = lxml_html.fromstring("<div><p class='lead'>First.</p><p>Second.</p></div>")
    with xpath_guard.gated():
        found = expression(tree)
    assert found == ["First."]
    assert found[0].getparent().tag == "p"
    with xpath_guard.gated():
        elements = xpath_guard.GuardedXPath(
            XPath(".//p[re:test(@class, 'lead')]", namespaces={"re": xpath_guard.REGEXP_NS}),
            *xpath_guard.compile_guarded(".//p[((@class) and re:test(@class, 'lead'))]"),
        )(tree)
    assert [p.text for p in elements] == ["First."]
