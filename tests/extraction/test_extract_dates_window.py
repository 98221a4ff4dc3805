"""The byline window's walks from the headline (text above it read backwards, text from it on)
visit exactly the text nodes a walk of the whole body from the top visits, in order, whatever
the markup and wherever the headline sits."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from selectolax.lexbor import LexborHTMLParser, LexborNode

from scrape.extraction.dates.shown import _text_nodes_before, _text_nodes_from, shown_dates

PAGES = Path(__file__).parents[1] / "fixtures" / "pages"

_TAGS = ("div", "p", "span", "h1", "h2", "header", "time", "a", "ul", "li", "script", "em")
_WORDS = st.sampled_from(["", " ", "\n  ", "Mai 2021", "3. März 2024", "By Ann", "x", "<!-- c -->"])


def _markup(depth: int = 3) -> st.SearchStrategy[str]:
    if depth == 0:
        return _WORDS
    child = _markup(depth - 1)
    element = st.tuples(st.sampled_from(_TAGS), st.lists(child, max_size=4)).map(
        lambda pair: f"<{pair[0]}>{''.join(pair[1])}</{pair[0]}>"
    )
    return st.one_of(_WORDS, element)


def _top_down(body: LexborNode) -> list[LexborNode]:
    return [n for n in body.traverse(include_text=True)]


def _check_every_element(tree: LexborHTMLParser) -> None:
    body = tree.body
    assert body is not None
    order = _top_down(body)
    ids = [n.mem_id for n in order]
    for at, node in enumerate(order):
        if node.is_text_node:
            continue
        above = [n.mem_id for n in order[:at] if n.is_text_node]
        below = [n.mem_id for n in order[at:] if n.is_text_node]
        assert [n.mem_id for n in _text_nodes_before(node, body)] == above[::-1], ids
        assert [n.mem_id for n in _text_nodes_from(node, body)] == below, ids


@given(st.lists(_markup(), min_size=1, max_size=5))
def test_walks_from_any_element_match_the_walk_from_the_top(parts: list[str]) -> None:
    _check_every_element(LexborHTMLParser("<html><body>" + "".join(parts) + "</body></html>"))


def test_walks_from_any_element_of_saved_pages_match_the_walk_from_the_top() -> None:
    for name in ("date_above_headline.html", "jsonld_newsarticle.html", "td_newspaper.html"):
        _check_every_element(LexborHTMLParser((PAGES / name).read_text(encoding="utf-8")))


def test_a_headline_outside_the_body_has_no_byline_window() -> None:
    tree = LexborHTMLParser(
        "<html><head><title>Le 3 mai 2021</title></head><body><p>3 mai 2021</p></body></html>"
    )
    assert shown_dates(tree, tree.css_first("title")) == []


def test_the_window_above_the_headline_ends_where_the_page_starts() -> None:
    tree = LexborHTMLParser(
        "<html><body><span>12. Mai 2021</span><h1>Die Bahn fährt wieder</h1>"
        "<p>Von Anna Weber</p></body></html>"
    )
    found = shown_dates(tree, tree.css_first("h1"))
    assert [(d.value.date().isoformat(), d.distance, d.after) for d in found] == [
        ("2021-05-12", 13, False)
    ]
