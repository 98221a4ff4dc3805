"""Writers' labels and by-words of more languages: Hungarian "Írta:", Croatian and Serbian
"Piše:", Greek "Γράφει ο/η", Turkish "Haber:", Indonesian "Reporter:", Arabic "تقرير:" and
"كتب -" (a dash for the colon), Chinese "撰文：", Vietnamese "Bài:"."""

from __future__ import annotations

import pytest

from scrape.extraction.extractor import extract
from scrape.extraction.names import clean_name

BODY = "<p>" + "Gradsko vijeće u utorak je nakon duge rasprave odobrilo novu liniju. " * 20 + "</p>"


def _page(byline: str, lang: str, frame: str) -> str:
    date = "<time datetime='2024-11-26T09:30:00+01:00'>26.11.2024</time>"
    shown = {
        "byline": f"<div class='byline'>{byline}</div><div class='date'>{date}</div>",
        "meta": f"<p class='article-meta'><span>{byline}</span> · {date}</p>",
    }[frame]
    return (
        f"<html lang='{lang}'><head><title>Linija</title></head><body>"
        "<header><a href='/'>Naslovnica</a></header><main><article>"
        f"<h1>Nova tramvajska linija</h1>{shown}{BODY}</article></main></body></html>"
    )


@pytest.mark.parametrize("frame", ["byline", "meta"])
@pytest.mark.parametrize(
    ("byline", "lang", "expected"),
    [
        ("Írta: Nagy Péter", "hu", ("Nagy Péter",)),
        ("Piše: Ivan Horvat", "hr", ("Ivan Horvat",)),
        ("Γράφει ο Γιώργος Παπαδόπουλος", "el", ("Γιώργος Παπαδόπουλος",)),
        ("Γράφει η Μαρία Ιωάννου", "el", ("Μαρία Ιωάννου",)),
        ("Haber: Ayşe Yılmaz", "tr", ("Ayşe Yılmaz",)),
        ("Reporter: Budi Santoso | Editor: Siti Aminah", "id", ("Budi Santoso",)),
        ("تقرير: محمد العلي", "ar", ("محمد العلي",)),
        ("كتبت - فاطمة حسن", "ar", ("فاطمة حسن",)),
        ("撰文：王晓明", "zh", ("王晓明",)),
        ("Bài và ảnh: Nguyễn Văn An", "vi", ("Nguyễn Văn An",)),
    ],
)
def test_the_label_of_the_pages_language(
    byline: str, lang: str, expected: tuple[str, ...], frame: str
) -> None:
    page = extract(_page(byline, lang, frame), "https://novine.example/grad/2024/11/26/linija")
    assert page.authors == expected


def test_the_label_needs_its_mark() -> None:
    # "Haber" with no colon is a word of the text (or a name), not the label.
    assert clean_name("Haber Yılmaz") == ["Haber Yılmaz"]


@pytest.mark.parametrize("label", ["Autor(en):", "Autor*innen:", "Autor(in):", "Author(s):"])
def test_the_label_with_its_plural_or_feminine_in_brackets_after_the_text(label: str) -> None:
    # An old trade site's page: the publisher declared as the author, the writer only in
    # a box after the text.
    html = (
        "<html lang='de'><head><title>Bafin prüft Versicherungen</title><meta name='author' "
        "content='Fachverlag Muster GmbH'></head><body><table><tr><td><h1>Bafin prüft "
        f"Versicherungen</h1>{BODY}<div class='autor_box'>{label} <a "
        "href='/autoren/karsten-rieger.php'>Karsten Rieger</a></div></td></tr></table>"
        "</body></html>"
    )
    page = extract(html, "https://www.fachverlag.example/artikel/148213.php")
    assert page.authors == ("Karsten Rieger",)


@pytest.mark.parametrize("label", ["Beitrag", "Bericht"])
def test_a_broadcasters_report_credited_beside_its_camera(label: str) -> None:
    html = (
        "<html lang='de'><head><title>Freiheitshalle wiedereröffnet</title></head><body>"
        "<main><article><h1>Freiheitshalle wiedereröffnet</h1><div class='article-info'>"
        f"<span class='date'>24.10.2024 | 18:32 Uhr</span> <span class='credits'>{label}: "
        f"Franziska Pöhlmann | Kamera: Stefan Hertel</span></div>{BODY}</article></main>"
        "</body></html>"
    )
    page = extract(html, "https://www.regio-tv.example/mediathek/video/freiheitshalle/")
    assert page.authors == ("Franziska Pöhlmann",)


def test_finnish_text_and_pictures_labels_in_spans_of_their_own() -> None:
    # "Teksti A Kuvat B" ("text A, pictures B"), each label in a span named for the byline:
    # the label alone is no name, the pictures' credit no writer's.
    byline = (
        "<span class='kjk-byline__item'><span class='kjk-byline__label'>Teksti</span> Minna "
        "Kettunen</span> <span class='kjk-byline__item'><span class='kjk-byline__label'>Kuvat"
        "</span> Pekka Rautio</span>"
    )
    page = _page(byline, "fi", "byline")
    assert extract(page, "https://www.kirkko.example/-/ruoka-apu").authors == ("Minna Kettunen",)
