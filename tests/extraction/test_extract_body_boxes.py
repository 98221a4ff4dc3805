"""Boxes beside or after the article: teaser cards cut off mid-sentence, a label's linked
headlines set apart in a box of their own. The article's own lists and sub-headings stay."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from scrape.extraction.dom import text_of
from scrape.extraction.prune import prune
from scrape.extraction.title.headline import find_headline

_PAGE = """<html lang="{lang}"><head><title>{title}</title>
<link rel="canonical" href="https://www.zeitung.example/{lang}/2024/artikel"></head><body>
<header><a href="/">Start</a></header>
<main><article><h1>{title}</h1><div class="entry-content">{text}</div>{after}</article></main>
<footer><p>© 2024</p></footer></body></html>"""

_ARTICLES = {
    "de": (
        "Stadtrat beschließt neuen Radweg am Fluss",
        [
            "Der Stadtrat hat am Dienstagabend mit großer Mehrheit den Bau eines neuen Radwegs "
            "entlang des Flussufers beschlossen, der die Altstadt mit dem Süden verbindet.",
            "Nach Angaben der Verwaltung kostet das Vorhaben etwa 3,2 Millionen Euro, von denen "
            "das Land knapp die Hälfte übernimmt. Baubeginn ist im kommenden Frühjahr.",
            "Kritik kam von Anwohnern, die mehr Lärm und weniger Parkplätze befürchten. Die "
            "Stadt will die Pläne im Herbst in einer Bürgerversammlung vorstellen.",
        ],
    ),
    "fr": (
        "La mairie lance un plan pour rénover les écoles",
        [
            "Le conseil municipal a adopté jeudi soir un plan de rénovation de quinze écoles "
            "primaires, dont plusieurs n'avaient pas connu de travaux depuis longtemps.",
            "Selon l'adjointe chargée de l'éducation, l'enveloppe atteint 48 millions d'euros, "
            "financés en partie par l'État et par la région.",
            "Les parents d'élèves saluent une décision attendue, tout en s'inquiétant de "
            "l'organisation des classes pendant les travaux.",
        ],
    ),
    "pt": (
        "Governo anuncia novo programa de habitação",
        [
            "O governo anunciou nesta quarta-feira um programa que prevê a construção de 25 mil "
            "casas a preços controlados nos próximos quatro anos.",
            "Segundo a ministra, o investimento ronda os dois mil milhões de euros, financiados "
            "pelo plano de recuperação europeu.",
            "As associações de inquilinos consideram a medida positiva, mas lembram que a "
            "procura é muito superior à oferta prevista.",
        ],
    ),
    "pl": (
        "Rada miasta przyjęła plan budowy nowych żłobków",
        [
            "Radni przyjęli we wtorek program budowy pięciu nowych żłobków w dzielnicach, w "
            "których brakuje miejsc dla najmłodszych dzieci.",
            "Jak poinformował wiceprezydent miasta, koszt inwestycji wyniesie około 60 milionów "
            "złotych, częściowo z funduszy unijnych.",
            "Rodzice z zadowoleniem przyjęli decyzję, choć wskazują, że kolejki do żłobków są "
            "dziś bardzo długie.",
        ],
    ),
    "es": (
        "El Gobierno aprueba un plan de ayudas para el campo",
        [
            "El Consejo de Ministros aprobó este martes un paquete de ayudas de 300 millones de "
            "euros para los agricultores afectados por la sequía.",
            "El ministro explicó que las ayudas llegarán antes del verano y que se priorizará a "
            "las pequeñas explotaciones familiares.",
            "La oposición criticó el retraso de la medida y pidió una reforma del sistema de "
            "seguros agrarios.",
        ],
    ),
}

_BIO = (
    '<div class="about"><p>Die Autorin schreibt seit fünfzehn Jahren über Stadtentwicklung, '
    "Verkehr und Wohnen. Zuvor arbeitete sie bei einer Regionalzeitung und studierte "
    "Geografie.</p><p>Sie lebt mit ihrer Familie am Stadtrand und fährt jeden Tag mit dem "
    "Rad in die Redaktion, bei jedem Wetter und zu jeder Jahreszeit.</p></div>"
)


def _pruned(lang: str, *, text: str | None = None, mid: str = "", after: str = "") -> str:
    title, paras = _ARTICLES[lang]
    if text is None:
        text = "".join(f"<p>{p}</p>" for p in paras[:2]) + mid + f"<p>{paras[2]}</p>"
    tree = LexborHTMLParser(_PAGE.format(lang=lang, title=title, text=text, after=after))
    find_headline(tree, [title])
    prune(tree)
    assert tree.body is not None
    return text_of(tree.body)


def _long(lang: str) -> str:
    """The article's text twice over: long enough for its end to be told."""
    return "".join(f"<p>{p}</p>" for p in _ARTICLES[lang][1] * 2)


def _cards(lang: str, ending: str, href: str = "/{lang}/2024/{i}") -> str:
    return "".join(
        f'<li><a href="{href.format(lang=lang, i=i)}">Another story from the city desk number '
        f"{i}</a><br><small>A teaser of story {i}, which the template shows under its title and "
        f"cuts off in the middle of its second sentence, so that the{ending}</small></li>"
        for i in range(3)
    )


@pytest.mark.parametrize(("lang", "ending"), [("de", "..."), ("fr", "…"), ("pt", " […]")])
def test_cut_off_cards_after_a_short_post_are_pruned(lang: str, ending: str) -> None:
    # One paragraph of text: too short for the trailing-teaser rule to begin.
    first = _ARTICLES[lang][1][0]
    text = _pruned(lang, text=f"<p>{first}</p>", after=f'<ul class="x">{_cards(lang, ending)}</ul>')
    assert first[:40] in text
    assert "A teaser of story 1" not in text


def test_cut_off_cards_of_an_archived_copy_are_pruned_with_their_label() -> None:
    # The copy's links point to the archive, not the site; the list's class says what it is,
    # and an author's bio follows, so the list does not trail the text.
    cards = _cards("pl", "...", href="https://archive.example.net/web/2020/{lang}/{i}")
    after = f'<h3>Zobacz także</h3><ul class="related_posts">{cards}</ul>{_BIO}'
    text = _pruned("pl", after=after)
    assert "Rodzice z zadowoleniem" in text
    assert "A teaser of story 0" not in text
    assert "Zobacz także" not in text


def test_own_list_with_points_ending_in_dots_is_kept() -> None:
    points = "".join(
        f"<li>Point {i} of the plan, which the council says it will explain later ...</li>"
        for i in range(3)
    )
    text = _pruned("de", after=f"<ul>{points}</ul>")
    assert "Point 2 of the plan" in text


def test_press_review_with_quotes_cut_off_is_kept() -> None:
    # Links out to other papers, each with a quoted line: the story itself.
    items = "".join(
        f'<li><a href="https://paper{i}.example.com/x">Paper {i} writes about the plan</a>: '
        f'"The council has finally found the courage to decide, even if the money is ..."</li>'
        for i in range(3)
    )
    text = _pruned("es", mid=f"<ul>{items}</ul>")
    assert "Paper 1 writes about the plan" in text


_AGO = {"pt": "há 3 horas", "pl": "3 godziny temu", "de": "vor 3 Stunden"}
_LABEL = {"pt": "Leia também", "pl": "Zobacz także", "de": "Mehr aus der Stadt"}


@pytest.mark.parametrize("lang", ["pt", "pl", "de"])
def test_boxed_headlines_inside_the_text_are_pruned(lang: str) -> None:
    items = "".join(
        f'<li><a href="/{lang}/2024/{i}"><img src="/{i}.jpg" alt=""><h6>Another story from '
        f"the city desk number {i}</h6><small>{_AGO[lang]}</small></a></li>"
        for i in range(3)
    )
    box = f'<div class="inline"><h4>{_LABEL[lang]}</h4><ul>{items}</ul></div>'
    text = _pruned(lang, mid=box)
    assert _ARTICLES[lang][1][2][:40] in text
    assert "city desk number 1" not in text
    assert _LABEL[lang] not in text


@pytest.mark.parametrize(
    ("lang", "label"),
    [
        ("fr", '<p class="title">À découvrir</p>'),
        ("es", "<div><strong>Te puede interesar</strong></div>"),
    ],
)
def test_boxed_headlines_under_a_line_of_their_own_are_pruned(lang: str, label: str) -> None:
    # The label is no heading: a paragraph or a line set in bold, first in its box.
    items = "".join(
        f'<div class="item"><span class="icon"></span><a href="/{lang}/2024/{i}">Another '
        f"story from the city desk number {i}</a></div>"
        for i in range(3)
    )
    box = f'<div class="same-topic">{label}<div class="items">{items}</div></div>'
    text = _pruned(lang, mid=box)
    assert _ARTICLES[lang][1][2][:40] in text
    assert "city desk number 1" not in text
    assert "découvrir" not in text and "interesar" not in text


def test_grid_of_labelled_boxes_goes_with_its_title() -> None:
    # Boxes of linked headlines, one per kind ("Lesen", "Hören"), under one title: the
    # title is not left behind over nothing.
    kinds = ""
    for kind in ("Lesen", "Hören"):
        items = "".join(
            f'<li><a href="/de/2024/{kind}{i}">Another story from the city desk number {i}</a>'
            f"<span>03.11.2024</span></li>"
            for i in range(3)
        )
        kinds += f"<li><span>{kind}</span><ul>{items}</ul></li>"
    title = "<h2>Mehr aus der Redaktion</h2>"
    box = f'<section class="block"><div>{title}<ul>{kinds}</ul></div></section>'
    text = _pruned("de", mid=box)
    assert "Kritik kam von Anwohnern" in text
    assert "city desk number 1" not in text
    assert "Mehr aus der Redaktion" not in text


def test_short_paragraph_over_the_texts_own_list_is_kept() -> None:
    # In the flow of the text, a short line over a list of the site's pages is the text's.
    items = "".join(
        f'<li><a href="/es/2024/{i}">Las ayudas de la comarca número {i} en detalle</a></li>'
        for i in range(3)
    )
    text = _pruned("es", mid=f"<p>Por comarcas:</p><ul>{items}</ul>")
    assert "Por comarcas" in text
    assert "comarca número 2" in text


@pytest.mark.parametrize(
    ("lang", "label"),
    [("de", "Mehr News aus Essen:"), ("es", "Lee también:"), ("pt", "Leia também:")],
)
def test_a_line_naming_other_stories_over_their_links_in_the_text_is_pruned(
    lang: str, label: str
) -> None:
    # The same shape as "Por comarcas:", but its label says the links are other stories.
    items = "".join(
        f'<li><a href="/{lang}/2024/{i}">Gruga-Bad öffnet früher, doch es gibt Haken Nummer {i}</a>'
        "</li>"
        for i in range(3)
    )
    text = _pruned(lang, mid=f"<p><strong>{label}</strong></p><ul>{items}</ul>")
    assert label.rstrip(":") not in text
    assert "Haken Nummer 2" not in text


def test_heading_and_list_in_the_flow_of_the_text_are_kept() -> None:
    items = "".join(
        f'<li><a href="/de/2024/{i}">Das Projekt am Ufer Nummer {i} im Überblick</a> '
        f"({_AGO['de']})</li>"
        for i in range(3)
    )
    text = _pruned("de", mid=f"<h2>Die Projekte</h2><ul>{items}</ul>")
    assert "Die Projekte" in text
    assert "Ufer Nummer 2" in text


@pytest.mark.parametrize(
    "after",
    [
        "<h2>Fazit</h2><p>Kurz gesagt: Der Radweg kommt.</p>",
        '<div class="head"><h2>Fazit</h2></div><p>Kurz gesagt: Der Radweg kommt.</p>',
        '<h2>Quellen</h2><ul><li><a href="https://land.example.org/bericht.pdf">Bericht des '
        "Landes zum Radwegeplan 2024</a></li></ul>",
    ],
)
def test_heading_over_text_or_sources_is_kept(after: str) -> None:
    text = _pruned("de", text=_long("de"), after=after)
    assert "Fazit" in text or "Quellen" in text


@pytest.mark.parametrize(
    "label",
    ["Citiți și", "Čtěte také", "Læs også", "Baca juga", "Xem thêm", "Читайте также", "相关推荐"],
)
def test_a_read_also_heading_over_a_linked_headline_in_the_text_is_pruned(label: str) -> None:
    # A broadcaster's embed between paragraphs: its heading says "read also" in the page's
    # language, over one linked headline.
    link = "/a/migratia-din-nordul-romaniei/32780412.html"
    box = (
        f'<div class="wsw__embed"><div class="media-block-wrap"><h2 class="section-head">{label}'
        f'</h2><div class="media-block"><a href="{link}" class="img-wrap"></a><div '
        f'class="media-block__content"><a href="{link}"><h4 class="media-block__title">'
        "Recensământul confirmă: Nordul României pierde cei mai mulți tineri</h4></a></div>"
        "</div></div></div>"
    )
    text = _long("de")
    text = _pruned("de", text=text + box + text)
    assert "Nordul României" not in text
    assert label not in text


@pytest.mark.parametrize(
    "box",
    [
        '<div class="infobox"><p>Zur Person: Jens Albersmeyer (52) ist gebürtiger Bielefelder '
        "und studierte Architektur in Hannover.</p><p>Er ist verheiratet.</p></div>",
        '<aside class="info-box"><h3>Zur Person</h3><p>Johann Gruber (54) bewirtschaftet einen '
        "Milchviehbetrieb in Krakau auf 1200 Metern Seehöhe.</p></aside>",
        '<div class="incut"><p class="incut__title">Личное дело</p><p>Сергей Лаптев. Родился в '
        "1971 году в Ставрополе.</p></div>",
        '<div class="infobox"><h4>Névjegy</h4><p><strong>Farkas Gábor</strong> 1968-ban született '
        "Pécsett.</p></div>",
    ],
)
def test_an_interviews_box_on_the_person_asked_is_pruned(box: str) -> None:
    text = _long("de")
    text = _pruned("de", text=text + box + text)
    assert "Krakau" not in text and "Bielefelder" not in text
    assert "Ставрополе" not in text and "Pécsett" not in text


def test_a_box_opening_with_other_words_stays() -> None:
    # A fact box of the story's own ("Zahlen und Fakten"), however it is classed.
    box = (
        '<div class="infobox"><h3>Zahlen und Fakten</h3><p>Die Stadt hat 6000 öffentliche '
        "Stellplätze in Parkhäusern, zwei Drittel davon sind samstags belegt.</p></div>"
    )
    text = _long("de")
    assert "Stellplätze in Parkhäusern" in _pruned("de", text=text + box + text)


@pytest.mark.parametrize(
    ("lang", "box"),
    [
        (
            "pl",
            '<div class="oko-support-inline"><p>Dziękujemy, że czytasz nas! Nie mamy reklam ani '
            'właściciela.</p><a href="/wspieraj/">Wspieram</a></div>',
        ),
        (
            "de",
            '<div class="news_spenden"><b>Unterstütze uns!</b> Mit einem freiwilligen Abo ab 3 '
            'Euro im Monat sicherst du unsere Arbeit. <a href="/abo">Jetzt</a></div>',
        ),
        (
            "es",
            '<div class="donation-box"><p>El periodismo independiente cuesta dinero. '
            "Hazte socio.</p></div>",
        ),
    ],
)
def test_a_box_asking_readers_for_money_is_pruned(lang: str, box: str) -> None:
    text = _pruned(lang, mid=box)
    assert _ARTICLES[lang][1][2][:40] in text
    assert "sicherst du" not in text and "Nie mamy reklam" not in text
    assert "Hazte socio" not in text


def test_blocks_named_as_furniture_only_by_their_test_names_are_pruned() -> None:
    # Hashed classes say nothing; the components' test names do ("AppPromo",
    # "NewsletterTeaser"). The article's own block named for its tests stays.
    _title, paras = _ARTICLES["de"]
    text = (
        f"<div class='css-1q2w3e' data-testid='ArticleBody'><p>{paras[0]}</p><p>{paras[1]}</p>"
        f"<p>{paras[2]}</p></div>"
    )
    after = (
        "<div class='css-1xcvb5s' data-testid='AppPromo'><p>Nutzen Sie unsere App für alle "
        "Eilmeldungen – kostenlos für iOS und Android.</p></div>"
        "<div class='css-nl1q8b' data-qa='NewsletterTeaser'><p>Der Morgen: der Newsletter "
        "mit den wichtigsten Themen des Tages.</p></div>"
    )
    pruned = _pruned("de", text=text, after=after)
    assert paras[2] in pruned
    assert "Eilmeldungen" not in pruned and "Newsletter" not in pruned


def test_blocks_named_as_furniture_by_their_css_modules_are_pruned() -> None:
    # CSS modules name a class after its component and a hash ("AppPromo_root__W2rQk");
    # the component's name says what the block is for. The text's own module stays.
    _title, paras = _ARTICLES["de"]
    text = (
        f"<div class='ArticleBody_body__H8sTq'><p>{paras[0]}</p><p>{paras[1]}</p>"
        f"<p>{paras[2]}</p></div>"
    )
    after = (
        "<div class='AppPromo_root__W2rQk'><p>Nutzen Sie unsere App für alle Eilmeldungen – "
        "kostenlos für iOS und Android.</p></div>"
        "<div class='ArticleFooter_note__x9Yt2'><p>Mitarbeit: Jonas Weber.</p></div>"
    )
    pruned = _pruned("de", text=text, after=after)
    assert paras[2] in pruned
    assert "Eilmeldungen" not in pruned
    assert "Mitarbeit: Jonas Weber." in pruned


def test_a_components_parts_named_after_the_pages_stay() -> None:
    # An FAQ's questions are its accordion's "header": the component's, not the site's.
    _title, paras = _ARTICLES["de"]
    faq = (
        "<div data-testid='accordion-header'><h3>Wann beginnt der Bau?</h3></div>"
        f"<div data-testid='accordion-content-0'><p>{paras[1]}</p></div>"
    )
    pruned = _pruned("de", text=f"<p>{paras[0]}</p>{faq}<p>{paras[2]}</p>")
    assert "Wann beginnt der Bau?" in pruned
