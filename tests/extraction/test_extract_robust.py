"""Bad input never crashes or stalls ``extract``; templates learned across pages are removed."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scrape.errors import ExtractError, UnextractableError
from scrape.extraction import guard
from scrape.extraction.extractor import TemplateLearner, extract, text_blocks
from scrape.extraction.names import clean_name
from scrape.models import ExtractionHints

PAGES = Path(__file__).parents[1] / "fixtures" / "pages"
SEED = Path(__file__).resolve().parents[3] / "shared" / "seed" / "naive-scrape.txt"
# Junk lines of the naive scrape of a WordPress news-theme page (shared/seed).
SEED_JUNK = [
    "Friday, September 22, 2023",
    "Must read",
    "- Advertisement -",
    "spot_img",
    "More articles",
    "Please enter your comment!",
    "Please enter your name here",
    "Latest article",
]


def _finishes(html: str | bytes) -> None:
    # Never a clock here: a page that stalls is caught by the suite's hang guard
    # (pytest-timeout in pyproject.toml), and bench/bench_robust.py times these pages.
    try:
        article = extract(html, "https://example.com/a")
    except ExtractError:
        pass
    else:
        assert isinstance(article.body, str)
        if not article.body:
            assert article.is_article is False


@pytest.mark.parametrize(
    "html",
    [
        "",
        b"",
        "   \n\t ",
        "<html>",
        "</div></p></body>",
        "<<<>>>",
        "\x00\x01\x02<p>\x07bell</p>\x1b",
        "<html><body><p>unclosed <b><i>tags",
        "<p>" + "word " * 50,
        b"\xff\xfe\x00<\x00p\x00>\x00",
        "<script>" + "x" * 10_000,
        "<!-- never closed comment <p>text</p>",
        "<table><tr><td><table><tr><td>nested</td></tr></table>",
    ],
)
def test_bad_input_gives_clear_result(html: str | bytes) -> None:
    _finishes(html)


def test_a_link_in_an_svg_icon_does_not_crash() -> None:
    # An SVG's <a xlink:href> matches a[href], yet its attribute is named "xlink:href".
    text = "<p>" + "The council met to weigh the plan for the harbour front. " * 8 + "</p>"
    icon = "<div class='offer'><svg><a xlink:href='/abo/'><text>Menü</text></a></svg></div>"
    page = f"<html><body><article><h1>Harbour plan</h1>{text}{icon}{text}</article></body></html>"
    assert "harbour front" in extract(page, "https://quay.example/harbour").body


def test_empty_document_is_not_an_article() -> None:
    article = extract("")
    assert article.body == "" and not article.is_article


def test_non_utf8_bytes_are_decoded() -> None:
    html = (
        '<html><head><meta charset="windows-1252"><title>Caf\xe9 reopens</title></head>'
        "<body><article><h1>Caf\xe9 reopens</h1>"
        + "<p>The caf\xe9 on the square reopened on Monday with a new menu, said the owner.</p>" * 5
        + "</article></body></html>"
    ).encode("cp1252")
    article = extract(html)
    assert article.title == "Café reopens"
    assert "café on the square" in article.body


def test_undeclared_latin1_bytes_do_not_crash() -> None:
    html = ("<p>" + "Gr\xfc\xdfe aus K\xf6ln, sch\xf6ne Stra\xdfe. " * 30 + "</p>").encode(
        "latin-1"
    )
    _finishes(html)


def test_absurd_nesting_is_refused_before_any_parser_runs(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Refusing early is what keeps it cheap: a parser would build 100,000 levels first.
    def no_parse(*args: object) -> None:
        raise AssertionError("the page was parsed before it was refused")

    monkeypatch.setattr("scrape.extraction.extractor.LexborHTMLParser", no_parse)
    html = "<div>" * 100_000 + "deep" + "</div>" * 100_000
    with pytest.raises(ExtractError, match="nesting"):
        extract(html)


def test_ten_megabyte_page_finishes() -> None:
    para = "<p>" + "A sentence of plain article text that goes on. " * 20 + "</p>\n"
    html = "<html><body><article><h1>Big</h1>" + para * (10_000_000 // len(para)) + "</article>"
    article = extract(html)
    assert article.body.startswith("A sentence of plain article text")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=3000))
def test_random_text(text: str) -> None:
    _finishes(text)


_TAGS = ["p", "div", "h1", "h2", "article", "span", "a", "script", "time", "li", "table"]


@st.composite
def mangled_html(draw: st.DrawFn) -> str:
    base = (PAGES / "jsonld_newsarticle.html").read_text(encoding="utf-8")
    parts = []
    for _ in range(draw(st.integers(0, 40))):
        tag = draw(st.sampled_from(_TAGS))
        parts.append(
            draw(
                st.sampled_from(
                    [f"<{tag}>", f"</{tag}>", f"<{tag} class='x", "&amp", "<!--", "\x00"]
                )
            )
        )
        parts.append(draw(st.text(max_size=30)))
    cut = draw(st.integers(0, len(base)))
    return base[:cut] + "".join(parts) + base[cut:]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mangled_html())
def test_mangled_html(html: str) -> None:
    _finishes(html)


# --- site templates --------------------------------------------------------------------------


def _site_page(i: int) -> str:
    return f"""<html><head><title>Story {i} | Fake Site</title></head><body>
    <div class="top"><a href="/">Fake Site</a></div>
    <div class="main"><h1>Story {i}</h1>
    <p>Unique paragraph number {i}: the council met on day {i} to debate the budget for the
    new harbour wall, and voted {i} to {i + 3} in favour after a long discussion.</p>
    <p>Second unique paragraph {i}: residents of district {i} said they had waited years for
    the repairs and welcomed the decision taken on the evening of the vote.</p>
    <div class="x1">Must read</div>
    <div class="x2">More articles</div>
    <div class="x3">Please enter your comment!</div>
    <div class="x4">Subscribe to the Fake Site daily digest for the best of our reporting</div>
    </div></body></html>"""


def test_text_blocks_are_normalised() -> None:
    blocks = text_blocks("<div><p>Hello   <b>World</b>!</p><p>  Two </p></div>")
    assert "hello world" in blocks and "two" in blocks


def test_template_learner_removes_repeated_blocks() -> None:
    learner = TemplateLearner(min_pages=3)
    for i in range(4):
        learner.observe(_site_page(i))
    learned = learner.template()
    assert "must read" in learned
    assert "subscribe to the fake site daily digest for the best of our reporting" in learned
    assert not any("unique paragraph" in block for block in learned)

    article = extract(_site_page(9), hints=ExtractionHints(template_blocks=learned))
    assert "Unique paragraph number 9" in article.body
    for junk in ("Must read", "More articles", "Please enter your comment", "daily digest"):
        assert junk not in article.body


def test_template_learner_needs_enough_pages() -> None:
    learner = TemplateLearner(min_pages=3)
    learner.observe(_site_page(1))
    learner.observe(_site_page(2))
    assert learner.template() == frozenset()
    with pytest.raises(ValueError):
        TemplateLearner(min_pages=1)


def test_drop_phrases_and_selectors() -> None:
    html = _site_page(5).replace(
        "</h1>", '</h1><div class="promo-box">Buy our mugs today</div><p>Sponsored by Acme.</p>'
    )
    hints = ExtractionHints(
        drop_selectors=(".promo-box", "[[bad selector"), drop_phrases=("Sponsored by Acme",)
    )
    article = extract(html, hints=hints)
    assert "mugs" not in article.body and "Acme" not in article.body
    assert "Unique paragraph number 5" in article.body


# --- the seed page -----------------------------------------------------------------------------


def _seed_pages() -> list[Path]:
    root = Path(__file__).parents[1] / "fixtures"
    pages = [PAGES / "td_newspaper.html"]
    lead = root / "site" / "news" / "putin-welcomes-azeri-and-armenian-leaders" / "index.html"
    return pages + ([lead] if lead.exists() else [])


@pytest.mark.parametrize("page", _seed_pages(), ids=lambda p: p.parent.name or p.stem)
def test_seed_junk_never_in_body(page: Path) -> None:
    article = extract(page.read_bytes(), "https://example.com/news/story/")
    for junk in SEED_JUNK:
        assert junk not in article.body, junk
    assert article.published is not None
    assert article.published.date().isoformat() != "2023-09-22"


@pytest.mark.skipif(not SEED.exists(), reason="shared/seed not present")
def test_seed_lines_are_classified_as_junk() -> None:
    from scrape.extraction.wording import is_furniture_block

    lines = [line for line in SEED.read_text(encoding="utf-8").splitlines() if line.strip()]
    for junk in SEED_JUNK[1:]:
        matching = [line for line in lines if junk in line]
        assert matching and all(is_furniture_block(line) for line in matching), junk


@pytest.mark.parametrize(
    ("html", "depth"),
    [
        ("<div><section><span>x</span></section></div>", 3),
        ("<DIV><Br><BR/><IMG src=x><svg><path d='1'/></svg></DIV>", 2),  # void, self-closing
        ("<ul><li>a<li>b<li>c</ul>" * 3, 1),  # implicitly closed items do not nest
        ("</div></div></div><div><div>", 2),  # stray closing tags do not bank depth
        ('<a href="x"><b title="a/b">y</b></a>', 2),
        ("<p><span>a<p><span>b<div><span>c", 2),  # a block closes the paragraph before
        ("<p><b>a<p><b>b", 4),  # formatting the parser reopens stays counted
        ("<p><button><p>a", 3),  # a button's paragraph is its own
    ],
)
def test_nesting_depth_counts_only_elements_that_nest(html: str, depth: int) -> None:
    assert guard.max_depth(html) == depth


def test_mangled_declared_addresses_do_not_crash() -> None:
    # "https://[..." parses as an unclosed IPv6 host: urlsplit raises on it.
    head = (
        '<link rel="canonical" href="https://<p>[dailyledger">'
        '<meta property="og:url" content="https://[news.example/a">'
    )
    html = f"<html><head>{head}</head><body><h1>Headline</h1><p>{'Text. ' * 60}</p></body></html>"
    for url in (None, "https://news.example/a"):
        article = extract(html, url)
        assert article.canonical_url is None  # unusable; the store keys on the fetched URL
        assert "Text." in article.body


def test_a_thousand_spans_never_closed_inside_closed_blocks_is_an_ordinary_page() -> None:
    # Real news pages leave <span>s open by the thousand; each closing </div> closes them,
    # so the tree stays shallow and the page must be read, not refused as hostile.
    line = "<div class='riga'><span class='testo'>Il ministro ha presentato il progetto."
    body = "".join(f"{line} Riga {i}.</div>\n" for i in range(1_200))
    html = f"<html><body><article><h1>Una sfilata</h1>{body}</article></body></html>"
    assert guard.max_depth(html) < 10
    article = extract(html, "https://giornale.example/2024/05/sfilata/")
    assert "Riga 1199" in article.body


def test_a_thousand_paragraphs_with_spans_never_closed_are_read_not_refused() -> None:
    # A <p> start tag closes the paragraph before, with the spans left open in it: the
    # parser builds a flat run of paragraphs, and so must the guard's count.
    body = "".join(f"<p><span>Absatz {i} des Artikels über den Stadtrat." for i in range(1_000))
    html = f"<html><body><article><h1>Der Stadtrat</h1>{body}</article></body></html>"
    assert guard.max_depth(html) < 10
    assert "Absatz 999" in extract(html, "https://zeitung.example/2024/05/stadtrat/").body


def test_a_title_never_closed_is_the_rest_of_the_page_not_its_title() -> None:
    # Browsers read everything after an unclosed <title> as its text; the page's
    # separators ("|", " - ") then cut that text into hundreds of parts.
    teaser = "<li><a href='/a'>Stadtrat beschließt Haushalt</a> | Politik - Region</li>\n"
    html = (
        "<html><head><title>Der Stadtrat tagt | Zeitung</head><body><h1>Der Stadtrat tagt</h1>"
        f"<ul>{teaser * 1_500}</ul><p>{'Text des Artikels. ' * 40}</p></body></html>"
    )
    article = extract(html, "https://zeitung.example/2024/05/stadtrat/")
    assert article.title is None
    assert not article.is_article


def test_a_declared_title_of_a_reasonable_length_is_read() -> None:
    title = "Der Stadtrat beschließt den Haushalt für das kommende Jahr " * 8
    html = (
        f"<html><head><title>{title}</title></head>"
        f"<body><p>{'Text des Artikels. ' * 40}</p></body></html>"
    )
    assert extract(html).title == " ".join(title.split())


def test_an_address_that_is_not_a_url_is_a_clear_error() -> None:
    html = f"<html><body><h1>Headline</h1><p>{'Text. ' * 60}</p></body></html>"
    with pytest.raises(UnextractableError, match="not a URL"):
        extract(html, "http://[::1")


def test_a_byline_is_a_line_and_thousands_of_characters_are_not_one() -> None:
    # Sixty co-authors fit in a byline; a text over a thousand characters is prose (or a
    # page built to be slow: the name rules' cost grows faster than the text).
    assert len(clean_name("Jane Doe, " * 60 + "and John Smith")) == 61
    assert clean_name("Jane Doe, " * 110 + "and John Smith") == []


@pytest.mark.parametrize("opening", ['{"a":', "["])
def test_json_nested_past_the_parsers_depth_is_no_data_and_the_page_is_read(opening: str) -> None:
    closing = "}" if opening.startswith("{") else "]"
    deep = opening * 100_000 + ("1" if closing == "}" else "") + closing * 100_000
    script = f'<script type="application/ld+json">{deep}</script>'
    state = f'<script id="__NEXT_DATA__" type="application/json">{deep}</script>'
    paywall = (
        '<script type="application/ld+json">{"@type":"NewsArticle","hasPart":'
        f'{{"isAccessibleForFree":false,"cssSelector":".rest"}},"x":{deep}}}</script>'
    )
    html = (
        f"<html><head>{script}{paywall}</head><body><article><h1>Der Stadtrat tagt</h1>"
        f"<p>{'Text des Artikels. ' * 40}</p></article>{state}</body></html>"
    )
    article = extract(html, "https://zeitung.example/2024/05/stadtrat/")
    assert article.title == "Der Stadtrat tagt"
    assert "Text des Artikels." in article.body


def test_a_state_script_nested_past_the_parsers_depth_gives_no_text() -> None:
    # A page whose HTML holds no text is read from its state script, when that is data.
    deep = '{"a":' * 100_000 + "1" + "}" * 100_000
    state = f'<script id="__NEXT_DATA__" type="application/json">{deep}</script>'
    html = f"<html><body><div id='__next'></div>{state}</body></html>"
    assert extract(html, "https://zeitung.example/2024/05/stadtrat/").body == ""
