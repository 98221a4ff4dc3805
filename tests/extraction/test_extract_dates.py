"""Publication dates: URL paths, bylines, the date shown next to the headline."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from selectolax.lexbor import LexborHTMLParser

from scrape.extraction.dates.declared import _rdfa_published
from scrape.extraction.dates.grammar import (
    DateStyle,
    date_from_url,
    dates_in_text,
    day_first,
    parse_date,
)
from scrape.extraction.dates.header import header_times
from scrape.extraction.extractor import extract

FETCHED = datetime(2026, 1, 1, tzinfo=UTC)


def _published_day(html: str, url: str | None = None) -> str | None:
    """The YYYY-MM-DD of the publication date ``extract`` finds, fetched at FETCHED."""
    published = extract(html, url, fetched_at=FETCHED).published
    return published.date().isoformat() if published else None


def test_month_archive_path_is_no_day() -> None:
    # "/2025/12/" once read as 2025-01-02 (month 1, day 2) and won as the earliest date.
    assert date_from_url("https://blog.example/2025/12/small-models.html") is None
    assert date_from_url("https://blog.example/2018/11/cheap-fixes") is None
    assert date_from_url("https://blog.example/2025/12/02/x") == datetime(2025, 12, 2)
    assert date_from_url("https://blog.example/post_20240105.html") == datetime(2024, 1, 5)
    # A month's folder and a slug that opens with a number: no day either.
    assert date_from_url("https://blog.example/2023/10/3-fragen-an-tina-musil/") is None
    assert date_from_url("https://blog.example/2023/10/30-jahre-mauerfall/") is None
    assert date_from_url("https://blog.example/2023/10/03.html") == datetime(2023, 10, 3)
    assert date_from_url("https://blog.example/2023-10-03-harbour") == datetime(2023, 10, 3)


def test_us_numeric_dates_in_bylines() -> None:
    assert dates_in_text("Updated: 10/31/2024") == [datetime(2024, 10, 31)]
    assert dates_in_text("2/24/2026 Share") == [datetime(2026, 2, 24)]


def _page(header: str, meta: str = "") -> str:
    body = "<p>" + "Plain article text that goes on for a while. " * 20 + "</p>"
    return (
        f"<html><head><title>Solar panels</title>{meta}</head><body>"
        "<header class='site-header'><nav><a href='/'>Home</a></nav>"
        "<span class='today'>Thursday, 1 January 2026</span></header>"
        f"<main><article>{header}{body}</article></main></body></html>"
    )


def test_date_printed_above_the_headline() -> None:
    html = _page("<div class='kicker'>January 23, 2025</div><h1>Solar panels</h1>")
    assert _published_day(html, "https://energy.example/blog/solar") == "2025-01-23"


def test_update_stamp_only_when_nothing_else() -> None:
    stamped = "<h1>Solar panels</h1><p class='x'>Last updated: Dec 4, 2025</p>"
    assert _published_day(_page(stamped), "https://energy.example/blog/solar") == "2025-12-04"
    declared = '<meta property="article:published_time" content="2024-03-06T02:16:49-08:00">'
    art = extract(_page(stamped, declared), "https://energy.example/blog/solar", fetched_at=FETCHED)
    assert art.published is not None and art.published.isoformat() == "2024-03-06T02:16:49-08:00"


def test_site_named_publication_meta() -> None:
    meta = '<meta name="w-published-date" content="2025-05-27T06:03:43.274Z">'
    assert _published_day(_page("<h1>Solar panels</h1>", meta), None) == "2025-05-27"


def test_microdata_date_in_the_post_footer() -> None:
    footer = (
        "<div class='post-footer'>Posted by Mike at <abbr class='published' "
        "itemprop='datePublished' title='2025-12-19T15:18:00-05:00'>3:18 PM</abbr></div>"
    )
    html = _page("<h1>Solar panels</h1>").replace("</article>", footer + "</article>")
    art = extract(html, "https://blog.example/2025/12/solar.html", fetched_at=FETCHED)
    assert art.published is not None and art.published.isoformat() == "2025-12-19T15:18:00-05:00"


def test_date_in_a_category_header_above_the_headline() -> None:
    # "category-header" names the article's own kicker line, not the site header.
    kicker = (
        "<div class='post-hero'><div class='category-header'><div>Published</div>"
        "<div>October 14, 2025</div><div>in</div><a href='/c/energy'>Energy</a></div>"
        "<div class='heading-wrap'><h1>Solar panels</h1></div></div>"
    )
    assert _published_day(_page(kicker), "https://energy.example/blog/solar") == "2025-10-14"


def test_dates_in_a_related_block_next_to_the_headline_are_not_taken() -> None:
    header = (
        "<h1>Solar panels</h1><div class='related-posts'><a href='/b'>Wind</a> "
        "<span>March 3, 2024</span></div><div class='byline'>By Ann, June 5, 2025</div>"
    )
    assert _published_day(_page(header), "https://energy.example/blog/solar") == "2025-06-05"


def test_header_time_in_an_aside_of_the_article() -> None:
    # Minimal blog themes put the post's <time> in an <aside> of the <article>, before an
    # <h2> headline that no title matches.
    html = (
        "<html><head><title>Notes</title></head><body><a href='/posts'>Back to posts</a>"
        "<article><aside><time datetime='2021-06-06'>June 6, 2021</time></aside>"
        "<h2>A brief intro to git</h2>"
        "<p>" + "Version control keeps every change you make. " * 20 + "</p>"
        "</article><footer>Updated December 17, 2025</footer></body></html>"
    )
    assert _published_day(html, "https://notes.example/posts/git-intro") == "2021-06-06"


def test_json_ld_rendered_into_a_meta_tag() -> None:
    # Next.js metadata can emit the JSON-LD as <meta name="script:ld+json" content="{...}">.
    ld = (
        '{"@type":"Article","@context":"https://schema.org","headline":"Solar panels",'
        '"datePublished":"2025-11-17T09:00:00-05:00"}'
    )
    meta = f"<meta name='script:ld+json' content='{ld}'>"
    art = extract(_page("<h1>Solar panels</h1>", meta), None, fetched_at=FETCHED)
    assert art.published is not None and art.published.isoformat() == "2025-11-17T09:00:00-05:00"


def test_originally_published_statement_wins_over_the_refresh_date() -> None:
    header = "<h1>Solar panels</h1><div class='byline'>By Ann, 30 September 2022</div>"
    note = (
        "<p class='disclaimer'>This article was originally published on 26 Sep 2019 at "
        "4:12pm but has been regularly updated.</p>"
    )
    html = _page(header).replace("</article>", note + "</article>")
    assert _published_day(html, "https://energy.example/advice/solar") == "2019-09-26"


def test_lone_posted_on_label_in_the_post_footer() -> None:
    # Below the article, out of the byline window; it still beats the header's update stamp.
    footer = "<div class='meta'><span>Posted on April 13, 2023</span> Tags: solar</div>"
    header = "<h1>Solar panels</h1><p class='x'>Last updated: Dec 4, 2025</p>"
    html = _page(header).replace("</article>", footer + "</article>")
    assert _published_day(html, "https://energy.example/post/solar") == "2023-04-13"


def test_published_on_quoted_in_the_text_does_not_beat_the_header_date() -> None:
    header = "<h1>Solar panels</h1><p class='byline'>By Ann <time>20 Dec 2025</time></p>"
    quote = "<p>A wire story we cite. Published on May 02, 2024 07:44 PM IST By ANI.</p>"
    html = _page(header).replace("</article>", quote + "</article>")
    assert _published_day(html, "https://energy.example/post/solar") == "2025-12-20"


def test_one_instant_on_two_days_takes_the_form_the_byline_shows() -> None:
    # Declared in UTC, shown in the page's zone: the page's day is the one it shows.
    meta = '<meta property="article:published_time" content="2025-07-05T00:04:00+00:00">'
    header = (
        "<h1>Solar panels</h1><div class='byline'>"
        "<time datetime='2025-07-04T20:04:00-04:00'>July 4, 2025</time></div>"
    )
    art = extract(_page(header, meta), "https://energy.example/solar", fetched_at=FETCHED)
    assert art.published is not None and art.published.isoformat() == "2025-07-04T20:04:00-04:00"
    # As does a dated URL.
    dated_url = "https://energy.example/2025/07/04/solar"
    art = extract(_page(header, meta), dated_url, fetched_at=FETCHED)
    assert art.published is not None and art.published.isoformat() == "2025-07-04T20:04:00-04:00"


def test_numeric_date_order_from_the_page() -> None:
    # "02-12-2025" reads as 2 December when the page writes that day out elsewhere.
    header = (
        "<h2 class='entry-title'>Solar panels</h2><time datetime='02-12-2025'>02-12-2025</time>"
    )
    recent = "<ul class='recent'><li>Solar panels <span>December 02, 2025</span></li></ul>"
    html = _page(header).replace("</main>", "</main>" + recent)
    assert _published_day(html, "https://energy.example/blog/solar") == "2025-12-02"


def test_numeric_date_order_by_language_and_separator() -> None:
    assert parse_date("04.03.2025") == datetime(2025, 3, 4)
    assert parse_date("04/03/2025") == datetime(2025, 4, 3)
    assert parse_date("04/03/2025", True) == datetime(2025, 3, 4)
    assert parse_date("25/03/2025", False) == datetime(2025, 3, 25)
    assert day_first("Posted 04/03/2025", "en-GB") is True
    assert day_first("Posted 04/03/2025", "en-US") is False
    assert day_first("Posted 04/03/2025", "en") is None
    # One date only one order can read settles the page.
    assert day_first("04/03/2025 and 13/03/2025", "en-US") is True
    # The day the page's address files it under reads an ambiguous one.
    assert day_first("Published on 05/11/2024 - 10:22", "en", url_day=date(2024, 11, 5)) is True
    assert day_first("Published on 11/05/2024 - 10:22", "en", url_day=date(2024, 11, 5)) is False
    assert day_first("Published on 05/11/2024 - 10:22", "en", url_day=date(2023, 1, 2)) is None


def test_an_ambiguous_byline_day_read_as_the_address_files_it() -> None:
    header = "<h1>Solar panels</h1><div class='pubdate'>Published on 05/11/2024 - 10:22 GMT+1</div>"
    url = "https://news.example/2024/11/05/solar-panels"
    assert _published_day(_page(header), url) == "2024-11-05"


def test_time_text_days_away_from_its_datetime_attribute() -> None:
    # No timezone puts "August 28" on December 20: the text is another day (the draft's),
    # and the element declares the publication in its attribute.
    header = "<h1>Solar panels</h1><div><time datetime='2024-12-20'>August 28, 2024</time></div>"
    assert _published_day(_page(header), "https://energy.example/stories/solar") == "2024-12-20"


def test_microdata_dates_of_a_list_of_posts_are_not_the_article_date() -> None:
    header = "<h1>Solar panels</h1><p class='byline'>By Ann, June 5, 2025</p>"
    more = "".join(
        f"<div itemscope><a href='/p{i}'>Post {i}</a> "
        f"<span itemprop='datePublished' content='2024-0{i}-01'>{i} Jan</span></div>"
        for i in (1, 2, 3)
    )
    html = _page(header).replace("</article>", f"<div class='author-posts'>{more}</div></article>")
    assert _published_day(html, "https://energy.example/blog/solar") == "2025-06-05"


def test_no_day_made_up_from_a_copyright_year_or_upload_path() -> None:
    html = _page(
        "<h1>Solar panels</h1><img src='/wp-content/uploads/2021/03/panel.jpg' alt=''>"
        "<p>" + "Panels on a roof turn daylight into power for the house. " * 15 + "</p>",
        "<meta property='og:type' content='article'>",
    ).replace("</main>", "</main><footer><p>© 2021 Energy Example</p></footer>")
    art = extract(html, "https://energy.example/solar", fetched_at=FETCHED)
    assert art.published is None
    # The year still tells the page is dated content, as the page-type decision expects.
    assert art.is_article


def test_a_picture_s_date_is_not_the_page_s() -> None:
    # With nothing declared or shown by the headline, the last-resort search once took the
    # day a caption and an alt text give the photo.
    photo = (
        "<figure><img src='/bilder/topside.jpg' alt='Topside installation 28.04.2014'>"
        "<figcaption>Topside installation 28.04.2014 © Foto: Nord</figcaption></figure>"
    )
    html = _page(
        "<h1>Offshore wind power</h1>"
        + photo
        + "<p>"
        + "Turbines at sea turn steady winds into power for the coast. " * 15
        + "</p>",
    )
    assert _published_day(html, "https://wind.example/offshore") is None
    # A day the text itself gives is still read.
    dated = html.replace("<p>", "<p>Stand: 03.02.2019. ", 1)
    assert _published_day(dated, "https://wind.example/offshore") == "2019-02-03"


def test_dates_written_in_other_languages() -> None:
    assert dates_in_text("Por Ana on 04-ago-2021 5:11:10") == [datetime(2021, 8, 4)]
    assert dates_in_text("Publicado el 4 de agosto de 2021") == [datetime(2021, 8, 4)]
    assert dates_in_text("Veröffentlicht am 4. März 2021") == [datetime(2021, 3, 4)]
    assert dates_in_text("Publié le 1er août 2021") == [datetime(2021, 8, 1)]
    assert dates_in_text("12 gennaio 2024 · 3 mei 2022") == [
        datetime(2024, 1, 12),
        datetime(2022, 5, 3),
    ]
    assert dates_in_text("Filed 04-Aug-2021") == [datetime(2021, 8, 4)]
    # Words that only look like a month abbreviation stay text.
    assert dates_in_text("ranked 3 out of 2021 entries") == []
    header = "<h1>Solar panels</h1><div class='autor'>Por Ana Ruiz el 12-dic-2024 9:30</div>"
    assert _published_day(_page(header), "https://energia.example/blog/solar") == "2024-12-12"


def _ld(date: str) -> str:
    return (
        "<script type='application/ld+json'>"
        f'{{"@type":"NewsArticle","headline":"Solar panels","datePublished":"{date}"}}'
        "</script>"
    )


def test_json_ld_article_date_outranks_a_contradicting_meta() -> None:
    # A theme's <meta> keeps the CMS post's first draft; the JSON-LD article is the statement
    # about this article.
    meta = '<meta property="article:published_time" content="2019-05-26T15:20:28+00:00">'
    header = "<h1>Solar panels</h1>"
    assert _published_day(_page(header, meta + _ld("2025-12-01")), None) == "2025-12-01"
    # A day apart can be one instant in two zones: the zone-free local day still competes.
    near = '<meta name="pubdate" content="2025-11-30">'
    assert _published_day(_page(header, near + _ld("2025-12-01T02:00:00Z")), None) == "2025-11-30"
    # A header date earlier than the JSON-LD one still wins (sites re-stamp datePublished).
    shown = "<h1>Solar panels</h1><p class='byline'>Published <time>August 13, 2025</time></p>"
    assert _published_day(_page(shown, meta + _ld("2025-12-01")), None) == "2025-08-13"
    # A JSON-LD date after the fetch is no date: the <meta> one is what is left.
    assert _published_day(_page(header, meta + _ld("2026-06-01")), None) == "2019-05-26"


def test_main_stands_in_for_the_header_without_a_headline() -> None:
    # The <h2> is not the page's title, there is no <article>, and the byline's name and date
    # run together in the text ("Luke KimDecember 17, 2025").
    html = (
        "<html><head><title>Faster data lakes</title></head><body>"
        "<header class='site-header'><nav><a href='/'>Home</a></nav></header><main>"
        "<h2>Introducing a new accelerator for lake workloads</h2><div class='author'>"
        "<p>Luke Kim</p><small>December 17, 2025</small></div>"
        "<p>" + "The accelerator keeps hot data in memory near the query engine. " * 20 + "</p>"
        "</main></body></html>"
    )
    first, updated, _ = header_times(LexborHTMLParser(html), None)
    assert [d.date().isoformat() for d in first] == ["2025-12-17"] and updated == []


def test_zone_abbreviations_are_kept() -> None:
    assert parse_date("May 02, 2024 07:44 PM IST") == datetime(
        2024, 5, 2, 19, 44, tzinfo=timezone(timedelta(hours=5, minutes=30))
    )
    header = "<h1>Solar panels</h1><p class='byline'><time>Dec 19, 2025 1:06 PM EST</time></p>"
    art = extract(_page(header), "https://energy.example/solar", fetched_at=FETCHED)
    assert art.published is not None and art.published.isoformat() == "2025-12-19T13:06:00-05:00"
    # Words of the text that are no zone leave the date as written.
    assert parse_date("Posted on March 4, 2025 at CAT scans") == datetime(2025, 3, 4)


def test_product_generations_are_no_dates() -> None:
    # Italian "gen" (January) and Portuguese "set"/"out" abbreviations read English text.
    assert dates_in_text("Apple TV 4th Gen 2021 and the 5 set 2022 bundle, 3 out 2020") == []


def test_publication_and_update_labels_in_other_languages() -> None:
    header = "<h1>Solar panels</h1><p class='x'>Actualizada: 5 de septiembre de 2023</p>"
    footer = "<div class='meta'>Publicado el 4 de agosto de 2021 · Etiquetas: solar</div>"
    html = _page(header).replace("</article>", footer + "</article>")
    assert _published_day(html, "https://energia.example/blog/solar") == "2021-08-04"
    header = "<h1>Solar panels</h1><p class='x'>Bijgewerkt op 12 mei 2024</p>"
    footer = "<div class='meta'>Gepubliceerd op 3 februari 2023</div>"
    html = _page(header).replace("</article>", footer + "</article>")
    assert _published_day(html, "https://energie.example/blog/zon") == "2023-02-03"


def test_a_date_marked_up_as_the_modification_time_is_an_update_stamp() -> None:
    footer = "<div class='meta'><span>Posted on April 13, 2023</span></div>"
    for stamp in (
        "<div class='meta'><time class='updated' datetime='2025-12-04'>December 4, 2025</time>",
        "<div class='field--name-changed'><span>December 4, 2025</span></div>",
    ):
        html = _page("<h1>Solar panels</h1>" + stamp).replace("</article>", footer + "</article>")
        assert _published_day(html, "https://energy.example/post/solar") == "2023-04-13"
    # WordPress marks a never-edited post's one <time> "published updated": it is the post's.
    once = (
        "<time class='entry-date published updated' datetime='2025-12-04'>December 4, 2025</time>"
    )
    html = _page("<h1>Solar panels</h1>" + once).replace("</article>", footer + "</article>")
    assert _published_day(html, "https://energy.example/post/solar") == "2025-12-04"


def test_article_in_a_layout_with_a_sidebar_keeps_its_date() -> None:
    # No headline matched, so the <article> stands in; its wrapper's layout class names a
    # sidebar, which says nothing of the <time> inside the article (time and zone kept).
    html = (
        "<html><head><title>Home gyms</title></head><body><main>"
        "<section class='post post--sidebar-right'><article><h1>Setups for any budget</h1>"
        "<div class='post__meta'>by <span>Ann</span> on "
        "<time datetime='2025-01-22T09:00:00-05:00'>Jan 22, 2025</time></div>"
        "<p>" + "A rack, a bar and some plates cover most of what you need. " * 20 + "</p>"
        "</article></section></main></body></html>"
    )
    first, _, _ = header_times(LexborHTMLParser(html), None)
    assert [d.isoformat() for d in first] == ["2025-01-22T09:00:00-05:00"]


def test_json_ld_of_several_articles_does_not_outrank_the_meta() -> None:
    # Related posts in the JSON-LD: the richest object may be another article, so its date
    # does not push the page's own <meta> date aside, and the earliest stays.
    meta = '<meta property="article:published_time" content="2025-03-02T10:00:00+00:00">'
    related = (
        '<script type=\'application/ld+json\'>{"@type":"ItemList","itemListElement":['
        '{"@type":"NewsArticle","headline":"Wind farms","datePublished":"2025-06-01",'
        '"author":"Bo","image":"w.jpg"},'
        '{"@type":"NewsArticle","headline":"Heat pumps","datePublished":"2025-07-09"}]}'
        "</script>"
    )
    assert _published_day(_page("<h1>Solar panels</h1>", meta + related), None) == "2025-03-02"


def test_newsletter_issue_header_keeps_its_date_but_a_signup_box_does_not() -> None:
    # A newsletter post names its header after the newsletter; the JSON-LD date is a refresh.
    header = (
        "<div class='newsletter-hero'><h1>Solar panels</h1></div>"
        "<div class='newsletter-details-wrapper'><p>November 2, 2022</p><p>|</p></div>"
    )
    assert _published_day(_page(header, _ld("2025-06-12")), None) == "2022-11-02"
    # A sign-up box (it has a form) next to the headline is furniture, whatever date it shows.
    signup = (
        "<h1>Solar panels</h1><div class='newsletter-signup'><p>Issue of March 3, 2021</p>"
        "<form><input type='email'><button>Subscribe</button></form></div>"
        "<div class='byline'>By Ann, June 5, 2025</div>"
    )
    assert _published_day(_page(signup), "https://energy.example/blog/solar") == "2025-06-05"


def test_byline_in_the_footer_of_the_article() -> None:
    # HTML puts an article's byline and date in its own <footer>; the page's <footer> is the
    # site's, and its date is not the article's.
    def page(byline: str) -> str:
        return (
            "<html><head><title>Remote work</title></head><body><main>"
            f"<h1>Remote work</h1><article><div class='subhead'>Tips for teams</div>{byline}"
            "<p>" + "Short breaks keep a team productive at home. " * 4 + "</p></article></main>"
            "<footer><p>Site redesigned January 5, 2019</p></footer></body></html>"
        )

    url = "https://work.example/article/remote-work"
    byline = "<footer class='author__meta'>By Ann <span>March 30, 2023</span></footer>"
    assert _published_day(page(byline), url) == "2023-03-30"
    art = extract(page(""), url, fetched_at=FETCHED)
    assert art.published is None or art.published.year != 2019


def test_a_card_of_another_post_does_not_stand_in_for_the_article() -> None:
    # No headline matched; the first <article> is a related post's card, with its own date.
    html = (
        "<html><head><title>Top data companies</title></head><body><main>"
        "<div class='hero'><h1>The top data companies</h1></div>"
        "<div class='post-meta'><h4>Published</h4><div>July 8, 2025</div></div>"
        "<p>" + "These companies store and analyse the data of others. " * 20 + "</p>"
        "<article class='related-post-card'><span class='date'>DEC 19, 2025</span>"
        "<h3>Another company raises money</h3></article></main></body></html>"
    )
    first, _, _ = header_times(LexborHTMLParser(html), None)
    assert all(d.date().isoformat() != "2025-12-19" for d in first)
    # Nor a plain <article> inside a "read next" block.
    html = html.replace(
        "<article class='related-post-card'>", "<section class='cs-read-next'><article>"
    )
    first, _, _ = header_times(
        LexborHTMLParser(html.replace("</article>", "</article></section>")), None
    )
    assert all(d.date().isoformat() != "2025-12-19" for d in first)


def _live_page(byline: str, extra: str = "") -> str:
    text = "<p>" + "The river rose overnight and crews worked until dawn on the levees. " * 8
    return (
        "<html><body><article><h1>Flood waters reach the old town</h1>"
        f"<p class='byline'>By Jane Doe · {byline}</p>{text}</p>{extra}</article></body></html>"
    )


def test_relative_byline_dates_count_from_the_fetch_time() -> None:
    url = "https://news.example/flood-waters"
    assert extract(_live_page("3 hours ago"), url, fetched_at=FETCHED).published == (
        FETCHED - timedelta(hours=3)
    )
    assert extract(_live_page("an hour ago"), url, fetched_at=FETCHED).published == (
        FETCHED - timedelta(hours=1)
    )
    assert extract(_live_page("2 days ago"), url, fetched_at=FETCHED).published == (
        FETCHED - timedelta(days=2)
    )


def test_relative_dates_too_vague_or_far_from_the_headline_are_not_dates() -> None:
    url = "https://news.example/flood-waters"
    # "3 weeks ago" spans days; the comment's "5 minutes ago" is another post's time.
    assert extract(_live_page("3 weeks ago"), url, fetched_at=FETCHED).published is None
    comments = "<div class='comments'><p>Sam wrote 5 minutes ago: stay safe.</p></div>"
    page = _live_page("Flood desk", comments)
    assert extract(page, url, fetched_at=FETCHED).published is None


def test_a_declared_date_beats_a_relative_one() -> None:
    head = '<meta property="article:published_time" content="2025-12-30T08:00:00+00:00">'
    page = _live_page("2 hours ago").replace("<html>", f"<html><head>{head}</head>")
    published = extract(page, "https://news.example/x", fetched_at=FETCHED).published
    assert published == datetime(2025, 12, 30, 8, tzinfo=UTC)


def test_a_stamp_s_machine_time_beats_its_relative_text() -> None:
    # Microformats and "timeago" scripts keep the instant in an <abbr>'s title and show
    # "1 hr 4 mins ago", relative to when the page was rendered, not to the fetch.
    url = "https://news.example/flood-waters"
    stamp = '<abbr title="2011-08-25T01:40:40Z">1 hr 4 mins ago</abbr>'
    published = extract(_live_page(stamp), url, fetched_at=FETCHED).published
    assert published == datetime(2011, 8, 25, 1, 40, 40, tzinfo=UTC)
    # A written day takes the title's time and zone, as a <time>'s datetime gives them.
    stamp = '<abbr class="published" title="2011-08-25T01:40:40+02:00">August 25, 2011</abbr>'
    published = extract(_live_page(stamp), url, fetched_at=FETCHED).published
    assert published == datetime(2011, 8, 25, 1, 40, 40, tzinfo=timezone(timedelta(hours=2)))
    # A title that is no timestamp in full leaves the text to say when.
    stamp = '<span title="Thursday, 2011">3 hours ago</span>'
    published = extract(_live_page(stamp), url, fetched_at=FETCHED).published
    assert published == FETCHED - timedelta(hours=3)


# News languages whose every month the grammar reads, in full and abbreviated, as their own
# locale (CLDR, through babel) writes a date.
READ_LOCALES = (
    *("en", "es", "pt", "fr", "de", "it", "nl", "ru", "uk", "pl", "cs", "sk", "tr", "id"),
    *("hu", "sv", "da", "fi", "ro", "bg", "el", "hr", "bs", "sr", "sr_Latn", "sl", "mk"),
    *("lt", "lv", "et", "vi", "ms", "ca", "gl", "is", "sw", "sq", "fil", "az", "be", "he"),
)
# Abbreviations left out on purpose: they are words of English or of another of these
# languages ("3 set", "4th Gen 2021", "sie", "tem", "des", "Ian").
UNREAD = {
    "pt": {"set.", "out."},
    "it": {"gen", "set"},
    "pl": {"sie"},
    "tr": {"tem"},
    "ro": {"ian."},
    "id": {"des"},
    "sl": {"avg."},
    "ms": {"mac", "dis"},
    # Croatian abbreviations that are words elsewhere ("Pro", "Kol") or other months
    # ("srp" is August in Czech)
    "hr": {"tra", "svi", "srp", "kol", "stu", "pro"},
    # Short forms of the languages read in full only: words of their own or of others
    # ("set", "des", "tet", "dis", "sen", "dek", "kas").
    "ca": {"gen.", "d’ag.", "set.", "des."},
    "gl": {"xan.", "xul.", "set.", "out."},
    "is": {"ágú.", "nóv.", "des."},
    "sw": {"mac", "des"},
    "sq": {"shk", "pri", "qer", "korr", "gush", "sht", "tet", "nën", "dhj"},
    "fil": {"peb", "hun", "hul", "set", "nob", "dis"},
    "az": {"yan", "iyn", "iyl", "avq", "sen", "noy", "dek"},
    "be": {"сту", "сак", "кра", "чэр", "ліп", "жні", "кас", "ліс", "сне"},
    "he": {"בינו׳", "בפבר׳", "באפר׳", "באוג׳", "בספט׳", "באוק׳", "בנוב׳", "בדצמ׳"},
}


@pytest.mark.parametrize(
    ("written", "day"),
    [
        ("2024ko azaroaren 26a", date(2024, 11, 26)),
        ("2021eko urtarrilaren 14an", date(2021, 1, 14)),
        ("3 d'abril de 2024", date(2024, 4, 3)),
        ("2 d’agost de 2024", date(2024, 8, 2)),
        ("Novemba 14, 2024", date(2024, 11, 14)),
        ("Disember 2, 2024", date(2024, 12, 2)),
        ("Nobyembre 12, 2024", date(2024, 11, 12)),
    ],
)
def test_dates_written_in_forms_of_their_own(written: str, day: date) -> None:
    # Basque declines year, month and day; Catalan elides "de" before a vowel; Swahili,
    # Malay and Tagalog sites set their month first as US English does.
    found = dates_in_text(f"Published {written}, 10 min read")
    assert [d.date() for d in found[:1]] == [day]


@pytest.mark.parametrize("locale", READ_LOCALES)
def test_every_month_as_each_locale_writes_it(locale: str) -> None:
    from babel.dates import format_date  # courlan's dependency: the CLDR locale data

    unread = UNREAD.get(locale, set())
    for month in range(1, 13):
        day = date(2021, month, 14)
        for form in ("long", "medium"):
            written = format_date(day, form, locale=locale)
            if unread & {word.casefold() for word in written.split()}:
                continue
            found = dates_in_text(written, DateStyle("", locale))
            assert [d.date() for d in found[:1]] == [day], written


def test_a_month_word_is_read_in_the_page_language() -> None:
    # "listopad" is October in Croatian and Bosnian, November in Polish and Czech; "lip" is
    # June in Croatian, July in Polish.
    for language in ("hr", "hr-HR", "bs_BA"):
        style = DateStyle("", language)
        assert parse_date("15. listopada 2024.", style) == datetime(2024, 10, 15)
        assert parse_date("15. lis 2024.", style) == datetime(2024, 10, 15)
        assert parse_date("3. lip 2024.", style) == datetime(2024, 6, 3)
        assert parse_date("2. studenoga 2024.", style) == datetime(2024, 11, 2)
    for language in ("pl", "cs", None):
        style = DateStyle("", language)
        assert parse_date("15 listopada 2024", style) == datetime(2024, 11, 15)
        assert parse_date("3 lip 2024", style) == datetime(2024, 7, 3)
    assert parse_date("15. listopadu 2024", DateStyle("", "cs")) == datetime(2024, 11, 15)
    # Without a page, the languages most news is written in read it.
    assert parse_date("15 listopada 2024") == datetime(2024, 11, 15)


def test_the_page_style_still_settles_the_numeric_order() -> None:
    us = DateStyle("<p>Posted 12/25/2024</p>", "en-us")
    assert parse_date("02/03/2025", us) == datetime(2025, 2, 3)
    assert parse_date("02/03/2025", DateStyle("", "hr")) == datetime(2025, 3, 2)


def test_an_ambiguous_date_takes_the_reading_the_page_shows_unambiguously() -> None:
    # A .NET server writes its <meta> date month first whatever the page's language; the
    # German page prints the same day dotted, day first.
    shown = DateStyle("Trinkwasser belastet ... Erstellt am: 01.11.2023", "de")
    assert parse_date("11/01/2023 12:43:42", shown) == datetime(2023, 11, 1, 12, 43, 42)
    in_words = DateStyle("Veröffentlicht am 1. November 2023", "de")
    assert parse_date("11/01/2023", in_words) == datetime(2023, 11, 1)
    # The page shows the other reading, or both, or neither: the page's own order.
    other = DateStyle("Erstellt am: 11.01.2023", "de")
    assert parse_date("11/01/2023", other) == datetime(2023, 1, 11)
    both = DateStyle("Erstellt am: 11.01.2023, geändert am 01.11.2023", "de")
    assert parse_date("11/01/2023", both) == datetime(2023, 1, 11)
    assert parse_date("11/01/2023", DateStyle("", "de")) == datetime(2023, 1, 11)


def test_year_first_dates_spaced_with_their_dots() -> None:
    # Korean and Hungarian: "2024. 12. 3.", each number followed by its dot.
    assert dates_in_text("입력 2024. 12. 3. 오후 3:05") == [datetime(2024, 12, 3)]
    assert dates_in_text("Frissítve: 2024. 03. 12. 08:30") == [datetime(2024, 3, 12)]
    # A year ending a sentence, then numbers, is no date.
    assert dates_in_text("Sales fell in 2024. 12 of 13 stores closed.") == []
    assert dates_in_text("2024. 13. 12.") == []


@pytest.mark.parametrize(
    "declared",
    [
        '<html lang="hr">',
        '<html><meta property="og:locale" content="hr_HR">',
        '<html><meta http-equiv="Content-Language" content="hr">',
    ],
)
def test_the_byline_month_follows_the_language_however_the_page_declares_it(
    declared: str,
) -> None:
    byline = "<h1>Solar panels</h1><p class='byline'>Objavljeno 15. listopada 2024.</p>"
    page = _page(byline).replace("<html>", declared, 1)
    assert _published_day(page, "https://energija.example/blog/solar") == "2024-10-15"


def _rdfa(created: str) -> str:
    return f'<span property="dc:date dc:created" content="{created}" datatype="xsd:dateTime">'


def test_the_rdfa_creation_date_is_declared() -> None:
    # Drupal's default markup: the node's creation instant in RDFa, the byline shows less.
    header = f"<h1>Solar panels</h1><div class='submitted'>{_rdfa('2024-10-08T14:20:11+02:00')}"
    header += "By Ana, 08.10.2024 - 14:20</span></div>"
    published = extract(_page(header), "https://x.example/solar", fetched_at=FETCHED).published
    assert published == datetime(2024, 10, 8, 14, 20, 11, tzinfo=timezone(timedelta(hours=2)))


def test_rdfa_dates_of_comments_and_lists_are_not_the_page_date() -> None:
    comments = (
        "<div class='comment' typeof='sioc:Post sioct:Comment'>"
        f"{_rdfa('2025-03-02T10:00:00+01:00')}Reader</span><p>Nice.</p></div>"
    )
    page = _page("<h1>Solar panels</h1>" + comments)
    assert _rdfa_published(LexborHTMLParser(page)) is None
    listing = "".join(
        f"<div class='node'>{_rdfa(f'2025-03-0{d}T10:00:00+01:00')}Post {d}</span></div>"
        for d in (1, 2, 3)
    )
    assert _rdfa_published(LexborHTMLParser(_page("<h1>Solar panels</h1>" + listing))) is None
    one = _page(
        "<h1>Solar panels</h1>" + listing.replace("03-02", "03-01").replace("03-03", "03-01")
    )
    assert _rdfa_published(LexborHTMLParser(one)) is not None


def test_the_microdata_update_on_the_byline_is_the_modified_date() -> None:
    header = (
        '<div itemscope itemtype="http://schema.org/NewsArticle"><h1 itemprop="headline">Solar '
        'panels</h1><time itemprop="dateModified" datetime="2024-11-29T12:10:00+01:00">29/11'
        '</time> <time itemprop="datePublished" datetime="2024-11-29T08:31:00+01:00">29/11</time>'
        '<div itemprop="image" itemscope itemtype="http://schema.org/ImageObject"><time '
        'itemprop="dateModified" datetime="2020-01-01">2020</time></div></div>'
    )
    modified = extract(_page(header), "https://x.example/solar", fetched_at=FETCHED).modified
    assert modified == datetime(2024, 11, 29, 12, 10, tzinfo=timezone(timedelta(hours=1)))


@pytest.mark.filterwarnings("error")
def test_a_zone_name_dateutil_does_not_know_is_read_without_a_zone_and_without_a_warning() -> None:
    # "GST" is Gulf or South Georgia time: dateutil warns and reads the time without a zone;
    # the warning would reach a crawl's stderr from every page that writes one.
    page = (
        "<html><head><meta name='dc.date' content='06 Nov 2019 14:30 GST'></head><body>"
        "<article><h1>Port reopens</h1><p>" + "The port reopened on Wednesday. " * 20 + "</p>"
        "</article></body></html>"
    )
    assert parse_date("06 Nov 2019 14:30 GST") == datetime(2019, 11, 6, 14, 30)
    published = extract(page, "https://example.ae/news/port").published
    assert published is not None and published.date() == date(2019, 11, 6)


def _today_bar_page(head: str) -> str:
    story = "<p>Der Stadtrat hat am Dienstag die neue Straßenbahnlinie beschlossen.</p>" * 6
    return (
        f"<html lang='de'><head><title>Straßenbahn beschlossen</title>{head}</head><body>"
        "<div id='header'><a href='/'>Stadtanzeiger</a><div class='today'>Sonntag, 6. "
        "Dezember 2026</div></div><div class='content'><h1>Straßenbahn beschlossen</h1>"
        f"{story}</div></body></html>"
    )


def test_the_sites_today_over_the_headline_is_no_publication_date() -> None:
    # No <main>, no declaration: the header's "today" is the day of the visit, and the
    # page's <meta> date and modification time name an earlier day.
    visit = datetime(2026, 12, 6, 15, 0, tzinfo=UTC)
    meta = (
        "<meta name='date' content='2024-11-05T08:12:40'>"
        "<meta property='article:modified_time' content='2024-11-05T11:47:02+01:00'>"
    )
    page = _today_bar_page(meta)
    assert extract(page, "https://x.example/a.html", fetched_at=visit).published == datetime(
        2024, 11, 5, 8, 12, 40
    )
    # With nothing else to go by, a day shown over the headline on the day of the visit is a
    # story of that day.
    bare = extract(_today_bar_page(""), "https://x.example/a.html", fetched_at=visit)
    assert bare.published is not None and bare.published.date() == visit.date()
    # ... but not over a story its address files the day before: the URL's day counts with
    # the machine-readable dates.
    filed = extract(
        _today_bar_page(""), "https://x.example/2026/12/05/strassenbahn/", fetched_at=visit
    )
    assert filed.published is not None and filed.published.date() == date(2026, 12, 5)


def test_a_date_bar_over_the_headline_does_not_re_day_the_bylines_local_time() -> None:
    # A UTC instant after midnight ("2024-06-05T01:40:00Z"), the byline's "04/06/2024 22:40"
    # under the headline, and the site's date bar over it showing the UTC day: the byline's
    # clock gives the page's zone, in which the story has its day.
    story = "<p>Chuva forte alagou ruas do Recife na noite de terça-feira.</p>" * 6
    page = (
        "<html lang='pt-BR'><head><title>Chuva alaga ruas</title><script type='application/"
        'ld+json\'>{"@type": "NewsArticle", "headline": "Chuva alaga ruas", "datePublished": '
        "\"2024-06-05T01:40:00Z\"}</script></head><body><div class='topo'>Quarta-feira, 5 de "
        "junho de 2024</div><div class='noticia'><h1>Chuva alaga ruas</h1><div class='data'>"
        f"Publicado em: 04/06/2024 22:40</div>{story}</div></body></html>"
    )
    visit = datetime(2024, 6, 5, 12, 0, tzinfo=UTC)
    published = extract(page, "https://x.example/noticia/chuva.html", fetched_at=visit).published
    assert published is not None and published.date() == date(2024, 6, 4)


def test_a_date_bar_over_the_headline_does_not_re_day_the_day_shown_under_it() -> None:
    # An evening story: 02:45Z on the 9th, "May 8, 2024" under the headline, and the site's
    # date bar over it showing the visit's day, the 9th.
    story = "<p>Dredging at the mouth of the river will begin next week, officials said.</p>" * 6
    page = (
        "<html lang='en'><head><title>Dredging to begin</title><meta property='article:"
        "published_time' content='2024-05-09T02:45:12+00:00'></head><body><div class='top'>"
        "<span class='current-date'>Thursday, May 9, 2024</span></div><div class='post'>"
        "<h1>Dredging to begin</h1><span class='meta-date'>May 8, 2024</span>"
        f"{story}</div></body></html>"
    )
    visit = datetime(2024, 5, 9, 12, 0, tzinfo=UTC)
    published = extract(page, "https://news.example.com/dredging/", fetched_at=visit).published
    assert published is not None and published.date() == date(2024, 5, 8)
    # With no day under the headline, the bar showing the instant's UTC day stands.
    alone = page.replace("<span class='meta-date'>May 8, 2024</span>", "")
    published = extract(alone, "https://news.example.com/dredging/", fetched_at=visit).published
    assert published is not None and published.date() == date(2024, 5, 9)


def test_the_updates_clock_shown_unlabelled_gives_the_publication_its_zone() -> None:
    # Published 01:32Z, updated 10:08Z; the page shows only the update, "6:08 AM" in its
    # own zone (-04:00), where the publication is the evening before.
    story = (
        "<p>La Junta aprobó el presupuesto tras una larga sesión el jueves por la noche.</p>" * 6
    )
    page = (
        "<html lang='es'><head><title>Presupuesto</title><meta property='article:published_"
        "time' content='2024-11-15T01:32:18.204Z'><meta property='article:modified_time' "
        "content='2024-11-15T10:08:41.556Z'></head><body><article><h1>Presupuesto aprobado</h1>"
        "<time class='b-date' datetime='2024-11-15T10:08:41.556Z'>15 de noviembre de 2024 - "
        f"6:08 AM</time>{story}</article></body></html>"
    )
    visit = datetime(2024, 11, 16, 12, 0, tzinfo=UTC)
    published = extract(page, "https://www.diario.example.com/noticias/1", fetched_at=visit)
    assert published.published is not None
    assert published.published.isoformat() == "2024-11-14T21:32:18.204000-04:00"
