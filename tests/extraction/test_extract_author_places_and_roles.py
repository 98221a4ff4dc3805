"""What a byline holds beside its writers: the story's place ("Woldegk · 09.01.2025"), the
photographer with their role after the name ("B (Bilder)"); and a byline in a script
without capitals, which beats the site's own name declared as the author."""

from __future__ import annotations

import json

from scrape.extraction.extractor import extract

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
