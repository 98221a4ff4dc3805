"""Headline cleanup: text damaged on its way into the page, and furniture around the headline."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from scrape.extraction.extractor import extract
from scrape.extraction.title.heading import heading_text
from scrape.extraction.title.site_names import drop_tail
from scrape.extraction.title.text import repaired

PARA = (
    "<p>"
    + "The council approved the plan after a long debate about costs and timing. " * 4
    + "</p>"
)
URL = "https://portgazette.example/news/story"


def _page(head: str, body: str) -> str:
    return f"<html><head>{head}</head><body>{body}</body></html>"


def _declared(title: str) -> str:
    """og:title and twitter:title agreeing on ``title``, and a <title> with the site name."""
    return (
        f'<meta property="og:title" content="{title}">'
        f'<meta name="twitter:title" content="{title}">'
        f"<title>{title} | Port Gazette</title>"
        '<meta property="og:site_name" content="Port Gazette">'
    )


def test_character_reference_escaped_twice_is_decoded() -> None:
    # "&amp;#x26;" in the source reads as the text "&#x26;" once parsed.
    head = "<title>Ferries &amp;#x26; buses: the new timetable</title>"
    body = f"<article><h1>Ferries &amp;#x26; buses: the new timetable</h1>{PARA * 4}</article>"
    assert extract(_page(head, body), URL).title == "Ferries & buses: the new timetable"


def test_mojibake_in_the_headline_is_repaired() -> None:
    # UTF-8 "’" read as latin-1 (with C1 controls) and as cp1252.
    for mangled in ("Harbourmaster\u00e2\u0080\u0099s", "Harbourmaster\u00e2\u20ac\u2122s"):
        head = f"<title>A {mangled} Guide to Winter Moorings | Port Gazette</title>"
        body = f"<article><h1>A {mangled} Guide to Winter Moorings</h1>{PARA * 4}</article>"
        title = extract(_page(head, body), URL).title
        assert title == "A Harbourmaster\u2019s Guide to Winter Moorings"


def test_repair_leaves_correct_text_alone() -> None:
    for text in ("AT&T and R&D budgets", "Crème brûlée à la carte", "Ö’s café", "Tom & Jerry;"):
        assert repaired(text) == text
    assert repaired("Caf\u00c3\u00a9 opens, na\u00c3\u00afve fans queue") == (
        "Caf\u00e9 opens, na\u00efve fans queue"
    )


def test_drop_cap_inside_the_headline_does_not_split_the_word() -> None:
    head = "<title>How Cranes Cut the Unloading Cycle in Half</title>"
    body = (
        "<article><h1>How Cranes Cut the Unloading <span class='drop'>C</span>ycle in Half</h1>"
        f"{PARA * 4}</article>"
    )
    title = extract(_page(head, body), URL).title
    assert title == "How Cranes Cut the Unloading Cycle in Half"


def test_date_or_label_printed_before_the_headline_is_dropped() -> None:
    headline = "Preparing the ferry timetable for winter"
    for prefix in ("Dec 18 2025", "Blog:", "Title:"):
        body = f"<article><h1>{prefix} {headline}</h1>{PARA * 4}</article>"
        assert extract(_page(_declared(headline), body), URL).title == headline


def test_field_label_is_dropped_without_a_declared_title() -> None:
    body = f"<article><h1>Title: Tidal models of the east quay</h1>{PARA * 4}</article>"
    assert extract(_page("", body), URL).title == "Tidal models of the east quay"


def test_article_word_before_the_declared_title_is_part_of_the_headline() -> None:
    body = f"<article><h1>The Best Harbour Walks of 2026</h1>{PARA * 4}</article>"
    title = extract(_page(_declared("Best Harbour Walks of 2026"), body), URL).title
    assert title == "The Best Harbour Walks of 2026"


def test_dek_run_into_the_headline_is_dropped() -> None:
    headline = "Are you sailing to the regatta? Let's meet!"
    dek = "Port Gazette will be at every race this summer and would love to talk about boats."
    body = f"<article><h2 itemprop='headline'>{headline} : {dek}</h2>{PARA * 4}</article>"
    # The slug names the headline and the dek alike: it cannot tell them apart.
    url = "https://portgazette.example/news/sailing-regatta"
    assert extract(_page(_declared(headline), body), url).title == headline


def test_headline_longer_than_the_declared_title_is_kept() -> None:
    # The declared title shortens the headline for search results.
    headline = "Best Harbour Tours in 2025, Reviewed by a Deckhand"
    body = f"<article><h1>{headline}</h1>{PARA * 4}</article>"
    assert extract(_page(_declared("Best Harbour Tours in 2025"), body), URL).title == headline


def test_section_heading_repeating_a_word_of_the_title_is_not_the_headline() -> None:
    headline = "How we mapped Harbour, Quay, Pier and every mooring in the bay"
    body = (
        "<main><h1>harbourfan / notes.md</h1><article>"
        f"{PARA}<h1>Pier</h1>{PARA * 3}</article></main>"
    )
    html = _page(_declared(headline), body)
    assert extract(html, "https://notes.example/harbourfan/9f3a2b71c408d2e").title == headline


def test_heading_the_declared_title_starts_with_is_the_headline() -> None:
    body = f"<article><h1>What is Radar?</h1>{PARA * 4}</article>"
    title = extract(_page(_declared("What is Radar? Our Complete Guide"), body), URL).title
    assert title == "What is Radar?"


def test_host_name_glued_to_the_title_is_dropped() -> None:
    head = "<title>portgazette.example Winter Moorings</title>"
    body = f"<article><h1>portgazette.example</h1>{PARA * 4}</article>"
    assert extract(_page(head, body), URL).title == "Winter Moorings"
    # Spelled as a name, the host is the subject of the headline.
    headline = "Portgazette.example Reports Record Summer"
    body = f"<article><h1>{headline}</h1>{PARA * 4}</article>"
    assert extract(_page(f"<title>{headline}</title>", body), URL).title == headline


def test_keyword_list_after_the_headline_is_dropped() -> None:
    assert drop_tail("12 Tools Every Harbourmaster Needs | Radar, GPS & AIS") == (
        "12 Tools Every Harbourmaster Needs"
    )
    # A clause after the separator is the headline's own.
    clause = "12 Tools Every Harbourmaster Needs | and the three they never use"
    assert drop_tail(clause) == clause


def test_the_source_a_headline_quotes_after_a_dash_stays() -> None:
    # The agency or official quoted, in capitals after a dash, is the headline's own.
    for title in ("Rice prices to fall by September – DA", "Curfew lifted in three towns - PNP"):
        assert drop_tail(title) == title
    # A section's label after the dash goes.
    assert drop_tail("Rice prices to fall by September – Top Stories") == (
        "Rice prices to fall by September"
    )


def test_the_day_ending_a_live_blogs_headline_stays() -> None:
    # A live blog or a daily column names its day after the dash, in its heading too.
    for title in (
        "Russia's war on Ukraine: live updates – May 2",
        "Der Tag im Überblick: Was heute wichtig ist – 2. Mai",
    ):
        assert drop_tail(title) == title
    page = _page(
        "<title>Harbour strike: live updates – May 2 | Port Gazette</title>",
        f"<main><h1>Harbour strike: live updates – May 2</h1>{PARA * 3}</main>",
    )
    assert extract(page, URL).title == "Harbour strike: live updates – May 2"


def _no_headline_page(title: str, navigation: str, story: str = "") -> str:
    """A page without a headline element: only its <title> names the story."""
    head = f"<title>{title}</title>"
    body = f"{navigation}<div class='story'>{story}{PARA * 4}</div>"
    return _page(head, body)


# (title, section, menu class) in languages where section names have lower-case words.
SECTION_TAILS = [
    ("Rada miasta przyjęła nowy plan dla portu | Wiadomości z regionu | Gazeta", "pl", "nav"),
    ("Hamnen får nya färjor till sommaren - Nyheter från regionen - Tidningen", "sv", "menu"),
    ("Pemerintah kota memperluas jalur sepeda di pelabuhan - Berita daerah - Koran", "id", "nav"),
]


def _section_of(title: str) -> str:
    return title.replace("|", "-").split(" - ")[1]


def test_section_link_after_the_declared_title_is_dropped() -> None:
    for title, _language, kind in SECTION_TAILS:
        section = _section_of(title)
        links = f"<li><a href='/a/'>Sport</a></li><li><a href='/b/'>{section}</a></li>"
        menu = (
            f"<nav><ul>{links}</ul></nav>"
            if kind == "nav"
            else f"<div class='main-menu'><ul>{links}</ul></div>"
        )
        headline = title.replace("|", "-").split(" - ")[0]
        assert extract(_no_headline_page(title, menu), URL).title == headline


def test_tail_linked_outside_the_navigation_is_kept() -> None:
    # A tag in the article's footer and a link in its text may share a subtitle's words.
    title = "Rada miasta przyjęła nowy plan dla portu - Wiadomości z regionu"
    section = "Wiadomości z regionu"
    tag = f"<footer class='tags'><a href='/tag/x/' rel='tag'>{section}</a></footer>"
    in_text = f"<p>Zobacz też <a href='/x/'>{section}</a> w naszym serwisie.</p>"
    for story in (tag, in_text):
        page = _no_headline_page(title, "<nav><a href='/'>Start</a></nav>", story)
        assert extract(page, URL).title == title


def test_section_link_after_a_short_title_is_kept() -> None:
    # Under four words the tail may be the headline's point.
    title = "Hamnen växer - Nyheter från regionen"
    menu = "<nav><a href='/n/'>Nyheter från regionen</a></nav>"
    assert extract(_no_headline_page(title, menu), URL).title == title


def test_separator_left_at_the_end_of_the_title_is_dropped() -> None:
    body = f"<div class='story'>{PARA * 4}</div>"
    for title in ("Harbour works delayed until spring -", "Harbour works delayed until spring |"):
        assert extract(_page(f"<title>{title}</title>", body), URL).title == title[:-2]
    # French quotes are set off by spaces: the closing one is no separator.
    quoted = "« Nous irons jusqu'au bout »"
    assert extract(_page(f"<title>{quoted}</title>", body), URL).title == quoted


def test_visible_heading_keeps_a_tail_the_menu_links() -> None:
    # The heading shows the story's own title; a region ending it may be a menu's link too.
    headline = "Nejlepší pláže pro rodiny s dětmi - Jižní Evropa a ostrovy"
    head = f"<title>{headline} | Cestovatel</title>"
    menu = "<nav><a href='/je/'>Jižní Evropa a ostrovy</a><a href='/s/'>Sever</a></nav>"
    body = f"{menu}<article><h1>{headline}</h1>{PARA * 4}</article>"
    assert extract(_page(head, body), URL).title == headline


def test_section_the_page_declares_is_dropped_from_the_title() -> None:
    title = "Pemerintah kota memperluas jalur sepeda di pelabuhan - Berita daerah"
    head = f'<title>{title}</title><meta property="article:section" content="Berita daerah">'
    body = f"<div class='story'>{PARA * 4}</div>"
    assert extract(_page(head, body), URL).title == title.split(" - ")[0]


RTL_TITLES = [
    # (language, headline, site): the <title> and og:title with a direction mark before
    # the separator, no heading spelling the headline (it is set in a <div>).
    ("ar", "الحكومة والمحافظات تتفق على تمويل القطارات الإقليمية", "صوت الشمال"),
    ("he", "הממשלה והרשויות הגיעו להסכם על הרכבות האזוריות", "קול הצפון"),
    ("fa", "دولت و استان\u200cها بر سر قطارهای منطقه\u200cای توافق کردند", "صدای شمال"),
]


def test_direction_mark_before_the_site_name_is_no_part_of_the_headline() -> None:
    for lang, headline, site in RTL_TITLES:
        title = f"{headline} \u200f| {site}"
        head = (
            f"<title>{title}</title>"
            f'<meta property="og:title" content="{title}">'
            f'<meta property="og:site_name" content="{site}">'
        )
        body = f'<article><div class="c6e7f8">{headline}</div>{PARA * 4}</article>'
        html = f'<html lang="{lang}" dir="rtl"><head>{head}</head><body>{body}</body></html>'
        assert extract(html, URL).title == headline, lang


def test_direction_marks_at_the_ends_and_spaces_go_between_letters_stay() -> None:
    assert repaired("\u202bקול הצפון\u202c") == "קול הצפון"
    assert repaired("כותרת \u200f- אתר") == "כותרת - אתר"
    # Between two letters a mark orders a mixed-script run: it is text, not decoration.
    assert repaired("iPhone\u200fים חדשים") == "iPhone\u200fים חדשים"


def test_a_paid_article_s_badge_before_the_headline_is_not_its_words() -> None:
    title = "Antwerp schools take in 120 newcomers a month"
    badge = "<span class='plus-icon' aria-label='Subscribers only'>+</span> "
    body = f"<article><h1>{badge}{title}</h1>{PARA * 4}</article>"
    assert extract(_page(_declared(title), body), URL).title == title
    # A "+" the declared title writes too is the headline's.
    plus = f"+ {title}"
    body = f"<article><h1>{plus}</h1>{PARA * 4}</article>"
    assert extract(_page(_declared(plus), body), URL).title == plus


def test_a_hidden_mark_between_kicker_and_headline_joins_them_as_shown() -> None:
    # The template sets each part on a line of its own, the colon in an element of its own
    # for screen readers: no space before the colon.
    heading = (
        "<h2>\n<span class='text-primary-base block'>Rekordwerte</span>\n"
        "<span class='hidden'>: </span>\n"
        "<span class='align-middle'>Warum der Bodensee so warm ist wie nie zuvor</span>\n</h2>"
    )
    head = (
        "<title>Rekordwerte: Warum der Bodensee so warm ist wie nie zuvor - DER SPIEGEL</title>"
        '<meta property="og:site_name" content="DER SPIEGEL">'
    )
    title = extract(_page(head, f"<main><article>{heading}{PARA}</article></main>"), URL).title
    assert title in {
        "Rekordwerte: Warum der Bodensee so warm ist wie nie zuvor",
        "Warum der Bodensee so warm ist wie nie zuvor",
    }
    heading_node = LexborHTMLParser(heading).css_first("h2")
    assert heading_text(heading_node) == "Rekordwerte: Warum der Bodensee so warm ist wie nie zuvor"


def test_a_dash_in_an_element_of_its_own_between_two_parts_joins_them_as_shown() -> None:
    heading = (
        "<h1><span class='artist'>Nora Bättig</span> <span class='sep'>–</span> "
        "<span class='work'>Was der Berg behält</span></h1>"
    )
    assert heading_text(LexborHTMLParser(heading).css_first("h1")) == (
        "Nora Bättig – Was der Berg behält"
    )


def test_a_live_tickers_marks_around_the_headline_stay_both() -> None:
    heading = (
        "<h1><span class='seitenkopf__topline'>Warnstreik im Nahverkehr</span> "
        "<span>++ Verdi droht mit weiteren Ausständen ++</span></h1>"
    )
    head = (
        '<meta property="og:title" content="Liveblog: ++ Verdi droht mit weiteren Ausständen ++">'
        "<title>Warnstreik im Nahverkehr: ++ Verdi droht mit weiteren Ausständen ++ | "
        "tagesschau.de</title>"
    )
    title = extract(_page(head, f"<main><article>{heading}{PARA}</article></main>"), URL).title
    assert title == "++ Verdi droht mit weiteren Ausständen ++"


def test_a_space_set_apart_between_kicker_and_headline_is_their_separator() -> None:
    # Hashed classes set kicker, a spacer and headline each in an element of their own:
    # the reader sees two lines, not one phrase ("Nachruf Gisela Hartwig").
    heading = (
        "<h1 class='Ha'><span class='Hb'>Nachruf</span><span class='Hd'> </span>"
        "<span class='Hc'>Gisela Hartwig (Geb. 1938)</span></h1>"
    )
    heading_node = LexborHTMLParser(heading).css_first("h1")
    assert heading_text(heading_node) == "Nachruf: Gisela Hartwig (Geb. 1938)"
    head = "<title>Nachruf auf Gisela Hartwig (Geb. 1938)</title>"
    title = extract(_page(head, f"<main><article>{heading}{PARA}</article></main>"), URL).title
    assert title in {"Nachruf: Gisela Hartwig (Geb. 1938)", "Gisela Hartwig (Geb. 1938)"}
