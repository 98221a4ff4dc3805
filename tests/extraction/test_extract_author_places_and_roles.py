"""What a byline holds beside its writers: the story's place ("Woldegk · 09.01.2025"), the
photographer with their role after the name ("B (Bilder)"); and a byline in a script
without capitals, which beats the site's own name declared as the author."""

from __future__ import annotations

import json

import pytest

from scrape.extraction.extractor import extract
from scrape.extraction.names import clean_name

_TEXT = "".join(
    f"<p>Absatz {i}: Die Polizei sperrte die Bundesstraße für mehrere Stunden, der Verkehr "
    f"wurde über die Dörfer der Umgebung umgeleitet, wie ein Sprecher am Morgen sagte.</p>"
    for i in range(6)
)


def _page(headline: str, byline: str, ld: dict[str, object], lang: str = "de") -> str:
    return (
        f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'>"
        f"<title>{headline} | Nordbote</title>"
        "<meta property='og:site_name' content='Nordbote'>"
        f"<script type='application/ld+json'>{json.dumps(ld, ensure_ascii=False)}</script>"
        "</head><body><header><a href='/'>Nordbote</a></header><main><article>"
        f"<h1>{headline}</h1>{byline}{_TEXT}</article></main></body></html>"
    )


def _ld(author: object) -> dict[str, object]:
    return {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Wildunfall",
        "datePublished": "2025-01-09T08:41:00Z",
        "author": author,
        "publisher": {"@type": "NewsMediaOrganization", "name": "Nordbote"},
    }


def test_the_storys_place_in_the_byline_is_no_writer() -> None:
    headline = "Wildunfall auf der B198: Autofahrerin bei Woldegk schwer verletzt"
    byline = (
        "<p class='article__byline'>Woldegk · <time datetime='2025-01-09T09:41:00+01:00'>"
        "09.01.2025, 09:41 Uhr</time></p>"
    )
    page = _page(headline, byline, _ld({"@type": "Organization", "name": "Nordbote"}))
    authors = extract(page, "https://www.nordbote.example/regional/wildunfall-2701958").authors
    assert "Woldegk" not in authors


def test_the_photographer_named_with_the_role_after_the_name_is_no_writer() -> None:
    byline = (
        "<p class='css-credit'>Von <a href='/~ncasparis'>Nadia Casparis</a> (Text) und "
        "Reto Imboden (Bilder), 02.10.2024</p>"
    )
    ld = _ld(
        [{"@type": "Person", "name": "Nadia Casparis"}, {"@type": "Person", "name": "Reto Imboden"}]
    )
    page = _page("Die letzten Sennen vom Gotthard", byline, ld)
    authors = extract(page, "https://www.republik.example/2024/10/02/die-letzten-sennen").authors
    assert authors == ("Nadia Casparis",)


def test_a_byline_in_devanagari_beats_the_sites_own_name_declared() -> None:
    byline = "<div class='author'><a href='/author/rohit-sharma'>रोहित शर्मा</a></div>"
    page = _page("दिल्ली मेट्रो के नए कॉरिडोर पर ट्रायल रन शुरू", byline, _ld("aajtak.in"), "hi")
    page = page.replace("Nordbote", "aajtak.in")
    authors = extract(page, "https://www.aajtak.in/delhi/story/metro-trial-run-1234").authors
    assert authors == ("रोहित शर्मा",)


def test_a_photographer_declared_by_job_title_is_no_writer() -> None:
    ld = _ld(
        [
            {"@type": "Person", "name": "Hana Whaanga", "jobTitle": "Senior Culture Reporter"},
            {"@type": "Person", "name": "Leo Brightwater", "jobTitle": "Photographer"},
        ]
    )
    byline = "<p class='byline'>Hana Whaanga</p>"
    page = _page("Die letzten Sennen vom Gotthard", byline, ld)
    assert extract(page, "https://www.stuff.example/culture/350251234").authors == ("Hana Whaanga",)


def test_a_name_marked_as_an_author_in_a_pictures_caption_is_the_photographer() -> None:
    figure = (
        "<span class='firma__autor'>dpa</span><figure><img src='/ebro.jpg' alt=''>"
        "<figcaption>Der Fluss am Dienstag. <span class='foto-autor'>Guillermo Mestre</span>"
        "</figcaption></figure>"
    )
    page = _page(
        "Hochwasser erreicht die Stadt", figure, _ld({"@type": "Organization", "name": "dpa"})
    )
    authors = extract(page, "https://www.nordbote.example/regional/hochwasser-2701958").authors
    assert "Guillermo Mestre" not in authors


@pytest.mark.parametrize(
    ("signed", "name"), [("（山本彩花）", "山本彩花"), ("（佐藤 悠）", "佐藤 悠")]
)
def test_a_japanese_writer_signing_in_brackets_is_named_without_them(
    signed: str, name: str
) -> None:
    text = "".join(
        f"<p>ズワイガニ漁の解禁を控え、香住漁港では漁業者らが準備を進めている。その{i}。</p>"
        for i in range(6)
    )
    page = (
        "<!DOCTYPE html><html lang='ja'><head><meta charset='utf-8'><title>ズワイガニ漁解禁</title>"
        "</head><body><main><article><h1>ズワイガニ漁6日解禁</h1>"
        f"{text}<p class='article-author'>{signed}</p></article></main></body></html>"
    )
    assert extract(page, "https://www.kobe.example/news/0018313457.shtml").authors == (name,)


def test_an_office_named_with_a_cut_compound_is_one_name() -> None:
    # "Presse- und Informationsamt": the hyphen carries the compound's second part over
    # the "und"; no two names. Two names joined by "und" stay two.
    office = "Presse- und Informationsamt der Bundesregierung"
    assert clean_name(office) == [office]
    assert clean_name("Anna Berg und Jan Ohm") == ["Anna Berg", "Jan Ohm"]


def test_a_lists_heading_over_dated_links_after_the_text_is_no_byline() -> None:
    further = "".join(
        f"<li><a href='/artikel/{n}.html'><span class='date'>05.04.2024</span> Meldung {n} "
        "aus der Stadt</a></li>"
        for n in range(3)
    )
    text = "".join(
        f"<p>Absatz {i}: Die Stadtbahnlinie fährt ab Montag wieder bis zur Endhaltestelle, "
        "wie die Stadtwerke am Freitag mitteilten; die Bauarbeiten an den Gleisen und an "
        "den Haltestellen sind früher als geplant beendet worden.</p>"
        for i in range(3)
    )
    page = (
        "<!DOCTYPE html><html lang='de'><head><title>Stadtbahn fährt wieder</title></head>"
        "<body><main><article><h1>Stadtbahn fährt wieder</h1><p class='date'>05.04.2024</p>"
        f"{text}</article><section><h2>Weitere Meldungen</h2><ul>{further}</ul></section>"
        "</main></body></html>"
    )
    assert extract(page, "https://www.radio.example/artikel/stadtbahn-1918850.html").authors == ()


def test_a_wire_the_byline_names_beats_the_site_declared_as_the_author() -> None:
    for byline in ("<p class='byline'>Von: dpa</p>", "<p class='byline'>Nordbote/dpa</p>"):
        page = _page(
            "Glatteis: Dutzende Unfälle", byline, _ld({"@type": "Organization", "name": "Nordbote"})
        )
        authors = extract(page, "https://www.nordbote.example/bayern/glatteis-92811.html").authors
        assert authors == ("dpa",), byline
