"""Picture credits named for the picture's place or source ("Titelbild:", "Bildnachweis:",
"Photo source:", "Foto de portada:", "Beeld:", "Ảnh:") and lines opening with a credit's
label, however long their names run, are furniture in any language; a sentence that uses
the same words is text."""

from __future__ import annotations

import pytest

from scrape.extraction.extractor import extract
from scrape.extraction.wording import is_credit_line, is_furniture_line


@pytest.mark.parametrize(
    "line",
    [
        "Titelbild: Fachy Marín on Unsplash",
        "Beitragsbild: privat",
        "Bildquelle: Peter Ferstl",
        "Bildnachweis: picture alliance/dpa",
        "Photo Source: Markus Spiske from Pexels.",
        "Image source: Getty Images",
        "Foto de portada: EFE",
        "Foto di copertina: Ansa",
        "Foto de capa: Agência Brasil",
        "Beeld: ANP",
        "Ảnh: Nguyễn Văn A",
        "Foto ilustrasi: Antara",
        "Görsel: AA",
        "Źródło zdjęcia: PAP",
        "Beitragsbild via Unsplash.",
        "Beitragsbild: Titelseite der FAZ vom 2.4.2019, Ausriss.",
        "Quelle: Deutscher Jagdverband (DJV), 02. Februar 2022, Berlin",
        "Fotos: Helmut Elstrodt, Klausmartin Friedrich, Frank-Hartmut Jäger, Helmut Kunert",
        # A label of the site's own word, then the copyright sign.
        "Rubriklistenbild: © Arndt Pröhl",
        "Vorschaubild: ©Jana Berg",
        # A caption in Chinese closing with its picture's credit in brackets.
        "▲氣象署提醒，今明兩天北部山區要慎防豪雨。（圖／記者王小明攝）",
        "▲民眾在車站前排隊等候接駁車。（圖／翻攝自臉書）",
    ],
)
def test_a_credit_line_is_furniture(line: str) -> None:
    assert is_furniture_line(line) or is_credit_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Das Titelbild zeigt den Bürgermeister bei der Eröffnung der neuen Brücke am Montag.",
        "Imagine: a city without cars, where children play in the streets all day long.",
        "The photo source said the pictures were taken on Monday, days before the vote.",
        "Die Bildrechte liegen nach Angaben des Gerichts weiterhin beim Fotografen, der gegen "
        "die Veröffentlichung geklagt hatte.",
        # A label alone heads a section of the text (the credits of a film, a game).
        "Credits:",
        "Fazit: Das Urteil stärkt die Rechte der Urheber, sagte die Anwältin.",
        # A sentence in Chinese naming a picture in brackets, not its credit.
        "他說，這張照片（圖一）拍攝於去年冬天。",
    ],
)
def test_a_sentence_with_the_same_words_is_text(line: str) -> None:
    assert not is_furniture_line(line) and not is_credit_line(line)


_TEXT = "".join(
    f"<p>Paragraph {i}: The council met again on Tuesday evening to discuss the schedule of "
    f"the works and the detours that residents will have to take for {i + 2} months.</p>"
    for i in range(5)
)


@pytest.mark.parametrize(
    "credit",
    [
        "Titelbild: Fachy Marín on Unsplash",
        "Beeld: ANP",
        "Ảnh: Nguyễn Văn A",
        "Beitragsbild: Titelseite der FAZ vom 2.4.2019, Ausriss.",
    ],
)
def test_a_credit_closing_the_text_goes(credit: str) -> None:
    page = (
        "<html><head><title>Works</title></head><body><div class='x1'><h1>Works</h1>"
        f"<div class='x3'>{_TEXT}<p>{credit}</p></div></div></body></html>"
    )
    body = extract(page, None).body
    assert "Paragraph 4" in body
    assert credit not in body
