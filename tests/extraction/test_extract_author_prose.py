"""An author's note or bio in an author element is prose: cut at its commas or its
emphasis, its words are no names ("especially", "not")."""

from __future__ import annotations

import pytest

from scrape.extraction.extractor import extract

BODY = "<p>" + "The chapter goes on where the last one ended, in the old harbour. " * 20 + "</p>"


def _page(note: str, lang: str) -> str:
    return (
        f"<html lang='{lang}'><head><title>Chapter</title></head><body><header><a href='/'>"
        "Home</a></header><main><article><h1>Chapter 12: The harbour</h1>"
        f"<div class='author-note'><p>{note}</p></div>{BODY}"
        "<div class='meta'>Posted by <a href='/profile/quietwriter'>quietwriter</a></div>"
        "</article></main></body></html>"
    )


@pytest.mark.parametrize(
    ("note", "lang"),
    [
        (
            "This chapter took me a while, <em>especially</em> the ending, so thank you, "
            "truly, for waiting. It is <em>not</em> the last one.",
            "en",
        ),
        (
            "Bu bölüm uzun sürdü, <em>özellikle</em> sonu, o yüzden beklediğiniz için "
            "gerçekten, çok teşekkürler. Bu <em>son</em> bölüm değil.",
            "tr",
        ),
        (
            "Ten rozdział zajął mi sporo czasu, <em>szczególnie</em> zakończenie, więc "
            "dziękuję, naprawdę, za cierpliwość. To <em>nie</em> jest ostatni rozdział.",
            "pl",
        ),
        (
            "Bab ini memakan waktu lama, <em>terutama</em> bagian akhirnya, jadi terima "
            "kasih, sungguh, sudah menunggu. Ini <em>bukan</em> bab terakhir.",
            "id",
        ),
    ],
)
def test_an_authors_note_names_nobody(note: str, lang: str) -> None:
    page = _page(note, lang)
    assert extract(page, "https://serial.example/fiction/12/chapter-12").authors == ("quietwriter",)


def test_a_bio_still_opens_with_the_name() -> None:
    page = _page("<strong>Jane Doe</strong> is a senior reporter covering city hall.", "en")
    page = page.replace("Posted by <a href='/profile/quietwriter'>quietwriter</a>", "")
    assert extract(page, "https://serial.example/fiction/12/chapter-12").authors == ("Jane Doe",)


@pytest.mark.parametrize(
    ("bio", "name"),
    [
        ("Alexa Amador is a writer, graphic designer, and a lover of small homes.", "Alexa Amador"),
        ("Jonas Weber ist freier Autor, lebt in Kassel und schreibt über Bahnen.", "Jonas Weber"),
        # A short one whose verb gives the writer's role.
        ("Anna Roth ist Redakteurin im Ressort Politik.", "Anna Roth"),
        ("Jane Doe is a staff writer.", "Jane Doe"),
    ],
)
def test_a_bio_in_one_text_still_names_its_person(bio: str, name: str) -> None:
    page = _page(bio, "en").replace("Posted by <a href='/profile/quietwriter'>quietwriter</a>", "")
    assert extract(page, "https://serial.example/fiction/12/chapter-12").authors == (name,)


def test_a_short_sentence_that_gives_no_role_names_nobody() -> None:
    page = _page("Anna Roth ist heute im Rathaus.", "de")
    page = page.replace("Posted by <a href='/profile/quietwriter'>quietwriter</a>", "")
    assert extract(page, "https://serial.example/fiction/12/chapter-12").authors == ()
