"""The benchmark's scoring helpers: the date ceiling counts what a page writes, only that; the
newsdev scores follow that set's README."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, date, datetime

import pytest

from scrape.extraction.evaluate import (
    author_set_match,
    bag_f1,
    bag_of_words,
    date_written,
    day_in_timestamp,
    day_match,
    declared_day,
    exact_title_match,
    held_back,
    names_written,
    snippets_pass,
    title_written,
)


@pytest.mark.parametrize(
    "written",
    [
        '<meta property="article:published_time" content="2021-08-04T05:11:10Z">',
        "<span>Posted on 04-ago-2021 5:11:10</span>",
        "<p>Last updated: <strong>August 4th</strong> 2021</p>",
        "<time>Aug. 4, 2021</time>",
        "<p>4 de agosto de 2021</p>",
        "<p>4. August 2021</p>",
        "<p>08/04/2021</p>",
        "<p>04.08.21</p>",
        "<p>20210804</p>",
    ],
)
def test_a_day_written_in_any_common_form_is_found(written: str) -> None:
    assert date_written(f"<html><body>{written}</body></html>", None, "2021-08-04")


def test_a_day_in_the_url_is_found() -> None:
    url = "https://example.org/2021/08/04/a-story"
    assert date_written("<p>no date here</p>", url, "2021-08-04")


@pytest.mark.parametrize(
    "page",
    [
        "<p>August 14, 2021</p>",  # another day of that month
        "<p>August 4, 2020</p>",  # another year
        "<p>2021-08-041</p>",  # a longer number, not a date
        "<p>Item 12021-08-04</p>",
        "<p>no date at all</p>",
    ],
)
def test_other_days_are_not_counted(page: str) -> None:
    assert not date_written(page, "https://example.org/a-story", "2021-08-04")


def test_a_month_only_label_is_never_reachable() -> None:
    assert not date_written("<p>November 2003</p><p>2003-11-01</p>", None, "2003-11")


def test_timestamps_count_within_the_day_in_any_zone() -> None:
    noon = int(datetime(2020, 8, 30, 12, tzinfo=UTC).timestamp())
    late_west = int(datetime(2020, 8, 31, 10, tzinfo=UTC).timestamp())  # the 30th at UTC-12
    next_day = int(datetime(2020, 8, 31, 13, tzinfo=UTC).timestamp())
    assert day_in_timestamp(f'<img src="a.jpg?v={noon}">', "2020-08-30")
    assert day_in_timestamp(f'<img src="a-{late_west}123.jpg">', "2020-08-30")
    assert not day_in_timestamp(f'<img src="a.jpg?v={next_day}">', "2020-08-30")
    assert not date_written(f'<img src="a.jpg?v={noon}">', None, "2020-08-30")


# -- newsdev scoring (shared/eval/newsdev/README.md) ---------------------------------------
def test_a_day_label_is_compared_with_the_predictions_own_local_day() -> None:
    late_evening = datetime.fromisoformat("2021-01-11T23:30:00-05:00")
    assert day_match(late_evening, "2021-01-11")
    assert not day_match(late_evening.astimezone(UTC), "2021-01-11")


def test_a_label_with_an_offset_converts_an_aware_prediction_to_it() -> None:
    assert day_match(datetime.fromisoformat("2021-01-11T23:30:00+00:00"), "2021-01-12T01:00+03:00")
    assert not day_match(
        datetime.fromisoformat("2021-01-11T20:00:00+00:00"), "2021-01-12T01:00+03:00"
    )
    assert day_match("2021-01-12", "2021-01-12T01:00:00+03:00")  # a bare day stays itself
    assert not day_match(None, "2021-01-12")


def test_titles_are_exact_but_for_nfkc_and_whitespace() -> None:
    assert exact_title_match("Ｔｒｕｍｐ  wins\n", "Trump wins")
    assert not exact_title_match("trump wins", "Trump wins")


def test_authors_are_compared_as_sets_and_a_semicolon_string_splits() -> None:
    assert author_set_match(["Ana López; JOHN  Smith"], ["John Smith", "Ana López"])
    assert not author_set_match(["John Smith"], ["John Smith", "Ana López"])


def test_bag_of_words_counts_each_cjk_character() -> None:
    assert bag_of_words("東京 news") == Counter({"東": 1, "京": 1, "news": 1})
    assert bag_f1("a b c d", "a b c d") == 1.0
    assert 0 < bag_f1("a b x y", "a b c d") < 1


def test_snippets_need_every_must_and_no_must_not() -> None:
    body = "The mayor  said on Monday\nthat the tram will run."
    assert snippets_pass(body, ["mayor said on Monday"], ["Subscribe"])
    assert not snippets_pass(body, ["Mayor said"], None)
    assert not snippets_pass(body + " Subscribe now", ["mayor"], ["Subscribe"])


def test_the_held_back_half_is_chosen_by_site_and_ignores_www() -> None:
    sites = [f"site{n}.example" for n in range(200)]
    held = [site for site in sites if held_back(site)]
    assert 60 < len(held) < 140  # about half
    assert all(held_back("www." + site) == held_back(site) for site in sites)


@pytest.mark.parametrize(
    "declaration",
    [
        '<script type="application/ld+json">{"@context": "https://schema.org", "@type":'
        ' "NewsArticle", "datePublished": "2021-08-04T23:30:00-04:00"}</script>',
        '<script type="application/ld+json">{"@graph": [{"@type": "WebSite"}, {"@type":'
        ' ["BlogPosting"], "datePublished": "2021-08-04"}]}</script>',
        '<meta property="article:published_time" content="2021-08-04T05:11:10+02:00">',
        '<meta name="pubdate" content="Wed, 04 Aug 2021 05:11:10 GMT">',
        '<div itemscope itemtype="https://schema.org/Article">'
        '<time itemprop="datePublished" datetime="2021-08-04">4. August</time></div>',
    ],
)
def test_a_declared_day_is_read_as_written(declaration: str) -> None:
    page = f"<html><head>{declaration}</head><body><p>x</p></body></html>"
    assert declared_day(page) == date(2021, 8, 4)


@pytest.mark.parametrize(
    "other",
    [
        # A video's own item, a list of other posts nested in the article, an ambiguous
        # numeric date, a WebPage's date: none declares the article's day.
        '<div itemscope itemtype="https://schema.org/VideoObject">'
        '<meta itemprop="datePublished" content="2019-01-02"></div>',
        '<script type="application/ld+json">{"@type": "ItemList", "itemListElement": [{"@type":'
        ' "NewsArticle", "datePublished": "2019-01-02"}]}</script>',
        '<meta name="publishdate" content="02/01/2019">',
        '<script type="application/ld+json">{"@type": "WebPage", "datePublished": "2019-01-02"}'
        "</script>",
    ],
)
def test_dates_of_other_things_are_not_declared(other: str) -> None:
    assert declared_day(f"<html><head>{other}</head><body><p>x</p></body></html>") is None


def test_the_strongest_declaration_wins_and_a_split_one_declares_nothing() -> None:
    article = '<script type="application/ld+json">{"@type": "Article", "datePublished": "%s"}'
    page = (
        '<html><head><meta property="article:published_time" content="2021-08-04T23:00:00Z">'
        f"{article % '2021-08-05T01:00:00+02:00'}</script></head></html>"
    )
    assert declared_day(page) == date(2021, 8, 5)
    split = page.replace("</head>", f"{article % '2020-01-01'}</script></head>")
    assert declared_day(split) is None


@pytest.mark.parametrize(
    "page",
    [
        "<h1>Flood waters <br>reach the old town</h1>",
        "<h2><span>Flood waters reach</span> <em>the old town</em></h2>",
        "<head><title>Flood waters reach the old town | The Courier</title></head>",
        "<head><title>News – Flood waters reach the old town – The Courier</title></head>",
        '<meta property="og:title" content="Flood waters reach the old town">',
        '<script type="application/ld+json">{"@graph": [{"headline": '
        '"Flood waters reach the old town"}]}</script>',
    ],
)
def test_a_title_written_whole_anywhere_is_found(page: str) -> None:
    assert title_written(
        f"<html>{page}<body><p>Text.</p></body></html>", "Flood waters reach the old town"
    )


@pytest.mark.parametrize(
    "page",
    [
        "<h1>FLOOD WATERS REACH THE OLD TOWN</h1>",  # capitals set by CSS in the label's source
        "<p class=kicker>Flood waters</p><h1>reach the old town</h1><p>The river rose.</p>",
        "<h1>Flood waters reach the old town centre</h1>",
    ],
)
def test_a_title_the_page_does_not_write_whole_is_not_found(page: str) -> None:
    assert not title_written(f"<html><body>{page}</body></html>", "Flood waters reach the old town")


def test_title_written_reads_undeclared_utf8_and_xml_declarations() -> None:
    title = "Überschwemmung erreicht die Altstadt"
    page = f"<html><body><h1>{title}</h1></body></html>"
    assert title_written(page.encode("utf-8"), title)
    declared = f'<?xml version="1.0" encoding="utf-8"?>{page}'
    assert title_written(declared, title)
    assert title_written(declared.encode("utf-8"), title)
    assert not title_written(b"", title)


def test_names_written_needs_every_labelled_name_in_the_page() -> None:
    page = (
        '<html><head><meta name="author" content="Jane Doe"></head>'
        "<body><p class=byline>By <a>JOHN</a> <b>SMITH</b></p></body></html>"
    )
    assert names_written(page, ["Jane Doe"])
    assert names_written(page.encode("utf-8"), ["john smith", "Jane  Doe"])
    assert not names_written(page, ["Jane Doe", "Ann Lee"])
    assert not names_written(page, ["J. Smith"])
