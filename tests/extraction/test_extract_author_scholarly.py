"""A scholarly paper's authors: declared for indexers one tag each, in the order of the
paper, the family name first or last; its reference list's authors, marked up as the
cited works' own, are never the page's."""

from __future__ import annotations

import pytest

from scrape.extraction.extractor import extract

BODY = "<p>" + "The measurements were repeated in three seasons and compared. " * 20 + "</p>"


def _paper(head: str, after: str = "") -> str:
    return (
        f"<html><head><title>Paper</title>{head}</head><body><header><a href='/'>Jurnal</a>"
        "</header><main><article><h1>Kelembapan tanah pada musim kemarau</h1>"
        f"{BODY}{after}</article></main></body></html>"
    )


def _references(authors: list[str]) -> str:
    items = "".join(
        "<li itemprop='citation' itemscope itemtype='http://schema.org/ScholarlyArticle'>"
        f"<meta itemprop='author' content='{a}'><span itemprop='headline'>A study</span></li>"
        for a in authors
    )
    return f"<section><h2>Daftar Pustaka</h2><ol>{items}</ol></section>"


@pytest.mark.parametrize(
    ("declared", "expected"),
    [
        (["Siti Rahmawati", "Agus Prasetyo"], ("Siti Rahmawati", "Agus Prasetyo")),  # id
        (["Yılmaz, Ayşe", "Kaya, Mehmet"], ("Ayşe Yılmaz", "Mehmet Kaya")),  # tr, family first
        (["Ferreira, Ana Paula"], ("Ana Paula Ferreira",)),  # pt
        (["Ольга Петрова", "Игорь Соколов"], ("Ольга Петрова", "Игорь Соколов")),  # ru
    ],
)
def test_every_author_a_paper_declares_for_indexers(
    declared: list[str], expected: tuple[str, ...]
) -> None:
    head = "".join(f"<meta name='citation_author' content='{name}'>" for name in declared)
    page = _paper(head, _references(["NH. Shear, SP. Spielberg, ", "Smith, J."]))
    assert extract(page, "https://jurnal.example/article/view/512").authors == expected


def test_a_cited_works_author_is_not_the_pages() -> None:
    page = _paper("", _references(["KL. Meyer, TR. Owen, ", "H. Peyriere, "]))
    assert extract(page, "https://journal.example/article/10.1/abc").authors == ()


def test_the_pages_own_microdata_author_is_read() -> None:
    # An author the article item itself declares is the page's.
    page = _paper("").replace(
        "<article>",
        "<article itemscope itemtype='http://schema.org/ScholarlyArticle'>"
        "<meta itemprop='author' content='Rachel Thompson'>",
    )
    assert extract(page, "https://journal.example/article/10.1/abc").authors == ("Rachel Thompson",)
