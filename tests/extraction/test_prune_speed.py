"""The pruner reads each element's text and class names once where it can, and tests only the
elements a rule may apply to: these pin the cases where such a shortcut could differ from
reading every element in full (names written in capitals, text shared between the tests of
several elements, whitespace around a box's parts)."""

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from scrape.extraction.dom import text_of
from scrape.extraction.prune import prune
from scrape.extraction.title.headline import find_headline

_PAGE = """<html lang="{lang}"><head><title>{title}</title>
<link rel="canonical" href="https://www.nachrichten.example/{lang}/2025/meldung"></head><body>
<header><a href="/">Start</a></header>
<main><article><h1>{title}</h1><div class="story">{text}</div></article></main>
<footer><p>© 2025</p></footer></body></html>"""

_STORIES = {
    "de": (
        "Hafenbrücke wird ab März für Autos gesperrt",
        [
            "Der Stadtrat hat am Dienstag beschlossen, die alte Hafenbrücke ab März für Autos "
            "zu sperren, nachdem Ingenieure Risse an zwei Pfeilern gefunden hatten.",
            "Die Reparatur soll mindestens acht Monate dauern; Pendler müssen so lange mit der "
            "Fähre oder über die lange Straße um die Bucht fahren.",
            "Der Bürgermeister sprach von einer schweren, aber unvermeidlichen Entscheidung und "
            "versprach zusätzliche Busse in den Stoßzeiten.",
        ],
        "Arbeiter untersuchen am Montagmorgen den beschädigten Pfeiler der Brücke.",
    ),
    "tr": (
        "Liman köprüsü martta araç trafiğine kapanıyor",
        [
            "Belediye meclisi salı günü, mühendislerin iki ayakta çatlak bulmasının ardından "
            "eski liman köprüsünün mart ayından itibaren araç trafiğine kapatılmasına karar verdi.",
            "Onarımın en az sekiz ay sürmesi bekleniyor; bu süre boyunca sürücüler feribotu ya "
            "da körfezi dolaşan uzun yolu kullanmak zorunda kalacak.",
            "Belediye başkanı zor ama kaçınılmaz bir karar olduğunu söyledi ve yoğun saatlerde "
            "ek otobüs seferleri sözü verdi.",
        ],
        "İşçiler pazartesi sabahı köprünün hasarlı ayağını inceliyor.",
    ),
    "id": (
        "Jembatan pelabuhan ditutup untuk mobil mulai Maret",
        [
            "Dewan kota pada Selasa memutuskan menutup jembatan pelabuhan lama untuk mobil mulai "
            "Maret, setelah para insinyur menemukan retakan pada dua tiangnya.",
            "Perbaikan diperkirakan memakan waktu setidaknya delapan bulan; selama itu pengendara "
            "harus naik feri atau memutari teluk lewat jalan yang panjang.",
            "Wali kota menyebut keputusan itu berat tetapi tidak terhindarkan dan menjanjikan "
            "bus tambahan pada jam sibuk.",
        ],
        "Pekerja memeriksa tiang jembatan yang rusak pada Senin pagi.",
    ),
}


def _pruned(lang: str, text: str) -> str:
    title = _STORIES[lang][0]
    tree = LexborHTMLParser(_PAGE.format(lang=lang, title=title, text=text))
    find_headline(tree, [title])
    prune(tree)
    assert tree.body is not None
    return text_of(tree.body)


def _paragraphs(lang: str) -> list[str]:
    return [f"<p>{para}</p>" for para in _STORIES[lang][1]]


@pytest.mark.parametrize("lang", sorted(_STORIES))
@pytest.mark.parametrize(
    "caption",
    [
        '<p class="WP-Caption-Text">{}</p>',
        '<div id="Photo-CAPTION">{}</div>',
        '<span class="Image Caption">{}</span>',
    ],
)
def test_a_caption_named_in_capitals_is_pruned(lang: str, caption: str) -> None:
    first, second, third = _paragraphs(lang)
    shown = caption.format(_STORIES[lang][2])
    figure = f"<div class='photo'><img src='/pier.jpg' alt=''>{shown}</div>"
    text = _pruned(lang, first + figure + second + third)
    assert _STORIES[lang][1][2][:40] in text
    assert _STORIES[lang][2] not in text


@pytest.mark.parametrize("lang", sorted(_STORIES))
def test_a_class_merely_spelling_caption_is_no_caption(lang: str) -> None:
    # "captioned" is not the token "caption": the block is the article's text.
    first, second, third = _paragraphs(lang)
    block = f"<div class='captioned-story'><img src='/pier.jpg' alt=''>{second}</div>"
    text = _pruned(lang, first + block + third)
    assert _STORIES[lang][1][1][:40] in text


_BADGES = (
    '<a href="https://apps.apple.com/app/id100"><img alt="App Store" src="/i/a.png"></a>\n  '
    '<a href="https://play.google.com/store/apps/details?id=x.y"><img alt="Play" src="/i/p.png">'
    "</a>"
)


@pytest.mark.parametrize("lang", sorted(_STORIES))
def test_badges_go_and_the_sub_headings_sharing_their_container_stay(lang: str) -> None:
    # Several sub-headings of the article climb to the same container; the heading over the
    # badges, set apart by whitespace only, goes with them.
    first, second, third = _paragraphs(lang)
    badges = f'<div class="apps">\n <h3>\n App \n</h3>\n <div>{_BADGES}</div>\n</div>'
    text = _pruned(lang, f"<h2>Eins</h2>{first}<h2>Zwei</h2>{second}{badges}<h2>Drei</h2>{third}")
    assert "Eins" in text and "Zwei" in text and "Drei" in text
    assert "App" not in text


_LABELS = {"de": "Mehr zum Thema", "tr": "İlgili haberler", "id": "Baca juga"}


@pytest.mark.parametrize("lang", sorted(_STORIES))
@pytest.mark.parametrize("frames", [(), ("div",), ("nav",), ("nav", "div")])
def test_a_labels_headlines_in_frames_of_one_element_are_pruned(
    lang: str, frames: tuple[str, ...]
) -> None:
    # The list under the label sits in wrappers holding nothing else (a carousel's frame):
    # the label's texts are read only once a wrapper or a list follows it.
    items = "".join(
        f'<li><a href="/{lang}/2025/{i}">Another story from the harbour desk number {i}</a></li>'
        for i in range(2)
    )
    listed = f"<ul>{items}</ul>"
    for depth, tag in enumerate(frames):
        listed = f'<{tag} class="frame-{depth}">\n{listed}\n</{tag}>'
    box = f'<div class="inline"><h4>{_LABELS[lang]}</h4>\n<!-- list -->\n{listed}</div>'
    first, second, third = _paragraphs(lang)
    text = _pruned(lang, first + second + box + third)
    assert _STORIES[lang][1][2][:40] in text
    assert "harbour desk number 1" not in text
    assert _LABELS[lang] not in text


@pytest.mark.parametrize("lang", sorted(_STORIES))
@pytest.mark.parametrize("ending", ["…", "...", " (...)", " [&hellip;]"])
def test_cards_cut_off_are_pruned_and_cards_without_an_ellipsis_stay(
    lang: str, ending: str
) -> None:
    def cards(end: str) -> str:
        return "".join(
            f'<li class="card"><a href="/{lang}/2025/{i}">Another story from the harbour desk '
            f"number {i}</a><p>The template shows the start of story {i} under its title and "
            f"cuts it off in the middle of the second sentence, so that{end}</p></li>"
            for i in range(2)
        )

    first = _paragraphs(lang)[0]
    cut = _pruned(lang, f'{first}<ul class="x">{cards(ending)}</ul>')
    whole = _pruned(lang, f'{first}<ul class="x">{cards(" the reader sees it all.")}</ul>')
    assert "start of story 1" not in cut
    assert "start of story 1" in whole


_ALSO = {"de": "Lesen Sie auch:", "tr": "Bunu da okuyun:", "id": "Baca juga:"}


@pytest.mark.parametrize("lang", sorted(_STORIES))
@pytest.mark.parametrize("first", [True, False])
def test_a_read_also_box_beside_a_list_of_links_is_pruned(lang: str, first: bool) -> None:
    # The links of the list stop at the wrapper they share with the box, before or after the
    # box's own link reaches it.
    links = "".join(f'<li><a href="/{lang}/thema/{i}">Thema {i}</a></li>' for i in range(6))
    box = f'<p>{_ALSO[lang]} <a href="/{lang}/2025/7">Fish return to the upper weir at last</a></p>'
    parts = [f'<ul class="topics">{links}</ul>', box]
    first_para, second, third = _paragraphs(lang)
    wrapper = "<div class='inline'>" + "".join(parts if first else parts[::-1]) + "</div>"
    text = _pruned(lang, first_para + second + wrapper + third)
    assert "upper weir" not in text and _ALSO[lang] not in text
    assert "Thema 5" in text and _STORIES[lang][1][2][:40] in text


@pytest.mark.parametrize("lang", sorted(_STORIES))
def test_a_linked_headline_is_measured_with_its_whitespace_collapsed(lang: str) -> None:
    # Indented markup: the headline's text spread over lines is still a headline, and a short
    # link padded with whitespace is still too short to be one.
    spread = "\n      Fish return to the\n      upper weir at last\n    "
    padded = "\n\n        Weir\n\n                    "
    first, second, third = _paragraphs(lang)
    box = f'<p>{_ALSO[lang]} <a href="/{lang}/2025/7">{spread}</a></p>'
    short = f'<p>{_ALSO[lang]} <a href="/{lang}/2025/8">{padded}</a></p>'
    text = _pruned(lang, first + box + second + short + third)
    assert "upper weir" not in text
    assert "Weir" in text
