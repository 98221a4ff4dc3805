"""A byline that shows only when the story was updated ("Updated 20 November 2026"): that
day is the latest the story can have been first published, not its publication date.
An earlier date the page gives elsewhere is the publication; with none, the stamp is."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from scrape.extraction.dates.published import Published
from scrape.extraction.extractor import extract

FETCHED = datetime(2026, 12, 1, tzinfo=UTC)
CET = timezone(timedelta(hours=1))
STAMP = datetime(2026, 11, 20, 10, 0, tzinfo=CET)

_TEXT = (
    "<p>" + "The council met on the matter and decided to keep the harbour ferry running "
    "through the winter, with more boats at peak hours and a later last crossing. " * 3 + "</p>"
)
_TIME = "<time datetime='2026-11-20T10:00:00+01:00'>{}</time>"
_BYLINES = {
    "en": "By Jane Doe · Updated " + _TIME.format("20 November 2026"),
    "de": "Von Jana Dorn · Aktualisiert am " + _TIME.format("20.11.2026"),
    "fr": "Par Jeanne Doux · Mis à jour le " + _TIME.format("20 novembre 2026"),
}


def _page(lang: str, after_text: str = "") -> str:
    return f"""<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">
<title>Ferry to keep running | Harbour Post</title></head><body>
<header class="site-header"><a href="/">Harbour Post</a></header>
<article><h1>Ferry to keep running</h1>
<p class="byline">{_BYLINES[lang]}</p>
{_TEXT * 3}{after_text}</article>
<footer>© Harbour Post</footer></body></html>"""


def _extract(html: str):  # type: ignore[no-untyped-def]
    url = "https://www.harbourpost.example/news/ferry-to-keep-running/"
    return extract(html, url, fetched_at=FETCHED)


@pytest.mark.parametrize("lang", sorted(_BYLINES))
def test_an_earlier_day_the_page_gives_is_the_publication_and_the_stamp_the_update(
    lang: str,
) -> None:
    article = _extract(_page(lang, "<div class='post-meta'>12.11.2026</div>"))
    assert article.published is not None
    assert article.published.date().isoformat() == "2026-11-12"
    assert article.modified == STAMP


@pytest.mark.parametrize("lang", sorted(_BYLINES))
def test_a_stamp_the_page_gives_no_other_date_beside_is_the_latest_it_can_be(lang: str) -> None:
    article = _extract(_page(lang))
    assert article.published == STAMP
    assert article.modified == STAMP


def test_a_later_day_found_elsewhere_never_beats_the_stamp() -> None:
    article = _extract(_page("en", "<div class='post-meta'>28.11.2026</div>"))
    assert article.published == STAMP


def test_the_stamp_bounds_what_was_found() -> None:
    earlier = datetime(2026, 11, 12)
    assert Published(None, STAMP).no_later_than(earlier) == earlier
    assert Published(None, STAMP).no_later_than(None) == STAMP
    assert Published(None, STAMP).no_later_than(datetime(2026, 11, 20)) == STAMP
    assert Published(None, STAMP).no_later_than(datetime(2026, 11, 25)) == STAMP
    assert Published(None, None).no_later_than(earlier) == earlier


_SHOWN = {"en": "20 November 2026", "de": "20.11.2026", "fr": "20 novembre 2026"}
_BOTH = {
    "en": "Published 12 November 2026 · Updated {}",
    "de": "Veröffentlicht am 12.11.2026 · Aktualisiert am {}",
    "fr": "Publié le 12 novembre 2026 · Mis à jour le {}",
}


@pytest.mark.parametrize("lang", sorted(_BOTH))
def test_the_update_the_byline_shows_beside_the_publication_is_the_modification(
    lang: str,
) -> None:
    byline = _BOTH[lang].format(_TIME.format(_SHOWN[lang]))
    article = _extract(_page(lang).replace(_BYLINES[lang], byline))
    assert article.published is not None
    assert article.published.date().isoformat() == "2026-11-12"
    assert article.modified == STAMP


def test_a_declared_modification_outranks_the_shown_one() -> None:
    declared = "<meta property='article:modified_time' content='2026-11-21T08:00:00+01:00'>"
    html = _page("en").replace("</title>", f"</title>{declared}")
    article = _extract(html.replace(_BYLINES["en"], _BOTH["en"].format(_TIME.format("20 Nov"))))
    assert article.modified == datetime(2026, 11, 21, 8, 0, tzinfo=CET)


def test_a_stamp_no_later_than_the_publication_is_no_modification() -> None:
    same = (
        _BOTH["en"]
        .format(_TIME.format("12 November 2026"))
        .replace("2026-11-20T10:00:00+01:00", "2026-11-12T00:00:00")
    )
    article = _extract(_page("en").replace(_BYLINES["en"], same))
    assert article.published is not None
    assert article.modified is None
