"""The story's tag list closes it: what a template sets after the list (the writer's bio, a
call to get the app or to support the site, a comments gate) is no part of the body, in
any language and whatever its class names. A list of topics over the text is a menu, and
the story's text is never lost to one."""

from __future__ import annotations

import pytest

from scrape.extraction.extractor import extract

_PARAGRAPHS = [
    "Ab dem ersten Januar steigen die Pensionen um 4,6 Prozent, wie das Sozialministerium am "
    "Montag in Wien bestätigte. Mehr als zwei Millionen Menschen erhalten damit mehr Geld.",
    "Auch die Vignette wird teurer: Die Jahresvignette kostet künftig 103,80 Euro, die "
    "Zehn-Tages-Vignette 12,40 Euro. Der Verkauf hat bereits Ende November begonnen.",
    "Für Mieter in Altbauwohnungen bleibt die Erhöhung der Richtwertmieten gedeckelt, die "
    "Mieten dürfen 2025 um höchstens fünf Prozent steigen, so das Justizministerium.",
    "Wer eine Wohnung neu anmietet, muss ab Jänner außerdem keine Maklerprovision mehr "
    "zahlen, wenn der Vermieter den Makler beauftragt hat, erinnert die Arbeiterkammer.",
]
_TAIL = [
    "Leo Stummer schreibt seit 2019 für die Zeitung über Konsumenten- und Sozialthemen.",
    "Immer top informiert: Hol dir jetzt unsere App aufs Handy!",
    "Ha tetszett a cikk, támogasd a szerkesztőséget, hogy független újságírást olvashass!",
]

# A tag list as templates set it: named by its class, or known by where its links lead.
_TAG_LISTS = {
    "classed": (
        "<div class='art__tags'><a href='/pension'>Pension</a><a href='/vignette'>Vignette</a>"
        "<a href='/neujahr'>Neujahr</a></div>"
    ),
    "by its links": (
        "<ul class='x7Fq2'><li><a href='/thema/pension'>Pension</a></li>"
        "<li><a href='/thema/vignette'>Vignette</a></li></ul>"
    ),
    "labelled": (
        "<p>Themen: <a href='/tag/pension/'>Pension</a>, <a href='/tag/miete/'>Miete</a></p>"
    ),
}


def _page(before: str, after: str) -> str:
    text = "".join(f"<p>{p}</p>" for p in _PARAGRAPHS)
    return (
        "<html><head><title>Das ändert sich im Jänner</title></head><body><main><article>"
        f"<h1>Das ändert sich im Jänner</h1>{before}<div class='a1'>{text}</div>{after}"
        "</article></main></body></html>"
    )


@pytest.mark.parametrize("kind", sorted(_TAG_LISTS))
def test_what_follows_the_tag_list_is_no_part_of_the_body(kind: str) -> None:
    after = _TAG_LISTS[kind] + "".join(
        f"<div class='b{i}'><p>{line}</p></div>" for i, line in enumerate(_TAIL)
    )
    body = extract(_page("", after), "https://www.heute.example/s/pensionen-100").body
    assert all(p in body for p in _PARAGRAPHS)
    assert not any(line in body for line in _TAIL)


def test_a_topic_list_over_the_text_takes_nothing() -> None:
    before = _TAG_LISTS["by its links"]
    body = extract(_page(before, ""), "https://www.heute.example/s/pensionen-100").body
    assert all(p in body for p in _PARAGRAPHS)


def test_text_going_on_after_a_tag_list_stays() -> None:
    # The list sits between two parts of the story: much prose follows it.
    rest = "".join(f"<p>{p}</p>" for p in reversed(_PARAGRAPHS))
    after = _TAG_LISTS["classed"] + f"<div class='a2'>{rest.replace('Januar', 'Februar')}</div>"
    body = extract(_page("", after), "https://www.heute.example/s/pensionen-100").body
    assert _PARAGRAPHS[0].replace("Januar", "Februar") in body


def test_a_link_whose_address_does_not_parse_breaks_nothing() -> None:
    # "https://[ccpa-preferences]/" raises in urlsplit: the list is read, the page extracted.
    after = (
        "<ul><li><a href='https://[ccpa-preferences]/'>Privacy</a></li>"
        "<li><a href='/tag/pension/'>Pension</a></li></ul>" + f"<div><p>{_TAIL[1]}</p></div>"
    )
    body = extract(_page("", after), "https://www.heute.example/s/pensionen-100").body
    assert all(p in body for p in _PARAGRAPHS)
