"""An author box closing the text, its label ("Über die Autorin", "Sobre el autor", "Об
авторе") over the author's bio, goes with the bio, in the languages of the press; a closing
section headed with the author's role alone ("Der Autor") is the text's, and a label in the
middle of the text leaves what follows it."""

from __future__ import annotations

import pytest

from scrape.extraction.extractor import extract

_TEXT = "".join(
    f"<p>Absatz {i}: Der Gemeinderat hat am Dienstagabend erneut über den Zeitplan der "
    f"Bauarbeiten beraten, und die Anwohner müssen sich auf Umleitungen für {i + 2} Monate "
    "einstellen.</p>"
    for i in range(5)
)

_BOXES = {
    "de": (
        "Über die Autorin:",
        "Anna Schmidt ist Redakteurin im Ressort Politik und berichtet seit 2015 über "
        "Landespolitik und Verkehr. Zuvor arbeitete sie bei einer Regionalzeitung.",
    ),
    # The label written for any gender ("Autor:in", "Autor*in").
    "de-neutral": (
        "Über die Autor:in",
        "Anna Schmidt ist Redakteurin bei diesem Magazin und schreibt über Datenschutz und "
        "Überwachung. Zuvor arbeitete sie bei einer Regionalzeitung.",
    ),
    "fr": (
        "À propos de l'auteur",
        "Marie Dupont est journaliste au service politique depuis 2015. Elle a auparavant "
        "travaillé pour un quotidien régional du sud-ouest.",
    ),
    "es": (
        "Sobre el autor",
        "Juan Pérez es periodista de la sección de política desde 2015. Antes trabajó en un "
        "diario regional de Andalucía.",
    ),
    # The Argentine press's "about the byline".
    "es-AR": (
        "Sobre la firma",
        "Juan Pérez es periodista de la sección Sociedad desde 2015. Antes trabajó en un "
        "diario de Rosario.",
    ),
    "it": (
        "Sull'autore",
        "Marco Rossi è giornalista della redazione politica dal 2015. In precedenza ha "
        "lavorato per un quotidiano regionale.",
    ),
    "pl": (
        "O autorze",
        "Jan Kowalski jest dziennikarzem działu politycznego od 2015 roku. Wcześniej pracował "
        "w dzienniku regionalnym w Poznaniu.",
    ),
    "nl": (
        "Over de auteur",
        "Jan de Vries is sinds 2015 verslaggever op de politieke redactie. Daarvoor werkte "
        "hij bij een regionale krant in Brabant.",
    ),
    "ru": (
        "Об авторе",
        "Иван Петров — корреспондент отдела политики с 2015 года. Ранее он работал в "
        "региональной газете в Самаре.",
    ),
    "tr": (
        "Yazar hakkında",
        "Ahmet Yılmaz 2015'ten beri siyaset servisinde muhabir olarak çalışıyor. Daha önce "
        "bölgesel bir gazetede çalıştı.",
    ),
    "id": (
        "Tentang Penulis",
        "Budi Santoso adalah wartawan desk politik sejak 2015. Sebelumnya ia bekerja di sebuah "
        "harian regional di Surabaya.",
    ),
    "ja": (
        "筆者紹介",
        "山田太郎 政治部記者。2015年入社、地方支局を経て現職。交通政策と地方自治を担当している。",
    ),
}


def _page(closing: str) -> str:
    return (
        "<html><head><title>Bauarbeiten dauern länger</title></head><body><div class='x1'>"
        f"<h1>Bauarbeiten dauern länger</h1><div class='x3'>{_TEXT}{closing}</div></div>"
        "</body></html>"
    )


@pytest.mark.parametrize("language", sorted(_BOXES))
def test_an_author_box_closing_the_text_goes(language: str) -> None:
    label, bio = _BOXES[language]
    body = extract(_page(f"<h3>{label}</h3><p>{bio}</p>"), "https://example.org/a/b").body
    assert "Absatz 4" in body
    assert label not in body
    assert bio not in body


def test_a_bio_of_two_paragraphs_goes_with_its_label() -> None:
    label, bio = _BOXES["de"]
    more = "Sie hat Politikwissenschaft in Leipzig studiert und lebt mit ihrer Familie in Halle."
    body = extract(_page(f"<h3>{label}</h3><p>{bio}</p><p>{more}</p>"), None).body
    assert "Absatz 4" in body
    assert bio not in body and more not in body


def test_a_closing_section_on_the_author_of_a_book_stays() -> None:
    section = (
        "Der Autor des Romans, geboren 1970 in Dresden, lebt heute in Leipzig und hat für "
        "sein Debüt mehrere Preise erhalten."
    )
    body = extract(_page(f"<h3>Der Autor</h3><p>{section}</p>"), None).body
    assert section in body


def test_a_label_above_more_of_the_text_leaves_it() -> None:
    label, _bio = _BOXES["de"]
    rest = "".join(
        f"<p>Nachtrag {i}: Die Stadtverwaltung hat inzwischen mitgeteilt, dass die Umleitung "
        "über die Nordstraße bereits ab kommender Woche ausgeschildert wird.</p>"
        for i in range(4)
    )
    body = extract(_page(f"<h3>{label}</h3>{rest}"), None).body
    assert "Nachtrag 0" in body and "Nachtrag 3" in body


def test_an_author_box_closing_an_unspaced_text_goes() -> None:
    # Counted by its spaces, each paragraph of a Japanese text is one word: the box would
    # read as most of the text, and its label as one of many short lines.
    paragraphs = [
        "市は二十日、中心部と郊外の住宅地を結ぶ自転車専用道を二〇二七年度までに整備する計画を"
        "発表した。総延長は約二十キロになる。",
        "事業費は約三十億円を見込み、国の交付金も活用する。車道の一部を自転車専用とするため、"
        "一部区間では車線が減る。",
        "沿線の商店街からは買い物客の減少を懸念する声も出ており、市は説明会を重ねて理解を求める"
        "方針だ。",
    ]
    label, bio = _BOXES["ja"]
    text = "".join(f"<p>{p}</p>" for p in paragraphs)
    page = (
        '<html lang="ja"><head><title>自転車専用道の整備計画</title></head><body>'
        f"<div class='x1'><h1>自転車専用道の整備計画</h1><div class='x3'>{text}"
        f"<h4>{label}</h4><p>{bio}</p></div></div></body></html>"
    )
    body = extract(page, "https://example.jp/news/1").body
    assert paragraphs[-1] in body
    assert bio not in body


def test_a_guest_writers_closing_bio_under_an_academic_title_goes() -> None:
    bio = (
        "Prof. Dr. Hans-Werner Kessler ist Professor für Volkswirtschaftslehre an einer "
        "Hochschule in Nordrhein-Westfalen und schreibt als Gastautor über Immobilien."
    )
    body = extract(_page(f"<p>{bio}</p>"), "https://example.org/a/b").body
    assert "Absatz 4" in body
    assert "Kessler" not in body


def test_an_academic_quoted_in_the_texts_last_paragraph_stays() -> None:
    # The report's own closing line about its source, not opening with the title.
    last = (
        "Die Studie leitet Prof. Dr. Hans-Werner Kessler, der an einer Hochschule in "
        "Nordrhein-Westfalen Volkswirtschaftslehre lehrt."
    )
    body = extract(_page(f"<p>{last}</p>"), "https://example.org/a/b").body
    assert last in body


@pytest.mark.parametrize(
    "closing",
    [
        "<p><strong>Zur Person:</strong> Mag. Dr. Andrea Pichler ist Steuerberaterin und "
        "Partnerin einer Kanzlei in Linz. Sie lehrt Steuerrecht an der Universität.</p>",
        "<p><b>Über die Autorin:</b> Anna Schmidt arbeitet seit 2015 im Ressort Politik und "
        "berichtet über Landespolitik und Verkehr.</p>",
        # The writer named by the role alone, under the name.
        "<p>Prof. Dr. Andrea Pichler</p><p>Die Autorin ist Professorin für Steuerrecht in Linz "
        "und Partnerin einer Kanzlei.</p>",
        "<p>The author is a senior fellow at a Linz institute and Partnerin of a law firm.</p>",
    ],
)
def test_a_bio_run_in_with_its_label_closing_the_text_goes(closing: str) -> None:
    body = extract(_page(closing), "https://example.org/a/b").body
    assert "Absatz 4" in body
    assert "Partnerin" not in body and "Landespolitik" not in body


def test_a_closing_paragraph_that_names_a_person_without_the_label_stays() -> None:
    last = (
        "Zur Person des neuen Bürgermeisters hat sich der Gemeinderat am Dienstag nicht "
        "geäußert, die Wahl findet im März statt."
    )
    body = extract(_page(f"<p>{last}</p>"), "https://example.org/a/b").body
    assert last in body


def test_the_writers_bios_under_their_names_closing_the_text_go() -> None:
    byline = "<p class='byline'>Von Eva Hofer und Martin Pichler</p>"
    closing = (
        "<div><h3>Eva Hofer</h3><p>Eva Hofer ist Kulturarbeiterin in Ried im Innkreis und "
        "Vorstandsmitglied eines Vereins.</p></div><div><h3>Martin Pichler</h3><p>Martin "
        "Pichler forscht an der Kunstuniversität Linz zu Kulturpolitik.</p></div>"
        "<p>Dieser Beitrag erschien in der Zeitschrift #190 (Juni 2024).</p>"
    )
    html = _page(closing).replace("<div class='x3'>", f"<div class='x3'>{byline}")
    article = extract(html, "https://example.org/a/b")
    assert article.authors == ("Eva Hofer", "Martin Pichler")
    assert "Absatz 4" in article.body
    for gone in ("Kulturarbeiterin", "forscht", "Dieser Beitrag erschien"):
        assert gone not in article.body
    # A closing paragraph on someone else who is no writer of the text stays.
    other = closing.replace("Eva Hofer ist", "Anna Berg ist")
    kept = extract(_page(other).replace("<div class='x3'>", f"<div class='x3'>{byline}"), None)
    assert "Anna Berg ist Kulturarbeiterin" in kept.body
