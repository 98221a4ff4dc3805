"""The cheap forms of the per-block text work (normal forms, inline debris, spacing, the
newsletter test, placing units among trafilatura's blocks, the pruner's class-name reading)
say exactly what their plain definitions say, on any text."""

from __future__ import annotations

import html
import re
import unicodedata
from unittest import mock
from urllib.parse import urlsplit

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from selectolax.lexbor import LexborHTMLParser, LexborNode

from scrape.extraction import guard
from scrape.extraction import wording as wording_module
from scrape.extraction.authors.common import NOT_SHOWN
from scrape.extraction.authors.element_names import visible_texts
from scrape.extraction.authors.labels import WRITER_LABEL, has_writer_label
from scrape.extraction.blocks import BLOCK_TAGS, normalise
from scrape.extraction.body import (
    clean_blocks,
    cleaning,
    placing,
    trafilatura_blocks,
    trafilatura_run,
)
from scrape.extraction.body.placing import place
from scrape.extraction.body.prompts import is_newsletter_pitch
from scrape.extraction.dom import UNSHOWN_TAGS, ancestors, attr_text, text_units
from scrape.extraction.extractor import extract
from scrape.extraction.guard import decode, max_depth, nests_too_deep
from scrape.extraction.prune import prune
from scrape.extraction.prune.common import HIDDEN
from scrape.extraction.prune.core import _FURNITURE_TOKEN, _furniture_token, _within
from scrape.extraction.prune.hidden import inside_hidden
from scrape.extraction.prune.links import internal_links
from scrape.extraction.prune.teasers import _elements_outside
from scrape.extraction.wording import is_furniture_block, strip_inline_furniture

# Letters, punctuation, spaces of several kinds, and the characters a case-blind search
# takes for ASCII letters ("İ", "ı", "ſ").
_TEXTS = st.text(
    alphabet=st.sampled_from(list("aZé中_-.!?«» \t\n\u00a0\u200b\u2003İıſ5٣")), max_size=30
)
_DEBRIS = st.lists(
    st.sampled_from(
        [
            *("-", " ", "Advertisement", "ADVERTİSEMENT", "adverti\u017fement", "spot_img"),
            *("SPOT_ıMG", "ment", "_", "mg", "x", "\n", "Rates rose."),
        ]
    ),
    max_size=8,
).map("".join)


@given(_TEXTS)
def test_normal_form_strips_exactly_the_punctuation_and_spaces_at_both_ends(text: str) -> None:
    spaced = " ".join(unicodedata.normalize("NFKC", text).casefold().split())
    assert normalise(text) == re.sub(r"^[\W_]+|[\W_]+$", "", spaced)


def test_normal_form_of_text_all_punctuation_is_empty() -> None:
    assert normalise(" -- _ ! ") == ""
    assert normalise("« Le Monde », 12 mai…") == "le monde », 12 mai"


@given(_DEBRIS)
def test_inline_debris_goes_wherever_the_case_blind_pattern_finds_it(text: str) -> None:
    pattern = r"-\s*Advertisement\s*-\s*(?:spot_img)?|\bspot_img\b"
    assert strip_inline_furniture(text) == re.sub(pattern, "", text, flags=re.IGNORECASE)


def test_inline_debris_is_removed_and_prose_is_untouched() -> None:
    debris = "Rates rose. - ADVERTISEMENT - The bank"
    assert strip_inline_furniture(debris) == "Rates rose. The bank"
    assert strip_inline_furniture("The payment - a fee - rose") == "The payment - a fee - rose"


@given(_TEXTS)
def test_runs_of_spaces_become_one_space_and_lines_stay_apart(text: str) -> None:
    plain = re.sub(r"[ \t\r\f\v\u00a0\u200b]+", " ", text)
    assert cleaning._WS.sub(" ", text) == plain
    assert cleaning._single_spaced(text) == plain


def test_spacing_inside_blocks_is_collapsed_but_line_breaks_are_kept() -> None:
    blocks = clean_blocks(
        ["The council\t\u00a0met  on Tuesday\u200bevening.\nIt voted\t for the plan."], title=None
    )
    assert blocks == ["The council met on Tuesday evening.\nIt voted for the plan."]


def test_newsletter_pitch_is_found_in_any_case_and_news_about_newsletters_is_not() -> None:
    assert is_newsletter_pitch("SIGN UP for our NEWSLETTER to get the news in your inbox.")
    assert is_newsletter_pitch("Subscribe to our Newſletter, delivered to you weekly.")
    assert not is_newsletter_pitch("Residents can sign up for the council's newsletter.")
    assert not is_newsletter_pitch("Sign up for our weekly briefing in your inbox.")


def _units(html: str) -> list:
    root = LexborHTMLParser(html).body
    assert root is not None
    return text_units(root)


_LONG = " ".join(f"word{i}" for i in range(60))


@given(
    st.text(alphabet=st.sampled_from([*"aZz09_-.,'’ \t\n\x1f\x7f@[`{", *"éß中İıſ٣\u00a0\u2003"]))
    | st.text(alphabet=st.characters(max_codepoint=127))
)
def test_the_words_of_a_text_are_its_case_folded_word_runs(text: str) -> None:
    assert placing._words(text) == " ".join(re.findall(r"\w+", text.casefold()))


# The caption-credit rule as one pattern searched on every line of up to 40 words.
_CREDIT_LINE = re.compile(
    r"(?:^|[|.,;(]\s*|\s)(?:picture|photo(?:graph)?|image|credit|courtesy|foto|bild|"
    r"quelle|crédit|crédito|fotografía|imagen|afbeelding|zdjęcie)s?"
    r"(?:\s+(?:by|via|von|de|di))?\s*[:©]"
    r"\s*[\w .,&/'©-]{2,40}\)?$|\|\s*photo\s+by\s+[\w .,&'-]{2,40}$"
    r"|^\(?(?:bild|foto|photo|image)\s+via\s+[\w .,&/'-]{2,40}\)?$",
    re.IGNORECASE,
)
_CAPTIONS = st.lists(
    st.sampled_from(
        [
            *("Photo", "PHOTOS", "İmage", "credit", "Bild", "foto", " via ", " by ", " von "),
            *(":", "©", "|", "(", ")", " ", "\u2003", "Jane Roe", "AP", ".", "-", "x" * 45),
        ]
    ),
    max_size=10,
).map("".join)


@given(_CAPTIONS)
@example("The harbour at dawn | Photo by Jane Roe")
@example("The harbour at dawn. Photo: AP")
@example("(Bild via Jane Roe)")
@example("Image courtesy © Jane Roe")
def test_a_credit_line_is_found_exactly_where_the_whole_pattern_finds_it(text: str) -> None:
    others = [rule for rule, _, _ in wording_module._FURNITURE_LINES[:3]]
    others += [wording_module._FURNITURE_LINES[-1][0], wording_module.COPYRIGHT_LINE]
    if any(rule.search(text) for rule in others) or wording_module._sign_off(text.strip()):
        return  # another rule's line ("(foto)" reads as a writer's bracketed initials)
    expected = len(text.split()) <= 40 and _CREDIT_LINE.search(text) is not None
    assert wording_module.is_furniture_line(text) == expected


def test_units_are_placed_in_the_block_that_returned_them() -> None:
    blocks = [_LONG, "The harbour council met on Tuesday evening.", "Closing line of the text."]
    units = _units(
        f"<p>{_LONG}</p><p>Share</p><p>The harbour council met on Tuesday evening.</p>"
        "<p>A caption trafilatura left out of its text.</p><p>Closing line of the text.</p>"
    )
    # "Share" is nowhere in the blocks; the caption's first words are not either.
    assert place(blocks, units) == [0, None, 1, None, 2]


def test_a_short_line_is_placed_only_near_the_last_passage_placed() -> None:
    far = " ".join(f"filler{i}" for i in range(80))  # over 400 characters
    blocks = [_LONG, far, "Read more"]
    units = _units(f"<p>{_LONG}</p><p>Read more</p>")
    # Found, but far ahead of where the text has got to: a repeat, not this line.
    assert place(blocks, units) == [0, None]
    near = _units(f"<p>{_LONG}</p><p>{far}</p><p>Read more</p>")
    assert place(blocks, near) == [0, 1, 2]


def test_a_short_line_is_looked_for_up_to_exactly_400_characters_ahead() -> None:
    units = _units(f"<p>{_LONG}</p><p>Read more</p>")
    # The line's leading space sits one past the pointer, after the filler word.
    for filler, placed in ((399, 2), (400, None)):
        assert place([_LONG, "y" * filler, "Read more"], units) == [0, placed]


def test_a_unit_returned_elsewhere_in_other_pieces_is_a_copy() -> None:
    copy = " ".join(_LONG.split()[10:30])
    blocks = [_LONG]
    # Its first four words start no run of the text at the pointer, yet they are all
    # returned: a second copy (-1); an unseen line is left out (None).
    units = _units(f"<p>{_LONG}</p><p>{copy}</p><p>Never returned by the extractor at all.</p>")
    assert place(blocks, units) == [0, -1, None]


def test_elements_sharing_a_class_name_are_all_pruned() -> None:
    items = "".join(
        f"<div class='share-bar'>Share this story about item {i} with your friends</div>"
        for i in range(3)
    )
    paragraph = (
        "<p>The harbour council met on Tuesday evening and agreed that the ferry timetable "
        "needs a second review before the summer season starts on the island.</p>"
    )
    tree = LexborHTMLParser(f"<html><body><article>{paragraph * 3}{items}</article></body></html>")
    prune(tree)
    html = tree.html or ""
    assert "share-bar" not in html
    assert html.count("harbour council") == 3


def test_a_body_of_bare_text_gives_its_lines(monkeypatch) -> None:
    # trafilatura's fallback extractors may return text set straight in the body element.
    from lxml import etree

    body = etree.Element("body")
    body.text = "First line of the text.\n\n  Second line.  "

    class _Document:
        pass

    document = _Document()
    document.body = body  # type: ignore[attr-defined]
    monkeypatch.setattr(trafilatura_run.trafilatura, "bare_extraction", lambda *a, **k: document)
    assert trafilatura_blocks("<html></html>", None, fast=False) == [
        "First line of the text.",
        "Second line.",
    ]


@given(
    st.text(
        alphabet=st.sampled_from(
            [*"aé中 \t\n\r<>", *map(chr, range(0x20)), "\x7f", "\ufffe", "\uffff", "\ufffd"]
        )
    )
)
def test_decoding_drops_exactly_the_control_characters_the_plain_pattern_finds(text: str) -> None:
    assert decode(text) == re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]", "", text)


_TAGS = st.lists(
    st.sampled_from(["<div>", "</div>", "<p>", "<span>", "</span>", "<br>", "<li>", "<b/>"])
    | st.sampled_from(["<!-- x -->", "a < b", "</p>", "<A HREF='/'>", "</a>", "text"]),
    max_size=40,
).map("".join)


@given(_TAGS, st.integers(min_value=0, max_value=12))
def test_nesting_guard_skips_the_scan_only_where_the_scan_finds_no_excess(
    html: str, limit: int
) -> None:
    assert nests_too_deep(html, limit) == (max_depth(html, limit) > limit)


@given(_TAGS, st.integers(min_value=0, max_value=12), st.integers(min_value=1, max_value=30))
def test_nesting_guard_read_in_pieces_stops_only_where_the_rest_cannot_go_past_the_limit(
    html: str, limit: int, piece: int
) -> None:
    # Pieces of a few characters: the page is read in many of them, and the guard gives up
    # the scan as early as the start tags left allow.
    with mock.patch.object(guard, "_PIECE_CHARS", piece):
        assert nests_too_deep(html, limit) == (max_depth(html, limit) > limit)


# Nested markup of the kinds prune reads: hidden containers (by attribute or style),
# paragraphs, list items, furniture class names, links, headings.
_OPENINGS = st.sampled_from(
    [
        "<div>",
        "<div hidden>",
        "<div style='display:none'>",
        "<section style='color:red; display: none'>",
        "<span hidden>",
        "<p>",
        "<li>",
        "<ul class='related-posts'>",
        "<nav>",
        "<div class='menu'>",
        "<h2>",
        "<a href='/other-story/'>",
    ]
)
_MARKUP = st.lists(
    _OPENINGS | st.sampled_from(["</div>", "</p>", "</li>", "</ul>", "</span>", "</a>", "text"]),
    max_size=30,
).map("".join)


@given(_MARKUP, st.booleans())
def test_elements_inside_hidden_ones_are_what_the_descendant_selector_finds(
    markup: str, html_hidden: bool
) -> None:
    html = f"<html{' hidden' * html_hidden}><body>{markup}</body></html>"
    body = LexborHTMLParser(html).body
    assert body is not None
    selector = ", ".join(f"{h} {t}" for h in HIDDEN.split(", ") for t in ("p", "div", "li"))
    assert inside_hidden(body) == {n.mem_id for n in body.css(selector)}


def _plain_walk(body: LexborNode, take: set[str]) -> list[int]:
    """Elements in document order, by hand: a stack of element children, not descending
    into an element whose tag is in ``take``."""
    order = []
    stack = [body]
    while stack:
        node = stack.pop()
        order.append(node.mem_id)
        if node.tag in take:
            continue
        stack.extend(reversed([kid for kid in node.iter() if kid.is_element_node]))
    return order


@given(_MARKUP, st.sets(st.sampled_from(["div", "p", "li", "ul", "nav", "h2", "a", "span"])))
def test_the_walk_past_taken_elements_is_the_plain_walk_that_skips_them(
    markup: str, take: set[str]
) -> None:
    body = LexborHTMLParser(f"<html><body>{markup}<p>after</p></body></html>").body
    assert body is not None
    taken: set[int] = set()
    order = []
    for node in _elements_outside(body, taken):
        order.append(node.mem_id)
        if node.tag in take:
            taken.add(node.mem_id)
    assert order == _plain_walk(body, take)


@given(
    st.text(alphabet=st.sampled_from(list(" \t\n\r\x0b\x0c\x1c\x85\u00a0\u2003\u3000\u200bé5٣-")))
)
def test_a_text_node_is_skipped_by_the_date_search_exactly_when_it_has_no_words(
    raw: str,
) -> None:
    # shown_dates skips the markup's indentation before collapsing the text's spaces.
    assert (not raw or raw.isspace()) == (not " ".join(raw.split()))


@given(_MARKUP)
def test_the_text_nodes_the_date_search_reads_are_those_lexbor_tags_as_text(markup: str) -> None:
    body = LexborHTMLParser(f"<body><!-- c -->{markup}<?pi x?></body>").body
    assert body is not None
    nodes = list(body.traverse(include_text=True))
    assert [n.is_text_node for n in nodes] == [n.tag == "-text" for n in nodes]


_BYLINE_MARKUP = st.lists(
    st.sampled_from(
        [
            *("<p>", "</p>", "<span>", "</span>", "<div>", "</div>", "<br>", "<style>p{}</style>"),
            *("<script>x = {text: 1}</script>", "Author", "Text", ":", "：", " Jane Doe", "and"),
            *("\n  ", "  ", "\u00a0", "\t\n", "By"),
        ]
    ),
    max_size=25,
).map("".join)


def _plain_visible_text(node: LexborNode) -> str:
    """Every shown text node's text, one line each, blank ones too."""
    return "\n".join(
        item.text_content or ""
        for item in node.traverse(include_text=True)
        if item.tag == "-text" and (item.parent is None or item.parent.tag not in NOT_SHOWN)
    )


@given(_BYLINE_MARKUP)
def test_the_author_search_reads_the_same_lines_and_labels_without_blank_text_nodes(
    markup: str,
) -> None:
    body = LexborHTMLParser(f"<html><body>{markup}</body></html>").body
    assert body is not None
    fast, plain = "\n".join(visible_texts(body)), _plain_visible_text(body)

    def lines(text: str) -> list[str]:
        return [t for t in (" ".join(x.split()) for x in text.split("\n")) if t]

    assert lines(fast) == lines(plain)
    has_label = has_writer_label
    assert has_label(fast) == has_label(plain)


def _plain_units(root: LexborNode) -> list[tuple[int, str, int, bool]]:
    """:func:`text_units` by hand: a recursive walk carrying each element's block and
    whether it is in a link or a figure, its text collapsed per run of a block (a run
    ends where a block it holds begins, and at a blank line: two <br> with only blanks
    between)."""
    parts: dict[tuple[int, int], list[str]] = {}
    links: dict[tuple[int, int], int] = {}
    firsts: dict[tuple[int, int], tuple[int, bool]] = {}
    run: dict[int, int] = {}
    # Whether a run's text so far ends in a <br> and blanks.
    broken: dict[tuple[int, int], bool] = {}

    def walk(node: LexborNode, block: LexborNode, link: bool, figure: bool) -> None:
        for kid in node.iter(include_text=True):
            tag = kid.tag or ""
            key = (block.mem_id, run.get(block.mem_id, 0))
            if tag == "-text":
                text = kid.text_content or ""
                if key not in parts and not text.strip():
                    continue
                parts.setdefault(key, []).append(text)
                broken[key] = broken.get(key, False) and not text.strip()
                firsts.setdefault(key, (block.mem_id, figure))
                links[key] = links.get(key, 0) + link * len(text.strip())
            elif tag == "br":
                if key in parts and broken.get(key):
                    # The second <br> of a blank line: another paragraph begins.
                    run[block.mem_id] = key[1] + 1
                elif key in parts:
                    parts[key].append(" ")
                    broken[key] = True
            elif not tag.startswith("-") and tag not in UNSHOWN_TAGS:
                if tag in BLOCK_TAGS and key in parts:
                    run[block.mem_id] = key[1] + 1
                inner = kid if tag in BLOCK_TAGS else block
                in_figure = tag == "figure" or (figure and tag != "blockquote")
                walk(kid, inner, link or tag == "a", in_figure)

    walk(root, root, False, False)
    found = []
    for key, pieces in parts.items():
        text = " ".join("".join(pieces).split())
        if text:
            found.append((firsts[key][0], text, links[key], firsts[key][1]))
    return found


_UNIT_MARKUP = st.lists(
    st.sampled_from(
        [
            *("<div>", "</div>", "<p>", "</p>", "<span>", "</span>", "<a href='/x'>", "</a>"),
            *("<figure>", "</figure>", "<blockquote>", "</blockquote>", "<li>", "<br>"),
            "<br/><br/>",
            *("<script>var x = 1;</script>", "<svg><text>icon</text></svg>", "<!-- note -->"),
            *("<h2>", "</h2>", "Rates rose.", " the council ", "\n  ", "\u00a0", "word"),
        ]
    ),
    max_size=30,
).map("".join)


@given(_UNIT_MARKUP)
def test_text_units_are_the_plain_walk_of_blocks_links_and_figures(markup: str) -> None:
    body = LexborHTMLParser(f"<html><body>{markup}</body></html>").body
    assert body is not None
    units = [(u.node.mem_id, u.text, u.link_chars, u.in_figure) for u in text_units(body)]
    assert units == _plain_units(body)


_TAG_SETS = st.sets(st.sampled_from(["div", "p", "li", "ul", "nav", "h2", "a", "span", "section"]))


@given(_MARKUP, _TAG_SETS, _TAG_SETS)
def test_the_remembered_ancestor_walk_agrees_with_the_plain_one_as_marks_are_added(
    markup: str, marked_first: set[str], marked_on_the_way: set[str]
) -> None:
    # As prune uses it: some elements marked before the walk (hidden ones), more marked as
    # the walk reaches them, in document order.
    body = LexborHTMLParser(f"<html><body>{markup}</body></html>").body
    assert body is not None
    elements = body.css("*")
    marked = {n.mem_id for n in elements if n.tag in marked_first}
    walked: dict[int, bool] = {}
    for node in elements:
        plain = any(a.mem_id in marked for a in ancestors(node))
        assert _within(node, marked, walked) == plain
        if not plain and node.tag in marked_on_the_way:
            marked.add(node.mem_id)


@given(_BYLINE_MARKUP)
@example("<span>Jane Doe</span>Author: Jane Doe")
@example("<p>Text</p><script>x = {text: 1}</script>  Author\u00a0:")
def test_lexbors_text_shows_a_label_wherever_the_label_walk_would_find_one(markup: str) -> None:
    # _labelled tests lexbor's text before walking every text node: the test must hold for
    # every page where the walk finds a label.
    body = LexborHTMLParser(f"<html><body>{markup}</body></html>").body
    assert body is not None
    found = any(
        WRITER_LABEL.match(" ".join((item.text_content or "").split()))
        for item in body.traverse(include_text=True)
        if item.tag == "-text" and (item.parent is None or item.parent.tag not in NOT_SHOWN)
    )
    text = body.text(deep=True, separator="\n", skip_empty=True)
    assert has_writer_label(text) or not found


_NAMES = st.none() | st.lists(
    st.sampled_from(
        [*("ad", "AD", "Share", "main", "nav", "bar", "more-articles", "x", "İ", "ß", "-ad")],
    )
    | st.sampled_from(["-", "_", " ", "\t", "ſ", "1"]),
    max_size=6,
).map("".join)


@given(st.lists(st.tuples(_NAMES, _NAMES), min_size=1, max_size=6))
@example([("main", "ad"), ("main ad", None)])
@example([("bar", "x-share"), ("", "bar")])
def test_the_furniture_token_is_the_one_found_in_the_class_and_id_read_together(
    names: list[tuple[str | None, str | None]],
) -> None:
    # The class and the id are searched apart (and the answers kept per page): the token
    # found is the one the pattern finds in both read together, up to its separator.
    markup = "".join(
        "<div"
        + "".join(
            f' {key}="{html.escape(value)}"'
            for key, value in (("class", classes), ("id", ident))
            if value is not None
        )
        + "></div>"
        for classes, ident in names
    )
    body = LexborHTMLParser(f"<body>{markup}</body>").body
    assert body is not None
    seen: dict[str, str | None] = {}
    for node in body.css("div"):
        plain = _FURNITURE_TOKEN.search(attr_text(node))
        token = _furniture_token(node, seen)
        assert (token is None) == (plain is None)
        if token is not None and plain is not None:
            assert token.strip(" _-\t\n") == plain.group(0).strip(" _-\t\n")


_HREFS = st.sampled_from(
    [
        *("/news/a/", "//example.com/b", "//other.org/c", "https://www.example.com/d"),
        *("HTTP://Example.com:8080/e", "https://other.org/f", "https://[bad", "#top"),
        *(" mailto:a@example.com", "tel:123", "javascript:void(0)", "", "  ", "page.html"),
        *("/\t/other.org/g", "?page=2", "ftp://example.com/h"),
    ]
)


def _plain_internal_links(node: LexborNode, host: str | None) -> list[int]:
    found = []
    for a in node.css("a[href]"):
        href = (a.attributes.get("href") or "").strip()
        if not href or href.startswith(("#", "mailto:", "tel:", "javascript:")):
            continue
        try:
            netloc = urlsplit(href).netloc
        except ValueError:
            netloc = ""
        bare = netloc.casefold().split(":")[0].removeprefix("www.")
        if netloc and (host is None or bare != host):
            continue
        found.append(a.mem_id)
    return found


@given(st.lists(_HREFS, max_size=8), st.sampled_from([None, "example.com", "other.org"]))
def test_the_internal_links_are_those_the_plain_address_reading_finds(
    hrefs: list[str], host: str | None
) -> None:
    # Each address is read once for all the rules that ask (a cache by address and host).
    links = "".join(f'<a href="{html.escape(href)}">x</a><a>y</a>' for href in hrefs)
    body = LexborHTMLParser(f"<body><div>{links}</div></body>").body
    assert body is not None
    for _ in range(2):
        assert [a.mem_id for a in internal_links(body, host)] == _plain_internal_links(body, host)


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("dpa-AFX/bek/DP/mis", True),
        ("(dpa/lno)", True),
        ("AFP/fg/bfi", True),
        ("Reuters/jb", True),
        # Slashed words of the text are not codes.
        ("TCP/IP", False),
        ("km/h", False),
        ("and/or", False),
        ("Ein/Aus", False),
    ],
)
def test_a_wire_routing_code_is_furniture(line: str, furniture: bool) -> None:
    assert wording_module.is_furniture_line(line) is furniture


def test_a_wire_story_closes_without_its_routing_code() -> None:
    paragraph = (
        "Der Ifo-Geschäftsklimaindex sank im Dezember auf 84,7 Punkte, teilte das Institut am "
        "Montag in München mit. Ökonomen hatten mit einem leichten Anstieg gerechnet."
    )
    html = (
        "<html lang='de'><head><title>Ifo-Index sinkt erneut</title></head><body><article>"
        f"<h1>Ifo-Index sinkt erneut</h1><p>{paragraph}</p><p>{paragraph} Zweitens.</p>"
        f"<p>{paragraph} Drittens.</p><p>dpa-AFX/bek/DP/mis</p></article></body></html>"
    )
    body = extract(html, "https://www.boerse.example/news/ifo-index-sinkt-erneut-123").body
    assert body.endswith("Drittens.")


def test_a_blocks_text_on_both_sides_of_a_block_it_holds_is_two_units() -> None:
    body = LexborHTMLParser(
        "<html><body><div>The lead, loose in its div. <p>A paragraph.</p> The tail, loose too."
        "<div>A box.</div> And a last line.</div></body></html>"
    ).body
    assert body is not None
    units = text_units(body)
    assert [u.text for u in units] == [
        "The lead, loose in its div.",
        "A paragraph.",
        "The tail, loose too.",
        "A box.",
        "And a last line.",
    ]
    assert [u.node.tag for u in units] == ["div", "p", "div", "div", "div"]


def test_a_blank_line_ends_a_paragraph_and_a_single_break_does_not() -> None:
    body = LexborHTMLParser(
        "<html><body><div>First paragraph.<br />\n<br />Second one,<br>on two lines."
        "<br><br><br>Third.<b>Bold</b>\n<br>and on.</div></body></html>"
    ).body
    assert body is not None
    assert [u.text for u in text_units(body)] == [
        "First paragraph.",
        "Second one, on two lines.",
        "Third.Bold and on.",
    ]


_SENTENCES = (
    "The council met on Tuesday to weigh the budget for the coming year and its cuts.",
    "Residents filled the hall and many of them asked about the closure of the pool.",
    "The mayor said the pool would stay open through the summer months at the least.",
    "A vote on the plan is expected next month after a second round of hearings.",
)


def test_article_text_loose_after_a_photo_is_kept() -> None:
    # A CMS's image block between paragraphs, and the next paragraph set as bare text
    # after it (then an empty <p>): trafilatura drops that text when the paragraph before
    # the photo ends in a <br>; it is a run of the article element's own text.
    def paragraph(i: int, br: bool = False) -> str:
        return f"<p>\n{' '.join(_SENTENCES[i:] + _SENTENCES[:i])}{' <br>' if br else ''}\n</p>\n"

    photo = (
        "<div uk-lightbox class='uk-position-relative content-image-center'>"
        "<a href='/img/3-big.jpg' title='The hall'><span class='button-enlarge'> click to"
        " enlarge </span><img src='/img/3.jpg' alt='The hall'></a><div class='caption-block'>"
        "<div class='image-credit'> Jo Doe </div><div class='image-caption'> The hall on"
        " Tuesday. </div></div></div>"
    )
    loose = (
        "Ultimately, the council and the residents agreed on the pool, their biggest redress"
        " being its summer hours."
    )
    text = (
        f"{paragraph(0)}{paragraph(1)}{paragraph(2, br=True)}{photo} {loose} <p></p>{paragraph(3)}"
    )
    page = (
        "<html><head><title>Council weighs budget</title></head><body><article>"
        f"<h1>Council weighs budget</h1><div class='content-body'>{text}</div></article>"
        "</body></html>"
    )
    body = extract(page, "https://example.com/news/council-budget/").body
    assert loose in body.split("\n\n")
    assert "The hall on Tuesday." not in body


def test_the_lead_of_paragraphs_set_apart_by_blank_lines_is_kept() -> None:
    # An older CMS writes the story as bare text after a photo box, its paragraphs split
    # by <br /><br />: trafilatura drops the first paragraph (the lead).
    lead = (
        "FRANKFURT - The return of travel gave the airport operator the most lucrative"
        " quarter in its history, with as many passengers abroad as before the pandemic."
    )
    paragraphs = "<br /><br />".join(
        (lead, *(" ".join(_SENTENCES[i:] + _SENTENCES[:i]) for i in range(4)))
    )
    related = "".join(
        f"<li><a href='/news-{i}/Airport.html'>Airport story number {i} of the week</a></li>"
        for i in range(3)
    )
    media = (
        "<div class='media_box'><div><a href='/pics/p_1.jpg' class='highslide'>"
        "<img src='/pics/m_1.jpg' alt='Airport'></a><br/><span class='cr2'>The airport,"
        " <span class='cr'>© Airport AG</span></span></div>"
        f"<h4>Related topics</h4><ul class='list'>{related}</ul></div>"
    )
    page = (
        "<html><head><title>Airport earns more than ever</title></head><body>"
        "<div class='article'><div class='supertitle'><h5>Airports</h5>"
        "<div class='date'>12:03 Uhr</div></div><h1>Airport earns more than ever</h1>"
        f"<div class='article-content'>{media}<div class='cr'></div>{paragraphs}<br /><br />"
        "</div></div></body></html>"
    )
    body = extract(page, "https://www.example.de/news-4621/Airport-earns.html").body
    assert body.split("\n\n")[:2] == [lead, " ".join(_SENTENCES)]


@pytest.mark.parametrize(
    "label", ["Verwandte Themen", "Also Read", "Lesen Sie auch:", "Read more", "Related"]
)
def test_a_teaser_heading_left_alone_in_the_text_is_dropped(label: str) -> None:
    # The heading over a box of related links, the links gone as a link list: the
    # heading alone is no part of the story, wherever it is left.
    links = "".join(
        f"<li><a href='/news/{i}.html'>Another story about the council number {i}</a></li>"
        for i in range(3)
    )
    related = f"<div class='box'><h4>{label}</h4><ul class='list'>{links}</ul></div>"
    paragraphs = "".join(f"<p>{' '.join(_SENTENCES[i:] + _SENTENCES[:i])}</p>" for i in range(4))
    page = (
        "<html><head><title>Council weighs budget</title></head><body><article>"
        f"<h1>Council weighs budget</h1><div class='text'>{related}{paragraphs}</div>"
        "</article></body></html>"
    )
    body = extract(page, "https://example.de/news/council-budget.html").body
    assert label not in body
    assert body.startswith(_SENTENCES[0])
    # A sub-heading that only begins with such a word is the story's own.
    assert not is_furniture_block("Related coverage of the war in the east")


@pytest.mark.parametrize(
    "line",
    [
        "Günstigster Preis: 879,00 € bei Händler A · Alle Angebote anzeigen",
        "Best price: $499 at Amazon · See all deals",
        "Meilleur prix : 349 € chez Boulanger",
        "Preisvergleich: Solvara S2",
    ],
)
def test_a_shop_widgets_price_lines_are_furniture(line: str) -> None:
    assert is_furniture_block(line)


@pytest.mark.parametrize(
    "line",
    [
        "Aus dem Französischen von Ursula Kämmerer",
        "Aus dem Englischen übersetzt von Jan Koch",
        "Translated from the Spanish by Jane Doe",
        "Traduit de l’anglais par Marie Roy",
    ],
)
def test_a_translations_credit_is_furniture(line: str) -> None:
    assert is_furniture_block(line)


def test_a_sentence_opening_like_a_translations_credit_is_the_texts() -> None:
    sentence = "Aus dem Urlaub von Mallorca zurück, erzählte sie von ihren Plänen."
    assert not is_furniture_block(sentence)


@pytest.mark.parametrize(
    "line",
    [
        "Der günstigste Preis liegt bei 879 Euro.",
        "Best price at launch was $499, and it has only fallen since.",
        "Preisvergleich: Warum Strom in Bayern teurer ist als in Hamburg",
    ],
)
def test_a_sentence_about_prices_is_no_shop_widget(line: str) -> None:
    assert not is_furniture_block(line)
