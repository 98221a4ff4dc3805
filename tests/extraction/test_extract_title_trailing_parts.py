"""An element set after the headline inside its heading (a "Video" or "Plus" badge, the dek
run into the <h1>) is no part of the title where the declared titles leave it out."""

from __future__ import annotations

import pytest

from scrape.extraction.extractor import extract

PARA = "<p>" + "Der Stadtrat hat nach langer Debatte den Haushalt für die Brücke beschlossen. " * 5
PARA += "</p>"


def _page(heading: str, declared: str, title: str) -> str:
    return (
        f'<html><head><meta charset="utf-8"><title>{title}</title>'
        f'<meta property="og:title" content="{declared}">'
        '<meta property="og:site_name" content="Abendpost Nord"></head><body>'
        f"<main><article>{heading}<div class=date>12.05.2024</div>{PARA}</article></main>"
        "</body></html>"
    )


URL = "https://www.abendpost-nord.example/2024/05/12/a-88123.html"


@pytest.mark.parametrize(
    ("headline", "badge"),
    [
        ("Stadtwerke erhöhen die Gaspreise zum Jahreswechsel", "Plus"),
        ("La mairie vote le budget du nouveau pont", "Abonnés"),
        ("City council approves the river bridge budget", "Video"),
        ("Городская дума утвердила бюджет моста", "Видео"),
        ("El ayuntamiento aprueba el presupuesto del puente", "Exclusivo"),
    ],
)
def test_badge_after_the_headline_is_left_out(headline: str, badge: str) -> None:
    heading = (
        f'<h1 class="headline">{headline} <span class="badge badge-premium">{badge}</span></h1>'
    )
    html = _page(heading, headline, f"{headline} | Abendpost Nord")
    assert extract(html, URL).title == headline


@pytest.mark.parametrize(
    ("headline", "dek"),
    [
        ("Stadtwerke erhöhen die Gaspreise", "Ab Januar zahlen Kunden deutlich mehr."),
        ("City council approves bridge budget", "The vote ends months of debate."),
        ("Il consiglio approva il bilancio del ponte", "Via libera dopo mesi di discussione."),
    ],
)
def test_dek_set_in_the_headings_own_element_is_left_out(headline: str, dek: str) -> None:
    heading = f'<h1>{headline}<span class="subheadline">{dek}</span></h1>'
    html = _page(heading, headline, f"{headline} | Abendpost Nord")
    assert extract(html, URL).title == headline


def test_styled_last_words_the_declared_titles_spell_stay() -> None:
    headline = "Die Zukunft des Wintersports"
    heading = '<h1>Die Zukunft des <span class="highlight">Wintersports</span></h1>'
    html = _page(heading, headline, f"{headline} | Abendpost Nord")
    assert extract(html, URL).title == headline


def test_trailing_badge_kept_where_no_declared_title_leaves_it_out() -> None:
    headline = "Stadtwerke erhöhen die Gaspreise zum Jahreswechsel"
    heading = f'<h1>{headline} <span class="series">Teil 2</span></h1>'
    html = _page(heading, f"{headline} Teil 2", f"{headline} Teil 2 | Abendpost Nord")
    assert extract(html, URL).title == f"{headline} Teil 2"


@pytest.mark.parametrize(
    ("lang", "headline", "dek"),
    [
        ("ar", "المجلس البلدي يقر ميزانية الجسر", "إقرار الميزانية بعد نقاش طويل."),
        ("he", "מועצת העיר אישרה את תקציב הגשר", "ההצבעה סיימה ויכוח ארוך."),
        ("ko", "기준금리 석 달 만에 인하", "한은, 기준금리 0.25%p 인하."),
        ("hi", "नगर परिषद ने पुल का बजट मंजूर किया", "लंबी बहस के बाद फैसला।"),
    ],
)
def test_dek_glued_to_a_headline_in_a_script_without_capitals(
    lang: str, headline: str, dek: str
) -> None:
    # Glued without a space, the dek ran into the headline's last word, and the declared
    # title looked like the heading cut inside a word.
    heading = f'<h1>{headline}<span class="subheadline">{dek}</span></h1>'
    html = _page(heading, headline, f"{headline} | Abendpost Nord").replace(
        "<html>", f'<html lang="{lang}">'
    )
    assert extract(html, URL).title == headline


def test_highlighted_words_going_on_with_the_headline_stay_in_it() -> None:
    # The last element goes on with the headline's phrase in lower case: highlighted
    # words of it, though the declared titles give a shorter wording.
    headline = "Harbour Walks Guide"
    heading = f'<h1>{headline} <span class="accent">for families and their dogs</span></h1>'
    html = _page(heading, headline, f"{headline} | Abendpost Nord")
    url = "https://www.abendpost-nord.example/harbour-walks-guide-for-families-and-dogs/"
    assert extract(html, url).title == f"{headline} for families and their dogs"
