"""Publication dates by evidence, not by position: one saved-page-like case per failure class.

Each page declares or shows its publication date and carries an earlier date of something
else (a photo, a video, a related story, an event the text tells of) that the earliest-date
rule once returned.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone

import pytest

from scrape.extraction.dates.grammar import dates_in_text, parse_date
from scrape.extraction.dates.labels import labelled_dates
from scrape.extraction.extractor import extract

FETCHED = datetime(2026, 1, 1, tzinfo=UTC)
TEXT = "<p>" + "The council met again to weigh the plan for the harbour front. " * 12 + "</p>"


def _page(article: str, head: str = "", lang: str = "en") -> str:
    return (
        f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'>"
        f"<title>Harbour plan approved | Quay News</title>{head}</head><body>"
        "<header class='site-header'><a href='/'>Quay News</a><nav><a href='/city'>City</a>"
        "<a href='/sport'>Sport</a></nav><span class='today'>Thursday, 1 January 2026</span>"
        f"</header><main><article>{article}</article></main>"
        "<footer><p>© 2019 Quay News</p></footer></body></html>"
    )


def _ld(*objects: dict[str, object]) -> str:
    data = (
        objects[0] if len(objects) == 1 else {"@context": "https://schema.org", "@graph": objects}
    )
    return f"<script type='application/ld+json'>{json.dumps(data)}</script>"


def _article(date: str, **more: object) -> dict[str, object]:
    return {
        "@type": "NewsArticle",
        "headline": "Harbour plan approved",
        "datePublished": date,
        **more,
    }


def _day(
    html: str, url: str | None = "https://quay.example/city/harbour-plan-approved"
) -> str | None:
    published = extract(html, url, fetched_at=FETCHED).published
    return published.date().isoformat() if published else None


def test_a_photo_caption_date_does_not_beat_the_declared_one() -> None:
    article = (
        "<h1>Harbour plan approved</h1><figure><img src='/i/pier.jpg' alt=''>"
        "<figcaption>The pier on 28 April 2025. Photo: Ann Lee</figcaption></figure>" + TEXT
    )
    head = "<meta property='article:published_time' content='2025-05-02T09:00:00+02:00'>"
    assert _day(_page(article, head)) == "2025-05-02"
    # Without a declared date the byline under the caption dates the article.
    byline = "<p class='byline'>By Ann Lee, 2 May 2025</p>"
    article = article.replace("</figure>", "</figure>" + byline)
    assert _day(_page(article)) == "2025-05-02"


def test_an_alt_text_date_is_no_date() -> None:
    article = (
        "<h1>Harbour plan approved</h1>"
        "<img src='/i/pier.jpg' alt='Protest at the pier, 3 March 2024'>"
        "<div class='meta'><time datetime='2025-05-02'>May 2, 2025</time></div>" + TEXT
    )
    assert _day(_page(article)) == "2025-05-02"


def test_a_date_in_the_article_text_does_not_beat_the_byline_or_the_declared_date() -> None:
    lead = (
        "<p>The works began on Monday, 28 April 2025, after a decade of planning, and the "
        "council says the new harbour front will open to walkers and cyclists within two "
        "years; traders along the quay have asked for a say in how the stalls are laid out.</p>"
    )
    article = "<h1>Harbour plan approved</h1>" + lead + TEXT
    head = _ld(_article("2025-05-02T08:00:00Z"))
    assert _day(_page(article, head)) == "2025-05-02"
    # The byline under the standfirst paragraph is further from the headline than the text's
    # date, and still dates the article.
    byline = "<p class='byline'>Ann Lee · 2 May 2025</p>"
    article = "<h1>Harbour plan approved</h1>" + lead + byline + TEXT
    assert _day(_page(article)) == "2025-05-02"


def test_video_data_does_not_date_the_article() -> None:
    video = (
        "<div itemscope itemtype='https://schema.org/VideoObject'>"
        "<meta itemprop='name' content='The pier from above'>"
        "<meta itemprop='datePublished' content='2024-01-10T12:00:00Z'>"
        "<video src='/v/pier.mp4'></video></div>"
    )
    article = "<h1>Harbour plan approved</h1>" + video + TEXT
    video_ld = {"@type": "VideoObject", "name": "The pier", "uploadDate": "2024-01-10T12:00:00Z"}
    head = _ld(video_ld) + "<meta property='article:published_time' content='2025-05-02'>"
    assert _day(_page(article, head)) == "2025-05-02"


def test_related_cards_do_not_date_the_article() -> None:
    cards = (
        "<div class='related-stories'><h3>More from the city</h3>"
        "<a href='/city/ferry'>Ferry returns</a> <time datetime='2024-11-30'>30 Nov 2024</time>"
        "<a href='/city/market'>Market moves</a> <time datetime='2024-10-02'>2 Oct 2024</time>"
        "</div>"
    )
    listed = {
        "@type": "ItemList",
        "itemListElement": [
            {"@type": "ListItem", "item": _article("2024-11-30", url="https://quay.example/ferry")},
            {"@type": "ListItem", "item": _article("2024-10-02", url="https://quay.example/mkt")},
        ],
    }
    article = "<h1>Harbour plan approved</h1>" + cards + TEXT
    head = _ld(listed) + _ld(_article("2025-05-02T10:00:00+01:00"))
    assert _day(_page(article, head)) == "2025-05-02"
    # Without a declared date, the byline under the cards still wins over them.
    byline = "<div class='byline'>By Ann Lee <time datetime='2025-05-02'>2 May 2025</time></div>"
    article = "<h1>Harbour plan approved</h1>" + cards + byline + TEXT
    assert _day(_page(article)) == "2025-05-02"


def test_json_ld_main_entity_among_several() -> None:
    url = "https://quay.example/city/harbour-plan-approved"
    graph = _ld(
        {"@type": "WebPage", "@id": url, "datePublished": "2025-04-30T07:00:00Z"},
        {"@type": "BreadcrumbList", "itemListElement": []},
        _article("2025-03-01T07:00:00Z", headline="Ferry returns", url="https://quay.example/f"),
        _article("2025-05-02T07:00:00Z", mainEntityOfPage={"@id": url}),
        {"@type": "ImageObject", "url": "https://quay.example/i/pier.jpg"},
    )
    article = "<h1>Harbour plan approved</h1>" + TEXT
    assert _day(_page(article, graph), url) == "2025-05-02"
    # The page's headline names it when no address does.
    graph = graph.replace(url, "https://quay.example/elsewhere")
    assert _day(_page(article, graph), url) == "2025-05-02"


@pytest.mark.parametrize(
    ("lang", "byline"),
    [
        ("de", "Von Anna Berg | Veröffentlicht am 2. Mai 2025, 10:15 Uhr"),
        ("fr", "Par Anne Martin, publié le 2 mai 2025 à 10h15"),
        ("es", "Por Ana Ruiz | Publicado el 2 de mayo de 2025"),
        ("pt", "Por Ana Souza, 2 de maio de 2025"),
        ("it", "di Anna Rossi, 2 maggio 2025"),
        ("ru", "Анна Петрова, 2 мая 2025, 10:15"),
        ("pl", "Anna Nowak, 2 maja 2025"),
        ("tr", "Ayşe Yılmaz, 2 Mayıs 2025"),
        ("ja", "山田花子 2025年5月2日 10時15分"),
        ("zh", "记者 王芳 2025年5月2日 10:15"),
        ("ko", "김민지 기자 2025년 5월 2일"),
        ("ar", "بقلم أحمد علي، ٢ مايو ٢٠٢٥"),
    ],
)
def test_byline_dates_in_other_languages(lang: str, byline: str) -> None:
    # No declared date; an earlier date of the story sits in a caption above the byline.
    article = (
        "<h1>Harbour plan approved</h1><figure><img src='/i/pier.jpg' alt=''>"
        "<figcaption>28.04.2025</figcaption></figure>"
        f"<div class='byline'>{byline}</div>" + TEXT
    )
    assert _day(_page(article, lang=lang), "https://quay.example/a/harbour") == "2025-05-02"


def test_the_url_dates_the_page_when_nothing_else_does() -> None:
    article = "<h1>Harbour plan approved</h1>" + TEXT
    assert _day(_page(article), "https://quay.example/2025/05/02/harbour-plan/") == "2025-05-02"
    assert _day(_page(article), "https://quay.example/city/2025-05/02/harbour.htm") == "2025-05-02"


def test_the_declared_offset_is_kept() -> None:
    # Late in the evening in New York is the next day in UTC: the page's own day stays.
    head = "<meta property='article:published_time' content='2025-05-02T23:30:00-04:00'>"
    art = extract(_page("<h1>Harbour plan approved</h1>" + TEXT, head), None, fetched_at=FETCHED)
    assert art.published is not None
    assert art.published.isoformat() == "2025-05-02T23:30:00-04:00"


def test_the_same_instant_declared_with_the_page_s_offset_gives_its_day() -> None:
    # JSON-LD in UTC (the evening before), article:published_time in Seoul's time: one
    # instant, and the page's day is the one its own offset names.
    head = _ld(_article("2020-11-18T21:00:00Z")) + (
        "<meta property='article:published_time' content='2020-11-19T06:00:00+09:00'>"
    )
    art = extract(_page("<h1>Harbour plan approved</h1>" + TEXT, head), None, fetched_at=FETCHED)
    assert art.published is not None
    assert art.published.isoformat() == "2020-11-19T06:00:00+09:00"


def test_a_time_element_s_utc_datetime_on_the_clock_its_text_shows() -> None:
    # The <time> says 01:40 UTC on the 24th; its text, 22:40 on the 23rd (Buenos Aires),
    # glued to the date by a bullet: the page's day is the 23rd.
    head = _ld(_article("2021-11-24T01:40:00.000Z"))
    shown = (
        "<div class='byline'><time datetime='2021-11-24T01:40:00.000Z'>23 de noviembre de "
        "2021•22:40</time></div>"
    )
    article = "<h1>Harbour plan approved</h1>" + shown + TEXT
    art = extract(_page(article, head, lang="es"), None, fetched_at=FETCHED)
    assert art.published is not None
    assert art.published.isoformat() == "2021-11-23T22:40:00-03:00"
    assert parse_date("12.3.2024·18:45") == datetime(2024, 3, 12, 18, 45)


@pytest.mark.parametrize(
    ("machine", "shown", "local"),
    [
        (
            "2024-04-11T01:30:00.000Z",
            "Posted: Apr 10, 2024 6:30 PM PDT",
            "2024-04-10T18:30:00-07:00",
        ),
        # The machine's seconds, which the text leaves out.
        (
            "2024-03-13T03:10:05.000Z",
            "Tue, March 12, 2024 at 11:10 PM EDT",
            "2024-03-12T23:10:05-04:00",
        ),
        # Another instant: the text's zone says nothing of this one.
        ("2024-04-11T01:30:00.000Z", "Apr 10, 2024 5:30 PM PDT", "2024-04-11T01:30:00+00:00"),
    ],
)
def test_a_time_element_s_utc_datetime_in_the_zone_its_text_names(
    machine: str, shown: str, local: str
) -> None:
    head = _ld(_article(machine))
    article = (
        f"<h1>Harbour plan approved</h1><div class='byline'><time datetime='{machine}'>{shown}"
        "</time></div>" + TEXT
    )
    art = extract(_page(article, head), None, fetched_at=FETCHED)
    assert art.published is not None
    assert art.published.isoformat() == local


@pytest.mark.parametrize(
    ("machine", "shown", "local"),
    [
        # The day alone, a day after the UTC instant: the least offset that makes it so.
        ("2023-09-05T22:14:00.000Z", "06.09.2023", "2023-09-06T00:14:00+02:00"),
        ("2024-03-13T01:42:00Z", "March 12, 2024", "2024-03-12T23:42:00-02:00"),
        # The instant's own day: nothing to re-day.
        ("2024-03-13T01:42:00Z", "March 13, 2024", "2024-03-13T01:42:00+00:00"),
        # A clock glued to the year by the template's markup.
        (
            "2024-06-06T00:31:07+0000",
            "Published Wed, Jun 5 2024<!-- -->8:31 PM EDT",
            "2024-06-05T20:31:07-04:00",
        ),
    ],
)
def test_a_time_element_s_utc_datetime_on_the_day_its_text_shows(
    machine: str, shown: str, local: str
) -> None:
    for attributes in ("", " itemprop='datePublished'"):
        head = _ld(_article(machine))
        article = (
            f"<h1>Harbour plan approved</h1><div class='byline'><time datetime='{machine}'"
            f"{attributes}>{shown}</time></div>" + TEXT
        )
        art = extract(_page(article, head), None, fetched_at=FETCHED)
        assert art.published is not None
        assert art.published.isoformat() == local, attributes


def test_a_day_alone_in_the_byline_re_days_a_utc_declaration() -> None:
    # Local midnight declared in UTC, the printed day under the headline in plain text.
    head = _ld(_article("2024-05-20T22:00:00.000Z"))
    article = (
        "<h1>Harbour plan approved</h1><div class='art-info'>Von Jens Uhlig <br>erschienen am "
        "21.05.2024</div>" + TEXT
    )
    assert _day(_page(article, head)) == "2024-05-21"


def test_an_old_template_s_today_is_no_date_and_its_byline_date_is() -> None:
    # Table layout: the logo is the <h1>, the site's "today" in words beside it; the
    # headline an <h2>, its date and byline in spans of the one block holding the text.
    text = "<br><br>".join(
        "Der Gastgeber führte zur Pause mit 2:1, ehe die Gäste nach dem Wechsel das Spiel "
        "drehten und erst in der Nachspielzeit den Ausgleich hinnehmen mussten."
        for _ in range(6)
    )
    html = (
        "<html><head><title>Kinzigtal-Zeitung - Sport - Mühlenbach gewinnt Derby</title></head>"
        "<body><table><tr><td><h1><img alt='Kinzigtal-Zeitung'>Kinzigtal-Zeitung</h1></td>"
        "<td>Heute ist Donnerstag, 17. Oktober 2024</td></tr><tr><td><div class='artikel'>"
        "<span>Fußball Kreisliga A</span><h2>Mühlenbach gewinnt Derby</h2>"
        "<span class='datum'>14.10.2024 | 18:22 Uhr</span><span class='autor'>Von unserem "
        f"Mitarbeiter Manfred Kiefer</span><div>{text}</div></div></td></tr></table></body></html>"
    )
    art = extract(html, "https://kinzigtal.example/artikel.php?id=48213", fetched_at=FETCHED)
    assert art.published is not None and art.published.date().isoformat() == "2024-10-14"
    assert art.authors == ("Manfred Kiefer",)


def test_a_byline_day_read_the_other_way_round_is_the_declared_day() -> None:
    # "01/11/2021" reads as 11 January month first; the page declares 1 November.
    head = _ld(_article("2021-11-01T05:00:14"))
    article = "<h1>Harbour plan approved</h1><p class='byline'>01/11/2021</p>" + TEXT
    assert _day(_page(article, head)) == "2021-11-01"


def test_an_earlier_byline_day_beats_a_re_stamped_declaration() -> None:
    # Sites re-stamp datePublished on every update; the byline keeps the first day.
    head = _ld(_article("2025-11-29T12:28:31-05:00", dateModified="2025-11-29T12:28:31-05:00"))
    shown = "<div><time datetime='2025-08-13'>August 13, 2025</time></div>"
    article = "<h1>Harbour plan approved</h1>" + shown + TEXT
    assert _day(_page(article, head)) == "2025-08-13"


@pytest.mark.parametrize(
    ("lang", "point"),
    [
        ("de", "Seit dem 1. Januar 2025 kostet eine Tonne CO2 beim Heizen 55 statt 45 Euro."),
        ("en", "From 1 January 2025 the ferry fare went up for everyone on the route."),
    ],
)
def test_a_short_sentence_with_a_day_in_a_summary_box_is_no_byline(lang: str, point: str) -> None:
    # A summary's point under the headline tells of an earlier day; it does not re-day the
    # declared publication.
    head = _ld(_article("2025-01-14T10:00:00+01:00"))
    box = f"<div class='summary'><h2>In short</h2><ul><li>{point}</li></ul></div>"
    article = "<h1>Harbour plan approved</h1>" + box + TEXT
    assert _day(_page(article, head, lang)) == "2025-01-14"


def test_a_zone_a_day_away_is_no_date() -> None:
    assert parse_date("Thu, 02 Nov 2023 10:00:00 +2400") is None


def test_written_dates_in_other_scripts_and_orders() -> None:
    assert dates_in_text("2024年12月12日 15:30") == [datetime(2024, 12, 12)]
    assert dates_in_text("2024년 12월 12일 오후") == [datetime(2024, 12, 12)]
    assert dates_in_text("Опубликовано 12 декабря 2024, 14:05") == [datetime(2024, 12, 12)]
    assert dates_in_text("١٢ ديسمبر ٢٠٢٤") == [datetime(2024, 12, 12)]
    assert dates_in_text("2024. március 12.") == [datetime(2024, 3, 12)]
    assert dates_in_text("15 Agustus 2023 · 3 Ekim 2023") == [
        datetime(2023, 8, 15),
        datetime(2023, 10, 3),
    ]
    assert parse_date("12 травня 2024 14:05+03:00") == datetime(
        2024, 5, 12, 14, 5, tzinfo=timezone(timedelta(hours=3))
    )


def test_time_pubdate_and_the_web_page_date_as_the_last_declared_resort() -> None:
    shown = "<div class='teaser'><time datetime='2024-02-01'>1 Feb 2024</time></div>"
    pubdate = "<footer><time pubdate datetime='2025-05-02T08:00'>2 May</time></footer>"
    article = "<h1>Harbour plan approved</h1>" + TEXT + pubdate + shown
    assert _day(_page(article)) == "2025-05-02"
    # A WebPage's date is the page's, used only when no article date is declared.
    page = {"@type": "WebPage", "name": "Harbour plan approved", "datePublished": "2025-04-30"}
    head = _ld(page) + "<meta name='parsely-pub-date' content='2025-05-02T08:00:00Z'>"
    assert _day(_page("<h1>Harbour plan approved</h1>" + TEXT, head)) == "2025-05-02"
    assert _day(_page("<h1>Harbour plan approved</h1>" + TEXT, _ld(page))) == "2025-04-30"


@pytest.mark.parametrize(
    ("lang", "cards", "declared"),
    [
        (
            "de",
            [("Spenden sammeln für die Demokratie", "2019-10-21", "21.10.2019")],
            "2023-10-31T08:47:16+00:00",
        ),
        (
            "fr",
            [("Le port se prépare à l'hiver", "2024-11-30", "30 novembre 2024")],
            "2025-05-02T09:00:00+02:00",
        ),
        (
            "es",
            [("El mercado cambia de sitio", "2024-10-02", "2 de octubre de 2024")],
            "2025-05-02T09:00:00-03:00",
        ),
        ("en", [("Ferry returns to the quay", "2024-03-14", "March 14, 2024")], "2025-05-02"),
    ],
)
def test_a_card_of_another_post_linked_whole_does_not_date_the_article(
    lang: str, cards: list[tuple[str, str, str]], declared: str
) -> None:
    # A short interview whose header block also holds cards of other posts, each one link
    # around a picture, a heading and a date: the cards are other posts, not a byline.
    tiles = "".join(
        f"<a class='tile' href='/posts/{n}/'><img src='/i/{n}.jpg' alt=''>"
        f"<div class='tile__text'><h3 class='tile__title'>{title}</h3>"
        f"<div class='tile__meta'><time datetime='{iso}'>{shown}</time></div></div></a>"
        for n, (title, iso, shown) in enumerate(cards)
    )
    article = (
        f"<div class='stage'><h1>Harbour plan approved</h1><div class='stream'>{tiles}</div>"
        "</div>" + TEXT
    )
    head = _ld(_article(declared))
    assert _day(_page(article, head, lang=lang)) == declared[:10]


def test_a_permalink_around_the_date_alone_still_dates_the_article() -> None:
    # WordPress: "Posted on <a href=permalink rel=bookmark><time>...</time></a>".
    byline = (
        "<div class='entry-meta'>Posted on <a href='/harbour-plan-approved/' rel='bookmark'>"
        "<time class='entry-date' datetime='2025-05-02T09:00:00+02:00'>May 2, 2025</time></a>"
        "</div>"
    )
    assert _day(_page("<h1>Harbour plan approved</h1>" + byline + TEXT)) == "2025-05-02"
    # A site builder links the whole byline (avatar, name, date) to the page itself.
    byline = (
        "<a href='/post/harbour-plan-approved' aria-current='page' class='author-wrapper'>"
        "<img src='/i/team.png' alt='' class='author-picture'><div class='flex-vertical'>"
        "<div class='author-name'>The Quay News Newsroom Team</div>"
        "<div class='published-date'>Friday, May 2, 2025</div></div></a>"
    )
    assert _day(_page("<h1>Harbour plan approved</h1>" + byline + TEXT)) == "2025-05-02"


@pytest.mark.parametrize(
    ("lang", "header"),
    [
        # An album review: the record's release year, then the review's own day.
        ("en", "<time>2019</time><p>Reviewed: <span>June 7, 2019</span></p>"),
        ("de", "<p>Erscheinungsjahr <time>2019</time></p><p>Veröffentlicht am 07.06.2019</p>"),
        ("fr", "<p>Sortie : <time datetime='2019'>2019</time></p><p>Publié le 7 juin 2019</p>"),
        ("es", "<p>Edición <time datetime='2019-06'>junio</time></p><p>7 de junio de 2019</p>"),
    ],
)
def test_a_year_or_a_month_alone_is_no_date(lang: str, header: str) -> None:
    article = f"<header><h1>Harbour plan approved</h1>{header}</header>" + TEXT
    assert _day(_page(article, lang=lang), "https://quay.example/reviews/harbour") == "2019-06-07"


def test_reduced_iso_forms_name_no_day() -> None:
    assert parse_date("2019") is None
    assert parse_date("2019-06") is None
    assert parse_date("2019-W23") is None
    assert parse_date("2019-158") is None
    assert parse_date("20190607") == datetime(2019, 6, 7)
    assert parse_date("2019-06-07T10:00:00Z") == datetime(2019, 6, 7, 10, tzinfo=UTC)


@pytest.mark.parametrize(
    ("lang", "shown"),
    [
        ("de", "19.10.2019, 05:00 Uhr"),
        ("fr", "19 octobre 2019 à 05h00"),
        ("it", "19 ottobre 2019, ore 05:00"),
        ("nl", "19 oktober 2019 05:00"),
    ],
)
def test_the_day_the_byline_shows_keeps_the_declared_instant(lang: str, shown: str) -> None:
    # The article went out at 05:00 local time (03:00 UTC); a zone-free microdata day was
    # written when it was scheduled the evening before. The reader is shown the 19th.
    head = _ld(_article("2019-10-19T03:00:00.000Z", dateModified="2019-10-18T20:00:25.850Z"))
    article = (
        "<meta itemprop='datePublished' content='2019-10-18'>"
        "<header><h1>Harbour plan approved</h1><div class='metainfo'>"
        "<span class='metainfo__author'>Anna Berg</span> "
        f"<time class='metainfo__date' datetime='2019-10-19T03:00:00.000Z'>{shown}</time>"
        "</div></header>" + TEXT
    )
    assert _day(_page(article, head, lang=lang)) == "2019-10-19"


@pytest.mark.parametrize(
    ("lang", "shown"),
    [
        ("de", "25.01.2022"),
        ("en", "January 25, 2022"),
        ("es", "25 de enero de 2022"),
        ("pl", "25 stycznia 2022"),
    ],
)
def test_a_generic_meta_date_ranks_below_the_byline(lang: str, shown: str) -> None:
    # "dcterms.date" and "date" say only that the document has a date; this CMS writes the
    # day the draft was saved. The byline shows the day the article went out.
    head = "<meta name='dcterms.date' content='2022-01-21T09:43+01:00'>"
    byline = (
        "<div class='article-meta'><i class='icon-calendar'></i> "
        f"<time class='date-display-single' datetime='2022-01-25T08:00:00+01:00'>{shown}</time>"
        "</div>"
    )
    article = "<h1>Harbour plan approved</h1>" + byline + TEXT
    assert _day(_page(article, head, lang=lang)) == "2022-01-25"
    # With nothing shown, the generic date still dates the page, ahead of its URL.
    url = "https://quay.example/2022/01/18/harbour-plan-approved/"
    assert _day(_page("<h1>Harbour plan approved</h1>" + TEXT, head, lang=lang), url) == (
        "2022-01-21"
    )


@pytest.mark.parametrize(
    ("declared", "url", "day"),
    [
        # A stamp with the page's own offset is already its local day, whatever the URL.
        ("2022-01-21T09:43:00+01:00", "https://quay.example/2022/01/20/harbour/", "2022-01-21"),
        ("2022-01-21T07:30:00+09:00", "https://quay.example/2022/01/20/harbour/", "2022-01-21"),
        # A UTC stamp after the page's midnight: the URL files it under the local day.
        ("2022-01-21T02:30:00Z", "https://quay.example/2022/01/20/harbour/", "2022-01-20"),
    ],
)
def test_only_a_utc_stamp_takes_the_day_the_page_files_it_under(
    declared: str, url: str, day: str
) -> None:
    head = f"<meta property='article:published_time' content='{declared}'>"
    assert _day(_page("<h1>Harbour plan approved</h1>" + TEXT, head), url) == day


@pytest.mark.parametrize(
    ("lang", "label", "shown", "day"),
    [
        ("de", "Datum", "12.01.2017", "2017-01-12"),
        ("fr", "Date de publication", "12/01/2017", "2017-01-12"),
        ("es", "Fecha", "12-01-2017", "2017-01-12"),
        ("en", "Date", "January 12, 2017", "2017-01-12"),
    ],
)
def test_a_date_only_in_an_aside_the_pruner_drops_still_dates_the_post(
    lang: str, label: str, shown: str, day: str
) -> None:
    # A blog's "post data" box beside the article holds its only date; the pruner takes
    # the aside away with the furniture, so the whole page is searched last.
    aside = (
        f"<aside class='blogData'><dl><dt>{label}</dt><dd>{shown}</dd>"
        "<dt>Kategorie</dt><dd><a href='/autocad/'>AutoCAD</a></dd></dl></aside>"
    )
    page = (
        f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'>"
        "<title>Harbour plan approved</title></head><body>"
        "<nav><a href='/'>Home</a><a href='/blog/'>Blog</a></nav>"
        "<main><article><header><h1>Harbour plan approved</h1></header>"
        f"{aside}{TEXT}{TEXT}</article></main>"
        "<footer><p>Quay Studio, Hafenstraße 1</p></footer></body></html>"
    )
    assert _day(page, "https://quay.example/harbour-plan-approved") == day


@pytest.mark.parametrize(
    ("lang", "furniture"),
    [
        # The site's "today" in its header is the day of the visit.
        ("en", "<div id='topbar'><span class='date'>Thursday, 1 January 2026</span></div>"),
        ("de", "<div class='top-bar'><span class='datum'>01.01.2026</span></div>"),
        # A related post's date names that post.
        (
            "en",
            "<div class='related-posts'><a href='/older'>Older story</a>"
            "<span class='date'>March 3, 2024</span></div>",
        ),
        (
            "fr",
            "<section class='read-more'><a href='/ancien'>Article précédent</a>"
            "<span class='date'>3 mars 2024</span></section>",
        ),
    ],
)
def test_the_whole_page_search_reads_no_today_stamp_and_no_other_post(
    lang: str, furniture: str
) -> None:
    page = (
        f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'>"
        f"<title>Harbour plan approved</title></head><body>{furniture}"
        f"<main><article><h1>Harbour plan approved</h1>{TEXT}{TEXT}</article></main>"
        "</body></html>"
    )
    assert _day(page, "https://quay.example/harbour-plan-approved") is None


@pytest.mark.parametrize(
    ("lang", "heading", "shown", "listed"),
    [
        (
            "de",
            "Weitere Pressemitteilungen dieses Verbands",
            "12.12.2022 12:22",
            ["10.08.2022 11:05", "04.08.2022 10:02"],
        ),
        ("fr", "Autres communiqués", "12 décembre 2022", ["10 août 2022", "4 août 2022"]),
        (
            "es",
            "Otras noticias",
            "12 de diciembre de 2022",
            ["10 de agosto de 2022", "4 de agosto de 2022"],
        ),
        ("en", "More from this author", "December 12, 2022", ["August 10, 2022", "August 4, 2022"]),
    ],
)
def test_a_list_of_dated_links_names_other_posts(
    lang: str, heading: str, shown: str, listed: list[str]
) -> None:
    # A press release's date sits above its headline; the block around the headline also
    # lists the publisher's other releases, each a link and a date, under a heading in the
    # page's language and a class that names nothing.
    items = "".join(
        f"<li><time>{day}</time> <a href='/news/{n}/'>Release number {n}</a></li>"
        for n, day in enumerate(listed)
    )
    page = (
        f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'>"
        "<title>Harbour plan approved</title></head><body>"
        f"<div class='title-holder'><span>Press release</span><time>{shown}</time></div>"
        f"<div class='col-8'><h1>Harbour plan approved</h1>{TEXT}"
        f"<div class='block-b'><h4>{heading}</h4><ul>{items}</ul></div></div></body></html>"
    )
    expected = "2022-12-12"
    assert _day(page, "https://quay.example/news/harbour-plan-approved-151642/") == expected


def test_a_byline_list_without_links_still_dates_the_article() -> None:
    # "Published" and "Updated" as items of one list: two days, but no item links away.
    byline = (
        "<ul class='meta'><li>By Ann Lee</li><li>Published May 2, 2025</li>"
        "<li>Updated May 9, 2025</li></ul>"
    )
    assert _day(_page("<h1>Harbour plan approved</h1>" + byline + TEXT)) == "2025-05-02"


LEAD = (
    " Traditionell gedenken die Gemeinden am Ewigkeitssonntag ihrer Verstorbenen, und in"
    " diesem Jahr lädt der Verband zusätzlich zu einer digitalen Andacht am Abend ein, die"
    " im Chat und im Video übertragen wird und allen offensteht."
)


@pytest.mark.parametrize(
    ("lang", "dateline"),
    [
        ("de", "Karlsruhe, (12.11.2021)."),
        ("fr", "PARIS, 12 novembre 2021 –"),
        ("es", "Buenos Aires, 12 de noviembre de 2021.-"),
        ("en", "NEW YORK, Nov. 12, 2021 —"),
    ],
)
def test_a_dateline_opening_the_report_dates_it(lang: str, dateline: str) -> None:
    # No declared or byline date: the report opens with its place and day, in the same run
    # of text as its first sentence; a calendar of events in the sidebar holds other days.
    page = (
        f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'>"
        "<title>Harbour plan approved</title></head><body><div id='content'>"
        "<h1>Harbour plan approved</h1><h2>The quay opens to walkers</h2>"
        f"<div class='text'><p><strong>{dateline}{LEAD}</strong></p>{TEXT}</div></div>"
        "<div class='events'><p>Sa. 13.11.2021 <a href='/termin/1'>Konzert</a></p>"
        "<p>So. 14.11.2021 <a href='/termin/2'>Lesung</a></p></div></body></html>"
    )
    assert _day(page, "https://quay.example/detail/id/35204-harbour/") == "2021-11-12"


@pytest.mark.parametrize(
    "opening",
    [
        "The festival began on Monday, 12 November 2021,",
        "It began Monday, 12 November 2021,",
        "Last year, on 12 November 2021,",
    ],
)
def test_a_date_in_the_first_sentence_is_no_dateline(opening: str) -> None:
    # The declared day is later; the text's opening sentence tells of an earlier event.
    head = _ld(_article("2021-11-20T09:00:00+01:00"))
    article = f"<h1>Harbour plan approved</h1><p>{opening}{LEAD}</p>" + TEXT
    assert _day(_page(article, head)) == "2021-11-20"


@pytest.mark.parametrize(
    ("lang", "footer"),
    [
        (
            "de",
            "Dieser Beitrag wurde am 19. Mai 2010 um 23:03 Uhr gepostet und unter Kunst abgelegt.",
        ),
        ("de", "Erstellt am: 19.05.2010"),
        ("nl", "Geplaatst op 19 mei 2010 in Kunst"),
        ("sv", "Publicerad 19 maj 2010"),
        ("pl", "Opublikowano: 19 maja 2010"),
        ("cs", "Publikováno 19. května 2010"),
        ("ru", "Опубликовано 19 мая 2010"),
    ],
)
def test_a_post_footer_labels_its_day_in_more_languages(lang: str, footer: str) -> None:
    # A blog theme dates the post only in the line under it; the URL names the month only,
    # and the text tells of an earlier day.
    page = (
        f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'>"
        "<title>Harbour plan approved</title></head><body><div id='content'>"
        f"<div class='post'><h2>Harbour plan approved</h2>{TEXT}<p>2010-05-03</p>{TEXT}"
        f"<p class='postmetadata'><small>{footer}</small></p></div></div></body></html>"
    )
    assert _day(page, "https://quay.example/2010/05/harbour-plan/") == "2010-05-19"


@pytest.mark.parametrize(
    "line",
    [
        "Dieser Beitrag wurde am 19. Mai 2010 um 23:03 Uhr gepostet und unter Kunst abgelegt.",
        "Der Artikel ist am Mittwoch, 19. Mai 2010 erschienen.",
        "Der Beitrag wurde am Mittwoch, den 19. Mai 2010 um 23:03 Uhr veröffentlicht.",
        "Erstellt am: 19.05.2010",
        "Geplaatst op 19 mei 2010 in Kunst",
        "Publisert 19. mai 2010",
    ],
)
def test_publication_labels_before_and_after_the_date(line: str) -> None:
    # German puts the participle after the date; the label reads the same either way.
    original, posted = labelled_dates(f"Kunst und Kultur {line} Kommentare (3)", True)
    assert (original, [d.date().isoformat() for d in posted]) == ([], ["2010-05-19"])


@pytest.mark.parametrize(
    ("lang", "lead"),
    [
        (
            "en",
            "On November 12, 2025: the council turned the harbour plan down, asking for a vote.",
        ),
        (
            "it",
            "Il 12 novembre 2025 il consiglio aveva respinto il piano del porto e chiesto un voto.",
        ),
        (
            "da",
            "Den 12. november 2025 afviste byrådet havneplanen, og havnen bad om en ny afstemning.",
        ),
        (
            "hu",
            "2025. november 12-én a közgyűlés elutasította a kikötői tervet, új szavazást kértek.",
        ),
        ("ja", "2025年11月12日、市議会は港湾計画を否決し、港湾局は再採決を求めていた。"),
    ],
)
def test_a_date_opening_a_sentence_of_the_standfirst_is_no_byline(lang: str, lead: str) -> None:
    # A short standfirst opens with the day of an earlier event, right under the headline;
    # the byline shows no day and the page declares a later one.
    head = _ld(_article("2025-12-03T14:35:00+01:00"))
    article = (
        f"<h1>Harbour plan approved</h1><p class='standfirst'>{lead}</p>"
        f"<div class='byline'>By Jane Smith</div>{TEXT}"
    )
    assert _day(_page(article, head, lang)) == "2025-12-03"


@pytest.mark.parametrize(
    "opening",
    ["03.12.2025 – Der Stadtrat hat am Donnerstagabend den neuen Nahverkehrsplan beschlossen."],
)
def test_a_date_and_a_dash_opening_the_report_still_date_it(opening: str) -> None:
    article = f"<h1>Harbour plan approved</h1><p>{opening}</p>{TEXT}"
    assert _day(_page(article, lang="de")) == "2025-12-03"


@pytest.mark.parametrize(
    ("lang", "updated", "published"),
    [
        ("sv", "Uppdaterad 4 december 2025 kl. 09.10", "Publicerad 3 december 2025 kl. 14.35"),
        ("da", "Opdateret 4. december 2025 kl. 09.10", "Publiceret 3. december 2025 kl. 14.35"),
        ("no", "Oppdatert 04.12.2025 09:10", "Publisert 03.12.2025 14:35"),
        ("fi", "Päivitetty 4.12.2025 klo 9.10", "Julkaistu 3.12.2025 14:35"),
        ("pl", "Aktualizacja: 04.12.2025, 09:10", "Opublikowano: 03.12.2025, 14:35"),
        ("cs", "Aktualizováno: 4. 12. 2025 9:10", "3. prosince 2025 14:35"),
        ("hu", "Frissítve: 2025. december 4. 09:10", "2025. december 3. 14:35"),
        ("ro", "Actualizat: 04.12.2025 09:10", "Publicat: 03.12.2025 14:35"),
        ("el", "Ενημερώθηκε: 04.12.2025 09:10", "03.12.2025 | 14:35"),
        ("ru", "Обновлено: 4 декабря 2025, 09:10", "3 декабря 2025, 14:35"),
        ("uk", "Оновлено: 4 грудня 2025, 09:10", "3 грудня 2025, 14:35"),
        ("tr", "Güncelleme: 04.12.2025 09:10", "03.12.2025 14:35"),
        ("id", "Diperbarui: 04/12/2025, 09:10 WIB", "03/12/2025, 14:35 WIB"),
        ("ar", "آخر تحديث: 4 ديسمبر 2025 09:10", "3 ديسمبر 2025 - 14:35"),
    ],
)
def test_an_update_stamp_before_the_first_day_in_more_languages(
    lang: str, updated: str, published: str
) -> None:
    # No declaration: the byline prints the update first, in the language's own word.
    article = (
        "<h1>Harbour plan approved</h1><div class='meta'><span class='author'>Jane Smith</span>"
        f" <span>{updated}</span> <span>{published}</span></div>{TEXT}"
    )
    assert _day(_page(article, lang=lang)) == "2025-12-03"


@pytest.mark.parametrize(("lang", "shown"), [("de", "18. Januar 2019"), ("en", "January 18, 2019")])
def test_a_teaser_cards_date_under_the_headline_does_not_beat_the_declared_one(
    lang: str, shown: str
) -> None:
    # Class names a build tool generated say nothing; the card is told by its shape: a
    # short <article> under a heading that links to another post.
    card = (
        "<article class='x9f2c1'><a href='/2019/01/loopstation-battle/'><img src='/i/l.jpg'"
        " alt=''></a><div class='k3b7e0'><span class='q1d4a8'><a href='/musik/'>Musik</a>"
        "</span><h2 class='m7c2f5'><a href='/2019/01/loopstation-battle/'>Faszination "
        f"Loopstation-Battle</a></h2><div class='t5e9b2'><span>{shown}</span></div></div>"
        "</article>"
    )
    html = (
        f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'>"
        "<title>FuelCell Echo bringt Speed</title>"
        f"{_ld(_article('2019-10-01T09:00:00+02:00', headline='FuelCell Echo bringt Speed'))}"
        "</head><body><main><div class='a81c2e'><h1 class='h4f0d3'>FuelCell Echo bringt "
        f"Speed</h1><span class='r2b6c9'>vor 4 Monaten</span></div>{card}{TEXT}</main>"
        "</body></html>"
    )
    assert _day(html, "https://laufblog.example/2019/10/fuelcell-echo/") == "2019-10-01"


def test_a_short_article_element_without_a_linked_heading_keeps_its_byline_date() -> None:
    # The page's own story in an <article> that does not hold the headline (the headline
    # set in a page header above it): its byline is the page's.
    html = (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        "<title>Harbour plan approved</title></head><body><header class='page-head'>"
        "<h1>Harbour plan approved</h1></header><article><p class='x1'>By Ann Lee, "
        "March 4, 2025</p>" + TEXT + "</article></body></html>"
    )
    assert _day(html) == "2025-03-04"


def test_a_byline_row_of_name_link_and_dates_is_no_row_of_posts() -> None:
    # Children that hold a name's link or a date, not a headline's link and a date each:
    # the byline's own "published" day beats the declared re-stamp.
    article = (
        "<h1>Harbour plan approved</h1><div class='x1'><div class='x2'>"
        "<a href='/author/jane-doe'>Jane Doe</a></div><div class='x2'>12 November 2025</div>"
        "<div class='x2'>Updated 28 December 2025</div></div>" + TEXT
    )
    head = _ld(
        {
            "@type": "NewsArticle",
            "headline": "Harbour plan approved",
            "datePublished": "2025-12-28T09:00:00Z",
        }
    )
    published = extract(_page(article, head), "https://quay.example/a", fetched_at=FETCHED)
    assert published.published is not None
    assert published.published.date().isoformat() == "2025-11-12"


@pytest.mark.parametrize(
    ("shown", "lang"),
    [
        ("Stand: 30.12.2025 14:35 Uhr", "de"),
        ("Veröffentlicht am 30.12.2025", "de"),
        ("Publié le mardi 30 décembre 2025", "fr"),
        ("Published Tuesday, December 30, 2025", "en"),
    ],
)
def test_the_page_headers_today_is_no_byline_date_without_a_menu(shown: str, lang: str) -> None:
    # The page's <header> holds the logo and the day only (its menu is a sibling): it is the
    # site's, outside the <main> that holds the headline, nearer the headline than a
    # labelled byline date.
    page = (
        f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'>"
        "<title>Harbour plan approved | Quay News</title></head><body>"
        "<header><a href='/'>Quay News</a><span>Thursday, 1 January 2026</span></header>"
        "<nav><a href='/city'>City</a><a href='/sport'>Sport</a></nav>"
        "<main><article><h1>Harbour plan approved</h1>"
        f"<div class='meta'><span class='author'>By Jane Doe</span> <span>{shown}</span></div>"
        f"{TEXT}</article></main></body></html>"
    )
    published = extract(page, "https://quay.example/city/harbour-plan-1234", fetched_at=FETCHED)
    assert published.published is not None
    assert published.published.date().isoformat() == "2025-12-30"


def test_a_header_inside_the_article_keeps_its_date() -> None:
    page = _page(
        "<header><span class='date'>30 December 2025</span></header>"
        f"<h1>Harbour plan approved</h1>{TEXT}"
    )
    published = extract(page, "https://quay.example/city/harbour-plan-1234", fetched_at=FETCHED)
    assert published.published is not None
    assert published.published.date().isoformat() == "2025-12-30"


def test_an_update_stamp_with_its_time_before_the_day_is_no_publication() -> None:
    # American bylines write the time before the day: the label stands further from it.
    page = _page(
        "<h1>Harbour plan approved</h1><div class='meta'><span>By Jane Doe</span> "
        "<span>Updated 9:10 AM EST, Wed December 31, 2025 | "
        "Published 2:35 PM EST, Tue December 30, 2025</span></div>" + TEXT
    )
    found = extract(page, "https://quay.example/city/harbour-plan-1234", fetched_at=FETCHED)
    assert found.published is not None
    assert found.published.date().isoformat() == "2025-12-30"


@pytest.mark.parametrize(
    ("lang", "label", "day"),
    [
        ("de", "Veröffentlicht am 30. Dezember 2025", "2025-12-30"),
        ("de", "Erstellt am Dienstag, 30.12.2025, 14:35 Uhr", "2025-12-30"),
        ("en", "Published on Tuesday, December 30, 2025", "2025-12-30"),
        ("fr", "Publié le mardi 30 décembre 2025", "2025-12-30"),
    ],
)
def test_a_labelled_publication_beats_the_sites_today_above_the_headline(
    lang: str, label: str, day: str
) -> None:
    # The site's "today" in a plain element right over the headline, nearer to it than the
    # byline's labelled day below.
    html = (
        f"<html lang='{lang}'><head><title>Harbour plan approved | Quay News</title></head>"
        "<body><div>Thu, 01.01.2026</div><main><article>"
        f"<h1>Harbour plan approved</h1><div>{label}</div>{TEXT}</article></main></body></html>"
    )
    assert _day(html) == day
    # Unlabelled, the nearer day is taken, as before: here the byline's.
    assert _day(html.replace(f"<div>{label}</div>", "<div>30.12.2025</div>")) == "2025-12-30"


@pytest.mark.parametrize(
    ("lang", "label"),
    [
        ("zh", "发布时间：2025-12-30 14:35"),
        ("zh-TW", "發布時間：2025/12/30 14:35"),
        ("ja", "公開日：2025年12月30日"),
        ("ko", "입력 : 2025.12.30 14:35"),
    ],
)
def test_a_labelled_publication_in_chinese_japanese_korean_beats_the_sites_today(
    lang: str, label: str
) -> None:
    # The site's "today" right over the headline; the labelled day below the lead.
    html = (
        f"<html lang='{lang}'><head><title>Harbour plan approved | Quay News</title></head>"
        "<body><div>2026年01月01日</div><main><article><h1>Harbour plan approved</h1>"
        "<p class='lead'>The council approved the plan.</p>"
        f"<div>{label}</div>{TEXT}</article></main></body></html>"
    )
    assert _day(html) == "2025-12-30"


def test_the_originals_day_in_brackets_is_no_label_of_this_page() -> None:
    # A translation links to its original "(投稿日：2025/12/16)": not this page's day.
    html = (
        "<html lang='ja'><head><title>Harbour plan approved | Quay News</title></head>"
        "<body><main><article><h1>Harbour plan approved</h1><div>2025年12月30日</div>"
        "<p><a href='https://quay.example/en/plan'>原文(投稿日：2025/12/16)へのリンク</a></p>"
        f"{TEXT}</article></main></body></html>"
    )
    assert _day(html) == "2025-12-30"


def test_a_card_of_other_posts_after_the_article_dates_nothing_whatever_its_class() -> None:
    # Class names a build tool generated say nothing: the card's <time> sits past the
    # headline's <article>, and the byline's day under the headline dates the story.
    page = (
        "<html lang='en'><head><title>Ferry service extended</title></head><body><main>"
        f"<article><h1>Ferry service extended</h1><p class='c9f2a1'>Dec 3, 2025</p>{TEXT}"
        "</article><aside class='b81e0c'><article><a href='/x'>Another story</a>"
        "<time datetime='2025-11-20'>Nov 20, 2025</time></article></aside></main></body></html>"
    )
    assert str(extract(page, "https://example.org/news/ferry", fetched_at=FETCHED).published)[
        :10
    ] == ("2025-12-03")


def test_a_bar_over_the_pages_main_dates_nothing_whatever_its_class() -> None:
    # The site's "today" in a bar outside <main>, above the headline in it, with a class a
    # build tool generated: the byline under the headline dates the story.
    page = (
        "<html lang='en'><head><title>Ferry service extended</title></head><body>"
        "<div class='a1b2c3'>Wednesday, 31 December 2025</div><main><article>"
        "<h1>Ferry service extended</h1><p class='b7c8d9'>Two late crossings from December.</p>"
        f"<p class='d4e5f6'>February 5, 2025</p>{TEXT}"
        "</article></main></body></html>"
    )
    found = extract(page, "https://example.org/news/ferry", fetched_at=FETCHED).published
    assert str(found)[:10] == "2025-02-05"


def test_the_byline_beside_the_writers_portrait_is_no_photo_caption() -> None:
    # No declared date. Themes class the text beside the writer's portrait "caption", as
    # a photo's; an embedded post further down carries an earlier day.
    embed = (
        "<blockquote class='instagram-media'><p>A post shared by Kira (@kira) on "
        "Apr 21, 2025 at 4:40am PDT</p></blockquote>"
    )
    for portrait in (
        "<img src='/files/pictures/anna.jpg' width='50' height='50' alt=''>",
        "<img src='/i/a.jpg' alt='Profile picture for user anna.berg'>",
        "<a href='/autor/anna-berg'><img src='/i/a.jpg' alt=''></a>",
    ):
        article = (
            "<h1>Harbour plan approved</h1><div class='author'><div class='avatar-box'>"
            f"{portrait}</div><div class='caption'><div>Artikel von <span>Anna Berg</span>"
            "</div><time datetime='2025-06-19T18:00:00+0200'>19. Juni 2025</time></div></div>"
            + TEXT
            + embed
            + TEXT
        )
        assert _day(_page(article, lang="de"), "https://quay.example/a/harbour") == "2025-06-19"
    # Beside a photo, the caption's day is the photo's, not the article's.
    photo = (
        "<h1>Harbour plan approved</h1><div class='media'><img src='/i/pier.jpg' width='800' "
        "height='450' alt='The pier'><div class='caption'>The pier on 28 April 2025</div></div>"
        "<div class='meta'>Anna Berg · 2 May 2025</div>" + TEXT
    )
    assert _day(_page(photo), "https://quay.example/a/harbour") == "2025-05-02"


def test_a_two_digit_year_after_the_bylines_lead_word_dates_the_article() -> None:
    assert dates_in_text("Artikel vom 31.10.23", True) == [datetime(2023, 10, 31)]
    assert dates_in_text("Stand: 05.11.24", True) == [datetime(2024, 11, 5)]
    # Not a version number, nor a date with more digits after it.
    assert dates_in_text("Version 1.10.23 ist da", True) == []
    assert dates_in_text("vom 31.10.23.5", True) == []


def test_the_day_in_a_part_of_the_header_its_class_calls_a_footer() -> None:
    # No declared date. The header's "intro-footer" holds the writer's box, linked to their
    # page with a bio, and the day; an event the text tells of comes later.
    article = (
        "<header><h1>Harbour plan approved</h1><figure><img src='/i/pier.jpg' width='2560' "
        "height='1080' alt=''></figure><div class='intro-footer'><div class='article-info'>"
        "<a href='/profile/anna-berg' class='author-box'><img src='/i/anna.jpg' alt=''>"
        "<p class='author-name'>Anna Berg</p><p class='short-bio'>Anna schreibt seit 2014 über "
        "den Hafen und alles, was dort gebaut wird.</p></a><p class='publish-date'>Artikel vom "
        "31.10.23</p></div></div></header>"
        "<p>Die Kräne kommen am 7. November 2023, sagt der Hafen, und mit ihnen die Arbeit.</p>"
        + TEXT
    )
    assert _day(_page(article, lang="de"), "https://quay.example/a/harbour") == "2023-10-31"


def test_an_embedded_posts_day_is_not_the_articles_last_resort() -> None:
    # Nothing declared, nothing by the headline: the day after the text, not the day of a
    # post the text embeds.
    embed = (
        "<blockquote class='instagram-media'><div><p><a href='https://www.instagram.com/p/x/'>"
        "Ein Beitrag geteilt von Kira (@kira)</a> am <time datetime='2019-04-21T23:47:18+00:00'>"
        "Apr 21, 2019 um 4:47 PDT</time></p></div></blockquote>"
    )
    article = (
        "<h1>Harbour plan approved</h1>" + TEXT + embed + TEXT + "<div class='group-author'>"
        "<div>von <a href='/redaktion/ulrike'>Ulrike</a></div><div><span>18.10.2019 16:06 Uhr"
        "</span></div></div>"
    )
    assert _day(_page(article, lang="de"), "https://quay.example/a/harbour") != "2019-04-21"


def test_a_writers_box_is_no_card_but_a_story_about_authority_is() -> None:
    from selectolax.lexbor import LexborHTMLParser

    from scrape.extraction.dates.furniture import holds_card

    def block(link: str) -> bool:
        node = LexborHTMLParser(f"<div id='b'>{link}<p>31.10.2023</p></div>").css_first("#b")
        assert node is not None
        return holds_card(node)

    bio = "Anna schreibt seit 2014 über den Hafen und alles, was dort gebaut wird."
    assert not block(f"<a href='/autoren/anna-berg'><p>Anna Berg</p><p>{bio}</p></a>")
    assert not block(f"<a href='/u/1' class='author-box'><p>Anna Berg</p><p>{bio}</p></a>")
    assert block(
        "<a href='/news/authority-report-99'><h3>The port authority reports a record year "
        "for the harbour</h3></a>"
    )
