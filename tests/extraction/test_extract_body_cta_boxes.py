"""Boxes the pruner's other rules leave behind: a call to action under its own heading
closing a short article (a photo story, a list of facts), and a heading over badges
linking out to app stores and shops. The article's own boxes and pictures stay."""

from __future__ import annotations

import pytest

from scrape.extraction.extractor import extract

_PAGE = """<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>
<link rel="canonical" href="https://www.wohnen.example/{lang}/story"></head><body>
<div class="topbar"><a href="/">Start</a> <a href="/living">Living</a></div>
<main class="container"><article class="story"><h1>{title}</h1>
<div class="story-body">{text}</div>{after}</article></main>
<div class="bottom"><p>© 2024</p></div></body></html>"""

# Short lines: a photo story's captions and facts, none a paragraph of prose.
_SHORT = {
    "de": (
        "Altbauwohnung mit viel Grün",
        [
            "Wer wohnt hier? Lena und ihr Kater.",
            "Wie viel Platz? 72 Quadratmeter.",
            "Lieblingsplatz: die Fensterbank mit den Kakteen.",
        ],
        (
            "Noch mehr Wohnungen entdecken",
            "Sieh dir an, wie unsere Leserinnen und Leser wohnen und einrichten.",
            "Alle Wohnungen",
        ),
    ),
    "fr": (
        "Un studio lumineux à Lyon",
        [
            "Qui habite ici ? Camille, illustratrice.",
            "Surface : 31 mètres carrés.",
            "Le coin préféré : la table près de la fenêtre.",
        ],
        (
            "Découvrez d'autres intérieurs",
            "Chaque semaine, nos lecteurs nous ouvrent les portes de leur logement.",
            "Voir les intérieurs",
        ),
    ),
    "es": (
        "Un ático con terraza en Valencia",
        [
            "¿Quién vive aquí? Marta y su perra Lola.",
            "Superficie: 58 metros cuadrados.",
            "Rincón favorito: la hamaca junto a las macetas.",
        ],
        (
            "Descubre más casas",
            "Nuestros lectores nos enseñan cómo viven y decoran sus hogares.",
            "Ver más casas",
        ),
    ),
    "pl": (
        "Mieszkanie w kamienicy w Krakowie",
        [
            "Kto tu mieszka? Ola i jej dwa koty.",
            "Metraż: 54 metry kwadratowe.",
            "Ulubione miejsce: parapet pełen roślin.",
        ],
        (
            "Zobacz więcej mieszkań",
            "Nasi czytelnicy pokazują, jak mieszkają i urządzają swoje wnętrza.",
            "Więcej mieszkań",
        ),
    ),
}


def _call(heading: str, sentence: str, button: str) -> str:
    return (
        f'<div class="module-wide"><section><h2>{heading}</h2><p>{sentence}</p>'
        f'<a class="btn btn-primary" href="/living/homes">{button}</a></section></div>'
    )


@pytest.mark.parametrize("lang", sorted(_SHORT))
def test_headed_call_to_action_after_a_short_article_goes(lang: str) -> None:
    title, lines, (heading, sentence, button) = _SHORT[lang]
    text = "".join(f"<p>{line}</p>" for line in lines)
    html = _PAGE.format(lang=lang, title=title, text=text, after=_call(heading, sentence, button))
    body = extract(html, None).body or ""
    assert lines[0] in body and lines[-1] in body
    assert heading not in body and sentence not in body


@pytest.mark.parametrize("lang", sorted(_SHORT))
def test_headed_box_followed_by_prose_stays(lang: str) -> None:
    title, lines, (heading, sentence, button) = _SHORT[lang]
    text = "".join(f"<p>{line}</p>" for line in lines) + _call(heading, sentence, button)
    more = "<p>" + " ".join(lines) + " " + " ".join(reversed(lines)) + " " + sentence + "</p>"
    html = _PAGE.format(lang=lang, title=title, text=text + more, after="")
    body = extract(html, None).body or ""
    assert sentence in body and lines[0] in body


_LONG = {
    "de": (
        "Neue Karten für Radfahrer",
        "Der Anbieter hat seine Karten überarbeitet und zeigt nun die beliebtesten Orte der "
        "Nutzer an. Damit sollen Touren leichter zu planen sein, auch in fremden Regionen.",
        "Lesen Sie das Magazin digital in der App oder bestellen Sie es im Shop:",
    ),
    "en": (
        "City opens new cycle lanes",
        "The council opened four kilometres of protected cycle lanes on Monday, linking the "
        "station with the campus. Officials said more routes would follow next year.",
        "Read the magazine in our app or order a print copy:",
    ),
    "it": (
        "Nuove piste ciclabili in città",
        "Il comune ha inaugurato lunedì quattro chilometri di piste protette tra la stazione "
        "e il campus. Altri percorsi seguiranno il prossimo anno se arriveranno i fondi.",
        "Leggi la rivista nella nostra app o acquistala nello shop:",
    ),
    "pt": (
        "Cidade abre novas ciclovias",
        "A prefeitura inaugurou na segunda-feira quatro quilômetros de ciclovias protegidas "
        "entre a estação e o campus. Novas rotas devem ser abertas no próximo ano.",
        "Leia a revista no nosso aplicativo ou assine a edição impressa:",
    ),
}

_BADGES = (
    '<a href="https://apps.apple.com/app/id100"><img alt="App Store" src="/i/a.png"></a>'
    '<a href="https://play.google.com/store/apps/details?id=x.y"><img alt="Play" src="/i/p.png">'
    "</a>"
)


def _long_page(lang: str, box: str) -> tuple[str, str, str]:
    title, para, heading = _LONG[lang]
    second = " ".join(reversed(para.split(". ")))
    text = f"<p>{para}</p>{box.format(heading=heading)}<h3>Details</h3><p>{second}</p>"
    return _PAGE.format(lang=lang, title=title, text=text, after=""), para, heading


@pytest.mark.parametrize("lang", sorted(_LONG))
def test_heading_over_app_store_badges_goes(lang: str) -> None:
    box = f'<div class="stores"><h3>{{heading}}</h3><div class="row">{_BADGES}</div></div>'
    html, para, heading = _long_page(lang, box)
    body = extract(html, None).body or ""
    assert para in body and "Details" in body
    assert heading not in body


@pytest.mark.parametrize("lang", sorted(_LONG))
def test_heading_over_the_sites_own_pictures_stays(lang: str) -> None:
    box = (
        '<div class="pictures"><h3>{heading}</h3><a href="/news/bild-1"><img src="/b1.jpg">'
        '</a><a href="/news/bild-2"><img src="/b2.jpg"></a></div>'
    )
    html, para, heading = _long_page(lang, box)
    body = extract(html, None).body or ""
    assert para in body and heading in body


# A heading too long to read as a label, over a list of the site's headlines, in a wrapper
# named as furniture: once the list is gone, the heading is no section title of the article.
_FRAMES = {
    "de": (
        "Weitere Nachrichten aus der Stadt und dem Landkreis",
        [
            "Neue Brücke über den Fluss soll 2026 fertig werden",
            "Parkgebühren in der Innenstadt steigen zum Jahreswechsel",
            "Wochenmarkt zieht für die Bauzeit auf den Domplatz um",
        ],
    ),
    "fr": (
        "Toute l'actualité de la ville et du département",
        [
            "Le nouveau pont sur le fleuve ouvrira en 2026",
            "Le stationnement en centre-ville augmente en janvier",
            "Le marché hebdomadaire déménage place de la cathédrale",
        ],
    ),
    "it": (
        "Altre notizie dalla città e dalla provincia oggi",
        [
            "Il nuovo ponte sul fiume aprirà nel 2026",
            "Aumentano le tariffe dei parcheggi in centro",
            "Il mercato settimanale si sposta in piazza Duomo",
        ],
    ),
    "nl": (
        "Meer nieuws uit de stad en de regio van vandaag",
        [
            "Nieuwe brug over de rivier gaat in 2026 open",
            "Parkeertarieven in de binnenstad stijgen in januari",
            "Weekmarkt verhuist tijdens de bouw naar het Domplein",
        ],
    ),
}


def _frame_page(lang: str, middle: str) -> tuple[str, str]:
    _, para, _ = _LONG["de"]
    second = " ".join(reversed(para.split(". ")))
    third = para.replace(". ", "; ")
    text = f"<p>{para}</p><p>{second}</p><p>{third}</p>{middle}<p>Mit Material von dpa.</p>"
    return _PAGE.format(lang=lang, title="Neue Karten", text=text, after=""), third


@pytest.mark.parametrize("lang", sorted(_FRAMES))
def test_furniture_frame_left_holding_its_heading_goes(lang: str) -> None:
    heading, headlines = _FRAMES[lang]
    items = "".join(f'<li><a href="/lokal/{k}">{t}</a></li>' for k, t in enumerate(headlines))
    html, third = _frame_page(
        lang, f'<div class="related-box"><h3>{heading}</h3><ul>{items}</ul></div>'
    )
    body = extract(html, None).body or ""
    assert third in body
    assert heading not in body and headlines[0] not in body


@pytest.mark.parametrize("lang", sorted(_FRAMES))
def test_section_header_over_the_articles_text_stays(lang: str) -> None:
    heading, _ = _FRAMES[lang]
    _, para, _ = _LONG["de"]
    text = (
        f'<p>{para}</p><header class="section-header"><h2>{heading}</h2></header>'
        f"<p>{para[::-1]}</p>"
    )
    html = _PAGE.format(lang=lang, title="Neue Karten", text=text, after="")
    body = extract(html, None).body or ""
    assert heading in body
