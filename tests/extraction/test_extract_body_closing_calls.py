"""The lines that close a page asking the reader to report a mistake or to read on elsewhere
("Sie haben einen Fehler entdeckt? Schreiben Sie uns.", "Mehr Nachrichten aus der Region
lesen Sie hier."), in the languages of the press, go with the run of closing lines they end;
a story's last sentence about an error stays."""

from __future__ import annotations

import pytest

from scrape.extraction.body import clean_blocks

STORY = [
    "Der Stadtrat hat am Dienstagabend mit großer Mehrheit den Bau einer neuen "
    "Straßenbahnlinie beschlossen, die den Norden der Stadt mit dem Hauptbahnhof verbinden soll.",
    "Die Kosten für das Projekt werden auf rund 180 Millionen Euro geschätzt; ein großer Teil "
    "soll aus Fördermitteln des Bundes und des Landes kommen, sagte der Oberbürgermeister.",
    "Die Bauarbeiten sollen im Frühjahr 2026 beginnen und etwa vier Jahre dauern. Während "
    "dieser Zeit müssen Autofahrer in der Innenstadt mit Umleitungen rechnen.",
]


@pytest.mark.parametrize(
    "closing",
    [
        ["Zur Startseite", "Sie haben einen Fehler entdeckt? Schreiben Sie uns."],
        ["Mehr Nachrichten aus der Region lesen Sie hier."],
        ["Fehler gefunden? Jetzt melden"],
        ["Spotted an error? Let us know."],
        ["Vous avez repéré une erreur ? Signalez-la à la rédaction."],
        ["¿Has visto algún error? Escríbenos."],
        ["Hai trovato un errore? Segnalacelo."],
        ["Encontrou um erro? Avise-nos."],
    ],
)
def test_closing_calls_to_the_reader_are_dropped(closing: list[str]) -> None:
    assert clean_blocks([*STORY, *closing], title=None) == STORY


def test_a_last_sentence_telling_of_an_error_stays() -> None:
    last = "Die Verwaltung räumte ein, bei der Kostenschätzung einen Fehler gemacht zu haben."
    blocks = [*STORY, last]
    assert clean_blocks(blocks, title=None) == blocks


@pytest.mark.parametrize(
    "closing",
    [
        ["Have a news tip? Email us at tips@gazette.example."],
        [
            "Copyright 2024 The Associated Press. All rights reserved. This material may not be "
            "published, broadcast, rewritten or redistributed without permission."
        ],
        ["© 2024 Stadtanzeiger GmbH. All rights reserved. Reproduction only with permission."],
    ],
)
def test_a_newsrooms_tip_line_and_legal_notice_close_no_story(closing: list[str]) -> None:
    assert clean_blocks([*STORY, *closing], title=None) == STORY


@pytest.mark.parametrize(
    "label",
    [
        "Anzeige",
        "Werbung",
        "Publicité",
        "Publicidad",
        "Pubblicità",
        "Advertentie",
        "Reklama",
        "Реклама",
    ],
)
def test_an_advertisements_label_between_paragraphs_is_dropped(label: str) -> None:
    assert clean_blocks([STORY[0], label, *STORY[1:]], title=None) == STORY


def test_a_sentence_about_advertising_stays() -> None:
    blocks = [STORY[0], "Die Werbung für das Projekt kostete die Stadt 40.000 Euro.", *STORY[1:]]
    assert clean_blocks(blocks, title=None) == blocks
