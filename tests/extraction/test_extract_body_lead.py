"""The lead (standfirst, teaser, Vorspann, chapô) set in the article's header, apart from the
element holding the text, is the article's first paragraph: it opens the body, after the
headline. The header's other lines (facts, dates, bios, taglines) stay out."""

from __future__ import annotations

import pytest

from scrape.extraction.extractor import extract

_LEADS = {
    "de": (
        "Die Stadt sperrt die alte Hafenbrücke ab März für Autos. Ingenieure hatten im Winter "
        "Risse an zwei Pfeilern gefunden.",
        "Der Stadtrat hat den Beschluss am Dienstagabend nach langer Debatte gefasst",
    ),
    "en": (
        "The city will close the old harbour bridge to cars from March. Engineers found cracks "
        "in two of its piers during the winter.",
        "The council took the decision on Tuesday evening after a long debate",
    ),
    "fr": (
        "La ville fermera le vieux pont du port aux voitures dès mars. Des ingénieurs ont "
        "découvert des fissures sur deux piles cet hiver.",
        "Le conseil a pris la décision mardi soir après un long débat",
    ),
    "es": (
        "La ciudad cerrará el viejo puente del puerto a los coches desde marzo. Los ingenieros "
        "hallaron grietas en dos pilares este invierno.",
        "El ayuntamiento tomó la decisión el martes por la noche tras un largo debate",
    ),
    "pl": (
        "Miasto zamknie stary most portowy dla samochodów od marca. Inżynierowie znaleźli "
        "zimą pęknięcia w dwóch filarach.",
        "Rada podjęła decyzję we wtorek wieczorem po długiej debacie",
    ),
}


def _page(lang: str, header_extra: str = "", lead: str | None = None) -> str:
    text_lead, sentence = _LEADS[lang]
    lead = text_lead if lead is None else lead
    paragraphs = "".join(f"<p>{sentence}, und so weiter, Absatz {i}.</p>" for i in range(6))
    return (
        f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'>"
        "<title>Harbour bridge to close | Quay News</title></head><body>"
        "<header class='site-header'><a href='/'>Quay News</a></header>"
        "<main><article><div class='article-header'><h1>Harbour bridge to close</h1>"
        f"<p class='article-teaser'>{lead}</p>{header_extra}</div>"
        f"<div class='article-body' itemprop='articleBody'>{paragraphs}</div>"
        "</article></main><footer><p>Quay News, Harbour Road 1</p></footer></body></html>"
    )


@pytest.mark.parametrize("lang", sorted(_LEADS))
def test_the_lead_in_the_header_opens_the_body(lang: str) -> None:
    lead, sentence = _LEADS[lang]
    body = extract(_page(lang), "https://quay.example/news/harbour-bridge/").body
    assert body.startswith(lead)
    assert sentence in body
    assert body.count(lead) == 1


@pytest.mark.parametrize("lang", sorted(_LEADS))
def test_a_lead_of_two_sentences_without_its_last_full_stop_opens_the_body(lang: str) -> None:
    lead = _LEADS[lang][0].rstrip(".")
    body = extract(_page(lang, lead=lead), "https://quay.example/news/harbour-bridge/").body
    assert body.startswith(lead)


def test_the_headers_facts_and_taglines_stay_out() -> None:
    facts = "<ul class='facts'><li>Prep 15 min</li><li>Updated 2 hours ago</li></ul>"
    tagline = "<p class='kicker'>Everything you need to know about the bridges of the bay</p>"
    body = extract(
        _page("en", header_extra=facts + tagline), "https://quay.example/news/harbour-bridge/"
    ).body
    assert "Prep 15 min" not in body
    assert "Updated 2 hours ago" not in body
    assert "Everything you need to know" not in body


def test_an_authors_bio_in_the_header_is_no_lead() -> None:
    bio = (
        "<p class='writer'>Jane Roe is a freelance writer and editor who covers city "
        "politics and transport for several regional papers.</p>"
    )
    body = extract(_page("en", header_extra=bio), "https://quay.example/news/harbour-bridge/").body
    assert "Jane Roe is a freelance writer" not in body


# Article headers that name their parts "header-…": inside an <article> (FAZ-like), and
# in an older template of <div>s whose header's class names it the article's.
_NAMED_HEADERS = {
    "inside-article": (
        "<html lang='de'><head><title>Eine ganz andere Überschrift für Suchmaschinen</title>"
        "<meta property='og:title' content='Eine ganz andere Überschrift für Suchmaschinen'>"
        "</head><body><header class='header-site'><a href='/'>Kai-Zeitung</a></header>"
        "<main><article><header class='header-detail'><div class='header-detail__container'>"
        "<h1 class='header-title'><span class='header-label'>Verkehr</span>"
        "<span class='header-title__text'>Die Hafenbrücke wird gesperrt</span></h1>"
        "<p class='header-teaser'>{lead}</p><div class='header-detail__meta'>"
        "<span class='info-author'>Von Anna Roth, Hamburg</span></div></div></header>"
        "<div class='body-elements'>{paragraphs}</div></article></main></body></html>"
    ),
    "div-template": (
        "<html lang='de'><head><title>Die Hafenbrücke wird gesperrt - Kai-Zeitung</title>"
        "</head><body><div class='site-header'><a href='/'>Kai-Zeitung</a></div>"
        "<div class='article-container'><div class='article-header'>"
        "<div class='article-header-top'><span>Hamburg</span> <span>27.05.2019</span></div>"
        "<h1 class='article-header-title'>Die Hafenbrücke wird gesperrt</h1>"
        "<p class='article-header-text'>{lead}</p>"
        "<div class='article-header-meta'>Von Anna Roth, Hamburg</div></div>"
        "<div class='article-body'>{paragraphs}</div></div></body></html>"
    ),
}


@pytest.mark.parametrize("template", sorted(_NAMED_HEADERS))
def test_the_lead_in_a_header_its_classes_name_after_itself(template: str) -> None:
    # The parts are the headline's and the lead's, not the site header's; the byline
    # still stays out.
    lead, sentence = _LEADS["de"]
    paragraphs = "".join(f"<p>{sentence}, Absatz {i}.</p>" for i in range(6))
    page = _NAMED_HEADERS[template].format(lead=lead, paragraphs=paragraphs)
    body = extract(page, "https://kai.example/lokales/hafenbruecke-id54412078.html").body
    assert body.startswith(lead)
    assert "Anna Roth" not in body


def test_a_lead_opening_with_its_writer_s_name_is_text_in_any_script() -> None:
    # A Korean wire's lead names its writer first; in a third of a Latin paragraph's
    # characters it is a paragraph, not a byline line.
    lead = (
        "(서울=연합뉴스) 김민수 기자 = "
        "서울시가 다음 달부터 새벽 시간대 시내버스 첫차 운행 시간을 앞당긴다."
    )
    rest = "".join(
        "<p>서울시는 새벽 이용객이 많은 노선의 첫차 출발 시간을 "
        f"앞당기는 방안을 시행한다고 밝혔다 {i}.</p>"
        for i in range(5)
    )
    page = (
        "<html lang='ko'><head><title>서울 시내버스 첫차 10분 앞당긴다</title>"
        "<meta name='author' content='김민수'></head><body><main><article>"
        "<h1>서울 시내버스 첫차 10분 앞당긴다</h1>"
        f"<div class='byline'>김민수 기자</div><div class='story'><p>{lead}</p>{rest}</div>"
        "</article></main></body></html>"
    )
    body = extract(page, "https://yna.example/view/AKR20201118151200004").body
    assert "서울시가 다음 달부터" in body


def test_a_page_s_own_header_classes_beyond_the_article_s_header_still_go() -> None:
    # The <body>'s classes name a header and a post type: no article header for all that;
    # an accordion's "card-header" elsewhere on the page stays furniture.
    _, sentence = _LEADS["en"]
    paragraphs = "".join(f"<p>{sentence}, paragraph {i}.</p>" for i in range(6))
    page = (
        "<html lang='en'><head><title>Our work | Studio</title></head>"
        "<body class='archive post-type-archive fixed-header'><main>"
        "<section class='hero'><h1 class='hero__subheader'>Our work</h1></section>"
        f"<div class='content'>{paragraphs}</div>"
        "<div class='accordion'><div class='card'><div class='card-header'>"
        "<a href='#' aria-expanded='true'><h4>What is your strategic approach to design?</h4>"
        "</a></div></div></div></main></body></html>"
    )
    body = extract(page, "https://studio.example/work/").body
    assert "strategic approach" not in body


def test_a_byline_and_date_line_between_the_lead_and_the_text_stays_out() -> None:
    # The lead first, then the writers and the days in one line, then the text.
    lead, _ = _LEADS["de"]
    text = "".join(
        f"<p>Absatz {i}: Die Pendler müssen ab März den Umweg über die Nordbrücke nehmen, "
        "der Bus fährt dann alle zehn Minuten; die Stadt prüft eine Fähre.</p>"
        for i in range(5)
    )
    meta = (
        "<div class='meta'><span class='authors'>Von <a href='/autoren/ulrike-mayer'>Ulrike "
        "Mayer</a> und <a href='/autoren/jan-pohl'>Jan Pohl</a></span> · <time "
        "datetime='2024-08-17T18:20:00+02:00'>17. August 2024, 18:20 Uhr</time> · "
        "<span>Aktualisiert am 18. August 2024, 09:10 Uhr</span></div>"
    )
    page = (
        "<!DOCTYPE html><html lang='de'><head><title>Hafenbrücke wird gesperrt</title></head>"
        f"<body><main><article><h1>Hafenbrücke wird gesperrt</h1><div class='text'><p>{lead}"
        f"</p>{meta}{text}</div></article></main></body></html>"
    )
    article = extract(page, "https://www.zeitung.example/stadt/hafenbruecke-1.html")
    assert article.authors == ("Ulrike Mayer", "Jan Pohl")
    assert article.body.startswith(lead)
    assert "Absatz 4" in article.body
    assert "Aktualisiert" not in article.body
    assert "Ulrike" not in article.body
