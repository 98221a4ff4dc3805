"""A story's closing sign-off of two codes, an editor's initials with the agency in either
order ("aja/PAP", "jm/AFP") or two editors' initials in brackets ("(vyp/kna)", "(dr/spot)"),
is furniture, as the longer routing codes are, and so is one editor's initials or the agency
alone in brackets ("(aro)", "(dpa)"); slashed words of the text are not."""

from __future__ import annotations

import pytest

from scrape.extraction.extractor import extract
from scrape.extraction.wording import is_furniture_line


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("aja/PAP", True),
        ("(jm/AFP)", True),
        ("ms/ANSA", True),
        ("(vyp/kna)", True),
        ("(dr/spot)", True),
        ("[rk/tt]", True),
        # One editor's initials or the agency alone in brackets.
        ("(aro)", True),
        ("(dpa)", True),
        ("(AFP)", True),
        # The editors' initials, then the agencies in brackets.
        ("ar/ab (dpa, afp, rtr)", True),
        ("kle/ack (AFP, Reuters)", True),
        # An abbreviated desk in the code ("red." for the newsroom).
        ("(APA/red.)", True),
        # The agency, a writer or the paper's print edition in brackets with the day.
        ("(APA, 5.11.2024)", True),
        ("(„Die Presse“, Print-Ausgabe, 06.11.2024)", True),
        ("(Anna Roth, 5.11.2024)", True),
        # The newsroom signing for the site and the agencies; a programme's note closed
        # by the code.
        ("red, ORF.at/Agenturen", True),
        ("red, wien.ORF.at", True),
        ("SRF 4 News, 05.11.2024, 10:00 Uhr ; sda/roth", True),
        ("(Die Regierung will am 5.11.2024 entscheiden.)", False),
        ("red, white and blue", False),
        ("Red, Green", False),
        ("Der Bund zahlt, die Länder planen; km/h gilt weiter", False),
        ("km/h (zwei Stunden)", False),
        # Two short words without brackets, or one that is no initials, are the text's.
        ("dr/spot", False),
        ("(km/h)", False),
        ("(Ein/Aus)", False),
        ("testify/mock", False),
        ("Top/panel", False),
        ("TCP/IP", False),
        ("(2024)", False),
        ("[build]", False),
        ("(Up)", False),
        ("(Anzeige) Die Stadtwerke erhöhen die Preise.", False),
    ],
)
def test_a_sign_off_is_furniture(line: str, furniture: bool) -> None:
    assert is_furniture_line(line) is furniture


_PARAGRAPHS = {
    "pl": (
        "Parlament Europejski zatwierdził w środę umowę handlową między Unią Europejską a "
        "Wielką Brytanią, która tymczasowo obowiązywała od początku roku.",
        "aja/PAP",
    ),
    "id": (
        "Dokter spesialis saraf mengingatkan bahwa gejala stroke harus segera ditangani di "
        "rumah sakit dalam waktu kurang dari empat jam setelah muncul.",
        "(vyp/kna)",
    ),
    "de": (
        "Die Erfolgsserie geht im Herbst in ihre zwanzigste Staffel, wie der Sender am Montag "
        "in München mitteilte; gedreht wird bereits seit dem Frühjahr.",
        "(dr/spot)",
    ),
}


@pytest.mark.parametrize("language", sorted(_PARAGRAPHS))
def test_a_story_closes_without_its_sign_off(language: str) -> None:
    paragraph, sign_off = _PARAGRAPHS[language]
    html = (
        f"<html lang='{language}'><head><title>News</title></head><body><article>"
        f"<h1>News</h1><p>{paragraph}</p><p>{paragraph} (2)</p><p>{paragraph} (3)</p>"
        f"<p>{sign_off}</p></article></body></html>"
    )
    body = extract(html, f"https://news.example/{language}/story-123").body
    assert body.endswith("(3)")
