"""A box whose summary a line of its own says a machine wrote ("Summary is AI-generated,
newsroom-reviewed.") is not the article's text, whatever its class; an article's sentence
about such summaries stays."""

from __future__ import annotations

import pytest

from scrape.extraction.extractor import extract

_STORY = {
    "en": [
        "A 39-year-old software engineer lost Rs 48 lakh after fraudsters posing as customs "
        "officers kept him on a video call for nearly 30 hours, police said on Monday.",
        "The man received a call on October 22 from a person who claimed to be from a courier "
        "company and said a parcel in his name had been seized at the airport.",
        "Police have frozen Rs 11 lakh in two of the accounts and are tracing the rest of the "
        "money, which they suspect was moved through a network of mule accounts.",
    ],
    "de": [
        "Der Gemeinderat hat am Dienstagabend beschlossen, die Sanierung des Hallenbads um "
        "ein Jahr zu verschieben, weil die Kosten auf 14 Millionen Euro gestiegen sind.",
        "Bürgermeisterin Anna Keller sagte, man wolle zunächst Fördermittel des Landes "
        "beantragen, bevor die Arbeiten an Dach und Technik ausgeschrieben würden.",
        "Die Schwimmvereine kritisierten die Entscheidung, weil sie schon jetzt auf Bäder in "
        "den Nachbarorten ausweichen müssen und Trainingszeiten dort knapp sind.",
    ],
    "es": [
        "El ayuntamiento aprobó el martes un plan para plantar 12.000 árboles en los barrios "
        "del sur de la ciudad antes de que termine el próximo año.",
        "La concejala de Medio Ambiente explicó que la medida busca reducir la temperatura de "
        "las calles durante las olas de calor, cada vez más frecuentes.",
        "Las asociaciones vecinales celebraron el anuncio, aunque pidieron que se garantice el "
        "riego de los árboles durante los primeros veranos.",
    ],
}

# Each language's box: a label, the machine's points (repeating the text) and the line
# saying who wrote them, in the order sites set them.
_BOXES = {
    "en": (
        '<div class="qk-rd"><div class="qk-rd_hd">Quick Reads</div>'
        '<div class="qk-rd_nt">Summary is AI-generated, newsroom-reviewed.</div><ul>'
        "<li>Fraudsters posed as customs officers and CBI officials over a video call.</li>"
        "<li>The victim transferred Rs 48 lakh to six accounts in two days.</li></ul></div>",
        ["Fraudsters posed as customs officers", "Summary is AI-generated"],
    ),
    "de": (
        '<section class="teaser-box"><h2>Das Wichtigste in Kürze</h2><ul>'
        "<li>Die Sanierung des Hallenbads wird um ein Jahr verschoben.</li>"
        "<li>Die Kosten sind auf 14 Millionen Euro gestiegen.</li></ul>"
        "<p><small>Diese Zusammenfassung wurde mit Hilfe von KI erstellt und von der Redaktion "
        "geprüft.</small></p></section>",
        ["Die Sanierung des Hallenbads wird um ein Jahr verschoben.", "mit Hilfe von KI"],
    ),
    "es": (
        '<div class="summary"><h3>Resumen</h3><p>Este resumen fue generado por IA y puede '
        "contener errores. Consulte siempre el artículo completo.</p></div>",
        ["Resumen", "generado por IA"],
    ),
}


def _page(lang: str, box: str, story: list[str]) -> str:
    paragraphs = [f"<p>{line}</p>" for line in story]
    return (
        f"<html lang='{lang}'><head><title>Noticia</title></head><body>"
        "<header><nav><a href='/'>Home</a></nav></header><article><h1>Noticia</h1>"
        f"{paragraphs[0]}{box}{''.join(paragraphs[1:])}</article>"
        "<footer><p>© 2024</p></footer></body></html>"
    )


@pytest.mark.parametrize("lang", sorted(_BOXES))
def test_a_box_the_page_says_a_machine_summarised_goes(lang: str) -> None:
    box, gone = _BOXES[lang]
    text = extract(_page(lang, box, _STORY[lang]), f"https://news.example/{lang}/a-1").body
    for line in _STORY[lang]:
        assert line in text
    for words in gone:
        assert words not in text


def test_a_sentence_of_the_text_about_machine_summaries_stays() -> None:
    sentence = "Die Redaktion testet seit März, ob eine Zusammenfassung mit KI den Lesern hilft."
    story = [*_STORY["de"][:2], sentence, _STORY["de"][2]]
    text = extract(_page("de", "", story), "https://news.example/de/a-1").body
    assert sentence in text
