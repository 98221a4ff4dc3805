"""A story's first paragraph that is short and holds a date (a lede) is the story's, not
a date line of its header: the header's date line above it goes, the lede stays."""

from __future__ import annotations

import pytest

from scrape.extraction.body import clean_blocks

REST = [
    "The vote followed months of negotiation between the parties, and the final text "
    "includes a number of changes requested by the opposition, among them more money for "
    "schools and public transport.",
    "Critics said the plan relies on optimistic revenue forecasts; the finance committee will "
    "review the figures again in the spring, when the first quarterly results are available.",
]

LEDES = [
    "Harbour Air will become a full member of the Oneworld alliance on March 31, 2021, three "
    "months later than planned.",
    "Der Stadtrat hat am 3. Dezember 2026 nach einer langen Debatte den Haushalt für das "
    "kommende Jahr beschlossen.",
    "Le conseil municipal a adopté le 3 décembre 2026 le budget de la ville pour l'année "
    "prochaine, après un long débat.",
    "El pleno del ayuntamiento aprobó el 3 de diciembre de 2026 los presupuestos municipales "
    "para el próximo año.",
    "De gemeenteraad heeft op 3 december 2026 na een lang debat ingestemd met de begroting "
    "voor volgend jaar.",
]


@pytest.mark.parametrize("lede", LEDES)
def test_short_lede_holding_a_date_is_kept(lede: str) -> None:
    assert clean_blocks([lede, *REST], title=None) == [lede, *REST]
    # Under the header's date line, which goes.
    dated = ["Updated 04.12.2026, 10:15", lede, *REST]
    assert clean_blocks(dated, title=None) == [lede, *REST]


def test_date_line_with_a_few_words_around_it_goes() -> None:
    for line in ("Harbour Herald, 3 December 2026, 10:15", "Stand: 3. Dezember 2026, 14:35 Uhr"):
        assert clean_blocks([line, *REST], title=None) == REST, line


def test_date_among_fields_set_apart_by_bars_goes() -> None:
    line = (
        "Veröffentlicht: 05.01.2020 von Anna | Abgelegt unter: Foto, Reise, Stadt, Nacht | "
        "Tags: Abend, Licht, Winter"
    )
    assert len(line) <= 120
    assert clean_blocks([line, *REST], title=None) == REST
