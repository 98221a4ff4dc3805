"""A photo credit joined to the end of a paragraph of prose (a slideshow's or gallery's
text set as the picture's caption) goes, and the paragraph stays; a caption with its
credit goes whole."""

from __future__ import annotations

import pytest

from scrape.extraction.extractor import extract

_PARAGRAPHS = {
    "en": (
        "The new model is not what you would expect from a budget phone, because it keeps the "
        "flagship's processor and camera while costing less than half of what the larger "
        "phones sell for in most markets.",
        "Image credit: www.example.org/press/",
    ),
    "de": (
        "Die neue Brücke soll nach den Plänen der Stadt im Herbst fertig sein, doch wegen des "
        "Hochwassers im Frühjahr rechnen die Ingenieure inzwischen mit einer Verzögerung von "
        "mindestens drei Monaten.",
        "Foto: Peter Schulz/dpa",
    ),
    "fr": (
        "Le conseil municipal a voté après un long débat sur les coûts, et les travaux du "
        "nouveau pont devraient commencer au printemps prochain, une fois tous les contrats "
        "signés avec les entreprises retenues.",
        "Photo : Marc Dubois/AFP",
    ),
    "ru": (
        "Городской совет проголосовал после долгих споров о расходах, и работы на новом мосту "
        "должны начаться весной, как только будут подписаны все контракты с подрядчиками и "
        "утверждён окончательный план строительства моста.",
        "Фото: Иван Петров/ТАСС",
    ),
}

_TEXT = "".join(
    f"<p>Paragraph {i}: The council met again on Tuesday evening to discuss the schedule of "
    f"the works and the detours that residents will have to take for {i + 2} months.</p>"
    for i in range(5)
)


def _page(caption: str) -> str:
    return (
        '<html><head><title>Budget phone review</title></head><body><div class="x1">'
        f'<h1 class="x2">Budget phone review</h1><div class="x3">{_TEXT[:400]}'
        f'<p class="x4">{caption}</p>{_TEXT[400:]}</div></div></body></html>'
    )


@pytest.mark.parametrize("language", sorted(_PARAGRAPHS))
def test_a_credit_joined_to_a_paragraph_goes_and_the_paragraph_stays(language: str) -> None:
    paragraph, credit = _PARAGRAPHS[language]
    body = extract(_page(f"{paragraph}<br><br><em>{credit}</em>"), None).body
    assert paragraph in body
    assert credit not in body


def test_a_caption_with_its_credit_goes_whole() -> None:
    caption = "The mayor at the opening on Monday. Photo: Jane Miller/Reuters"
    body = extract(_page(caption), None).body
    assert "The mayor at the opening" not in body
    assert "Paragraph 4" in body


@pytest.mark.parametrize(
    "line",
    [
        "© Oli Scarff/Getty Images",
        "© dpa-infocom, dpa:220124-99-835563/5",
        "© Thomson Reuters 2020",
        "© AFP / Jean Dupont",
        "© 共同通信",
        "(© Cover Media)",
        "Copyright © 2020 by: whiskyverkostung.com",
    ],
)
def test_a_short_line_opening_with_the_copyright_sign_goes(line: str) -> None:
    body = extract(_page(line), None).body
    assert "Paragraph 4" in body
    assert line not in body


def test_a_paragraph_naming_the_copyright_sign_stays() -> None:
    paragraph = "The publisher kept the © on every page it printed, as the law then required."
    body = extract(_page(paragraph), None).body
    assert paragraph in body
