"""Article text that trafilatura skips inside the article comes back, in its place; what it
rightly skips (captions, widgets, furniture around the article) stays out."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from scrape.extraction.body import clean_blocks, recover_skipped
from scrape.extraction.dom import text_units
from scrape.extraction.extractor import extract

URL = "https://harbour.example/news/ferry-timetable"


def _para(topic: str) -> str:
    return (
        f"<p>The {topic} was discussed at length by the harbour council on Tuesday evening, "
        f"and members agreed that the {topic} needs a second review before the summer season "
        "starts and the first tourists arrive on the island.</p>"
    )


def _page(article: str, after: str = "") -> str:
    return (
        "<html><head><title>Ferry timetable changes</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        f"<main><article><h1>Ferry timetable changes</h1><div class='post-body'>{article}</div>"
        f"</article>{after}</main><footer>Harbour Herald, 1 Quay Street</footer></body></html>"
    )


def test_pull_quote_set_in_a_figure_is_kept_in_place() -> None:
    # trafilatura drops every <figure> (images); a quotation set in one is article text.
    quote = (
        "<figure class='wp-block-pullquote'><blockquote><p>We cannot run a ferry service on "
        "hope alone, we need a timetable that the crews and the passengers can rely on every "
        "single day of the year.</p><cite>Mara Lind, harbour master</cite></blockquote></figure>"
    )
    html = _page(_para("timetable") + _para("fare increase") + quote + _para("crew roster"))
    body = extract(html, URL).body
    assert "We cannot run a ferry service on hope alone" in body
    assert body.index("fare increase") < body.index("hope alone") < body.index("crew roster")


def test_list_in_an_embed_block_is_kept_in_place() -> None:
    # A list pasted as an "embed" (site builders' custom-HTML block): trafilatura takes the
    # class for a social embed and drops it.
    items = "".join(
        f"<li>The {word} crossing leaves at seven and returns before noon on weekdays</li>"
        for word in ("northern", "southern", "western")
    )
    html = _page(
        _para("timetable") + f"<div class='w-embed'><ul>{items}</ul></div>" + _para("crew roster")
    )
    body = extract(html, URL).body
    assert "- The southern crossing leaves at seven" in body
    assert body.index("timetable") < body.index("southern crossing") < body.index("crew roster")


def test_caption_between_paragraphs_is_not_brought_back() -> None:
    caption = (
        "<figure><img src='/ferry.jpg' alt=''><p>The morning ferry leaves the harbour in "
        "thick fog, seen from the northern pier on Monday</p></figure>"
    )
    html = _page(_para("timetable") + caption + _para("crew roster") + _para("fare increase"))
    body = extract(html, URL).body
    assert "crew roster" in body
    assert "thick fog" not in body


WINTER = (
    "From November the boats sail only in daylight, and a single crew covers both routes "
    "so that the yard can overhaul the older vessel before spring."
)


def test_only_text_inside_the_article_is_brought_back() -> None:
    # trafilatura returned the article's paragraphs and a stray footer line: the span to
    # recover from is the article, not everything up to that footer line.
    paras = [_para(topic) for topic in ("timetable", "crew roster", "fare increase")]
    html = (
        f"<body><article>{paras[0]}<div class='w-embed'><p>{WINTER}</p></div>"
        f"{paras[1]}{paras[2]}</article><div class='promo'><p>Get every story about the island "
        "delivered to your inbox each morning, with the tide tables for the week.</p></div>"
        "<footer><p>Harbour Herald is published by the Quay Street Press cooperative.</p>"
        "</footer></body>"
    )
    root = LexborHTMLParser(html).body
    assert root is not None
    units = text_units(root)
    returned = [units[0].text, units[2].text, units[3].text, units[-1].text]
    recovered = recover_skipped(returned, units)
    assert recovered[:2] == [units[0].text, WINTER]
    assert not any("inbox" in block for block in recovered)


def test_repeated_sub_heading_of_each_section_is_kept() -> None:
    blocks = [
        "1. Northern crossing",
        "The northern crossing runs every hour from the old pier to the island.",
        "What passengers say",
        "Passengers like the short queue and the new café on board.",
        "2. Southern crossing",
        "The southern crossing runs twice a day and carries cars.",
        "What passengers say",
        "Passengers miss the old evening sailing.",
    ]
    assert clean_blocks(blocks, title=None).count("What passengers say") == 2


def test_second_copy_of_the_article_is_dropped() -> None:
    # Pages that hold the article twice (mobile and desktop variants): the copy repeats runs
    # of blocks, its short headings included.
    article = [
        "Northern crossing",
        "The northern crossing runs every hour from the old pier to the island.",
        "Southern crossing",
        "The southern crossing runs twice a day and carries cars.",
    ]
    assert clean_blocks(article + article, title=None) == article


def test_sub_heading_with_a_layout_class_is_kept() -> None:
    # Themes class sub-headings "header-anchor", "section-header": not the site header.
    heading = "<h3 class='header-anchor-post'>Step two: check the tide tables</h3>"
    html = _page(_para("timetable") + heading + _para("crew roster") + _para("fare increase"))
    assert "Step two: check the tide tables" in extract(html, URL).body


def test_summary_above_the_first_returned_paragraph_is_kept_first() -> None:
    items = "".join(
        f"<li>The {word} crossing now leaves at seven and returns before noon</li>"
        for word in ("northern", "southern", "western")
    )
    article = f"<div class='w-embed'><ul>{items}</ul></div>" + "".join(
        _para(topic) for topic in ("timetable", "crew roster", "fare increase")
    )
    body = extract(_page(article), URL).body
    assert body.startswith("- The northern crossing now leaves at seven")
    assert body.index("western crossing") < body.index("The timetable was discussed")


def test_react_streamed_segments_are_read_in_place() -> None:
    # Server-rendered React streams the article as hidden "S:n" segments at the end of the
    # body; a script moves each into its "B:n" template and drops the loading fallback.
    segments = "".join(
        f"<div hidden id='S:{i}'>{_para(topic)}</div>"
        for i, topic in enumerate(("timetable", "crew roster", "fare increase"))
    )
    slots = "".join(
        f"<!--$?--><template id='B:{i}'></template><div>Loading paragraph...</div><!--/$-->"
        for i in range(3)
    )
    html = (
        "<html><head><title>Ferry timetable changes</title></head><body>"
        f"<main><article><h1>Ferry timetable changes</h1><div class='post-body'>{slots}</div>"
        "</article></main><div hidden id='menu'><p>Sign in to save the stories you like and "
        f"read them later on any of your devices.</p></div>{segments}</body></html>"
    )
    body = extract(html, URL).body
    assert body.index("timetable was") < body.index("crew roster was") < body.index("fare inc")
    assert "Loading paragraph" not in body
    assert "Sign in to save" not in body


def test_collapsed_accordion_panels_with_prose_are_kept() -> None:
    # The steps of a guide set in an accordion: hidden until a reader opens them.
    by_id = (
        "<h3><button aria-controls='step-1' aria-expanded='false'>1. Book a ticket</button></h3>"
        f"<div id='step-1' style='display:none'>{_para('booking window')}</div>"
    )
    by_place = (
        "<h3><button aria-expanded='false'>2. Board the ferry</button></h3>"
        f"<div hidden>{_para('boarding order')}</div>"
    )
    html = _page(_para("timetable") + by_id + by_place + _para("crew roster"))
    body = extract(html, URL).body
    assert "The booking window was discussed" in body
    assert "The boarding order was discussed" in body
    assert body.index("timetable") < body.index("booking window") < body.index("crew roster")


def test_collapsed_menus_and_untoggled_hidden_prose_stay_out() -> None:
    links = "".join(f"<li><a href='/{w}'>{w.title()} news</a></li>" for w in ("port", "town"))
    menu = (
        "<button aria-controls='more' aria-expanded='false'>More</button>"
        f"<ul id='more' hidden>{links}</ul>"
    )
    modal = (
        "<div style='display:none'><p>Republish this story for free under our licence, "
        "keeping the byline and a link back to the original article.</p></div>"
    )
    html = _page(_para("timetable") + _para("crew roster") + _para("fare increase"), menu + modal)
    body = extract(html, URL).body
    assert "Port news" not in body
    assert "Republish this story" not in body


def test_prose_cut_off_after_the_last_returned_passage_is_recovered_up_to_furniture() -> None:
    paras = [_para(topic) for topic in ("timetable", "crew roster")]
    spring = (
        "<p>In spring a new vessel joins the fleet, built at the yard across the bay, and the "
        "harbour master expects it to halve the waiting time at the ramp on busy days.</p>"
    )
    html = (
        f"<body><article>{paras[0]}{paras[1]}<h3>What happens next</h3>{spring}"
        f"<p>{WINTER}</p><p>Tags</p><p>{WINTER.replace('November', 'December')}</p>"
        "</article><footer><p>Harbour Herald is published by the Quay Street Press "
        "cooperative in the old customs house.</p></footer></body>"
    )
    root = LexborHTMLParser(html).body
    assert root is not None
    units = text_units(root)
    returned = [units[0].text, units[1].text]
    recovered = recover_skipped(returned, units)
    # The heading, the paragraph it introduces and the next one come back; the label
    # stops the recovery, and nothing is taken from outside the article.
    assert recovered == [*returned, "What happens next", units[3].text, WINTER]
