"""The writer's field labels of Turkish ("Muhabir:", "Metin:") and Indonesian
("Kontributor:", "Wartawan:", "Teks:"), with their colon."""

from __future__ import annotations

import pytest

from scrape.extraction.extractor import extract

BODY = "<p>" + "Belediye yeni otobüs hattını pazartesi günü hizmete açtı ve sefer başladı. " * 20
BODY += "</p>"


def _page(line: str, lang: str) -> str:
    return (
        f"<html lang='{lang}'><head><title>Haber</title></head><body><header><a href='/'>"
        "Ana Sayfa</a></header><main><article><h1>Yeni otobüs hattı açıldı</h1>"
        f"<p class='meta'>{line}</p>{BODY}</article></main></body></html>"
    )


@pytest.mark.parametrize(
    ("line", "name", "lang"),
    [
        ("Muhabir: Ahmet Yılmaz - Editör: Selin Arslan", "Ahmet Yılmaz", "tr"),
        ("Metin: Emre Aydın Fotoğraf: Selin Arslan", "Emre Aydın", "tr"),
        ("Kontributor: Dewi Lestari", "Dewi Lestari", "id"),
        ("Wartawan: Budi Santoso | Editor: Rina Wulandari", "Budi Santoso", "id"),
        ("Teks: Dewi Lestari Foto: Rudi Hartono", "Dewi Lestari", "id"),
    ],
)
def test_a_writers_label(line: str, name: str, lang: str) -> None:
    assert extract(_page(line, lang), "https://kota.example/haber/otobus").authors == (name,)
